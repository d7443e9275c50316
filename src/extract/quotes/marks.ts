/**
 * Quotation marks and apostrophes: which quote characters open a quotation,
 * which close one, and which are apostrophes (don’t, children’s, 100’s,
 * the Echo's, ’til, ’90s). Decided by the characters around each mark.
 *
 * @module
 */
import {nextMatch} from '../next-match.js'

/** Double marks (“ ” ") and single marks (‘ ’ ') pair only within their family. */
export type MarkFamily = 'double' | 'single'

/** A quote character and what it does. */
export interface QuoteMark {
  /** Offset of the character. */
  at: number
  char: string
  family: MarkFamily
  /** `either`: a straight mark whose context allows both; the pairing decides. */
  role: 'open' | 'close' | 'either'
}

/** Every character treated as a quotation mark. */
export const QUOTE_CHARS = '"“”‘’\''

/** One character of {@link QUOTE_CHARS}. */
const QUOTE_CHAR = /["'‘’“”]/g
const DOUBLE = new Set(['"', '“', '”'])
/** Words written with a leading apostrophe: ’til, ’em, ’n’, ’cause. */
const ELISIONS = /^(?:til|tis|twas|em|n|cause|bout|round|cos|s)(?![\p{L}\p{N}])/iu

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const WHITE_SPACE = /\s/

/** A letter or digit (`\p{L}`, `\p{N}`); ASCII is answered without the regex. */
function isWord(c: string): boolean {
  if (c.length === 1) {
    const code = c.charCodeAt(0)
    if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  }
  return LETTER_OR_DIGIT.test(c)
}

/** Nothing (a paragraph edge) or white space; ASCII is answered without the regex. */
function isSpace(c: string): boolean {
  if (c === '') return true
  if (c.length === 1) {
    const code = c.charCodeAt(0)
    if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  }
  return WHITE_SPACE.test(c)
}

/** Before an opening mark: start, space, opening bracket, dash, colon, another quote. */
function opensAfter(prev: string): boolean {
  return isSpace(prev) || /[([{—–\-/:;“‘"'…]/.test(prev)
}

/** After a closing mark: end, space, punctuation, closing bracket, another quote. */
function closesBefore(next: string): boolean {
  return isSpace(next) || /[.,;:!?)\]}—–\-/…”’"']/.test(next)
}

/**
 * Classify the quote characters of `text` between `start` and `end`;
 * apostrophes are left out. `start`/`end` bound the context: a mark at
 * `start` sees the start of a paragraph before it.
 */
export function findQuoteMarks(text: string, start: number, end: number): QuoteMark[] {
  const marks: QuoteMark[] = []
  // The regex finds the next quote character faster than a loop over every code; nextMatch keeps a
  // paragraph without one from searching the rest of the text again.
  for (let found = nextMatch(QUOTE_CHAR, text, start); found !== null && found.index < end; found = nextMatch(QUOTE_CHAR, text, found.index + 1)) {
    const i = found.index
    const char = text[i]!
    const prev = i > start ? text[i - 1]! : ''
    const next = i + 1 < end ? text[i + 1]! : ''
    const family: MarkFamily = DOUBLE.has(char) ? 'double' : 'single'
    // "rock ’n’ roll": the closing half of an elided "’n’" (the regex only once an "n" comes before).
    if (prev === 'n' && /(?:^|\s)['’]n$/u.test(text.slice(Math.max(start, i - 3), i)) && char !== '‘') continue
    const role = classify(char, prev, next, () => text.slice(i + 1, Math.min(end, i + 8)))
    if (role !== null) marks.push({at: i, char, family, role})
  }
  return marks
}

/** `after` gives up to 7 characters after the mark (read only for a single mark that may open). */
function classify(char: string, prev: string, next: string, after: () => string): QuoteMark['role'] | null {
  switch (char) {
    case '“':
      // A curly opener misused as a closer: "…end.“ "
      return (isWord(prev) || /[.,!?]/.test(prev)) && closesBefore(next) ? 'close' : 'open'
    case '”':
      return opensAfter(prev) && isWord(next) ? 'open' : 'close'
    case '"':
      if (opensAfter(prev) && !isSpace(next)) return 'open'
      if (!isSpace(prev) && closesBefore(next)) return 'close'
      return 'either'
    default:
      return classifySingle(char, prev, next, after)
  }
}

function classifySingle(char: string, prev: string, next: string, after: () => string): QuoteMark['role'] | null {
  // Inside a word: don’t, children’s, O'Brien, 100’s, rock’n’roll.
  if (isWord(prev) && isWord(next)) return null
  if (opensAfter(prev) && !isSpace(next)) {
    // ’90s, '19, ’til, 'em: elided, not quoted.
    const rest = after()
    if (/^\d\d(?:s\b|\b)/.test(rest) || ELISIONS.test(rest)) return null
    return char === '’' && !isWord(next) ? null : 'open'
  }
  if (!isSpace(prev) && closesBefore(next)) {
    // parents’ (plural possessive) looks the same; pairing drops a close with no open.
    return char === '‘' ? null : 'close'
  }
  return null
}
