import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {wordCount, wordCountExceeds} from '../../src/extract/quotes/pieces.js'

// wordCountExceeds answers from word starts when it can; it must agree with
// counting the words of the joined spans.
const unit = fc.constantFrom('a', 'B', '7', 'é', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '"', '“', '”', '‘', '’', "'", ',', '.', ';', ':', '!', '?', '-', '…', 's', 'S', '(')
const text = fc.oneof(fc.string({unit, maxLength: 40}), fc.string({maxLength: 40}), fc.string({unit: 'binary', maxLength: 30}))

describe('wordCountExceeds', () => {
  test('agrees with wordCount of the joined spans', () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat()), {maxLength: 4}), fc.integer({min: 0, max: 4}), (t, cuts, limit) => {
        const spans = cuts.map(([a, b]) => ({start: Math.min(a, b) % (t.length + 1), end: Math.max(a, b) % (t.length + 1)})).map((s) => (s.start <= s.end ? s : {start: s.end, end: s.start}))
        const joined = spans.map((s) => t.slice(s.start, s.end)).join(' ')
        expect(wordCountExceeds(t, spans, limit)).toBe(wordCount(joined) > limit)
      }),
      {numRuns: 5000}
    )
  })
})
