/**
 * The map stage for one article, composed once: read (a file, or text in
 * memory) → parse → segment → extract → a per-article result, where every
 * failure is that article's {@link InputError} and never an exception. The
 * worker threads, the single-thread run, the JSON lines and the queue
 * workers all call these, so they give the same results and the same errors
 * for the same article.
 *
 * @module
 */
import {readArticleSync, toInputError} from '../ingest/read.js'
import {parseArticle} from '../ingest/parse.js'
import type {ArticleFormat, ArticleMeta, InputError, Matcher} from '../types.js'
import {claimsOf, type ArticleResult} from './report.js'

/** One article's outcome: its result (which may carry a `matcher-error`), or why it could not be read. */
export type ArticleOutcome = {ok: true; result: ArticleResult} | {ok: false; error: InputError}

/** An article file, read synchronously (on a worker thread, or a one-job run). */
export function runArticleFile(path: string, id: string, matchers: readonly Matcher[], options: {maxBytes?: number; cwd?: string; followOutsideLinks?: boolean} = {}): ArticleOutcome {
  let article
  try {
    article = readArticleSync(path, {id, ...(options.maxBytes === undefined ? {} : {maxBytes: options.maxBytes}), ...(options.cwd === undefined ? {} : {cwd: options.cwd})})
  } catch (error) {
    return {ok: false, error: toInputError(path, error)}
  }
  return {ok: true, result: claimsOf(article, matchers)}
}

/** An article held in memory (a JSON line, a queue job); `path` names it in errors (default: its id). */
export function runArticleText(text: string, options: {id: string; format?: ArticleFormat; meta?: ArticleMeta; path?: string}, matchers: readonly Matcher[]): ArticleOutcome {
  const path = options.path ?? options.id
  let article
  try {
    article = parseArticle(text, {id: options.id, format: options.format ?? 'text', ...(options.meta ? {meta: options.meta} : {}), ...(options.path === undefined ? {} : {path: options.path})})
  } catch (error) {
    // parseArticle throws only IngestErrors (front matter, nesting, Markdown too complex, unknown format).
    return {ok: false, error: toInputError(path, error)}
  }
  return {ok: true, result: claimsOf(article, matchers)}
}
