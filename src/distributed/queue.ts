/**
 * The map and reduce stages on a BullMQ job queue (Redis). See docs/scaling.md.
 *
 * - **map** (queue `<prefix>-map`): one job per article, data = a line of the
 *   `extract --jsonl` input (`{id, text, format?, outlet?, story?, published?,
 *   title?}`). The worker extracts the claims, appends the claim line (the
 *   `extract --jsonl` output) to the Redis list `<prefix>:story:<key>` and
 *   adds `<key>` to the set `<prefix>:stories`. The key is the article's
 *   `story`, or `~window:<published date>` for an article without one (its
 *   story is inferred among the articles of the same window), or `~window:`
 *   when it has no date either.
 * - **reduce** (queue `<prefix>-reduce`): one job per key, after every map job
 *   has finished. The worker reads the key's claim lines and aligns them: the
 *   job's return value is the findings (the `align --jsonl` output).
 *
 * @module
 */
import {randomUUID} from 'node:crypto'
import {Queue, QueueEvents, Worker, type ConnectionOptions, type Job} from 'bullmq'
import {Redis} from 'ioredis'
import {createChecker, type Checker} from '../checker.js'
import {runArticleText} from '../pipeline/article-run.js'
import {checkedLineMeta, claimLine, lineMeta, type ClaimLine, type ErrorLine} from '../pipeline/jsonl.js'
import {align} from '../align/index.js'
import {unpackClaims} from '../pipeline/claim-sentences.js'
import type {ArticleFormat, Finding, InputError} from '../types.js'

export type {ClaimLine} from '../pipeline/jsonl.js'

/** Where the queues live. */
export interface QueueConfig {
  host: string
  port: number
  /** Prefix of the queue names and Redis keys (default `corroborate`). */
  prefix?: string
}

/** A map job: one article (the input line of `extract --jsonl`). */
export interface ArticleLine {
  id: string
  text: string
  format?: ArticleFormat
  outlet?: string
  story?: string
  published?: string
  title?: string
}

/** The queue names (shared by every run on a prefix). */
function queueNames(config: QueueConfig) {
  const prefix = config.prefix ?? 'corroborate'
  return {map: `${prefix}-map`, reduce: `${prefix}-reduce`}
}

/** The Redis keys of one run: its results live under `<prefix>:<run>:`, so runs never mix. */
export interface RunKeys {
  stories: string
  errors: string
  story: (key: string) => string
}

/** The keys of run `run`. */
export function runKeys(config: QueueConfig, run: string): RunKeys {
  const base = `${config.prefix ?? 'corroborate'}:${run}`
  return {stories: `${base}:stories`, errors: `${base}:errors`, story: (key: string) => `${base}:story:${key}`}
}

function connection(config: QueueConfig): ConnectionOptions {
  return {host: config.host, port: config.port, maxRetriesPerRequest: null}
}

/** The reduce key of a claim line: its story, or its publication window. */
export function reduceKey(line: Pick<ClaimLine, 'story' | 'published'>): string {
  if (line.story) return line.story
  return `~window:${/^\d{4}-\d{2}-\d{2}/.exec(line.published ?? '')?.[0] ?? ''}`
}

/** The map stage for one article: its claim line (as `extract --jsonl` writes it), or its error line. Never throws for bad input. */
export function mapLine(input: ArticleLine, checker: Checker = createChecker()): ClaimLine | ErrorLine {
  let meta
  try {
    meta = checkedLineMeta(input)
  } catch (error) {
    return {id: input.id, error: {path: input.id, code: 'bad-line', message: `${input.id}: ${(error as Error).message}`}}
  }
  // Read, extract, and every failure as the article's error: the same step as the other engines.
  const outcome = runArticleText(input.text, {id: input.id, format: input.format ?? 'text', meta}, checker.matchers)
  return outcome.ok ? claimLine(outcome.result) : {id: input.id, error: outcome.error}
}

/** The reduce stage for the claim lines of one key: the findings (as `align --jsonl` writes them). */
export function reduceLines(lines: readonly ClaimLine[]): Finding[] {
  // Sorted by id: the same findings whatever order the lines were stored in.
  const sorted = [...lines].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const articles = sorted.map((line) => ({
    id: line.id,
    ...lineMeta(line),
    text: line.keptText
  }))
  return align({articles, claims: sorted.flatMap((line) => unpackClaims(line.claims, line.sentences ?? []))}).findings
}

/** A map job: the run it belongs to and its article. */
export interface MapJob {
  run: string
  article: ArticleLine
}

/** A reduce job: the run and the key whose claim lines to align. */
export interface ReduceJob {
  run: string
  key: string
}

/**
 * Store one map result. Results are hash fields keyed by article id, so a
 * job that runs twice (a worker killed after it stored its result but
 * before the job was acknowledged, then retried) stores the same field
 * again instead of a second line.
 */
export async function storeMapResult(redis: Redis, keys: RunKeys, line: ClaimLine | ErrorLine): Promise<void> {
  if ('error' in line) {
    await redis.hset(keys.errors, line.id ?? '', JSON.stringify(line.error))
    return
  }
  const key = reduceKey(line)
  await redis.multi().hset(keys.story(key), line.id, JSON.stringify(line)).sadd(keys.stories, key).exec()
}

