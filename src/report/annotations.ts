/**
 * `--format annotations`: every claim and finding as a W3C Web Annotation
 * (JSON-LD, https://www.w3.org/TR/annotation-model/), in one
 * `AnnotationCollection`, so annotation tools can show them on the page.
 *
 * - A claim: motivation `describing`; target = the article's URL (its `url`,
 *   else the file as a `file:` URL, else a `urn:corroborate:` name) with a
 *   `TextQuoteSelector` (the claim's exact text, with the words around it in
 *   its sentence) and a `TextPositionSelector` (its offsets in the article
 *   as read); bodies: its kind (`tagging`), its value as people read it
 *   (`describing`) and the verdict of each finding on it (`assessing`).
 * - A finding: motivation `assessing`; one target per claim it compares;
 *   body: the verdict and the message, and the reason (`tagging`).
 *
 * @module
 */
import {isAbsolute, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {ArticleRecord, Claim, Finding, Report} from '../types.js'
import {formatValue} from './format-value.js'
import {httpUrl} from './text-fragment.js'

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

/** Characters of context on each side in a `TextQuoteSelector`. */
const QUOTE_CONTEXT = 32

export interface AnnotationOptions {
  /** Folder relative article paths are resolved from, for `file:` targets (default: the current folder). */
  cwd?: string
}

interface TextualBody {
  type: 'TextualBody'
  purpose: 'tagging' | 'describing' | 'assessing'
  value: string
  format: 'text/plain'
  language?: 'en'
}

interface Target {
  source: string
  selector: Array<{type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string} | {type: 'TextPositionSelector'; start: number; end: number}>
}

export interface WebAnnotation {
  id: string
  type: 'Annotation'
  motivation: 'describing' | 'assessing'
  body: TextualBody[]
  target: Target | Target[]
}

const urn = (kind: string, id: string) => `urn:corroborate:${kind}:${encodeURIComponent(id)}`

/** The report's claims and findings as a Web Annotation collection, as JSON text. */
export function renderAnnotations(report: Report, options: AnnotationOptions = {}): string {
  return `${JSON.stringify(annotationCollection(report, options), null, 2)}\n`
}

/** The collection object (see {@link renderAnnotations}). */
export function annotationCollection(report: Report, options: AnnotationOptions = {}) {
  const articles = new Map(report.articles.map((a) => [a.id, a]))
  const claims = new Map(report.claims.map((c) => [c.id, c]))
  const findingsOf = new Map<string, Finding[]>()
  for (const finding of report.findings) for (const id of finding.claims) findingsOf.set(id, [...(findingsOf.get(id) ?? []), finding])
  const targetOf = (claim: Claim): Target => target(claim, articles.get(claim.article), options.cwd)
  const items: WebAnnotation[] = [
    ...report.claims.map((claim) => ({
      id: urn('claim', claim.id),
      type: 'Annotation' as const,
      motivation: 'describing' as const,
      body: [
        text('tagging', claim.kind),
        text('describing', `${claim.kind} claim: ${formatValue(claim.value)}`),
        ...(findingsOf.get(claim.id) ?? []).map((f) => text('assessing', `${f.verdict}: ${f.message}`))
      ],
      target: targetOf(claim)
    })),
    ...report.findings.map((finding) => ({
      id: urn('finding', `${finding.story}/${finding.id}`),
      type: 'Annotation' as const,
      motivation: 'assessing' as const,
      body: [text('assessing', `${finding.verdict}: ${finding.message}`), text('tagging', finding.reason)],
      target: finding.claims.flatMap((id) => {
        const claim = claims.get(id)
        return claim ? [targetOf(claim)] : []
      })
    }))
  ]
  const id = urn('report', `${report.generator.version}/${report.articles.map((a) => a.id).join(',')}`.slice(0, 200))
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'corroborate: claims and findings',
    total: items.length,
    generator: {id: 'https://www.npmjs.com/package/corroborate', type: 'Software', name: `corroborate ${report.generator.version}`},
    first: {id: `${id}/page/0`, type: 'AnnotationPage', startIndex: 0, items}
  }
}

function text(purpose: TextualBody['purpose'], value: string): TextualBody {
  return {type: 'TextualBody', purpose, value, format: 'text/plain', ...(purpose === 'tagging' ? {} : {language: 'en' as const})}
}

/** The article's address: its http(s) `url`, else its file, else a name. */
function sourceOf(article: ArticleRecord | undefined, id: string, cwd: string | undefined): string {
  const url = httpUrl(article?.url ?? undefined)
  if (url !== undefined) return url
  if (article?.path) return pathToFileURL(isAbsolute(article.path) ? article.path : resolve(cwd ?? process.cwd(), article.path)).href
  return urn('article', id)
}

function target(claim: Claim, article: ArticleRecord | undefined, cwd: string | undefined): Target {
  const quote: Target['selector'][number] & {type: 'TextQuoteSelector'} = {type: 'TextQuoteSelector', exact: claim.text}
  // Context from the claim's sentence, when the sentence's text holds the claim at its offsets.
  const sentence = claim.sentence
  const at = claim.start - sentence.start
  if (at >= 0 && sentence.text.slice(at, at + claim.text.length) === claim.text) {
    const prefix = sentence.text.slice(Math.max(0, at - QUOTE_CONTEXT), at)
    const suffix = sentence.text.slice(at + claim.text.length, at + claim.text.length + QUOTE_CONTEXT)
    if (prefix !== '') quote.prefix = prefix
    if (suffix !== '') quote.suffix = suffix
  }
  return {source: sourceOf(article, claim.article, cwd), selector: [quote, {type: 'TextPositionSelector', start: claim.start, end: claim.end}]}
}
