/**
 * Forms of a line of page text that the chrome rules read: the line with
 * its white space normalized, its word count, and a form for equality tests.
 *
 * @module
 */

/** White space runs as one space, none at the ends (the line text every chrome rule reads). */
export function normalizeLine(text: string): string {
  // Most lines are already normal: single spaces between words, none at the ends.
  return isNormal(text) ? text : text.replace(/\s+/g, ' ').trim()
}

/** Is `text` what {@link normalizeLine} returns for it (no white space but single inner spaces)? */
function isNormal(text: string): boolean {
  const last = text.length - 1
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return false
    } else if (code < 0x20 || (code >= 0x7f && WHITE_SPACE.test(text[i]!))) {
      return false
    }
  }
  return true
}
const WHITE_SPACE = /\s/

/** The number of space-separated tokens of a normalized line that hold a letter or a digit. */
export function wordCount(text: string): number {
  let count = 0
  let counted = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x20) {
      counted = false
      continue
    }
    if (counted) continue
    if (code < 0x80) {
      if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) {
        count++
        counted = true
      }
    } else {
      const point = text.codePointAt(i)!
      if (LETTER_OR_DIGIT.test(String.fromCodePoint(point))) {
        count++
        counted = true
      }
      if (point > 0xffff) i++
    }
  }
  return count
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * Case-, quote- and punctuation-insensitive form for equality tests. Every
 * token of a normalized line counted by {@link wordCount} leaves at least
 * one space-separated token of its own in it.
 */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\p{L}\p{N}'"£$€%]+/gu, ' ')
    .trim()
}
