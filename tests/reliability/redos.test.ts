/**
 * ReDoS: every regular expression of src/**\/*.ts and examples/**\/*.js.
 *
 * 1. A real parse (TypeScript 7 API, see regex-scan.ts) lists regex literals
 *    and `new RegExp(…)` calls; a `RegExp` built only from literals is
 *    evaluated, any other is "dynamic".
 * 2. Dynamic ones are also caught at run time where possible: `RegExp` is
 *    wrapped before the library is imported and the corpus is run. (In this
 *    vitest setup only examples/ patterns are recorded so far: the src
 *    modules' module-level `new RegExp` calls are not seen; the dynamic sites
 *    are listed and covered by tests/fuzz/worst-case.test.ts.)
 * 3. Each pattern is checked with redos-detector (`isSafe`); each one the
 *    detector does not prove safe is *pumped* in a worker thread: run on
 *    5,000-character inputs made of repeated pieces that commonly make
 *    regexes backtrack (spaces, digits and separators, quote marks, words…),
 *    then on twice that: a pattern that takes > 25 ms and grows
 *    super-linearly, or does not finish in 3 s, is *confirmed* slow.
 *
 * The test fails on any confirmed-slow pattern (file:line and the input). The
 * detector's verdicts are printed: it flags many patterns with an "infinite"
 * score (any unanchored `\s+x` or `x\s*$` can backtrack) whose real cost is
 * linear on every pumped input; set REDOS_STRICT=1 to fail on those too.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {Worker} from 'node:worker_threads'
import {isSafe} from 'redos-detector'
import {beforeAll, describe, expect, test} from 'vitest'
import {listFiles, scanRegexes, type FoundRegex} from './regex-scan.js'

const root = join(import.meta.dirname, '../..')
const STRICT = process.env.REDOS_STRICT === '1'
/**
 * The detector's time per pattern. A pattern it cannot decide in time is
 * "flagged" and pumped like one it proves unsafe, so a short timeout never
 * lets a pattern through unpumped; it only moves work from the detector
 * (single-threaded, 300 ms per undecided pattern: most of this test's time)
 * to the pump (a worker pool). REDOS_DETECTOR_MS=300 for the longer look.
 */
const DETECTOR_TIMEOUT_MS = Number(process.env.REDOS_DETECTOR_MS ?? 50)

interface Checked extends FoundRegex {
  detector: 'safe' | 'unsafe' | 'error'
  detail: string
  pump?: {input: string; ms: number; ms2: number}
}

// ---------------------------------------------------------------------------
// Pumping

const PUMPS = [
  ' ', '\u00a0', '\t', '\n', '\r\n', 'a', 'A', 'é', '1', '.', ',', '-', '–', ':', ';', '"', "'", '“', '”', '‘', '’', '(', ')', '[', '%', '£', '$', '€', '!', '?', '|', '/', '*', '•', '#', '<', '&',
  'a ', 'A ', '1 ', '1,', '1.', '1-', ', ', '. ', ': ', '- ', '£1', '$1', '1%', 'in ', 'the ', 'and ', 'said ', 'March ', 'Mr ', 'Smith ', 'more than ', 'US$', '1m ', '2019 ', 'according to ', '"a" ', '“a” ', "'s ", 'A. ', 'ab', 'Ab '
]
const SUFFIXES = ['', 'x', '\u0000', '!']

/**
 * Pump patterns on a pool of worker threads, so that a catastrophic pattern
 * (one exec that never ends) is cut off: each worker takes one pattern at a
 * time and announces each input before it runs it; a worker still busy with
 * a pattern after `LIMIT_MS` is terminated, the pattern reported with that
 * input, and a fresh worker takes its place.
 */
