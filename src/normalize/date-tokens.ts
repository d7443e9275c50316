/**
 * A tiny tokenizer for date parsing: words, numbers and single punctuation
 * marks, with offsets. Numbers with separators ("2,000", "10:30", "4.5")
 * stay one token so they can never be read as years or days.
 *
 * @module
 */

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

// Linear-time: each alternative consumes a distinct character class, with no
// nested quantifiers over the same characters.
const TOKEN = /\p{L}+|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?|\S/gu
const PLAIN_INTEGER = /^(\d+)(st|nd|rd|th)?$/
const LETTER_START = /^\p{L}/u

/** Split text into tokens with offsets into it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let previousEnd = 0
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const word = match[0]
    const start = match.index
    const first = word.charCodeAt(0)
    const isDigit = first >= 48 && first <= 57
    const kind: Token['kind'] = isDigit ? 'n' : first < 0x80 ? ((first | 0x20) >= 0x61 && (first | 0x20) <= 0x7a ? 'w' : 'p') : LETTER_START.test(word) ? 'w' : 'p'
    const token: Token = {text: word, lower: word.toLowerCase(), start, end: start + word.length, kind, spaced: start > previousEnd || tokens.length === 0}
    if (isDigit) {
      const plain = PLAIN_INTEGER.exec(word)
      if (plain) {
        token.value = Number(plain[1])
        token.digits = plain[1]!.length
        token.ordinal = plain[2] !== undefined
      }
    }
    tokens.push(token)
    previousEnd = token.end
  }
  return tokens
}