/** The claim lines stored for one key of a run. */
export async function storedLines(redis: Redis, keys: RunKeys, key: string): Promise<ClaimLine[]> {
  return Object.values(await redis.hgetall(keys.story(key))).map((l) => JSON.parse(l) as ClaimLine)
}

/** Options of {@link startWorkers}. */
export interface WorkerOptions {
  concurrency?: number
  checker?: Checker
  onError?: (error: Error) => void
  /**
   * How long a worker's lock on a job lasts (BullMQ `lockDuration`, default
   * 30 s): a job whose worker died is retried by another worker once its
   * lock has expired and a stalled check has seen it.
   */
  lockDurationMs?: number
  /** How often this worker looks for stalled jobs (BullMQ `stalledInterval`, default 30 s). */
  stalledIntervalMs?: number
  /**
   * Called after a map job's result is stored and before the job is
   * acknowledged: a test seam (the worker process uses it for its
   * `CORROBORATE_TEST_KILL_AFTER_STORE` hook).
   */
  afterStore?: (articleId: string) => void | Promise<void>
}

/** Run map and reduce workers in this process until `close()`. */
export function startWorkers(config: QueueConfig, options: WorkerOptions = {}): {close(): Promise<void>} {
  const n = queueNames(config)
  const checker = options.checker ?? createChecker()
  const redis = new Redis({host: config.host, port: config.port, maxRetriesPerRequest: null})
  // One report per kind of failure, not a flood of `Unhandled error event`s while Redis is away.
  const onError = once(options.onError ?? ((error) => process.stderr.write(`corroborate worker: Redis: ${error.message}\n`)))
  redis.on('error', onError)
  const locks = {
    ...(options.lockDurationMs === undefined ? {} : {lockDuration: options.lockDurationMs}),
    ...(options.stalledIntervalMs === undefined ? {} : {stalledInterval: options.stalledIntervalMs})
  }
  const map = new Worker<MapJob, {key: string | null}>(
    n.map,
    async (job: Job<MapJob>) => {
      const keys = runKeys(config, job.data.run)
      const line = mapLine(job.data.article, checker)
      await storeMapResult(redis, keys, line)
      await options.afterStore?.(job.data.article.id)
      return {key: 'error' in line ? null : reduceKey(line)}
    },
    {connection: connection(config), concurrency: options.concurrency ?? 1, ...locks}
  )
  const reduce = new Worker<ReduceJob, Finding[]>(
    n.reduce,
    async (job: Job<ReduceJob>) => reduceLines(await storedLines(redis, runKeys(config, job.data.run), job.data.key)),
    {connection: connection(config), concurrency: 1, ...locks}
  )
  map.on('error', onError)
  reduce.on('error', onError)
  return {
    async close() {
      // A close that waits on a Redis that is gone must not keep the process alive.
      await withTimeout(Promise.all([map.close(), reduce.close()]), CLOSE_TIMEOUT_MS).catch(() => undefined)
      redis.disconnect()
    }
  }
}

/** How long `close()` waits for running jobs before it lets go. */
const CLOSE_TIMEOUT_MS = 5_000

/** What {@link runJob} returns: the findings, and the articles that failed. */
export interface JobResult {
  findings: Finding[]
  /** One per article that could not be read or extracted, sorted by path. */
  errors: InputError[]
}

/**
 * The producer and the per-story step: enqueue every article as a map job
 * of a new run, wait for all of them, enqueue one reduce job per key, wait,
 * and return all findings sorted by story and id (the order of `report
 * --format json`) with every article's error. The keys of the run are
 * removed at the end, whatever happened. Workers (in this or other
 * processes) must be running.
 *
 * @throws {Error} with a one-line message when Redis cannot be reached or
 *   goes away (after `lostAfterMs`), or a job does not finish in `timeoutMs`.
 */
