/**
 * The map stage's JSON lines (docs/cli.md): an article line in, a claim line
 * (or an error line) out. Shared by `extract --jsonl` (on this thread or on
 * worker threads) and the distributed run, so every engine writes the same
 * lines.
 *
 * @module
 */
import {parseArticle} from '../ingest/parse.js'
import type {ArticleFormat, ArticleMeta, InputError, Matcher, ReportSentence, StoredClaim} from '../types.js'
import {packClaims} from './claim-sentences.js'
import {normalizeDate} from '../ingest/front-matter.js'
import {jsonTerminalSafe} from '../report/escape.js'
import {claimsOf, type ArticleResult} from './report.js'

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
}

/** An error line: a line that is not a valid article line (`id: null`), or an article whose matchers failed. */
export interface ErrorLine {
  id: string | null
  error: InputError
}

/** The metadata fields of a line or an article that are strings. */
export function lineMeta(source: object): ArticleMeta {
  const fields = source as Readonly<Record<string, unknown>>
  return Object.fromEntries(LINE_META.filter((k) => typeof fields[k] === 'string').map((k) => [k, fields[k] as string]))
}

/**
 * The metadata fields of an input line, checked as front matter is: each of
 * `outlet`, `story`, `published`, `title` is absent, null, or a string
 * (trimmed; empty means absent), and `published` must be a date (written
 * `YYYY-MM-DD`).
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
    if (key === 'published') {
      const date = normalizeDate(trimmed)
      if (date === null) throw new Error(`field \`published\` is not a date: ${JSON.stringify(trimmed.slice(0, 40))} (use YYYY-MM-DD)`)
      meta.published = date
    } else meta[key] = trimmed
  }
  return meta
}

/** The output line for an extracted article: its claim line, or its error. */
export function claimLine(result: ArticleResult): ClaimLine | ErrorLine {
  if (result.error) return {id: result.id, error: result.error}
  const {claims, sentences} = packClaims(result.claims)
  return {id: result.id, ...lineMeta(result.meta), claims, sentences, keptText: result.keptText}
}

/** One mapped line: the JSON text to write, and whether it reports a failure (exit code 2). */
export interface MappedLine {
  json: string
  failed: boolean
}

/**
 * The map stage for one input line (line number `at`, for error messages):
 * parse it, read and extract the article, and give the output line as JSON.
 * Never throws: a line that is not a valid article line, or whose article
 * cannot be read, gives a `bad-line` error line; an article whose matchers
 * failed gives its `matcher-error` line. Both count as failures.
 */
export function mapJsonLine(line: string, at: number, matchers: readonly Matcher[]): MappedLine {
  let result: ArticleResult
  try {
    const input = JSON.parse(line) as Record<string, unknown>
    if (typeof input !== 'object' || input === null || typeof input.id !== 'string' || typeof input.text !== 'string') throw new Error('each line needs string fields `id` and `text`')
    const format = (typeof input.format === 'string' ? input.format : 'text') as ArticleFormat
    // One rule with files: a NUL is not article text (a file holding one is `binary`).
    const nul = input.text.indexOf('\u0000')
    if (nul >= 0) throw new Error(`field \`text\` contains a NUL character (U+0000) at offset ${nul}`)
    result = claimsOf(parseArticle(input.text, {id: input.id, format, meta: checkedLineMeta(input)}), matchers)
  } catch (error) {
    const bad: ErrorLine = {id: null, error: {path: `stdin:${at}`, code: 'bad-line', message: `line ${at}: ${(error as Error).message}`}}
    return {json: jsonTerminalSafe(JSON.stringify(bad)), failed: true}
  }
  return {json: jsonTerminalSafe(JSON.stringify(claimLine(result))), failed: result.error !== undefined}
}
