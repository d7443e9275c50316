import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {tokenize, type Token} from '../../src/normalize/date-tokens.js'

// tokenize scans character codes; the reference is the regex it stands for.
const TOKEN = /\p{L}+|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?|\S/gu
function reference(text: string): Token[] {
  const tokens: Token[] = []
  let previousEnd = 0
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0]
    const start = match.index
    const first = word.charCodeAt(0)
    const isDigit = first >= 48 && first <= 57
    const kind: Token['kind'] = isDigit ? 'n' : /^\p{L}/u.test(word) ? 'w' : 'p'
    const token: Token = {text: word, lower: word.toLowerCase(), start, end: start + word.length, kind, spaced: start > previousEnd || tokens.length === 0}
    const plain = isDigit ? /^(\d+)(st|nd|rd|th)?$/.exec(word) : null
    if (plain) {
      token.value = Number(plain[1])
      token.digits = plain[1]!.length
      token.ordinal = plain[2] !== undefined
    }
    tokens.push(token)
    previousEnd = token.end
  }
  return tokens
}

const units = [
  'a', 'Z', 'é', 'ß', 'İ', 'Σ', '中', '𝒜', '😀', '\ud800', '\udc00', '0', '7', '٣', '²', '.', ',', ':', ';', '-', '–', '/', "'", '’', '%', '£',
  'st', 'nd', 'rd', 'th', 'ST', 's', 't', ' ', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u180e', '\u200b', '\n', '\t', '\u2028', '\u0085', '_'
]
const text = fc.oneof(fc.array(fc.constantFrom(...units), {maxLength: 40}).map((p) => p.join('')), fc.string({maxLength: 60}), fc.string({unit: 'binary', maxLength: 40}))

describe('date tokenizer', () => {
  test('gives the tokens of its regex', () => {
    fc.assert(fc.property(text, (t) => {
      expect(tokenize(t)).toEqual(reference(t))
    }), {numRuns: 20000})
  })

  test('every code point on its own, and between letters and digits', () => {
    for (let cp = 0; cp < 0x10000; cp++) {
      const c = String.fromCharCode(cp)
      for (const t of [c, `a${c}b`, `1${c}2`, ` ${c} `]) expect(tokenize(t)).toEqual(reference(t))
    }
  })
})
