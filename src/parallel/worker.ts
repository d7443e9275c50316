/**
 * The map stage in a worker thread (piscina): read and extract one article,
 * return plain data (an {@link ArticleResult} or an input error).
 *
 * Matchers are functions and cannot cross a thread boundary, so each worker
 * builds its own checker from the same config file as the main thread.
 *
 * @module
 */
import type {Article, ArticleFormat, ArticleMeta, InputError, Matcher} from '../types.js'
import {createChecker, type Checker} from '../checker.js'
import {loadConfig} from '../config.js'
import {readArticle, toInputError} from '../ingest/read.js'
import {parseArticle} from '../ingest/parse.js'
import {claimsOf, type ArticleResult} from '../pipeline/report.js'

/** A task: a file to read, or an article held in memory (a JSON line). */
export type MapTask =
  | {type: 'file'; config: string | null; path: string; id: string; maxBytes?: number; cwd?: string}
  | {type: 'text'; config: string | null; id: string; text: string; format: ArticleFormat; meta: ArticleMeta}

/** What a task gives back. */
export type MapOutcome = {ok: true; result: ArticleResult} | {ok: false; error: InputError}

const checkers = new Map<string, Promise<Checker>>()

function checkerFor(config: string | null): Promise<Checker> {
  const key = config ?? ''
  let checker = checkers.get(key)
  if (!checker) {
    checker = config === null ? Promise.resolve(createChecker()) : loadConfig(config).then((c) => (c.matchers === undefined ? createChecker() : createChecker({matchers: c.matchers as Matcher[]})))
    checkers.set(key, checker)
  }
  return checker
}

/** Run one task (the worker's entry point; also callable in-thread). */
export async function mapArticle(task: MapTask): Promise<MapOutcome> {
  const checker = await checkerFor(task.config)
  let article: Article
  if (task.type === 'file') {
    try {
      article = await readArticle(task.path, {id: task.id, ...(task.maxBytes === undefined ? {} : {maxBytes: task.maxBytes}), ...(task.cwd === undefined ? {} : {cwd: task.cwd})})
    } catch (error) {
      return {ok: false, error: toInputError(task.path, error)}
    }
  } else {
    article = parseArticle(task.text, {id: task.id, format: task.format, meta: task.meta})
  }
  return {ok: true, result: claimsOf(article, checker.matchers)}
}

export default mapArticle
