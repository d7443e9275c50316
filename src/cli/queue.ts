/**
 * `corroborate queue`: the run on BullMQ and Redis. It loads the optional
 * entry point `corroborate/queue` only when it runs; without its peer
 * dependencies (bullmq, ioredis) it says how to install them.
 *
 * @module
 */
import {jsonTerminalSafe} from '../report/escape.js'
import {errorLine} from './io.js'
import {ConfigError} from '../config.js'
import type * as Queue from '../distributed/index.js'

const INSTALL = 'npm install bullmq ioredis'

/** The queue module, or a {@link ConfigError} (exit 3) that says how to install what it needs. */
export async function loadQueue(load: () => Promise<typeof Queue> = () => import('../distributed/index.js')): Promise<typeof Queue> {
  try {
    return await load()
  } catch (error) {
    const missing = missingPackage(error)
    if (missing !== undefined) {
      throw new ConfigError(`\`corroborate queue\` needs the optional packages bullmq and ioredis (${missing} is not installed): run \`${INSTALL}\` beside corroborate`, {cause: error})
    }
    throw error
  }
}

/** `bullmq` or `ioredis` when the error is Node's "cannot find package" for one of them. */
export function missingPackage(error: unknown): string | undefined {
  const {code, message} = (error ?? {}) as {code?: unknown; message?: unknown}
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return undefined
  const found = /['"](bullmq|ioredis)['"]/.exec(String(message))
  return found?.[1]
}

interface QueueIo {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  cwd: string
}

/** Run the articles of `paths` (default: corpus) through Redis and N worker processes; print the findings as JSON lines. */
export async function runQueue(paths: string[], workers: string | undefined, io: QueueIo, load?: () => Promise<typeof Queue>): Promise<number> {
  const count = workers === undefined ? 3 : Number(workers)
  if (!Number.isInteger(count) || count < 1 || count > 256) throw new ConfigError(`--workers takes a whole number from 1 to 256, not \`${workers}\``)
  const queue = await loadQueue(load)
  if (!queue.hasRedisServer()) throw new ConfigError('`corroborate queue` needs redis-server on the PATH (Debian: apt-get install redis-server)')
  const {findings, errors} = await queue.runDistributed(await queue.articleLines(paths.length > 0 ? paths : ['corpus'], io.cwd), {workers: count})
  for (const finding of findings) io.stdout.write(`${jsonTerminalSafe(JSON.stringify(finding))}\n`)
  // Per-article errors, as the single-process report gives them: one line each, exit 2.
  for (const error of errors) io.stderr.write(`${errorLine(error)}\n`)
  return errors.length > 0 ? 2 : 0
}
