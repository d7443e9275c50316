/**
 * A unified plugin: corroborate's claims as messages on the file, for users
 * of unified pipelines (retext, remark…).
 *
 * The claims are read from the file's text, not from the syntax tree: the
 * tree the pipeline built is left alone, and corroborate does not need (or
 * pay for) a word tree of its own. Each claim becomes an info message with
 * its place (start and end points with offsets into the file), `source:
 * 'corroborate'`, `ruleId`: the matcher id, `actual`: the claim's text, a
 * reason with the value as people read it ("money claim: $2bn") and `url`:
 * the matcher's docs (`meta.docs`);
 * the claims themselves, with their normalized values, are in
 * `file.data.corroborate.claims`.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {createChecker} from '../checker.js'
import {IngestError} from '../ingest/errors.js'
import {formatValue} from '../report/format-value.js'
import {docsUrl} from './docs-url.js'
import type {ArticleFormat, Claim, Matcher} from '../types.js'

/** Options of {@link retextCorroborate}. */
export interface RetextCorroborateOptions {
  /** Matchers to run (default: the built-in ones). */
  matchers?: readonly Matcher[]
  /**
   * How to read the file's text: `text` (default), `markdown` (front matter,
   * Markdown syntax left out of the claims: offsets still count in the
   * Markdown source) or `html`.
   */
  format?: ArticleFormat
  /** Leave page chrome out ("READ MORE", share prompts…; default `true`). */
  chrome?: boolean
}

/** What the plugin puts in `file.data`. */
export interface CorroborateData {
  /**
   * The claims of the file: offsets into the file's text (after a leading
   * byte-order mark, if any, as everywhere in corroborate; the messages'
   * places count it).
   */
  claims: Claim[]
}

declare module 'vfile' {
  interface DataMap {
    /** Set by {@link retextCorroborate}. */
    corroborate: CorroborateData
  }
}

/**
 * The plugin: `unified().use(retextEnglish).use(retextCorroborate)`, or
 * after any parser (`format: 'markdown'` behind remark-parse).
 *
 * A file whose front matter cannot be read, or that nests deeper than the
 * reader's limit, gets one warning message (`ruleId`: the error code) and no
 * claims; the pipeline goes on. A matcher that throws stops the pipeline
 * with its error, as a bug in a plugin does.
 */
export function retextCorroborate(options: RetextCorroborateOptions = {}): (tree: unknown, file: VFile) => undefined {
  const checker = createChecker(options.matchers ? {matchers: options.matchers} : {})
  const format = options.format ?? 'text'
  const metaOf = new Map(checker.matchers.map((m) => [m.meta.id, m.meta]))
  return (_tree, file) => {
    const text = String(file)
    // parseArticle drops a leading byte-order mark; offsets count without it.
    const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0
    let claims: Claim[]
    try {
      const article = checker.parse(text, {id: file.stem ?? 'article', ...(file.path ? {path: file.path} : {}), format, ...(options.chrome === undefined ? {} : {chrome: options.chrome})})
      claims = checker.extract(article)
    } catch (error) {
      if (!(error instanceof IngestError)) throw error
      file.message(error.message, {ruleId: error.code, source: 'corroborate'})
      file.data.corroborate = {claims: []}
      return undefined
    }
    const place = location(file)
    for (const claim of claims) {
      const start = place.toPoint(claim.start + shift)
      const end = place.toPoint(claim.end + shift)
      const message = file.info(`${claim.kind} claim: ${formatValue(claim.value)}`, {
        ...(start && end ? {place: {start, end}} : {}),
        ruleId: claim.matcher,
        source: 'corroborate'
      })
      message.actual = claim.text
      const url = docsUrl(metaOf.get(claim.matcher)?.docs)
      if (url !== undefined) message.url = url
    }
    file.data.corroborate = {claims}
    return undefined
  }
}