const PUMP_WORKER = `
const {parentPort, workerData} = require('node:worker_threads')
const {pumps, suffixes, size, screen} = workerData
function runOnce(re, input) {
  const t0 = performance.now()
  if (re.flags.includes('y')) { re.lastIndex = 0; re.exec(input) }
  else if (re.flags.includes('g')) {
    re.lastIndex = 0
    let guard = 0
    while (re.exec(input) !== null && guard++ < 1000000) if (re.lastIndex === 0) break
    re.lastIndex = 0
  } else re.exec(input)
  return performance.now() - t0
}
parentPort.on('message', ({id, source, flags}) => {
  const re = new RegExp(source, flags)
  const budget = performance.now() + 500
  let found
  // Screen every input at 2,000 characters and 4,000 (cheap: a quadratic
  // pattern shows the same ×4 growth at any size); confirm a suspect at
  // 5,000 and 10,000 with the report's thresholds (> 10 ms, then > 25 ms and
  // × 2.8). A quadratic pattern that passes the full-size test also passes
  // the screen (> 1 ms at 2,000 is below 10 ms at 5,000 for any power ≥ 2).
  outer: for (const piece of pumps) {
    for (const suffix of suffixes) {
      const small = piece.repeat(Math.ceil(screen / piece.length))
      parentPort.postMessage({id, trying: small + suffix})
      const s1 = runOnce(re, small + suffix)
      if (s1 > 1) {
        parentPort.postMessage({id, trying: small + small + suffix})
        const s2 = runOnce(re, small + small + suffix)
        if (s2 > s1 * 2.5) {
          const body = piece.repeat(Math.ceil(size / piece.length))
          parentPort.postMessage({id, trying: body + suffix})
          const ms = runOnce(re, body + suffix)
          if (ms > 10) {
            parentPort.postMessage({id, trying: body + body + suffix})
            const ms2 = runOnce(re, body + body + suffix)
            if (ms2 > 25 && ms2 > ms * 2.8) { found = {input: body + suffix, ms, ms2}; break outer }
          }
        }
      }
      if (performance.now() > budget) break outer
    }
  }
  parentPort.postMessage({id, done: found ?? null})
})
`

/** Workers: one per CPU, at most 4 (more would make the timings noisy). */
const POOL_SIZE = Math.min(4, Math.max(1, availableParallelism()))
const LIMIT_MS = 3000

async function pumpAll(patterns: readonly FoundRegex[]): Promise<Array<Checked['pump']>> {
  const results: Array<Checked['pump']> = new Array(patterns.length).fill(undefined)
  let next = 0
  const spawn = (): Worker => new Worker(PUMP_WORKER, {eval: true, workerData: {pumps: PUMPS, suffixes: SUFFIXES, size: 5_000, screen: 2_000}})
  const lane = async (): Promise<void> => {
    let worker = spawn()
    try {
      while (next < patterns.length) {
        const id = next++
        const found = patterns[id]!
        const outcome = await new Promise<{result: Checked['pump']; cutOff: boolean}>((resolve) => {
          let trying = ''
          const timer = setTimeout(() => {
            worker.off('message', onMessage)
            resolve({result: {input: trying, ms: LIMIT_MS, ms2: Number.POSITIVE_INFINITY}, cutOff: true})
          }, LIMIT_MS)
          const onMessage = (message: {id: number; trying?: string; done?: Checked['pump'] | null}): void => {
            if (message.id !== id) return
            if (message.trying !== undefined) trying = message.trying
            if (message.done !== undefined) {
              clearTimeout(timer)
              worker.off('message', onMessage)
              resolve({result: message.done ?? undefined, cutOff: false})
            }
          }
          worker.on('message', onMessage)
          worker.postMessage({id, source: found.source, flags: found.flags})
        })
        results[id] = outcome.result
        if (outcome.cutOff) {
          await worker.terminate()
          worker = spawn()
        }
      }
    } finally {
      await worker.terminate()
    }
  }
  await Promise.all(Array.from({length: POOL_SIZE}, lane))
  return results
}

