import type {Article, ArticleFormat, ArticleMeta} from '../types.js'
import {lineBlocks} from '../segment/blocks.js'
import {identityView} from './text-view.js'

/** Options for {@link parseArticle}. */
export interface ParseOptions {
  /** Article id; defaults to `article`. */
  id?: string
  path?: string
  /** Defaults to `text`. */
  format?: ArticleFormat
  /** Metadata to use (merged over front matter). */
  meta?: ArticleMeta
}

/**
 * Parse article text already in memory.
 * INTERIM: plain text only, no front matter, no chrome removal (the ingest
 * stage replaces this).
 */
export function parseArticle(source: string, options: ParseOptions = {}): Article {
  return {
    id: options.id ?? 'article',
    ...(options.path === undefined ? {} : {path: options.path}),
    format: options.format ?? 'text',
    source,
    meta: {...options.meta},
    excluded: [],
    view: identityView(source, lineBlocks(source))
  }
}
