/**
 * What every renderer shows to let a reader follow a citation: an article's
 * outlet, address, author and date, and each claim's link to the source
 * page at its sentence (`Claim.link`, a URL text fragment).
 *
 * Only absolute http(s) URLs are ever shown as addresses or links: a
 * `javascript:`, `data:` or relative `url` (from front matter, or in a
 * record built by hand) is dropped here, once for all formats. The URL
 * returned is the WHATWG-serialised form, so it holds no whitespace, no
 * control characters and no `<`, `>`, `"` or backtick (the parser
 * percent-encodes them).
 *
 * @module
 */
import type {ArticleRecord, Claim} from '../types.js'

/** An absolute http(s) URL, serialised (fragment kept), or undefined for anything else. */
export function safeHttpUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || !URL.canParse(url)) return undefined
  const parsed = new URL(url)
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined
  return parsed.href
}

/** The link from a claim to its source page at its sentence, when it has a safe one. */
export function claimLink(claim: Pick<Claim, 'link'>): string | undefined {
  return safeHttpUrl(claim.link)
}

/** The citation fields of an article record, each undefined when absent (or, for the URL, not http(s)). */
export interface ArticleCitation {
  outlet?: string
  url?: string
  author?: string
  published?: string
}

export function articleCitation(record: ArticleRecord): ArticleCitation {
  const nonEmpty = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined)
  const citation: ArticleCitation = {}
  const outlet = nonEmpty(record.outlet)
  const url = safeHttpUrl(record.url)
  const author = nonEmpty(record.author)
  const published = nonEmpty(record.published)
  if (outlet !== undefined) citation.outlet = outlet
  if (url !== undefined) citation.url = url
  if (author !== undefined) citation.author = author
  if (published !== undefined) citation.published = published
  return citation
}

/** `by Jane Doe · 2024-03-01`, or '' when neither is known. */
export function bylinePhrase(citation: ArticleCitation): string {
  return [citation.author !== undefined ? `by ${citation.author}` : '', citation.published ?? ''].filter(Boolean).join(' · ')
}

/**
 * A URL as a CommonMark link destination: every character outside the
 * URL-safe ASCII set, and `(`, `)`, `[`, `]`, `<`, `>`, `\`, backtick,
 * space, percent-encoded; `&` backslash-escaped so `&amp;`-like text is
 * not read as a character reference. The result can sit in `[text](…)`.
 */
export function markdownDestination(url: string): string {
  let out = ''
  for (const char of url) {
    if (/^[A-Za-z0-9\-._~:/?#@!$'*+,;=%]$/.test(char)) out += char
    else if (char === '&') out += '\\&'
    else out += [...new TextEncoder().encode(char)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')
  }
  return out
}
