// Inputs whose cost grew faster than their size (issue 13, point 6): each is
// now linear, or refused early with a clear per-file error. Growth is
// measured at n, 2n and 4n: linear growth is 4x from n to 4n, quadratic 16x.
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {createChecker} from '../../src/index.js'
import {MAX_INLINE_MARKERS} from '../../src/ingest/markdown-limits.js'
import {MAX_FOLDER_DEPTH, listInputs} from '../../src/ingest/read.js'
import {tempDir} from './helpers.js'
import {codeOf} from '../ingest/helpers.js'

/** The best of three timings of `run`, in ms. */
function best(run: () => void): number {
  let min = Infinity
  for (let k = 0; k < 3; k++) {
    const start = performance.now()
    run()
    min = Math.min(min, performance.now() - start)
  }
  return min
}

/** Linear (or better): 4n costs under 8x what n costs, or stays under a floor that timer noise cannot decide. */
function expectLinear(times: number[], what: string, floorMs = 60): void {
  const [t1, , t4] = times as [number, number, number]
  console.log(`${what}: ${times.map((t) => t.toFixed(1)).join(', ')} ms at n, 2n, 4n`)
  if (t4 > floorMs) expect(t4 / Math.max(t1, 1), what).toBeLessThan(8)
}

const checker = createChecker()
const SHAPES: Array<[string, (n: number) => string]> = [
  ['`*a` repeated', (n) => '*a'.repeat(n)],
  ['`[a]` repeated', (n) => '[a]'.repeat(n)],
  ['`*[a` repeated', (n) => '*[a'.repeat(n)],
  ['`a_ ` repeated', (n) => 'a_ '.repeat(n)],
  ['`[a](` repeated', (n) => '[a]('.repeat(n)],
  ['`**a` repeated', (n) => '**a'.repeat(n)],
  ['`[a][b` repeated', (n) => '[a][b'.repeat(n)]
]

describe('Markdown the parser reads in quadratic time', () => {
  test.each(SHAPES)('%s in one paragraph: too-complex, in linear time', (_what, make) => {
    const times = [10_000, 20_000, 40_000].map((n) => {
      const text = make(n)
      expect(codeOf(() => checker.parse(text, {format: 'markdown'}))).toBe('too-complex')
      return best(() => codeOf(() => checker.parse(text, {format: 'markdown'})))
    })
    expectLinear(times, _what)
  })

  test(`paragraphs of ${MAX_INLINE_MARKERS - 10} markers each: read, in linear time`, () => {
    const paragraph = `${'*[a'.repeat((MAX_INLINE_MARKERS - 10) / 2)} costs £1m.\n\n`
    const times = [5, 10, 20].map((n) => {
      const text = paragraph.repeat(n)
      expect(codeOf(() => checker.parse(text, {format: 'markdown'}))).toBe('ok')
      return best(() => checker.parse(text, {format: 'markdown'}))
    })
    expectLinear(times, 'paragraphs under the limit')
  }, 30_000)

  test('a list of 5,000 `* item` lines is not counted as markers', () => {
    expect(codeOf(() => checker.parse(Array.from({length: 5000}, (_, i) => `* item ${i}`).join('\n'), {format: 'markdown'}))).toBe('ok')
  })
})

describe('front matter with many keys', () => {
  test('10,000, 20,000, 40,000 keys: front-matter error, in linear time', () => {
    const times = [10_000, 20_000, 40_000].map((n) => {
      const text = `---\n${Array.from({length: n}, (_, i) => `k${i}: v`).join('\n')}\n---\nBody £1m.\n`
      expect(codeOf(() => checker.parse(text))).toBe('front-matter')
      return best(() => codeOf(() => checker.parse(text)))
    })
    expectLinear(times, 'front matter keys')
  })

  test('an ordinary front matter (and one of 150 keys) is still read', () => {
    expect(checker.parse('---\noutlet: Echo\npublished: 2024-01-02\n---\nBody.\n').meta.outlet).toBe('Echo')
    expect(codeOf(() => checker.parse(`---\noutlet: Echo\n${Array.from({length: 150}, (_, i) => `k${i}: v`).join('\n')}\n---\nBody.\n`))).toBe('ok')
  })
})

describe('deep folders', () => {
  let tmp: ReturnType<typeof tempDir>
  /** A chain of `depth` folders under `root/top`, one article in each. */
  function chain(root: string, depth: number): string {
    let dir = join(root, 'top')
    mkdirSync(dir, {recursive: true})
    for (let i = 0; i < depth; i++) {
      writeFileSync(join(dir, `f${i}.txt`), 'The pool cost £1m.\n')
      dir = join(dir, 'd')
      mkdirSync(dir)
    }
    return join(root, 'top')
  }
  beforeAll(() => {
    tmp = tempDir('growth')
  })
  afterAll(() => tmp?.cleanup())

  test(`200, 400, 800 levels: walked to ${MAX_FOLDER_DEPTH} levels, the rest one too-deep error, in bounded time`, async () => {
    const times: number[] = []
    for (const depth of [200, 400, 800]) {
      const top = chain(join(tmp.dir, `chain${depth}`), depth)
      const start = performance.now()
      const listing = await listInputs([top])
      times.push(performance.now() - start)
      expect(listing.files).toHaveLength(MAX_FOLDER_DEPTH + 1)
      expect(listing.errors.map((e) => e.error?.code)).toEqual(['too-deep'])
    }
    expectLinear(times, 'deep folders')
  }, 60_000)

  test(`${MAX_FOLDER_DEPTH} levels: every article read`, async () => {
    const top = chain(join(tmp.dir, 'ok'), MAX_FOLDER_DEPTH)
    const report = await checker.report(top)
    expect(report.errors).toEqual([])
    expect(report.articles).toHaveLength(MAX_FOLDER_DEPTH)
  }, 30_000)
})
