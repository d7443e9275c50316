/**
 * Scanning one window of a long text with a global regex without reading
 * past it again and again.
 *
 * `re.lastIndex = start; re.exec(text)` looks for the next match anywhere
 * after `start`, so when a window [start, end) holds no (more) matches the
 * search runs on to the next match or to the end of the text. Called once
 * per sentence or paragraph, that is quadratic (10k paragraphs without a
 * name each read the whole rest of the article). A search from `from` that
 * found its first match at `q` (or none) tried every position in
 * [from, q) and failed, and whether the regex matches at a position does not
 * depend on where the search started; so any later search from a position
 * in [from, q] finds the same match. {@link nextMatch} remembers the last
 * search per regex and answers such searches without running the regex.
 *
 * @module
 */

interface LastSearch {
  text: string
  from: number
  match: RegExpExecArray | null
}

const last = new WeakMap<RegExp, LastSearch>()

/**
 * The first match of the global (or sticky-free) regex `re` in `text` at or
 * after `from`: the same as `re.lastIndex = from; re.exec(text)`, except
 * that `re.lastIndex` is not to be relied on afterwards. Treat the match as
 * read-only: it may be handed out again.
 */
export function nextMatch(re: RegExp, text: string, from: number): RegExpExecArray | null {
  const memo = last.get(re)
  if (
    memo !== undefined &&
    memo.from <= from &&
    (memo.match === null || from <= memo.match.index) &&
    !isTrailSurrogate(text.charCodeAt(from)) &&
    memo.text === text
  ) {
    return memo.match
  }
  re.lastIndex = from
  const match = re.exec(text)
  if (memo === undefined) {
    last.set(re, {text, from, match})
  } else {
    memo.text = text
    memo.from = from
    memo.match = match
  }
  return match
}

/** A unicode regex started inside a surrogate pair steps back to its start; such searches are never answered from memory. */
function isTrailSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * Every match of the global regex `re` that starts in [start, end), in
 * order, as `re.exec` would find them from `start` (matches are never
 * empty), stopping at the first that starts at or after `end`.
 * Non-empty matches are assumed (an empty match would not advance).
 */
export function* matchesIn(re: RegExp, text: string, start: number, end: number): Generator<RegExpExecArray> {
  let from = start
  for (;;) {
    const match = nextMatch(re, text, from)
    if (match === null || match.index >= end) return
    yield match
    from = match.index + match[0].length
  }
}

const compiled = new Map<string, RegExp>()

/** One compiled regex per (source, flags), so that {@link nextMatch} can remember its searches. */
export function cachedRegExp(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`
  let re = compiled.get(key)
  if (re === undefined) {
    if (compiled.size >= 64) compiled.clear()
    re = new RegExp(source, flags)
    compiled.set(key, re)
  }
  return re
}
