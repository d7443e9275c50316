// The distributed run: redis-server on 127.0.0.1 (no persistence), a
// producer, three worker processes for the map stage, a per-story reduce;
// the findings equal the single-process report's. Skipped where
// redis-server is not installed (Debian: apt-get install redis-server).
import {execFileSync, spawnSync} from 'node:child_process'
import {describe, expect, test} from 'vitest'
import {createChecker} from '../../src/index.js'
import {buildTo, ROOT} from '../parallel/build.js'

const hasRedis = spawnSync('redis-server', ['--version'], {stdio: 'ignore'}).status === 0
if (!hasRedis) console.warn('tests/distributed: redis-server is not on the PATH; skipping the BullMQ test (apt-get install redis-server)')

describe.skipIf(!hasRedis)('BullMQ on Redis', () => {
  test('map on 3 worker processes + per-story reduce = the single-process report', async () => {
    const dist = buildTo('distributed')
    const {runDistributed, articleLines} = (await import(`${dist}distributed/run.js`)) as typeof import('../../src/distributed/run.js')
    const {findings, errors} = await runDistributed(await articleLines([`${ROOT}corpus`]), {workers: 3})
    expect(errors).toEqual([])
    const report = await createChecker().report(`${ROOT}corpus`)
    const key = (f: {story: string; id: string}) => `${f.story}\u0000${f.id}`
    const sort = <T extends {story: string; id: string}>(list: T[]) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    expect(findings.length).toBeGreaterThan(50)
    expect(sort(findings)).toEqual(sort(report.findings))
    // Redis was stopped: nothing listens any more (checked by the run's own cleanup).
  }, 120_000)

  test('`corroborate queue` runs it from the command line (loading corroborate/queue lazily)', () => {
    const dist = buildTo('distributed-cli')
    const out = execFileSync(process.execPath, [`${dist}cli/main.js`, 'queue', `${ROOT}corpus`, '--workers', '2'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000})
    const findings = out.trim().split('\n').map((line) => JSON.parse(line) as {verdict: string})
    expect(findings.length).toBeGreaterThan(50)
    expect(findings.some((f) => f.verdict === 'differ')).toBe(true)
  }, 120_000)
})
