/**
 * Extraction is linear in the length of its input, on the inputs that once
 * made it quadratic: doubling the input must not much more than double the
 * time. Each built-in matcher is timed on its own (a quadratic step in a
 * cheap matcher would hide behind the others in a whole extraction) on
 * n ≈ 50k and 2n characters; the check is on the ratio time(2n) / time(n),
 * median of 3 runs each, which does not depend on how fast the machine is.
 *
 * Linear is a ratio of about 2; quadratic is 4. The bound (3) leaves room
 * for noise (GC, other test files running alongside on a 2-core machine);
 * a ratio over it is measured once more before the test fails. Times under
 * FLOOR_MS at 2n are too small to measure a ratio and are not checked: the
 * quadratic steps fixed here took 0.5–50 s at 2n.
 *
 * The steps that were quadratic, and what fixed them:
 * - `£1,£1,…`, `1% 1% …`, `£1m £1m …`: dropping overlapping claims compared
 *   each claim with every claim kept (src/extract/run.ts `dropOverlaps`).
 * - alternating quote marks `“”‘’"'`: finding the innermost open mark of a
 *   family rescanned the whole stack of opens for every mark
 *   (src/extract/quotes/spans.ts).
 * - 10k paragraphs (`<p>£1m` in HTML): names and reporting verbs were
 *   searched per paragraph or sentence with a global regex from its start,
 *   and a search finding nothing ran on to the end of the article
 *   (src/extract/next-match.ts).
 * - many quotes and names (`Jane Smith said “ok.”`): the known surnames
 *   and their regex were rebuilt per sentence, and "does this overlap a
 *   name already found" and "which name comes before this verb" scanned
 *   every name (src/extract/people.ts, src/extract/span-index.ts,
 *   src/extract/quotes/attribution.ts); quotations were cut into pieces by
 *   reading every sentence before them (src/extract/quotes/pieces.ts).
 * - paragraphs of unattributed quotes (`x “ab cd ef”.`): looking back for
 *   the quotation to inherit a speaker from read every earlier quotation
 *   (src/extract/quotes/index.ts `findLast`).
 * - initials `A. B. C. …`: one capitalized run as long as the text, matched
 *   again from every sentence start (src/extract/people.ts `runsIn`).
 */
import {describe, expect, test} from 'vitest'
import {builtinMatchers, createChecker} from '../../src/index.js'
import type {Article} from '../../src/index.js'

const N = 50_000
const RUNS = 3
const MAX_RATIO = 3
const FLOOR_MS = 40

const rep = (s: string, length: number): string => s.repeat(Math.ceil(length / s.length)).slice(0, length)

const INPUTS: Array<[string, (n: number) => string, 'text' | 'html']> = [
  ['money-like "£1,£1,…"', (n) => rep('£1,', n), 'text'],
  ['percent "1% 1% …"', (n) => rep('1% ', n), 'text'],
  ['alternating quote marks “”‘’"\'', (n) => rep('“”‘’"\'', n), 'text'],
  ['currency and digits "£1m £1m …"', (n) => rep('£1m ', n), 'text'],
  ['unclosed <p> with money (html)', (n) => rep('<p>£1m ', n), 'html'],
  ['quotes with a named speaker', (n) => rep('Jane Smith said “ok.” ', n), 'text'],
  ['paragraphs with money and a name', (n) => rep('£1m said Ms Jones.\n\n', n), 'text'],
  ['dates "in in in March March"', (n) => rep('in in in March March ', n), 'text'],
  ['initials "A. B. C. …" (one capitalized run)', (n) => rep('A. B. C. ', n), 'text'],
  ['paragraphs of unattributed quotes', (n) => rep('x “ab cd ef”.\n\n', n), 'text']
]

function medianMs(run: () => void): number {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    run()
    times.push(performance.now() - t0)
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!
}

describe('extraction time grows linearly with input length', () => {
  const parser = createChecker()
  test.each(INPUTS)('%s', (_name, generate, format) => {
    const small: Article = parser.parse(generate(N), {format})
    const large: Article = parser.parse(generate(2 * N), {format})
    const report: string[] = []
    for (const matcher of builtinMatchers) {
      const checker = createChecker({matchers: [matcher]})
      checker.extract(small) // warm up
      let t1 = medianMs(() => checker.extract(small))
      let t2 = medianMs(() => checker.extract(large))
      if (t2 >= FLOOR_MS && t2 / t1 >= MAX_RATIO) {
        // Once more, to tell a slow step from a noisy moment.
        t1 = medianMs(() => checker.extract(small))
        t2 = medianMs(() => checker.extract(large))
      }
      const line = `${matcher.meta.id}: ${t1.toFixed(1)} ms → ${t2.toFixed(1)} ms (×${(t2 / t1).toFixed(2)})`
      report.push(line)
      if (t2 < FLOOR_MS) continue
      expect(t2 / t1, `${line}\n${report.join('\n')}`).toBeLessThan(MAX_RATIO)
    }
  })
})