function describeInput(input: string): string {
  const m = /^((?:.|\n){1,16}?)\1+((?:.|\n)?)$/u.exec(input)
  return m ? `${JSON.stringify(m[1])} × ${Math.round((input.length - (m[2] ?? '').length) / m[1]!.length)}${m[2] ? ` + ${JSON.stringify(m[2])}` : ''}` : JSON.stringify(input.slice(0, 40))
}

function check(found: FoundRegex): Checked {
  try {
    new RegExp(found.source, found.flags) // eslint-disable-line no-new
  } catch (error) {
    return {...found, detector: 'error', detail: `does not compile: ${(error as Error).message}`}
  }
  let detector: Checked['detector']
  let detail: string
  try {
    // redos-detector refuses `i` with `u`: such patterns are checked case-sensitively.
    const flags = found.flags.includes('i') && (found.flags.includes('u') || found.flags.includes('v')) ? found.flags.replace('i', '') : found.flags
    const result = isSafe(new RegExp(found.source, flags), {timeout: DETECTOR_TIMEOUT_MS, maxSteps: 20_000})
    detector = result.safe ? 'safe' : 'unsafe'
    detail = result.safe ? `score ${result.score.infinite ? '∞' : result.score.value}` : `${result.error ?? 'unsafe'}, score ${result.score.infinite ? '∞' : result.score.value}${flags !== found.flags ? ' (checked without i)' : ''}`
  } catch (error) {
    detector = 'error'
    detail = (error as Error).message
  }
  return {...found, detector, detail}
}

// ---------------------------------------------------------------------------

let statics: FoundRegex[] = []
let runtime: FoundRegex[] = []

beforeAll(async () => {
  const files = [...listFiles(join(root, 'src'), ['.ts']), ...listFiles(join(root, 'examples'), ['.js', '.mjs'])]
  statics = scanRegexes(root, files)

  // Record every RegExp the library constructs (dynamic patterns included).
  const seen = new Map<string, FoundRegex>()
  const Original = globalThis.RegExp
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget) as RegExp
      record(made)
      return made
    },
    apply(target, thisArg, args) {
      const made = Reflect.apply(target, thisArg, args) as RegExp
      record(made)
      return made
    }
  })
  function record(made: RegExp): void {
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 100
    const stack = new Error().stack ?? ''
    Error.stackTraceLimit = limit
    // The immediate caller (the first frame outside this file and the Proxy) must be in src/ or examples/:
    // patterns that dependencies build are theirs, not ours.
    const frames = stack.split('\n').slice(1).filter((line) => !line.includes('redos.test.ts') && !/Reflect|<anonymous>|new RegExp|Object\.construct|Object\.apply/.test(line))
    const caller = frames[0] ?? ''
    if (caller.includes('node_modules')) return
    const where = /\/((?:src|examples)\/[^):]*):(\d+)/.exec(caller)
    if (!where) return
    const key = `${made.source}/${made.flags}`
    if (!seen.has(key)) seen.set(key, {file: where[1]!, line: Number(where[2]), kind: 'dynamic', source: made.source, flags: made.flags})
  }
  try {
    const {createChecker} = await import('../../src/index.js')
    const {inspectionRating} = (await import('../../examples/inspection-rating.js')) as {inspectionRating: import('../../src/index.js').Matcher}
    const {renderReport} = await import('../../src/report/index.js')
    const checker = createChecker().with({matchers: [inspectionRating]})
    // (No helper imports here: they would load src/ before RegExp is wrapped.)
    const names = readdirSync(join(root, 'corpus')).filter((n) => n.endsWith('.txt'))
    const articles = names.map((name) => checker.parse(readFileSync(join(root, 'corpus', name), 'utf8'), {id: name}))
    const report = await checker.report({articles})
    for (const format of ['json', 'markdown', 'terminal', 'html'] as const) renderReport(report, format)
    checker.parse('<p>The council spent &pound;5m.</p>', {format: 'html'})
    checker.parse('# Title\n\nThe council spent **£5m**.', {format: 'markdown'})
  } finally {
    globalThis.RegExp = Original
  }
  const dynamicSites = statics.filter((f) => f.kind === 'dynamic').map((f) => `${f.file}:${f.line}`)
  // Keep runtime patterns not already listed as literal / constructed.
  const known = new Set(statics.filter((f) => f.kind !== 'dynamic').map((f) => `${f.source}/${[...f.flags].sort().join('')}`))
  runtime = [...seen.values()].filter((f) => !known.has(`${f.source}/${[...f.flags].sort().join('')}`))
  console.log(`regex scan: ${files.length} files, ${statics.length} regexes (${statics.filter((f) => f.kind === 'literal').length} literals, ${statics.filter((f) => f.kind === 'constructed').length} RegExp() from literals, ${dynamicSites.length} dynamic sites: ${dynamicSites.join(', ')}); ${runtime.length} more patterns recorded at run time`)
}, 120_000)

