import {citationMeta, citeClaims} from './citations.js'
import type {Article, ArticleRecord, Claim, InputError, Report} from '../types.js'
import type {ReadResult} from '../ingest/read.js'
import {align, type AlignInput, type AlignResult} from '../align/index.js'
import {segment} from '../segment/sentences.js'
import {extractArticle, MatcherError} from '../extract/run.js'
import type {Matcher} from '../types.js'
import {VERSION} from '../version.js'
import {claimSentences} from './claim-sentences.js'

/** Semantic version of the JSON report format (docs/report-format.md). */
export const REPORT_FORMAT_VERSION = '2.0.0'

/**
 * What the pipeline keeps of one article after extraction: plain data only
 * (no functions), so it can cross a worker-thread or process boundary.
 */
export interface ArticleResult {
  id: string
  path?: string
  format: Article['format']
  meta: Article['meta']
  publishedFrom?: Article['publishedFrom']
  warnings?: Article['warnings']
  excluded: Article['excluded']
  /** The original file text (for rendering claims in context). */
  source: string
  /** The article text with chrome removed, one block a line (for inferring stories). */
  keptText: string
  sentences: number
  claims: Claim[]
  error?: InputError
}

/** Segment an article and run the matchers over it; a matcher failure becomes an error, not a crash. */
export function claimsOf(article: Article, matchers: readonly Matcher[]): ArticleResult {
  const sentences = segment(article.view)
  const base = {
    id: article.id,
    ...(article.path === undefined ? {} : {path: article.path}),
    format: article.format,
    meta: article.meta,
    ...(article.publishedFrom === undefined ? {} : {publishedFrom: article.publishedFrom}),
    ...(article.warnings === undefined || article.warnings.length === 0 ? {} : {warnings: article.warnings}),
    excluded: article.excluded,
    source: article.source,
    keptText: keptText(article),
    sentences: sentences.length
  }
  try {
    return {...base, claims: extractArticle(article, matchers, sentences)}
  } catch (error) {
    if (!(error instanceof MatcherError)) throw error
    const path = article.path ?? article.id
    return {...base, claims: [], error: {path, code: 'matcher-error', message: `${path}: ${error.message}`}}
  }
}

/**
 * Assemble the report from what was read and what was extracted.
 * Everything is sorted by stable keys, so the same inputs give a
 * byte-identical report whatever the order they were read in.
 */
export function assembleReport(read: Pick<ReadResult, 'inputs' | 'errors'>, extracted: readonly ArticleResult[]): Report {
  const prepared = prepareReport(read, extracted)
  return finishReport(prepared, align(prepared.alignInput))
}

/**
 * {@link assembleReport} with the alignment done by `alignStories` (for
 * example on worker threads, see `src/parallel`), which must give what
 * {@link align} gives for the same input.
 */
export async function assembleReportWith(
  read: Pick<ReadResult, 'inputs' | 'errors'>,
  extracted: readonly ArticleResult[],
  alignStories: (input: AlignInput) => Promise<AlignResult>
): Promise<Report> {
  const prepared = prepareReport(read, extracted)
  return finishReport(prepared, await alignStories(prepared.alignInput))
}

interface PreparedReport {
  records: ArticleRecord[]
  claims: Claim[]
  errors: InputError[]
  alignInput: AlignInput
}

function prepareReport(read: Pick<ReadResult, 'inputs' | 'errors'>, extracted: readonly ArticleResult[]): PreparedReport {
  const byId = new Map(extracted.map((item) => [item.id, item]))
  const errors: InputError[] = [...read.errors]
  const records: ArticleRecord[] = []
  const claims: Claim[] = []
  for (const input of read.inputs) {
    const item = input.id === undefined ? undefined : byId.get(input.id)
    if (input.status === 'ok' && item) {
      const article = item
      if (item.error) errors.push(item.error)
      records.push({
        id: article.id,
        path: article.path ?? null,
        format: article.format,
        outlet: article.meta.outlet ?? null,
        title: article.meta.title ?? null,
        published: article.meta.published ?? null,
        ...(article.meta.published === undefined ? {} : {publishedFrom: article.publishedFrom ?? 'metadata'}),
        ...citationMeta(article.meta),
        story: article.meta.story ?? null,
        storyInferred: false,
        family: null,
        status: item.error ? 'error' : 'ok',
        ...(item.error ? {error: item.error} : {}),
        ...(article.warnings === undefined ? {} : {warnings: article.warnings}),
        sentences: item.sentences,
        excluded: article.excluded
      })
      for (const claim of citeClaims(item.claims, article.meta, article.keptText, article.source)) claims.push(claim)
    } else if (input.status === 'error' && input.id !== undefined) {
      // An article file that could not be read. A path that is missing, or a
      // folder with no article files, is no article: it is only in `errors`.
      records.push({
        id: input.id ?? input.path,
        path: input.path,
        format: null,
        outlet: null,
        title: null,
        published: null,
        url: null,
        author: null,
        story: null,
        storyInferred: false,
        family: null,
        status: 'error',
        ...(input.error ? {error: input.error} : {}),
        sentences: 0,
        excluded: []
      })
    }
  }
  const okArticles = extracted.filter((item) => !item.error)
  const alignInput: AlignInput = {
    articles: okArticles.map((article) => ({
      id: article.id,
      ...(article.meta.outlet === undefined ? {} : {outlet: article.meta.outlet}),
      ...(article.meta.story === undefined ? {} : {story: article.meta.story}),
      ...(article.meta.published === undefined ? {} : {published: article.meta.published}),
      ...(article.meta.title === undefined ? {} : {title: article.meta.title}),
      text: article.keptText
    })),
    claims
  }
  return {records, claims, errors, alignInput}
}

function finishReport({records, claims, errors}: PreparedReport, {stories, findings, families}: AlignResult): Report {
  // The first record of each id (as a scan from the start would find it), by id.
  const recordOf = new Map<string, ArticleRecord>()
  for (const record of records) if (!recordOf.has(record.id)) recordOf.set(record.id, record)
  for (const [id, family] of families) {
    const record = recordOf.get(id)
    if (record && record.status === 'ok') record.family = family
  }
  for (const story of stories) {
    for (const id of story.articles) {
      const record = recordOf.get(id)
      if (record) {
        record.story = story.id
        record.storyInferred = story.inferred
      }
    }
  }
  records.sort((a, b) => compare(a.id, b.id) || compare(a.path ?? '', b.path ?? ''))
  claims.sort((a, b) => compare(a.article, b.article) || a.start - b.start || a.end - b.end || compare(a.matcher, b.matcher))
  errors.sort((a, b) => compare(a.path, b.path) || compare(a.code, b.code))
  const sorted = [...findings].sort((a, b) => compare(a.story, b.story) || compare(a.id, b.id))
  const report: Report = {
    version: REPORT_FORMAT_VERSION,
    generator: {name: 'corroborate', version: VERSION},
    articles: records,
    stories: [...stories].sort((a, b) => compare(a.id, b.id)),
    sentences: claimSentences(claims),
    claims,
    findings: sorted,
    errors
  }
  // Nothing is left uncompared silently: such claims are named here too.
  const uncompared = sorted.filter((f) => f.reason === 'not-compared')
  if (uncompared.length) report.notes = uncompared.map((f) => `not compared: claim ${f.claims[0] as string}: ${f.message}`)
  return report
}

/** The article text (chrome removed), for inferring stories. */
function keptText(article: Article): string {
  return article.view.blocks.map((block) => article.view.text.slice(block.start, block.end)).join('\n')
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
