import type {Article, ArticleMeta, Claim, Matcher, Report} from './types.js'
import {parseArticle, type ParseOptions} from './ingest/parse.js'
import {readInputs, type ReadOptions, type ReadResult} from './ingest/read.js'
import {extractArticle} from './extract/run.js'
import {builtinMatchers} from './extract/matchers/index.js'
import {assembleReport, claimsOf} from './pipeline/report.js'

/** Options for {@link createChecker}. */
export interface CheckerOptions {
  /**
   * The matchers to run. Defaults to the built-in ones; pass
   * `[...builtinMatchers, myMatcher]` to add one.
   */
  matchers?: readonly Matcher[]
}

/** A configured, immutable checker. */
export interface Checker {
  /** The matchers this checker runs, in order. */
  readonly matchers: readonly Matcher[]
  /**
   * A new checker with more matchers: those given are added after the current
   * ones, and one whose id equals a current matcher's id replaces it.
   */
  with(options: {matchers?: readonly Matcher[]}): Checker
  /** Read an article held in memory (plain text unless `format` says otherwise). */
  parse(source: string, options?: ParseOptions): Article
  /** Extract the claims of an article, or of a plain string. */
  extract(input: string | Article, meta?: ArticleMeta): Claim[]
  /**
   * Read files and directories (recursively: .txt, .md, .html). Bad inputs
   * become entries of `errors`, never exceptions; every input path is listed
   * in `inputs` with its status.
   */
  read(paths: string | readonly string[], options?: ReadOptions): Promise<ReadResult>
  /**
   * The consistency report over files and directories, or over articles
   * already in memory: read, extract, align. See docs/report-format.md.
   */
  report(input: string | readonly string[] | {articles: readonly Article[]}, options?: ReadOptions): Promise<Report>
}

/** Build a checker. Nothing global is touched: each checker holds its own matchers. */
export function createChecker(options: CheckerOptions = {}): Checker {
  const matchers = Object.freeze([...(options.matchers ?? builtinMatchers)])
  const ids = new Set<string>()
  for (const matcher of matchers) {
    if (!matcher || typeof matcher.match !== 'function' || typeof matcher.meta?.id !== 'string') {
      throw new TypeError('createChecker: each matcher needs `meta.id` (string) and a `match` function')
    }
    if (ids.has(matcher.meta.id)) throw new TypeError(`createChecker: two matchers share the id \`${matcher.meta.id}\``)
    ids.add(matcher.meta.id)
  }
  const checker: Checker = {
    matchers,
    with(more) {
      const added = more.matchers ?? []
      const replaced = new Set(added.map((m) => m.meta.id))
      return createChecker({matchers: [...matchers.filter((m) => !replaced.has(m.meta.id)), ...added]})
    },
    parse(source, parseOptions) {
      return parseArticle(source, parseOptions)
    },
    extract(input, meta) {
      const article = typeof input === 'string' ? parseArticle(input, meta ? {meta} : {}) : input
      return extractArticle(article, matchers)
    },
    read(paths, readOptions) {
      return readInputs(typeof paths === 'string' ? [paths] : [...paths], readOptions)
    },
    async report(input, readOptions) {
      const read: ReadResult =
        typeof input === 'string' || Array.isArray(input)
          ? await readInputs(typeof input === 'string' ? [input] : [...(input as readonly string[])], readOptions)
          : fromMemory((input as {articles: readonly Article[]}).articles)
      return assembleReport(read, read.articles.map((article) => claimsOf(article, matchers)))
    }
  }
  return Object.freeze(checker)
}

/** A read result for articles already in memory. */
function fromMemory(articles: readonly Article[]): ReadResult {
  return {
    articles: [...articles],
    errors: [],
    inputs: articles.map((article) => ({path: article.path ?? article.id, status: 'ok' as const, id: article.id}))
  }
}
