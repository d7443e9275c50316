import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {comparable, normalizeLine, wordCount} from '../../src/ingest/line-text.js'

// Chrome detection skips the comparable form of a line with more counted
// words than the outlet's or title's form has tokens: that relies on each
// counted word leaving a token of its own in the comparable form.
function tokens(form: string): number {
  return form === '' ? 0 : form.split(' ').length
}
function holds(raw: string): void {
  const line = normalizeLine(raw)
  expect(wordCount(line)).toBeLessThanOrEqual(tokens(comparable(line)))
}

const units = ['a', 'Z', 'İ', 'ß', 'Σ', 'ǅ', 'Ⅻ', 'Ⓐ', '𝐀', '𐐀', '٣', '²', '½', ' ', '  ', '\t', '\u00a0', '-', '—', "'", '’', '“', '`', '£', '%', '.', ',', '&', '\u0307', '\ud800']
const text = fc.oneof(fc.array(fc.constantFrom(...units), {maxLength: 30}).map((p) => p.join('')), fc.string({maxLength: 60}), fc.string({unit: 'binary', maxLength: 40}))

describe('line forms', () => {
  test('every counted word leaves a token in the comparable form (random lines)', () => {
    fc.assert(fc.property(text, (t) => holds(t)), {numRuns: 20000})
  })

  test('every code point, alone and between words', () => {
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x10000 ? 1 : 97) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      const c = String.fromCodePoint(cp)
      holds(c)
      holds(`a ${c} b`)
      holds(`${c}${c} ${c}`)
    }
  })
})