export async function runJob(config: QueueConfig, articles: readonly ArticleLine[], options: {timeoutMs?: number; lostAfterMs?: number; run?: string} = {}): Promise<JobResult> {
  const n = queueNames(config)
  const run = options.run ?? randomUUID()
  const keys = runKeys(config, run)
  const timeout = options.timeoutMs ?? 120_000
  const where = `${config.host}:${config.port}`
  const ids = new Set<string>()
  for (const a of articles) {
    if (ids.has(a.id)) throw new Error(`article id \`${a.id}\` appears twice`)
    ids.add(a.id)
  }
  const redis = new Redis({host: config.host, port: config.port, maxRetriesPerRequest: null, lazyConnect: true})
  const lost = connectionWatch(redis, where, options.lostAfterMs ?? 5_000)
  const closers: Array<() => Promise<unknown>> = []
  // The run's jobs, removed at its end (not on completion: a job that a warm
  // worker finished and BullMQ removed before `waitUntilFinished` looked at it
  // made the whole run fail with `Missing key for job … isFinished`).
  const jobs: Array<Job<MapJob> | Job<ReduceJob>> = []
  try {
    await lost.race(redis.connect())
    await lost.watchRestarts()
    const mapQueue = new Queue<MapJob>(n.map, {connection: connection(config)})
    const reduceQueue = new Queue<ReduceJob>(n.reduce, {connection: connection(config)})
    const mapEvents = new QueueEvents(n.map, {connection: connection(config)})
    const reduceEvents = new QueueEvents(n.reduce, {connection: connection(config)})
    mapQueue.on('error', lost.report)
    reduceQueue.on('error', lost.report)
    mapEvents.on('error', lost.report)
    reduceEvents.on('error', lost.report)
    for (const part of [mapQueue, reduceQueue, mapEvents, reduceEvents]) closers.push(() => part.close())
    await lost.race(Promise.all([mapEvents.waitUntilReady(), reduceEvents.waitUntilReady()]))
    const done = {removeOnComplete: false, removeOnFail: false}
    const mapJobs = await lost.race(mapQueue.addBulk(articles.map((article) => ({name: 'map', data: {run, article}, opts: done}))))
    jobs.push(...mapJobs)
    await lost.race(Promise.all(mapJobs.map((job) => job.waitUntilFinished(mapEvents, timeout))))
    const storyKeys = (await lost.race(redis.smembers(keys.stories))).sort()
    const reduceJobs = await lost.race(reduceQueue.addBulk(storyKeys.map((key) => ({name: 'reduce', data: {run, key}, opts: done}))))
    jobs.push(...reduceJobs)
    const perKey = (await lost.race(Promise.all(reduceJobs.map((job) => job.waitUntilFinished(reduceEvents, timeout))))) as Finding[][]
    const errors = Object.values(await lost.race(redis.hgetall(keys.errors))).map((e) => JSON.parse(e) as InputError)
    const findings = perKey.flat().sort((a, b) => (a.story < b.story ? -1 : a.story > b.story ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    return {findings, errors: errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))}
  } finally {
    if (!lost.gone()) {
      const storyKeys = await withTimeout(redis.smembers(keys.stories), 2_000).catch(() => [] as string[])
      await withTimeout(redis.del(keys.stories, keys.errors, ...storyKeys.map(keys.story)), 2_000).catch(() => undefined)
      // A job still running (after a timeout) is locked and stays; BullMQ refuses to remove it.
      await withTimeout(Promise.allSettled(jobs.map((job) => job.remove())), 5_000).catch(() => undefined)
    }
    await withTimeout(Promise.all(closers.map((close) => close())), 2_000).catch(() => undefined)
    lost.stop()
    redis.disconnect()
  }
}

/**
 * Watch a connection: `race(p)` rejects with a one-line error once Redis has
 * been unreachable for `afterMs` (ioredis retries forever otherwise, and the
 * run would hang past its timeout).
 */
function connectionWatch(redis: Redis, where: string, afterMs: number) {
  let since: number | null = null
  let last = ''
  let failed: Error | null = null
  const waiting = new Set<(error: Error) => void>()
  const fail = () => {
    failed = new Error(`lost the connection to Redis at ${where} (${last || 'no answer'}); the run was stopped`)
    for (const reject of waiting) reject(failed)
  }
  const report = (error: Error) => {
    last = (error as NodeJS.ErrnoException).code ?? error.message
    since ??= Date.now()
  }
  redis.on('error', report)
  // The server's run_id changes when it restarts: its queues and the run's results are gone then.
  let runId: string | null = null
  const serverRunId = async (): Promise<string | null> => /run_id:(\w+)/.exec(await redis.info('server'))?.[1] ?? null
  redis.on('ready', () => {
    since = null
    if (runId === null) return
    serverRunId().then(
      (now) => {
        if (now !== null && now !== runId && failed === null) {
          failed = new Error(`Redis at ${where} restarted during the run (its queued jobs and results are gone); the run was stopped`)
          for (const reject of waiting) reject(failed)
        }
      },
      () => undefined
    )
  })
  const timer = setInterval(() => {
    if (since !== null && Date.now() - since >= afterMs && failed === null) fail()
  }, 200)
  timer.unref()
  return {
    report,
    gone: () => failed !== null,
    async watchRestarts(): Promise<void> {
      runId = await serverRunId()
    },
    stop: () => clearInterval(timer),
    race<T>(promise: Promise<T>): Promise<T> {
      if (failed) return Promise.reject(failed)
      return new Promise<T>((done, reject) => {
        waiting.add(reject)
        promise.then(
          (value) => {
            waiting.delete(reject)
            done(value)
          },
          (error: unknown) => {
            waiting.delete(reject)
            reject(error)
          }
        )
      })
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`timed out after ${ms} ms`)), ms)
    timer.unref()
    promise.then(
      (value) => {
        clearTimeout(timer)
        done(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        fail(error)
      }
    )
  })
}

function once(report: (error: Error) => void): (error: Error) => void {
  const seen = new Set<string>()
  return (error) => {
    const kind = (error as NodeJS.ErrnoException).code ?? error.message
    if (seen.has(kind)) return
    seen.add(kind)
    report(error)
  }
}
