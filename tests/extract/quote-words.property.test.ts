import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {quoteWords, wordCount, wordCountExceeds} from '../../src/extract/quotes/pieces.js'

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

/**
 * quoteWords as it was written before its shortcuts (skip the single-mark
 * pass without a single mark; replace only white space that is not one
 * space): the slow path it must agree with.
 */
function quoteWordsSlow(raw: string): string {
  let singleOpen = false
  return raw
    .replace(/["“”]/g, ' ')
    .replace(/(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])/gu, (m, offset: number, whole: string) => {
      const prev = whole[offset - 1] ?? ''
      const opening = m === '‘' || !/[\p{L}\p{N}]/u.test(prev)
      if (opening) {
        singleOpen = true
        return ' '
      }
      if (singleOpen) {
        singleOpen = false
        return ' '
      }
      return /s/i.test(prev) ? m : ' '
    })
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .trim()
}

const spaces = fc.constantFrom(' ', '  ', ' \t', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028', ' \n ')

describe('quoteWords', () => {
  test('agrees with the unshortened passes', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(quoteWords(t)).toBe(quoteWordsSlow(t))
      }),
      {numRuns: 20000}
    )
  })

  test('agrees on words with white space of every kind between them', () => {
    const word = fc.constantFrom('said', 'parents’', "don't", '‘no', 'yes’', 'it', ',', '.', '?', '"', '“a”', "'b'", 'Jones’s', 's’', '7')
    fc.assert(
      fc.property(fc.array(fc.tuple(word, spaces), {maxLength: 12}), (parts) => {
        const t = parts.map(([w, s]) => w + s).join('')
        expect(quoteWords(t)).toBe(quoteWordsSlow(t))
      }),
      {numRuns: 20000}
    )
  })
})
