/**
 * The map stage's JSON lines (docs/cli.md): an article line in, a claim line
 * (or an error line) out. Shared by `extract --jsonl` (on this thread or on
 * worker threads) and the distributed run, so every engine writes the same
 * lines.
 *
 * @module
 */
import type {ArticleFormat, ArticleMeta, ArticleWarning, InputError, Matcher, ReportSentence, StoredClaim} from '../types.js'
import {packClaims} from './claim-sentences.js'
import {jsonTerminalSafe} from '../report/escape.js'
import type {ArticleResult} from './report.js'
import {runArticleText} from './article-run.js'

/** Metadata fields carried on the JSON lines of the map and reduce stages. */
export const LINE_META = ['outlet', 'story', 'published', 'title'] as const

/** A claim line (the output line of `extract --jsonl`). */
export interface ClaimLine {
  id: string
  outlet?: string
  story?: string
  published?: string
  title?: string
  /** The claims, each sentence by index only: its text is in `sentences`. */
  claims: StoredClaim[]
  /** Each claim sentence once (see `unpackClaims`). */
  sentences: ReportSentence[]
  keptText: string
  /** Problems that did not stop the article from being read (an unreadable `published`), as on a report's article record. */
  warnings?: ArticleWarning[]
}

/**
 * An error line: a line that is not a valid article line, or an article whose
 * matchers failed. `id` is the line's id as given (a string or a number), or
 * `null` when the line has none; `line` is its line number on the input.
 */
export interface ErrorLine {
  id: string | number | null
  line?: number
  error: InputError
}

/** An article id as given on a line: a string, or a finite number (kept as a number in the output). */
export type LineId = string | number

/** The id of a parsed line, if it is a valid one. */
export function lineId(input: unknown): LineId | undefined {
  if (typeof input !== 'object' || input === null) return undefined
  const id = (input as Record<string, unknown>).id
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : undefined
}

/** An error of line `at` (with the line's id, if known) in one line of text: `stdin:3 (id 42): bad-line: …`. */
export function lineErrorText(at: number, id: LineId | null | undefined, error: InputError): string {
  return `stdin:${at}${id === null || id === undefined ? '' : ` (id ${JSON.stringify(id)})`}: ${error.code}: ${error.message}`
}

/** The metadata fields of a line or an article that are strings. */
export function lineMeta(source: object): ArticleMeta {
  const fields = source as Readonly<Record<string, unknown>>
  return Object.fromEntries(LINE_META.filter((k) => typeof fields[k] === 'string').map((k) => [k, fields[k] as string]))
}

/**
 * The metadata fields of an input line, checked as front matter is: each of
 * `outlet`, `story`, `published`, `title` is absent, null, or a string
 * (trimmed; empty means absent). A `published` that is not a date is read
 * as front matter's is: the article is read without it, with a
 * `published-unreadable` warning (see `parseArticle`).
 *
 * @throws {Error} naming the field, for a line to report as `bad-line`.
 */
export function checkedLineMeta(source: object): ArticleMeta {
  const fields = source as Readonly<Record<string, unknown>>
  const meta: ArticleMeta = {}
  for (const key of LINE_META) {
    const value = fields[key]
    if (value === undefined || value === null) continue
    if (typeof value !== 'string') throw new Error(`field \`${key}\` must be a string, not ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}`)
    const trimmed = value.trim()
    if (trimmed === '') continue
    meta[key] = trimmed
  }
  return meta
}

/** The output line for an extracted article: its claim line, or its error. */
export function claimLine(result: ArticleResult): ClaimLine | ErrorLine {
  if (result.error) return {id: result.id, error: result.error}
  const {claims, sentences} = packClaims(result.claims)
  return {id: result.id, ...lineMeta(result.meta), claims, sentences, keptText: result.keptText, ...(result.warnings?.length ? {warnings: result.warnings} : {})}
}

/** One mapped line: the JSON text to write, and for a failure (exit code 2) its error in one line of text. */
export interface MappedLine {
  json: string
  failed: boolean
  /** A failed line's error, one line, for standard error. */
  error?: string
}

/**
 * The map stage for one input line (line number `at`, for error messages):
 * parse it, read and extract the article, and give the output line as JSON.
 * Never throws: a line that is not a valid article line (not JSON, no `id`
 * or string `text`, a bad metadata field, a NUL in `text`) gives a `bad-line`
 * error line; an article that cannot be read (`front-matter`, `too-deep`,
 * `too-complex`, `unsupported`) or whose matchers failed (`matcher-error`)
 * gives its error line, as a file would ({@link runArticleText}). All count
 * as failures, and all carry the line's id (if it has one) and its line
 * number.
 *
 * An `id` may be a string or a number; a number is kept as a number in the
 * output line (the claims' `article` is its text form).
 */
export function mapJsonLine(line: string, at: number, matchers: readonly Matcher[]): MappedLine {
  let result: ArticleResult
  let id: LineId | undefined
  try {
    const input = JSON.parse(line) as unknown
    id = lineId(input)
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new Error('each line needs to be a JSON object with `id` and `text`')
    const fields = input as Record<string, unknown>
    if (id === undefined) throw new Error('each line needs an `id`: a string or a number')
    if (typeof fields.text !== 'string') throw new Error('each line needs a string field `text`')
    const format = (typeof fields.format === 'string' ? fields.format : 'text') as ArticleFormat
    // One rule with files: a NUL is not article text (a file holding one is `binary`).
    const nul = fields.text.indexOf('\u0000')
    if (nul >= 0) throw new Error(`field \`text\` contains a NUL character (U+0000) at offset ${nul}`)
    const outcome = runArticleText(fields.text, {id: String(id), format, meta: checkedLineMeta(fields)}, matchers)
    if (!outcome.ok) {
      const failed: ErrorLine = {id, line: at, error: outcome.error}
      return {json: jsonTerminalSafe(JSON.stringify(failed)), failed: true, error: lineErrorText(at, id, outcome.error)}
    }
    result = outcome.result
  } catch (error) {
    const bad: ErrorLine = {id: id ?? null, line: at, error: {path: `stdin:${at}`, code: 'bad-line', message: `line ${at}: ${(error as Error).message}`}}
    return {json: jsonTerminalSafe(JSON.stringify(bad)), failed: true, error: lineErrorText(at, id, bad.error)}
  }
  if (result.error) {
    const failed: ErrorLine = {id: id as LineId, line: at, error: result.error}
    return {json: jsonTerminalSafe(JSON.stringify(failed)), failed: true, error: lineErrorText(at, id, result.error)}
  }
  // The claim line, with the id as given (a number stays a number).
  return {json: jsonTerminalSafe(JSON.stringify({...claimLine(result), id})), failed: false}
}
