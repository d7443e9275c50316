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

/** Most emphasis runs and closing brackets one paragraph may hold (quadratic parsing stays near 0.1 s at worst). */
export const MAX_INLINE_MARKERS = 1000

/**
 * The most inline markers in one run of non-blank lines (a paragraph, or
 * more when containers join lines: an over-count, never an under-count of
 * what one paragraph holds). A marker is what the parser must match
 * against earlier ones: a run of `*` or `_` (`***` is one), and a `]` after
 * some `[` of the paragraph. A list bullet at the start of a line is not
 * one, and neither is a lone run (`*` × 100,000 is one run; `[` × 100,000
 * with no `]` has nothing to match), which the parser reads in linear
 * time. Stops counting past `limit`.
 */
export function inlineMarkers(body: string, limit = Infinity): number {
  let max = 0
  let run = 0
  let lineStart = true
  let blank = true
  let opened = false
  let previous = -1
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i)
    if (c === 10 || c === 13) {
      if (blank) {
        run = 0
        opened = false
      }
      lineStart = true
      blank = true
      previous = -1
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
    if (c === 91) opened = true
    const marker = ((c === 42 || c === 95) && c !== previous) || (c === 93 && opened)
    previous = c
    if (marker) {
      run++
      if (run > max) {
        max = run
        if (max > limit) return max
      }
    }
  }
  return max
}
