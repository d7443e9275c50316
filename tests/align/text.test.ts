// The alignment tokenizer is a hand scanner; its specification is the regex
// WORD_PATTERN. These properties check the two agree on any text, and that
// the shortcuts alignment takes give what the plain functions give.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {keyTerms, properNouns, WORD_PATTERN, wordTerms, words} from '../../src/align/text.js'
import {sharedWithRepeats} from '../../src/align/quote.js'
import {diffQuotes, quoteTokens, summarizeDiff} from '../../src/align/quote-diff.js'

/** Characters where the scanner and the regex could part: letters of all scripts, astral letters and digits, lone surrogates, the inner marks. */
const tricky = fc.constantFrom(
  'a', 'Z', '7', 'é', 'ß', 'Ж', 'ع', '中', '٣', '½', '²', '𝐀', '𝟙', '😀', '\ud835', '\udc00',
  '’', "'", '£', '$', '€', '%', '.', '-', '/', ' ', '\n', ',', '“', '”', '_', '\u0000', '‑', '–'
)
const text = fc.oneof(
  fc.string({unit: tricky, maxLength: 60}),
  fc.string({unit: 'binary', maxLength: 60}),
  fc.string({maxLength: 60})
)

const byRegex = (input: string) => [...input.matchAll(WORD_PATTERN)].map((m) => ({text: m[0], start: m.index, end: m.index + m[0].length}))

describe('words', () => {
  test('gives exactly the matches of WORD_PATTERN, with offsets', () => {
    fc.assert(fc.property(text, (input) => {
      expect(words(input)).toEqual(byRegex(input))
    }), {numRuns: 3000})
  })

  test.each([
    ['£10m, up 5.5% on 2021/22.', ['10m', 'up', '5.5%', 'on', '2021/22']],
    ["the council's “inadequate” rating—again.", ["council's", 'the', 'inadequate', 'rating', 'again'].sort()],
    ['𝐀𝐁 — x', ['𝐀𝐁', 'x']]
  ])('%s', (input, expected) => {
    expect(words(input).map((w) => w.text).sort()).toEqual([...expected].sort())
  })

  test('a word read alone is that one word, so wordTerms(word) = keyTerms(word)', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const w of words(input)) {
          expect(words(w.text).map((x) => x.text)).toEqual([w.text])
          const out: string[] = []
          wordTerms(w.text, out)
          expect(out).toEqual(keyTerms(w.text))
        }
      }),
      {numRuns: 1000}
    )
  })

  test('keyTerms and properNouns over given words = over the text', () => {
    fc.assert(
      fc.property(text, (input) => {
        const list = words(input)
        expect(keyTerms(input, list)).toEqual(keyTerms(input))
        expect(properNouns(input, list)).toEqual(properNouns(input))
      }),
      {numRuns: 1000}
    )
  })
})

describe('the quotation diff gate', () => {
  test('the words a diff keeps never outnumber sharedWithRepeats (so skipping the diff below the bar changes nothing)', () => {
    const word = fc.constantFrom('we', 'will', 'fix', 'the', 'roads', 'The', 'roads,', 'year', '…', 'and', 'next')
    const quote = fc.array(word, {maxLength: 14}).map((list) => list.join(' '))
    fc.assert(
      fc.property(quote, quote, (a, b) => {
        const ta = quoteTokens(a)
        const tb = quoteTokens(b)
        const kept = summarizeDiff(diffQuotes(ta.tokens, tb.tokens), (t) => t.split(/\s+/).filter(Boolean).length).equal
        expect(kept).toBeLessThanOrEqual(sharedWithRepeats(ta.tokens.map((t) => t.norm), tb.tokens.map((t) => t.norm)))
      }),
      {numRuns: 2000}
    )
  })

  test('sharedWithRepeats counts repeats once per pair', () => {
    expect(sharedWithRepeats(['a', 'a', 'b'], ['a', 'b', 'b', 'c'])).toBe(2)
    expect(sharedWithRepeats([], ['a'])).toBe(0)
  })
})
