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
import {Queue, QueueEvents, Worker, type ConnectionOptions, type Job} from 'bullmq'
import {Redis} from 'ioredis'
import {createChecker, type Checker} from '../checker.js'
import {parseArticle} from '../ingest/parse.js'
import {claimsOf} from '../pipeline/report.js'
import {checkedLineMeta, claimLine, lineMeta, type ClaimLine} from '../pipeline/jsonl.js'
import {align} from '../align/index.js'
import {unpackClaims} from '../pipeline/claim-sentences.js'
import type {ArticleFormat, Finding} from '../types.js'

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

function names(config: QueueConfig) {
  const prefix = config.prefix ?? 'corroborate'
  return {map: `${prefix}-map`, reduce: `${prefix}-reduce`, stories: `${prefix}:stories`, story: (key: string) => `${prefix}:story:${key}`}
}

function connection(config: QueueConfig): ConnectionOptions {
  return {host: config.host, port: config.port, maxRetriesPerRequest: null}
}

/** The reduce key of a claim line: its story, or its publication window. */
export function reduceKey(line: Pick<ClaimLine, 'story' | 'published'>): string {
  if (line.story) return line.story
  return `~window:${/^\d{4}-\d{2}-\d{2}/.exec(line.published ?? '')?.[0] ?? ''}`
}

/** The map stage for one article: its claim line (as `extract --jsonl` writes it). */
export function mapLine(input: ArticleLine, checker: Checker = createChecker()): ClaimLine {
  const result = claimsOf(parseArticle(input.text, {id: input.id, format: input.format ?? 'text', meta: checkedLineMeta(input)}), checker.matchers)
  if (result.error) throw new Error(result.error.message)
  return claimLine(result) as ClaimLine
}

/** The reduce stage for the claim lines of one key: the findings (as `align --jsonl` writes them). */
export function reduceLines(lines: readonly ClaimLine[]): Finding[] {
  const articles = lines.map((line) => ({
    id: line.id,
    ...lineMeta(line),
    text: line.keptText
  }))
  return align({articles, claims: lines.flatMap((line) => unpackClaims(line.claims, line.sentences ?? []))}).findings
}

/** Run map and reduce workers in this process until `close()`. */
export function startWorkers(config: QueueConfig, options: {concurrency?: number; checker?: Checker} = {}): {close(): Promise<void>} {
  const n = names(config)
  const checker = options.checker ?? createChecker()
  const redis = new Redis({host: config.host, port: config.port, maxRetriesPerRequest: null})
  const map = new Worker<ArticleLine, {key: string}>(
    n.map,
    async (job: Job<ArticleLine>) => {
      const line = mapLine(job.data, checker)
      const key = reduceKey(line)
      await redis.multi().rpush(n.story(key), JSON.stringify(line)).sadd(n.stories, key).exec()
      return {key}
    },
    {connection: connection(config), concurrency: options.concurrency ?? 1}
  )
  const reduce = new Worker<{key: string}, Finding[]>(
    n.reduce,
    async (job: Job<{key: string}>) => {
      const lines = (await redis.lrange(n.story(job.data.key), 0, -1)).map((l) => JSON.parse(l) as ClaimLine)
      return reduceLines(lines)
    },
    {connection: connection(config), concurrency: 1}
  )
  return {
    async close() {
      await Promise.all([map.close(), reduce.close()])
      redis.disconnect()
    }
  }
}

/**
 * The producer and the per-story step: enqueue every article as a map job,
 * wait for all of them, enqueue one reduce job per key, wait, and return all
 * findings sorted by story and id (the order of `report --format json`).
 * Workers (in this or other processes) must be running.
 */
export async function runJob(config: QueueConfig, articles: readonly ArticleLine[], options: {timeoutMs?: number} = {}): Promise<Finding[]> {
  const n = names(config)
  const timeout = options.timeoutMs ?? 120_000
  const redis = new Redis({host: config.host, port: config.port, maxRetriesPerRequest: null})
  const mapQueue = new Queue<ArticleLine>(n.map, {connection: connection(config)})
  const reduceQueue = new Queue<{key: string}>(n.reduce, {connection: connection(config)})
  const mapEvents = new QueueEvents(n.map, {connection: connection(config)})
  const reduceEvents = new QueueEvents(n.reduce, {connection: connection(config)})
  try {
    await Promise.all([mapEvents.waitUntilReady(), reduceEvents.waitUntilReady()])
    const ids = new Set<string>()
    for (const a of articles) {
      if (ids.has(a.id)) throw new Error(`article id \`${a.id}\` appears twice`)
      ids.add(a.id)
    }
    const mapJobs = await mapQueue.addBulk(articles.map((a) => ({name: 'map', data: a, opts: {removeOnComplete: false, removeOnFail: false}})))
    await Promise.all(mapJobs.map((job) => job.waitUntilFinished(mapEvents, timeout)))
    const keys = (await redis.smembers(n.stories)).sort()
    const reduceJobs = await reduceQueue.addBulk(keys.map((key) => ({name: 'reduce', data: {key}})))
    const perKey = (await Promise.all(reduceJobs.map((job) => job.waitUntilFinished(reduceEvents, timeout)))) as Finding[][]
    const findings = perKey.flat()
    return findings.sort((a, b) => (a.story < b.story ? -1 : a.story > b.story ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  } finally {
    await Promise.all([mapEvents.close(), reduceEvents.close(), mapQueue.close(), reduceQueue.close()])
    redis.disconnect()
  }
}
