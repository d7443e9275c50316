// The distributed run under faults (issue 13, point 3), against a real
// redis-server on 127.0.0.1 started by the test: per-article errors carried
// through, results stored once per article, runs that do not mix and leave
// no keys, a clear error when Redis goes away, workers that stop on SIGTERM.
import {spawnSync, fork} from 'node:child_process'
import {writeFileSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {Redis} from 'ioredis'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {createChecker, builtinMatchers, type Matcher} from '../../src/index.js'
import {runJob, runKeys, startWorkers, storeMapResult, storedLines, mapLine, reduceLines, type ArticleLine} from '../../src/distributed/queue.js'
import {articleLines} from '../../src/distributed/run.js'
import {startRedisServer, type RedisServer} from '../../src/distributed/redis-server.js'
import {tempDir} from '../reliability/helpers.js'
import {buildTo} from '../parallel/build.js'

const hasRedis = spawnSync('redis-server', ['--version'], {stdio: 'ignore'}).status === 0

const ARTICLES: ArticleLine[] = [
  {id: 'a', story: 'pool', outlet: 'A', text: 'Pool\n\nThe council said the pool cost £1m and opened in May 2024.\n'},
  {id: 'b', story: 'pool', outlet: 'B', text: 'Pool\n\nThe council said the pool cost £2m and opened in May 2024.\n'},
  {id: 'c', story: 'dam', outlet: 'C', text: 'Dam\n\nThe dam cost 40% more than planned, the council said.\n'}
]

/** A matcher that throws on articles that mention a weir. */
const weirBreaker: Matcher = {
  meta: {id: 'weir-breaker', kind: 'x', description: 'throws on “weir” (test only)'},
  match: (sentence) => {
    if (sentence.text.includes('weir')) throw new Error('weir!')
    return []
  }
}

describe.skipIf(!hasRedis)('distributed run under faults (real redis-server)', () => {
  let redis: RedisServer
  let client: Redis
  beforeAll(async () => {
    redis = await startRedisServer()
    client = new Redis({host: redis.host, port: redis.port})
  })
  afterAll(async () => {
    client?.disconnect()
    await redis?.stop()
  })

  test('a matcher error and a bad article are per-article errors; the rest is reported', async () => {
    const checker = createChecker({matchers: [...builtinMatchers, weirBreaker]})
    const workers = startWorkers({host: redis.host, port: redis.port, prefix: 'errs'}, {checker})
    try {
      const articles = [...ARTICLES, {id: 'weir', story: 'pool', text: 'The weir cost £3m.\n'}, {id: 'bad-front', text: '---\noutlet: [oops\n---\nBody £1m.\n'}, {id: 'bad-date', published: 'soon', text: 'Body £1m.\n'}, {id: 'bad-meta', story: 5 as unknown as string, text: 'Body £1m.\n'}]
      const result = await runJob({host: redis.host, port: redis.port, prefix: 'errs'}, articles)
      // An unreadable `published` is a warning, as in front matter: that article is read; a `story` that is not a string is a bad line.
      expect(result.errors.map((e) => [e.path, e.code])).toEqual([['bad-front', 'front-matter'], ['bad-meta', 'bad-line'], ['weir', 'matcher-error']])
      expect(result.errors.find((e) => e.path === 'weir')!.message).toMatch(/matcher `weir-breaker`/)
      const readable = [...ARTICLES.map((a) => checker.parse(a.text, {id: a.id, meta: {story: a.story!, outlet: a.outlet!}})), checker.parse('Body £1m.\n', {id: 'bad-date', meta: {published: 'soon'}})]
      const single = await checker.report({articles: readable})
      expect(result.findings).toEqual(single.findings)
    } finally {
      await workers.close()
    }
  }, 30_000)

  test('empty, invalid-UTF-16 and bad-front-matter files are listed, not lost', async () => {
    const tmp = tempDir('dist-files')
    try {
      mkdirSync(join(tmp.dir, 'in'))
      writeFileSync(join(tmp.dir, 'in', 'good.txt'), ARTICLES[0]!.text)
      writeFileSync(join(tmp.dir, 'in', 'empty.txt'), '')
      writeFileSync(join(tmp.dir, 'in', 'utf16.txt'), new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]))
      writeFileSync(join(tmp.dir, 'in', 'front.md'), '---\noutlet: [x\n---\nBody.\n')
      const input = await articleLines([join(tmp.dir, 'in')])
      expect(input.articles.map((a) => a.id)).toEqual(['good'])
      expect(input.errors.map((e) => e.code).sort()).toEqual(['empty', 'front-matter', 'invalid-utf8'])
    } finally {
      tmp.cleanup()
    }
  })

  test('a job that runs twice (retried after its result was stored) stores its claim line once', async () => {
    const keys = runKeys({host: redis.host, port: redis.port, prefix: 'twice'}, 'run-1')
    const line = mapLine(ARTICLES[0]!)
    await storeMapResult(client, keys, line)
    await storeMapResult(client, keys, line)
    await storeMapResult(client, keys, mapLine(ARTICLES[1]!))
    const lines = await storedLines(client, keys, 'pool')
    expect(lines.map((l) => l.id).sort()).toEqual(['a', 'b'])
    const findings = reduceLines(lines)
    for (const finding of findings) expect(new Set(finding.claims).size).toBe(finding.claims.length)
    await client.del(keys.stories, keys.story('pool'))
  })

  test('two runs on one prefix do not mix, and leave no keys of their own', async () => {
    const config = {host: redis.host, port: redis.port, prefix: 'same'}
    const workers = startWorkers(config)
    try {
      const first = await runJob(config, ARTICLES.slice(0, 2))
      const second = await runJob(config, ARTICLES.slice(1))
      const checker = createChecker()
      const alone = await checker.report({articles: ARTICLES.slice(1).map((a) => checker.parse(a.text, {id: a.id, meta: {story: a.story!, outlet: a.outlet!}}))})
      expect(second.findings).toEqual(alone.findings)
      expect(first.findings.some((f) => f.story === 'dam')).toBe(false)
      // Only BullMQ's own queue bookkeeping remains: no run's stories, lines or errors.
      const left = await client.keys('same:*')
      expect(left).toEqual([])
    } finally {
      await workers.close()
    }
  }, 30_000)

  test('Redis killed mid-run: a clear error within seconds, no hang, no flood; workers close', async () => {
    const own = await startRedisServer()
    const config = {host: own.host, port: own.port, prefix: 'kill'}
    const slow: Matcher = {meta: {id: 'slow', kind: 'x', description: 'sleeps (test only)'}, match: () => {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150)
      return []
    }}
    const reported: Error[] = []
    const workers = startWorkers(config, {checker: createChecker({matchers: [slow]}), onError: (e) => reported.push(e)})
    const many = Array.from({length: 40}, (_, i) => ({id: `x${i}`, story: 's', text: `Article ${i} about the pool.\n`}))
    const started = Date.now()
    const running = runJob(config, many, {lostAfterMs: 1_000})
    setTimeout(() => void own.stop(), 600)
    await expect(running).rejects.toThrow(/lost the connection to Redis at 127\.0\.0\.1:\d+/)
    expect(Date.now() - started).toBeLessThan(15_000)
    const closing = Date.now()
    await workers.close()
    expect(Date.now() - closing).toBeLessThan(8_000)
    expect(reported.length).toBeLessThan(5)
  }, 40_000)

  test('Redis restarted mid-run (its data gone): a clear error, not a wait until the timeout', async () => {
    let own = await startRedisServer()
    const port = own.port
    const config = {host: own.host, port, prefix: 'restart'}
    const slow: Matcher = {meta: {id: 'slow', kind: 'x', description: 'sleeps (test only)'}, match: () => {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150)
      return []
    }}
    const workers = startWorkers(config, {checker: createChecker({matchers: [slow]}), onError: () => undefined})
    const many = Array.from({length: 40}, (_, i) => ({id: `x${i}`, story: 's', text: `Article ${i} about the pool.\n`}))
    const started = Date.now()
    const running = runJob(config, many, {lostAfterMs: 10_000, timeoutMs: 60_000})
    running.catch(() => undefined)
    await new Promise((done) => setTimeout(done, 600))
    await own.stop()
    own = await startRedisServer({port})
    try {
      await expect(running).rejects.toThrow(/restarted during the run/)
      expect(Date.now() - started).toBeLessThan(20_000)
    } finally {
      await workers.close()
      await own.stop()
    }
  }, 60_000)

  test('a worker process stops on SIGTERM even with Redis gone (built module)', async () => {
    const dist = buildTo('distributed-faults')
    const own = await startRedisServer()
    const child = fork(`${dist}distributed/worker.js`, ['--host', own.host, '--port', String(own.port), '--prefix', 'sig'], {stdio: ['ignore', 'ignore', 'pipe', 'ipc']})
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    await new Promise<void>((done) => child.once('message', () => done()))
    await own.stop()
    await new Promise((done) => setTimeout(done, 1_000))
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
    const signalled = Date.now()
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(Date.now() - signalled).toBeLessThan(8_000)
    expect(stderr.match(/Unhandled error event/g) ?? []).toEqual([])
    expect(stderr.split('\n').filter(Boolean).length).toBeLessThan(5)
  }, 90_000)
})
