/**
 * A bound on Markdown that is not article-like. The Markdown parser
 * (micromark) resolves emphasis and link brackets per paragraph in time that
 * grows with the square of their number there: `*a` repeated 20,000 times
 * in one paragraph takes 7 s, `*[a` 40 s. No article has thousands of them
 * in one paragraph, so such a file is refused (`too-complex`) before it is
 * parsed, in one linear scan; the same text split into paragraphs parses in
 * linear time and is read.
 *
 * @module
 */

/** Most `*`, `_`, `[`, `]` one paragraph may hold (quadratic parsing stays near 0.1 s at worst). */
export const MAX_INLINE_MARKERS = 1000

/**
 * The most inline markers (`*`, `_`, `[`, `]`) in one run of non-blank
 * lines (a paragraph, or more when containers join lines: an over-count,
 * never an under-count of what one paragraph holds), not counting a list
 * bullet at the start of a line. Stops counting past `limit`.
 */
export function inlineMarkers(body: string, limit = Infinity): number {
  let max = 0
  let run = 0
  let lineStart = true
  let blank = true
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i)
    if (c === 10 || c === 13) {
      if (blank) run = 0
      lineStart = true
      blank = true
      continue
    }
    if (lineStart) {
      // Leading spaces, block-quote markers and one bullet open a line, not inline markup.
      if (c === 32 || c === 9 || c === 62) continue
      if ((c === 42 || c === 43 || c === 45) && (body.charCodeAt(i + 1) === 32 || body.charCodeAt(i + 1) === 9)) {
        lineStart = false
        blank = false
        continue
      }
      lineStart = false
    }
    blank = false
    if (c === 42 || c === 95 || c === 91 || c === 93) {
      run++
      if (run > max) {
        max = run
        if (max > limit) return max
      }
    }
  }
  return max
}
