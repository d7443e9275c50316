/**
 * `--jobs N`: read, extract and align on N worker threads (piscina). The
 * main thread lists the files, plans the alignment (stories), aligns the
 * one-article stories, and renders. Results come back in input order and
 * findings are sorted as on one thread, so the report is byte-identical to
 * a run on one thread.
 *
 * Work goes out in batches (several files, several stories a task): a task
 * costs a message each way, and a worker busy with a batch does not wait
 * for the next message.
 *
 * @module
 */
import {loadPiscina} from '../lazy/piscina.js'
import {planAlignment, alignPart, newStats, sortFindings, type AlignInput, type AlignResult, type AlignStats, type StoryPart} from '../align/index.js'
import type {Checker} from '../checker.js'
import {listInputs, sortInputs, type InputListing, type readInputs, type ReadOptions, type ReadResult} from '../ingest/read.js'
import type {ArticleResult} from '../pipeline/report.js'
import type {Finding, InputError} from '../types.js'
import type {MappedLine} from '../pipeline/jsonl.js'
import {extractFile, type AlignOutcome, type AlignTask, type FilesTask, type FileTask, type LinesTask, type MapOutcome, type TextTask, type WorkerTask} from './worker.js'

/** A pool of worker threads. */
export interface MapPool {
  /** The number of threads. */
  readonly jobs: number
  /** Read and extract one file or one article in memory. */
  run(task: FileTask | TextTask): Promise<MapOutcome>
  /** Read and extract a batch of files: one outcome each, in order. */
  runFiles(task: FilesTask): Promise<MapOutcome[]>
  /** Map a batch of `extract --jsonl` input lines: one output line each, in order. */
  runLines(task: LinesTask): Promise<MappedLine[]>
  /** Align a batch of stories. */
  runAlign(task: AlignTask): Promise<AlignOutcome>
  close(): Promise<void>
}

/** Start `jobs` worker threads running `runTask` (from the built `dist/parallel/worker.js`). */
export function createMapPool(jobs: number): MapPool {
  const filename = new URL('./worker.js', import.meta.url).href
  const Piscina = loadPiscina()
  const pool = new Piscina<WorkerTask, unknown>({filename, minThreads: jobs, maxThreads: jobs, idleTimeout: 60_000})
  return {
    jobs,
    run: (task) => pool.run(task) as Promise<MapOutcome>,
    runFiles: (task) => pool.run(task) as Promise<MapOutcome[]>,
    runLines: (task) => pool.run(task) as Promise<MappedLine[]>,
    runAlign: (task) => pool.run(task) as Promise<AlignOutcome>,
    close: () => pool.destroy()
  }
}

/** What {@link readAndExtract} gives: the read result (inputs and errors) and one result per article read. */
export interface Extracted {
  read: Pick<ReadResult, 'inputs' | 'errors'>
  extracted: ArticleResult[]
}

/** Options of {@link readAndExtract}. */
export interface ParallelReadOptions extends ReadOptions {
  /** The config file each worker loads its matchers from (null: the built-in matchers). */
  config: string | null
  /** Threads to start, when no `pool` is given; with 1 and a `checker`, the work runs on this thread. */
  jobs: number
  /** The matchers for a run on this thread (`jobs: 1`, no `pool`). */
  checker?: Pick<Checker, 'matchers'>
  /** A pool to use (left open) instead of starting one. */
  pool?: MapPool
  onProgress?: (done: number, total: number) => void
}

/**
 * Split `items` into consecutive batches: about `perThread` batches for each
 * of `jobs` threads (so a slow batch does not leave the others idle), each of
 * at most `max` items.
 */
