/**
 * A tiny tokenizer for date parsing: words, numbers and single punctuation
 * marks, with offsets. Numbers with separators ("2,000", "10:30", "4.5")
 * stay one token so they can never be read as years or days.
 *
 * @module
 */
import {isDigit, isSpace} from '../../segment/chars.js'

/** One token of a sentence. */
export interface Token {
  /** The token as written. */
  text: string
  /** Lower-cased text, for vocabulary look-ups. */
  lower: string
  start: number
  end: number
  /** `w`: letters; `n`: a number; `p`: one punctuation or symbol character. */
  kind: 'w' | 'n' | 'p'
  /** For a plain integer (optionally ordinal: "21st"), its value. */
  value?: number
  /** Digits of a plain integer (leading zeros count: "01" has 2). */
  digits?: number
  /** Written with an ordinal suffix ("21st"). */
  ordinal?: boolean
  /** Whitespace separates it from the previous token. */
  spaced: boolean
}

/**
 * Split text into tokens with offsets into it: the matches of
 * `/\p{L}+|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?|\S/gu` (letters, a number with
 * its separators and ordinal suffix, or one other non-space character),
 * read by a scan of character codes (the unicode regex costs several times
 * more per token).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let previousEnd = 0
  const length = text.length
  for (let i = 0; i < length;) {
    const code = text.charCodeAt(i)
    if (isSpace(code)) {
      i++
      continue
    }
    const start = i
    let kind: Token['kind']
    let plain: {value: number; digits: number; ordinal: boolean} | undefined
    if (isDigit(code)) {
      kind = 'n'
      i = digitsEnd(text, i)
      const digits = i - start
      let separated = false
      while (i + 1 < length && isNumberSeparator(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) {
        separated = true
        i = digitsEnd(text, i + 1)
      }
      const ordinal = isOrdinalSuffix(text, i)
      if (!separated) plain = {value: Number(text.slice(start, start + digits)), digits, ordinal}
      if (ordinal) i += 2
    } else if (letterWidth(text, i) > 0) {
      kind = 'w'
      for (let width = letterWidth(text, i); width > 0; width = letterWidth(text, i)) i += width
    } else {
      kind = 'p'
      i += codePointWidth(text, i)
    }
    const word = text.slice(start, i)
    const token: Token = {text: word, lower: word.toLowerCase(), start, end: i, kind, spaced: start > previousEnd || tokens.length === 0}
    if (plain !== undefined) {
      token.value = plain.value
      token.digits = plain.digits
      token.ordinal = plain.ordinal
    }
    tokens.push(token)
    previousEnd = i
  }
  return tokens
}

/** The end of the run of ASCII digits from `i`. */
function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++
  return i
}

/** `.`, `,` or `:` between digit groups ("2,000", "4.5", "10:30"). */
function isNumberSeparator(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3a
}

/** Does `st`, `nd`, `rd` or `th` (lower case) start at `i`? */
function isOrdinalSuffix(text: string, i: number): boolean {
  const a = text.charCodeAt(i)
  const b = text.charCodeAt(i + 1)
  return (a === 0x73 && b === 0x74) || (a === 0x6e && b === 0x64) || (a === 0x72 && b === 0x64) || (a === 0x74 && b === 0x68)
}

const LETTER = /^\p{L}$/u

/** The UTF-16 length of the letter (`\p{L}`) at `i`, or 0 when the code point there is none. */
function letterWidth(text: string, i: number): number {
  if (i >= text.length) return 0
  const code = text.charCodeAt(i)
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 1 : 0
  const width = codePointWidth(text, i)
  return LETTER.test(text.slice(i, i + width)) ? width : 0
}

/** The UTF-16 length of the code point at `i`: 2 for a surrogate pair, else 1. */
function codePointWidth(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1)
    if (next >= 0xdc00 && next <= 0xdfff) return 2
  }
  return 1
}
