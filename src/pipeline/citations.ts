/**
 * Citations a reader can follow: the article's `url` and `author` for its
 * record, and for each claim a link to the source page at its sentence (a
 * URL text fragment, src/report/text-fragment.ts).
 *
 * @module
 */
import type {ArticleMeta, Claim} from '../types.js'
import {collapse, httpUrl, linkToPassage, occurrences} from '../report/text-fragment.js'

/** The `url` and `author` of an article record: an absolute http(s) URL (without fragment) or null; the author as given or null. */
export function citationMeta(meta: ArticleMeta): {url: string | null; author: string | null} {
  return {url: httpUrl(meta.url) ?? null, author: meta.author ?? null}
}

/**
 * The claims of one article, each with `link` (the page at the claim's
 * sentence) when the article has an http(s) `url`. `page` is the article's
 * text as a reader sees it (chrome removed), where the sentence is looked
 * up to tell repeated sentences apart; `source` is the text the offsets
 * count in.
 */
export function citeClaims(claims: readonly Claim[], meta: ArticleMeta, page: string, source: string): Claim[] {
  const url = httpUrl(meta.url)
  if (url === undefined) return [...claims]
  const links = new Map<string, string | undefined>()
  return claims.map((claim) => {
    const sentence = claim.sentence
    const key = `${sentence.start}:${sentence.end}`
    // Which occurrence of its text the sentence is: those before it in the source.
    if (!links.has(key)) links.set(key, linkToPassage(url, page, sentence.text, occurrences(collapse(source.slice(0, sentence.start)), collapse(sentence.text)).length))
    const link = links.get(key)
    return link === undefined ? claim : {...claim, link}
  })
}
