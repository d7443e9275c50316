/**
 * Character classes the segmenter needs, on UTF-16 code units. Kept to
 * `charCodeAt` comparisons: the segmenter runs over every character of every
 * article, and regular expressions per character cost an order of magnitude.
 *
 * @module
 */

/**
 * Whether a code unit is white space in the sense of `String.prototype.trim`
 * (ECMAScript WhiteSpace and LineTerminator), so that trimmed sentences satisfy
 * `s.trim() === s`. Includes tabs, no-break spaces and the Unicode Zs spaces.
 */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** ASCII digit `0`–`9`. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

const UPPER = /^\p{Lu}$/u
const LOWER = /^\p{Ll}$/u

/**
 * Upper-case letter (Unicode `Lu`). ASCII is answered without a regular
 * expression: the check runs only at candidate boundaries, but most of them
 * are followed by ASCII.
 */
export function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90
  return UPPER.test(String.fromCharCode(code))
}

/** Lower-case letter (Unicode `Ll`). */
export function isLower(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122
  return LOWER.test(String.fromCharCode(code))
}

/** A letter of either case (as far as {@link isUpper}/{@link isLower} know). */
export function isLetter(code: number): boolean {
  return isLower(code) || isUpper(code)
}

/**
 * Sentence-final punctuation: `.`, `!`, `?`, `…`, and the combined `‼ ⁇ ⁈ ⁉`.
 * A run of them ("?!", "...") is treated as one terminator.
 */
export function isTerminal(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 0x203c || (code >= 0x2047 && code <= 0x2049)
}

/**
 * Characters that close a sentence after its terminator and stay with it:
 * quotation marks (straight, curly, guillemet) and closing brackets, as in
 * `…fix this.” Next` or `(He declined to comment.) Shares`.
 */
export function isCloser(code: number): boolean {
  return (
    code === 34 || // "
    code === 39 || // '
    code === 41 || // )
    code === 93 || // ]
    code === 0x2019 || // ’
    code === 0x201d || // ”
    code === 0xbb || // »
    code === 0x203a // ›
  )
}

/**
 * Characters that may open a sentence before its first letter: quotation
 * marks and opening brackets, as in `…improve. “We will…`.
 */
export function isOpener(code: number): boolean {
  return (
    code === 34 || // "
    code === 39 || // '
    code === 40 || // (
    code === 91 || // [
    code === 0x2018 || // ‘
    code === 0x201c || // “
    code === 0xab || // «
    code === 0x2039 // ‹
  )
}

/** Whether a code unit is a quotation mark (not a bracket). */
export function isQuote(code: number): boolean {
  return code === 34 || code === 39 || code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb || code === 0x2039 || code === 0x203a
}
