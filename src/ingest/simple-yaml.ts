/**
 * A fast path for the usual front matter: lines of `key: value` with known
 * keys and plain or quoted one-line string values. For such a text it gives
 * what the YAML parser would (`parseDocument(…).toJS()`); for anything else
 * it gives `undefined` and the caller runs the YAML parser, which also
 * reports every error. What is accepted is kept narrow on purpose, so that
 * no YAML rule (typed scalars, escapes, comments, continuation lines,
 * duplicate keys) can make the two differ.
 *
 * @module
 */

/**
 * The mapping of a text made only of lines `key: value` (or `key:`, or
 * empty lines), each key one of `keys` and given once, each value a string
 * the YAML core schema reads as itself:
 * - `"…"` or `'…'` with no quote of its kind, no backslash, and only printable
 *   characters inside (then the content is the value), followed by nothing
 *   but spaces;
 * - a plain value that starts with an ASCII letter, or a date `YYYY-MM-DD`,
 *   with no tab, no `: `, no ` #`, no `:` at its end, and no word YAML reads
 *   as null or a boolean (trailing spaces are not part of it);
 * - nothing: `null`.
 *
 * @returns the values by key, or `undefined` when the text is anything else.
 */
export function readSimpleMapping(text: string, keys: ReadonlySet<string>): Record<string, string | null> | undefined {
  const out: Record<string, string | null> = {}
  const seen = new Set<string>()
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    if (lineEnd > lineStart) {
      const colon = text.indexOf(':', lineStart)
      if (colon < 0 || colon >= lineEnd) return undefined
      const key = text.slice(lineStart, colon)
      if (!keys.has(key) || seen.has(key)) return undefined
      seen.add(key)
      let valueStart = colon + 1
      if (valueStart < lineEnd && text.charCodeAt(valueStart) !== 0x20) return undefined
      while (valueStart < lineEnd && text.charCodeAt(valueStart) === 0x20) valueStart++
      const value = valueStart === lineEnd ? null : readValue(text, valueStart, lineEnd)
      if (value === undefined) return undefined
      out[key] = value
    }
    lineStart = lineEnd + 1
  }
  return out
}

/** Words the YAML 1.2 core schema reads as null or a boolean. */
const NOT_STRINGS: ReadonlySet<string> = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'])
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** The string value in text[start, end) (no leading space), or `undefined` when it is not a simple one. */
function readValue(text: string, start: number, end: number): string | undefined {
  const first = text.charCodeAt(start)
  if (first === 0x22 || first === 0x27) {
    const close = text.indexOf(text[start]!, start + 1)
    if (close < 0 || close >= end) return undefined
    for (let i = close + 1; i < end; i++) if (text.charCodeAt(i) !== 0x20) return undefined
    for (let i = start + 1; i < close; i++) if (!isPrintable(text.charCodeAt(i)) || text.charCodeAt(i) === 0x5c) return undefined
    return text.slice(start + 1, close)
  }
  let last = end
  while (text.charCodeAt(last - 1) === 0x20) last--
  const value = text.slice(start, last)
  const letter = (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7a
  if (!(letter || DATE.test(value)) || NOT_STRINGS.has(value)) return undefined
  for (let i = start; i < last; i++) {
    const code = text.charCodeAt(i)
    if (!isPrintable(code)) return undefined
    if (code === 0x3a && (i + 1 === last || text.charCodeAt(i + 1) === 0x20)) return undefined
    if (code === 0x23 && text.charCodeAt(i - 1) === 0x20) return undefined
  }
  return value
}

/**
 * Space and visible ASCII, or a BMP character from U+00A0 on that is no
 * surrogate, BOM, non-character or line or paragraph separator (U+2028,
 * U+2029: line breaks to YAML 1.1).
 */
function isPrintable(code: number): boolean {
  if (code < 0x80) return code >= 0x20 && code < 0x7f
  return code >= 0xa0 && (code < 0xd800 || code > 0xdfff) && code !== 0xfeff && code < 0xfffe && code !== 0x2028 && code !== 0x2029
}
