/**
 * `--jobs N`: read and extract articles on N worker threads (piscina); the
 * main thread lists the files, then aligns and renders. Results come back in
 * input order, so the report is byte-identical to a run on one thread.
 *
 * @module
 */
import {Piscina} from 'piscina'
import {listInputs, sortInputs, type readInputs, type ReadOptions, type ReadResult} from '../ingest/read.js'
import type {ArticleResult} from '../pipeline/report.js'
import type {InputError} from '../types.js'
import type {MapOutcome, MapTask} from './worker.js'

/** A pool of map workers. */
export interface MapPool {
  run(task: MapTask): Promise<MapOutcome>
  close(): Promise<void>
}

/** Start `jobs` worker threads running {@link mapArticle} (from the built `dist/parallel/worker.js`). */
export function createMapPool(jobs: number): MapPool {
  const filename = new URL('./worker.js', import.meta.url).href
  const pool = new Piscina<MapTask, MapOutcome>({filename, minThreads: jobs, maxThreads: jobs, idleTimeout: 60_000})
  return {
    run: (task) => pool.run(task),
    close: () => pool.destroy()
  }
}

/** What {@link readAndExtract} gives: the read result (inputs and errors) and one result per article read. */
export interface Extracted {
  read: Pick<ReadResult, 'inputs' | 'errors'>
  extracted: ArticleResult[]
}

/**
 * Read and extract the files under `paths` on a pool of workers.
 *
 * The file list, ids and path errors come from {@link listInputs}, as in
 * {@link readInputs}; each listed file is then read and extracted by a
 * worker. So ids, order and errors are exactly those of a run on one thread.
 */
export async function readAndExtract(paths: string[], options: ReadOptions & {config: string | null; jobs: number; onProgress?: (done: number, total: number) => void}): Promise<Extracted> {
  const listing = await listInputs(paths, options.cwd === undefined ? {} : {cwd: options.cwd})
  const pool = createMapPool(options.jobs)
  try {
    const {files} = listing
    let done = 0
    const outcomes = await Promise.all(
      files.map(async (file) => {
        const outcome = await pool.run({
          type: 'file',
          config: options.config,
          path: file.path,
          id: file.id,
          ...(options.maxBytes === undefined ? {} : {maxBytes: options.maxBytes}),
          ...(options.cwd === undefined ? {} : {cwd: options.cwd})
        })
        options.onProgress?.(++done, files.length)
        return outcome as MapOutcome
      })
    )
    const extracted: ArticleResult[] = []
    const inputs: ReadResult['inputs'] = [...listing.errors]
    files.forEach((file, index) => {
      const outcome = outcomes[index]!
      if (outcome.ok) {
        extracted.push(outcome.result)
        inputs.push({path: file.path, status: 'ok', id: file.id})
      } else inputs.push({path: file.path, status: 'error', id: file.id, error: outcome.error})
    })
    sortInputs(inputs)
    const errors: InputError[] = inputs.flatMap((entry) => (entry.error ? [entry.error] : []))
    return {read: {inputs, errors}, extracted}
  } finally {
    await pool.close()
  }
}
