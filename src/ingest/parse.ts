import type {Article, ArticleFormat, ArticleMeta, ArticleWarning, Block, ExcludedRange, PublishedFrom} from '../types.js'
import {lineBlocks} from '../segment/blocks.js'
import {identityView, piecewiseView} from './text-view.js'
import {readFrontMatter} from './front-matter.js'
import {markdownView} from './markdown.js'
import {htmlView} from './html.js'
import {detectChrome} from './chrome.js'
import {publishedFromDateline} from './dateline.js'
import {normalizePublished} from './published.js'
import {IngestError} from './errors.js'

/** Options for {@link parseArticle}. */
export interface ParseOptions {
  /** Article id; defaults to `article`. */
  id?: string
  path?: string
  /** Defaults to `text`. */
  format?: ArticleFormat
  /** Metadata to use (merged over front matter / HTML metadata). */
  meta?: ArticleMeta
  /**
   * Remove page chrome (prompts, read-more links, mastheads…). Defaults to
   * `true`; pass `false` for text known to be article text only (such as a
   * matcher's test sentences).
   */
  chrome?: boolean
}

/**
 * Parse an article held in memory: front matter, format-specific reading,
 * chrome removal.
 *
 * Offsets: a leading BOM (U+FEFF) is removed first, and `article.source` is
 * the text without it; every offset counts from there.
 *
 * @throws {IngestError} code `front-matter` when front matter is malformed,
 *   `too-deep` when HTML or Markdown nests deeper than its limit
 *   (`MAX_HTML_DEPTH`, `MAX_MARKDOWN_DEPTH`). Nothing else is thrown for any
 *   input string.
 */
export function parseArticle(source: string, options: ParseOptions = {}): Article {
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1)
  const format = options.format ?? 'text'
  if (format !== 'text' && format !== 'markdown' && format !== 'html') throw new IngestError('unsupported', `unknown format \`${String(format)}\` (text, markdown, html)`)
  const excluded: ExcludedRange[] = []
  const warnings: ArticleWarning[] = []
  let meta: ArticleMeta = {}
  let bodyStart = 0

  if (format !== 'html') {
    const front = readFrontMatter(source)
    if (front) {
      meta = front.meta
      warnings.push(...front.warnings)
      bodyStart = front.bodyStart
      excluded.push({...front.range, rule: 'front-matter', reason: 'YAML front matter: metadata, not article text'})
    }
  }

  let text: string
  let candidates: Block[]
  let toSource: (offset: number, side: 'start' | 'end') => number
  let build: (blocks: Block[]) => Article['view']
  if (format === 'html') {
    const view = htmlView(source)
    meta = view.meta
    for (const range of view.excluded) excluded.push(range)
    text = view.text
    candidates = view.blocks
    build = (blocks) => piecewiseView(view.text, blocks, view.pieces)
    toSource = build([]).toSource
  } else if (format === 'markdown') {
    const view = markdownView(source, bodyStart)
    for (const range of view.excluded) excluded.push(range)
    text = view.text
    candidates = view.blocks
    build = (blocks) => identityView(view.text, blocks)
    toSource = build([]).toSource
  } else {
    text = source
    candidates = lineBlocks(source, bodyStart)
    build = (blocks) => identityView(source, blocks)
    toSource = build([]).toSource
  }

  meta = {...meta, ...definedOnly(options.meta)}
  if (options.meta?.published !== undefined) {
    // Metadata given by the caller (a JSONL line, the API) is read like front matter's.
    const published = normalizePublished(options.meta.published)
    if (published === null) {
      const {published: unread, ...rest} = meta
      meta = rest
      warnings.push({code: 'published-unreadable', field: 'published', message: `\`published\` is not a date: ${JSON.stringify(String(unread)).slice(0, 60)} (use YYYY-MM-DD, YYYY-MM or YYYY); the article is read without a publication date`})
    } else meta = {...meta, published}
  }
  let publishedFrom: PublishedFrom | undefined = meta.published === undefined ? undefined : 'metadata'
  let kept = candidates
  if (options.chrome !== false) {
    const chrome = detectChrome(text, candidates, meta)
    kept = chrome.kept
    // The article's own dateline tells the publication date the metadata does not.
    if (meta.published === undefined) {
      const published = publishedFromDateline(text, chrome.kept, chrome.excluded)
      if (published !== undefined) {
        meta = {...meta, published}
        publishedFrom = 'dateline'
      }
    }
    for (const range of chrome.excluded) {
      excluded.push({...range, start: toSource(range.start, 'start'), end: toSource(range.end, 'end')})
    }
  }
  excluded.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
  return {
    id: options.id ?? 'article',
    ...(options.path === undefined ? {} : {path: options.path}),
    format,
    source,
    meta,
    ...(publishedFrom === undefined ? {} : {publishedFrom}),
    ...(warnings.length === 0 ? {} : {warnings}),
    excluded,
    view: build(kept)
  }
}

function definedOnly(meta: ArticleMeta | undefined): ArticleMeta {
  const out: ArticleMeta = {}
  for (const [key, value] of Object.entries(meta ?? {})) if (value !== undefined) (out as Record<string, unknown>)[key] = value
  return out
}
