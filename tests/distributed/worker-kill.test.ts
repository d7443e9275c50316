// A worker PROCESS killed with SIGKILL at the worst moment (issue 13, point
// 3): after it stored an article's result, before BullMQ acknowledged the
// job. BullMQ's stalled-job check hands the job to another worker, which runs
// it again; the result is stored once per article and run, so the report is
// still exactly the single-process one. Real redis-server on 127.0.0.1 and
// real worker processes (the built module); skipped without redis-server.
import {spawnSync, fork, type ChildProcess} from 'node:child_process'
import {Redis} from 'ioredis'
import {QueueEvents} from 'bullmq'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {createChecker} from '../../src/index.js'
import {runJob, type ArticleLine} from '../../src/distributed/queue.js'
import {startRedisServer, type RedisServer} from '../../src/distributed/redis-server.js'
import type {Finding} from '../../src/types.js'
import {buildTo} from '../parallel/build.js'

const hasRedis = spawnSync('redis-server', ['--version'], {stdio: 'ignore'}).status === 0

/** 48 articles: 6 stories of 8 outlets, some agreeing, some differing on a figure. */
function articles(): ArticleLine[] {
  const out: ArticleLine[] = []
  for (let s = 0; s < 6; s++) {
    for (let o = 0; o < 8; o++) {
      const cost = o % 3 === 0 ? 2 + s : 3 + s
      out.push({
        id: `s${s}-o${o}`,
        story: `story-${s}`,
        outlet: `Outlet ${o}`,
        text: `Bridge ${s}\n\nThe council said bridge ${s} cost £${cost}m and opened in May 202${s}. About ${10 * (s + 1)}% of residents used it, the mayor said.\n`
      })
    }
  }
  return out
}

/** The single-process report's findings for the same articles. */
async function single(lines: readonly ArticleLine[]): Promise<Finding[]> {
  const checker = createChecker()
  return (await checker.report({articles: lines.map((a) => checker.parse(a.text, {id: a.id, meta: {story: a.story!, outlet: a.outlet!}}))})).findings
}

describe.skipIf(!hasRedis)('a worker process killed between storing and acknowledging (real redis-server)', () => {
  let redis: RedisServer
  let client: Redis
  let dist: string
  const children: ChildProcess[] = []
  beforeAll(async () => {
    dist = buildTo('distributed-kill')
    redis = await startRedisServer()
    client = new Redis({host: redis.host, port: redis.port})
  }, 60_000)
  afterAll(async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          })
      )
    )
    client?.disconnect()
    await redis?.stop()
  })

  /** Fork a worker process of the built module with short lock and stalled intervals; resolves once it is ready. */
  async function worker(prefix: string, env: Record<string, string> = {}): Promise<ChildProcess> {
    const child = fork(`${dist}distributed/worker.js`, ['--host', redis.host, '--port', String(redis.port), '--prefix', prefix, '--lock-duration', '2000', '--stalled-interval', '500'], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      env: {...process.env, ...env}
    })
    children.push(child)
    await new Promise<void>((done, fail) => {
      child.once('message', () => done())
      child.once('exit', (code, signal) => fail(new Error(`worker exited (${code ?? signal}) before it was ready`)))
    })
    return child
  }

  test('the retried job stores its article once: one claim line per article, no duplicate claim ids, the single-process findings, no keys left', async () => {
    const prefix = 'sigkill'
    const config = {host: redis.host, port: redis.port, prefix}
    const events = new QueueEvents(`${prefix}-map`, {connection: {host: redis.host, port: redis.port}})
    const stalled: string[] = []
    events.on('stalled', ({jobId}) => stalled.push(jobId))
    await events.waitUntilReady()
    try {
      // The victim kills itself with SIGKILL right after storing its 2nd map result (test hook of worker.js).
      const victim = await worker(prefix, {CORROBORATE_TEST_KILL_AFTER_STORE: '2'})
      const victimExit = new Promise<NodeJS.Signals | null>((done) => victim.once('exit', (_code, signal) => done(signal)))
      await worker(prefix)
      await worker(prefix)

      const input = articles()
      const started = Date.now()
      const result = await runJob(config, input, {timeoutMs: 20_000})
      const took = Date.now() - started

      // The kill happened, at the point meant, and BullMQ retried that job.
      expect(await Promise.race([victimExit, new Promise((done) => setTimeout(() => done('still running'), 2_000))])).toBe('SIGKILL')
      // (At least the victim's job; a live worker starved of CPU past its lock would add another, harmlessly.)
      expect(stalled.length).toBeGreaterThanOrEqual(1)
      // The run finished, within the stall window plus work, without errors (run.js would exit 0).
      expect(result.errors).toEqual([])
      expect(took).toBeLessThan(15_000)
      // Exactly the single-process findings: nothing doubled, nothing lost.
      expect(result.findings).toEqual(await single(input))
      for (const finding of result.findings) expect(new Set(finding.claims).size).toBe(finding.claims.length)
      // Every claim id appears once over all findings, and every article is in them.
      const claims = result.findings.flatMap((f) => f.claims)
      expect(new Set(claims).size).toBe(claims.length)
      const covered = new Set(result.findings.flatMap((f) => f.claims.map((c) => input.find((a) => c.startsWith(`${a.id}#`) || c.startsWith(`${a.id}:`))?.id)))
      expect([...covered].sort()).toEqual(input.map((a) => a.id).sort())
      // The run's keys are gone, its finished jobs too.
      expect(await client.keys(`${prefix}:*`)).toEqual([])
      expect(await client.keys(`bull:${prefix}-*:[0-9]*`)).toEqual([])

      // A second run on the same prefix, on the surviving workers: only its own articles, no keys left.
      const second = input.filter((a) => a.story === 'story-1' || a.story === 'story-4').slice(0, 12)
      const again = await runJob(config, second, {timeoutMs: 20_000})
      expect(again.errors).toEqual([])
      expect(again.findings).toEqual(await single(second))
      expect(await client.keys(`${prefix}:*`)).toEqual([])
      expect(await client.keys(`bull:${prefix}-*:[0-9]*`)).toEqual([])
    } finally {
      await events.close()
    }
  }, 60_000)
})
