import {describe, expect, test} from 'vitest'
import fc from 'fast-check'
import {runMatcher} from '../../src/extract/test-matcher.js'
import {quote} from '../../src/extract/matchers/quote.js'
import {role} from '../../src/extract/matchers/role.js'
import type {Matcher} from '../../src/types.js'

// Text built from pieces that stress the matchers: quote marks, apostrophes,
// names, honorifics, reporting verbs, punctuation and paragraph breaks.
const atoms = [
  '"', '“', '”', '‘', '’', "'", ' ', ' ', '\n', '\n\n', ',', '.', ':', ';', '?', '!', '…', '-', '—', '(', ')',
  'said', 'he', 'she', 'they', 'added', 'told', 'according to', 'Mr', 'Ms', 'Dr', 'Cllr', 'Jane', 'Smith',
  'Carl', 'O’Neill', "don't", 'children’s', '’90s', 'the', 'chief executive', 'council leader', 'Council', 'was',
  'We', 'will', 'act', 'inadequate', 'Prime Minister', 'Chancellor', 'of', 'a', 'é', '£10m', '2021'
]
const article = fc.oneof(
  fc.array(fc.constantFrom(...atoms), {maxLength: 60}).map((parts) => parts.join('')),
  fc.string({unit: fc.constantFrom('"', '“', '”', '‘', '’', "'", 'a', 'B', ' ', '\n', '.', ',', ':'), maxLength: 80}),
  fc.string({maxLength: 80})
)

function checkContract(matcher: Matcher, text: string): void {
  const claims = runMatcher(matcher, text)
  for (const claim of claims) {
    expect(text.slice(claim.start, claim.end)).toBe(claim.text)
    expect(claim.start).toBeGreaterThanOrEqual(claim.sentence.start)
    expect(claim.end).toBeLessThanOrEqual(claim.sentence.end)
    expect(claim.end).toBeGreaterThan(claim.start)
  }
  expect(runMatcher(matcher, text)).toEqual(claims)
}

describe('quote and role matchers on arbitrary text', () => {
  test('quote: never throws, slices back, stays in its sentence, deterministic', () => {
    fc.assert(fc.property(article, (text) => checkContract(quote, text)), {numRuns: 400})
  })

  test('role: never throws, slices back, stays in its sentence, deterministic', () => {
    fc.assert(fc.property(article, (text) => checkContract(role, text)), {numRuns: 400})
  })

  test('quote: words never contain a double quotation mark and speakerMention slices back', () => {
    fc.assert(
      fc.property(article, (text) => {
        for (const claim of runMatcher(quote, text)) {
          const value = claim.value as {words: string; speakerMention: {start: number; end: number; text: string} | null}
          expect(value.words).not.toMatch(/["“”]/)
          if (value.speakerMention) expect(text.slice(value.speakerMention.start, value.speakerMention.end)).toBe(value.speakerMention.text)
        }
      }),
      {numRuns: 300}
    )
  })

  test('a quoted sentence is found whatever its words', () => {
    const word = fc.stringMatching(/^[a-z]{2,8}$/)
    fc.assert(
      fc.property(fc.array(word, {minLength: 3, maxLength: 8}), (words) => {
        const said = words.join(' ')
        const claims = runMatcher(quote, `Jane Smith said: “${said}.”`)
        expect(claims.map((c) => c.text)).toEqual([said])
        expect((claims[0]!.value as {speaker: string}).speaker).toBe('Jane Smith')
      }),
      {numRuns: 100}
    )
  })
})