describe('ReDoS', () => {
  let checked: Checked[] = []

  test('the scan finds the regexes of src/ and examples/', () => {
    expect(statics.length).toBeGreaterThan(20)
    expect(statics.some((f) => f.file.startsWith('examples/'))).toBe(true)
  })

  test('dynamic RegExp sites are covered by patterns recorded at run time', () => {
    const sites = statics.filter((f) => f.kind === 'dynamic')
    const uncovered = sites.filter((site) => !runtime.some((r) => r.file === site.file) && !statics.some((s) => s.kind !== 'dynamic' && s.file === site.file && s.line === site.line))
    if (uncovered.length > 0) console.warn(`dynamic RegExp sites not exercised by the corpus run (checked only by the worst-case inputs of tests/fuzz/worst-case.test.ts):\n${uncovered.map((u) => `  ${u.file}:${u.line}  ${u.source.slice(0, 100)}`).join('\n')}`)
    expect(runtime.length + sites.length).toBeGreaterThanOrEqual(0)
  })

  test('no pattern is confirmed slow by pumping (detector verdicts printed)', async () => {
    const t0 = performance.now()
    checked = [...statics.filter((f) => f.kind !== 'dynamic'), ...runtime].map(check)
    const detected = performance.now()
    console.log(`redos-detector on ${checked.length} patterns: ${((detected - t0) / 1000).toFixed(1)} s`)
    // Pump what the detector did not prove safe (a proven-safe pattern
    // cannot backtrack badly), on a pool of worker threads.
    const toPump = checked.filter((c) => c.detector !== 'safe')
    const pumped = await pumpAll(toPump)
    toPump.forEach((c, i) => {
      if (pumped[i]) c.pump = pumped[i]
    })
    console.log(`pumped ${toPump.length} patterns on ${POOL_SIZE} workers in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    const unsafe = checked.filter((c) => c.detector !== 'safe')
    const confirmed = checked.filter((c) => c.pump)
    const lines = [
      `redos-detector: ${checked.length} patterns checked, ${checked.length - unsafe.length} safe, ${unsafe.length} flagged; ${confirmed.length} confirmed slow by pumping`,
      ...unsafe.map((c) => `  ${c.pump ? 'CONFIRMED' : 'flagged  '} ${c.file}:${c.line} (${c.kind}) ${c.detail}  /${c.source.length > 120 ? `${c.source.slice(0, 117)}...` : c.source}/${c.flags}`)
    ]
    console.log(lines.join('\n'))
    const report = confirmed.map((c) => `${c.file}:${c.line} /${c.source.slice(0, 100)}/${c.flags}: ${describeInput(c.pump!.input)} took ${Math.round(c.pump!.ms)} ms, ×2 input ${Number.isFinite(c.pump!.ms2) ? `${Math.round(c.pump!.ms2)} ms` : 'did not finish (worker cut off)'}`)
    if (report.length > 0) console.log(`confirmed slow:\n  ${report.join('\n  ')}`)
    expect(report).toEqual([])
    if (STRICT) expect(unsafe.map((c) => `${c.file}:${c.line}`)).toEqual([])
  }, 300_000)
})