export function batches<T>(items: readonly T[], jobs: number, {perThread = 8, max = 32}: {perThread?: number; max?: number} = {}): T[][] {
  const size = Math.max(1, Math.min(max, Math.ceil(items.length / (jobs * perThread))))
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/**
 * Read and extract the files under `paths` on a pool of workers (or, with
 * one job and a checker, on this thread).
 *
 * The file list, ids and path errors come from {@link listInputs}, as in
 * {@link readInputs}; the listed files are then read and extracted by the
 * workers, in batches. So ids, order and errors are exactly those of
 * {@link readInputs} followed by extraction.
 */
export async function readAndExtract(paths: string[], options: ParallelReadOptions): Promise<Extracted> {
  const listing = await listInputs(paths, {...(options.cwd === undefined ? {} : {cwd: options.cwd}), ...(options.followOutsideLinks ? {followOutsideLinks: true} : {})})
  const {files} = listing
  const fileOptions = {...(options.maxBytes === undefined ? {} : {maxBytes: options.maxBytes}), ...(options.cwd === undefined ? {} : {cwd: options.cwd})}
  const inThread = options.pool === undefined && options.jobs <= 1 ? options.checker : undefined
  if (inThread) {
    // One job: the workers' code on this thread (files read synchronously:
    // a command-line run has nothing else to do meanwhile).
    const outcomes = files.map((file, index) => {
      const outcome = extractFile(file.path, file.id, inThread.matchers, fileOptions)
      options.onProgress?.(index + 1, files.length)
      return outcome
    })
    return collectOutcomes(listing, outcomes)
  }
  const pool = options.pool ?? createMapPool(options.jobs)
  try {
    let done = 0
    const outcomes = (
      await Promise.all(
        batches(files, pool.jobs).map(async (batch) => {
          const results = await pool.runFiles({type: 'files', config: options.config, files: batch, ...fileOptions})
          done += batch.length
          options.onProgress?.(done, files.length)
          return results
        })
      )
    ).flat()
    return collectOutcomes(listing, outcomes)
  } finally {
    if (!options.pool) await pool.close()
  }
}

/** The read result and the articles extracted, from the listing and one outcome per listed file. */
function collectOutcomes(listing: InputListing, outcomes: readonly MapOutcome[]): Extracted {
  const {files} = listing
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
}

/**
 * `align(input)` with the stories aligned on the pool's workers: the main
 * thread plans (sorts, groups stories) and aligns the one-article stories
 * (nothing to compare there) while the workers align the others, in batches
 * of about equal claim counts. The same result as `align(input)`.
 */
export async function alignOnPool(
  pool: MapPool,
  input: AlignInput,
  options: {minConfidence?: number; stats?: AlignStats; onProgress?: (done: number, total: number) => void} = {}
): Promise<AlignResult> {
  const {stories, parts, families} = planAlignment(input)
  const shared = parts.filter((part) => part.story.articles.length > 1)
  const minConfidence = options.minConfidence === undefined ? {} : {minConfidence: options.minConfidence}
  const total = parts.reduce((n, part) => n + part.claims.length, 0)
  let done = 0
  const advance = (claims: number) => {
    done += claims
    options.onProgress?.(done, total)
  }
  options.onProgress?.(0, total)
  const pending = claimBatches(shared, pool.jobs).map((batch) =>
    pool.runAlign({type: 'align', parts: batch, ...minConfidence}).then((outcome) => {
      advance(batch.reduce((n, part) => n + part.claims.length, 0))
      return outcome
    })
  )
  const stats = options.stats ?? newStats()
  const findings: Finding[] = []
  for (const part of parts) {
    if (part.story.articles.length > 1) continue
    for (const finding of alignPart(part, {stats, ...minConfidence})) findings.push(finding)
    advance(part.claims.length)
  }
  for (const outcome of await Promise.all(pending)) {
    for (const finding of outcome.findings) findings.push(finding)
    for (const key of Object.keys(stats) as Array<keyof AlignStats>) stats[key] += outcome.stats[key]
  }
  return {stories, findings: sortFindings(findings), families}
}

/**
 * Stories in batches of about equal claim counts (alignment work grows with
 * a story's claims): about 4 batches a thread, none split.
 */
function claimBatches(parts: readonly StoryPart[], jobs: number): StoryPart[][] {
  const total = parts.reduce((n, part) => n + part.claims.length, 0)
  const target = Math.max(1, Math.ceil(total / (jobs * 4)))
  const out: StoryPart[][] = []
  let batch: StoryPart[] = []
  let claims = 0
  for (const part of parts) {
    batch.push(part)
    claims += part.claims.length
    if (claims >= target) {
      out.push(batch)
      batch = []
      claims = 0
    }
  }
  if (batch.length > 0) out.push(batch)
  return out
}
