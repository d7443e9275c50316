/**
 * URL text fragments (`#:~:text=`, WICG "URL Fragment Text Directives"): a
 * link that opens a page scrolled to, and highlighting, one passage.
 *
 * The directive is `text=[prefix-,]start[,-suffix]`. Each term is
 * percent-encoded: everything `encodeURIComponent` encodes, plus `-` (which
 * the directive's syntax uses, with `,` and `&`), so a term can hold any
 * text. The passage is matched as written (whitespace collapsed, as a
 * browser compares rendered text); where it occurs more than once on the
 * page, words just before it (prefix) and after it (suffix) are added until
 * the combination occurs once.
 *
 * @module
 */

/** Percent-encode one term of a text directive. Lone surrogates become U+FFFD. */
export function encodeTextDirective(term: string): string {
  return encodeURIComponent(wellFormed(term)).replace(/-/g, '%2D')
}

/** The text with lone surrogates replaced by U+FFFD (`String.prototype.toWellFormed`). */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
}

/** Whitespace runs as one space, trimmed: the text a reader sees. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Word-bounded occurrences of `needle` in `haystack` (both collapsed): their start offsets. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = []
  if (needle === '') return found
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = at === 0 ? '' : haystack[at - 1]!
    const after = haystack[at + needle.length] ?? ''
    if (!isWordChar(before) || !isWordChar(needle[0]!)) {
      if (!isWordChar(after) || !isWordChar(needle[needle.length - 1]!)) found.push(at)
    }
  }
  return found
}

function isWordChar(c: string): boolean {
  return c !== '' && /[\p{L}\p{N}_]/u.test(c)
}

export interface TextDirective {
  prefix?: string
  start: string
  suffix?: string
}

/** How many words of context a side may add at most. */
const MAX_CONTEXT_WORDS = 6

/**
 * The text directive for the passage `exact` on `page`. When it occurs more
 * than once, `occurrence` (0 for the first) picks the one to point at, and
 * context words are added until the directive matches only there (or the
 * words run out).
 */
export function textDirective(page: string, exact: string, occurrence = 0): TextDirective {
  const text = collapse(page)
  const start = collapse(exact)
  const all = occurrences(text, start)
  if (all.length <= 1) return {start}
  const at = all[Math.min(Math.max(0, occurrence), all.length - 1)]!
  const before = text.slice(0, at).trim().split(' ').filter(Boolean)
  const after = text.slice(at + start.length).trim().split(' ').filter(Boolean)
  for (let words = 1; words <= MAX_CONTEXT_WORDS; words++) {
    const prefix = before.length >= words ? before.slice(-words).join(' ') : undefined
    const suffix = after.length >= words ? after.slice(0, words).join(' ') : undefined
    const candidates: TextDirective[] = []
    if (prefix !== undefined) candidates.push({prefix, start})
    if (suffix !== undefined) candidates.push({start, suffix})
    if (prefix !== undefined && suffix !== undefined) candidates.push({prefix, start, suffix})
    for (const directive of candidates) {
      const matches = directiveMatches(text, directive)
      if (matches.length === 1 && matches[0] === at) return directive
    }
  }
  // Not unique even with context: the widest context, which still matches the passage first-most near it.
  return {start, ...(before.length ? {prefix: before.slice(-MAX_CONTEXT_WORDS).join(' ')} : {}), ...(after.length ? {suffix: after.slice(0, MAX_CONTEXT_WORDS).join(' ')} : {})}
}

/** Where a directive's `start` term matches on a collapsed text, with its prefix just before and its suffix just after. */
export function directiveMatches(text: string, directive: TextDirective): number[] {
  return occurrences(text, directive.start).filter((at) => {
    if (directive.prefix !== undefined) {
      const head = text.slice(0, at).trimEnd()
      if (!head.endsWith(directive.prefix) || isWordChar(head[head.length - directive.prefix.length - 1] ?? '')) return false
    }
    if (directive.suffix !== undefined) {
      const tail = text.slice(at + directive.start.length).trimStart()
      if (!tail.startsWith(directive.suffix) || isWordChar(tail[directive.suffix.length] ?? '')) return false
    }
    return true
  })
}

/** `:~:text=…`, the fragment directive (without the `#`). */
export function formatTextDirective(directive: TextDirective): string {
  const parts = [
    ...(directive.prefix !== undefined ? [`${encodeTextDirective(directive.prefix)}-`] : []),
    encodeTextDirective(directive.start),
    ...(directive.suffix !== undefined ? [`-${encodeTextDirective(directive.suffix)}`] : [])
  ]
  return `:~:text=${parts.join(',')}`
}

/**
 * A link to `url` at the passage: the URL without its own fragment, then
 * `#:~:text=…`. Only http(s) URLs get a link; anything else gives undefined.
 */
export function linkToPassage(url: string, page: string, exact: string, occurrence = 0): string | undefined {
  const base = httpUrl(url)
  if (base === undefined || collapse(exact) === '') return undefined
  return `${base}#${formatTextDirective(textDirective(page, exact, occurrence))}`
}

/** An absolute http(s) URL without its fragment, or undefined. */
export function httpUrl(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined
  const parsed = new URL(url)
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined
  parsed.hash = ''
  return parsed.href
}
