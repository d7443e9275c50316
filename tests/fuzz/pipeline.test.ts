/**
 * Property-based fuzzing of the whole pipeline (fast-check, fixed seed).
 *
 * Inputs: arbitrary strings (UTF-16 code units, full Unicode incl. lone
 * surrogates, graphemes), news-ish strings from a token alphabet, mutated
 * real articles (corpus/*.txt and the texts of tests/fixtures/devset/devset.jsonl,
 * with slices inserted, deleted, replaced,
 * duplicated), and random HTML and Markdown documents.
 *
 * Properties: nothing throws (except the documented `IngestError` with code
 * `front-matter` from `parse`); claim offsets slice exactly (`claim.text`,
 * `claim.sentence.text`); every claim lies inside [0, source.length) and
 * inside its sentence; excluded ranges lie inside the source; two runs give
 * deep-equal claims; a report over fuzzed articles renders in every format.
 *
 * CI share (the fast suite): 3,000 cases, seed fixed. The long run,
 * `npm run fuzz` (vitest.fuzz.config.ts; FUZZ_RUNS, default 100,000),
 * scales every property so the total is FUZZ_RUNS, and prints the count and
 * the time. FUZZ_SEED picks another seed.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {afterAll, describe, expect, test} from 'vitest'
import {createChecker, type Article, type ArticleFormat} from '../../src/index.js'
import {renderReport} from '../../src/report/index.js'
import {claimProblems, corpusTexts} from '../reliability/helpers.js'

const root = new URL('../..', import.meta.url).pathname
const checker = createChecker()
const corpus = corpusTexts(root).map(([, text]) => text)
/** Real news texts of the development set (business, politics, …), mutated like the corpus. */
const devset = readFileSync(join(root, 'tests/fixtures/devset/devset.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as {text: string}).text)
const realArticles = [...corpus, ...devset]

const LONG = process.env.FUZZ_RUNS !== undefined
const TOTAL = Number(process.env.FUZZ_RUNS ?? 3000)
const SEED = Number(process.env.FUZZ_SEED ?? 20261124)
/** Share of the total per property (sums to 1). */
const SHARE = {codeUnits: 0.2, unicode: 0.2, graphemes: 0.1, newsish: 0.2, mutated: 0.1, html: 0.1, markdown: 0.09, report: 0.01}
const runs = (share: number): number => Math.max(10, Math.round(TOTAL * share))
const timeout = LONG ? 3_600_000 : 60_000

let cases = 0
const started = performance.now()
afterAll(() => {
  console.log(`fuzz: ${cases} cases in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${SEED}, FUZZ_RUNS ${process.env.FUZZ_RUNS ?? 'unset'})`)
})

/** Parse, allowing only the documented front-matter error. */
function parseOrNull(source: string, format: ArticleFormat): Article | null {
  try {
    return checker.parse(source, {format})
  } catch (error) {
    if ((error as {name?: string}).name === 'IngestError' && ['front-matter', 'too-deep'].includes((error as {code?: string}).code ?? '')) return null
    throw error
  }
}

/** The pipeline properties on one input. */
function check(source: string, format: ArticleFormat = 'text'): void {
  cases++
  const article = parseOrNull(source, format)
  if (!article) return
  const claims = checker.extract(article)
  const problems = claims.flatMap((claim) => claimProblems(claim, article.source))
  for (const range of article.excluded) {
    if (!(range.start >= 0 && range.start <= range.end && range.end <= article.source.length)) problems.push(`excluded ${range.rule} [${range.start},${range.end}) outside the source`)
  }
  if (problems.length > 0) throw new Error(`offset problems for ${format} input ${JSON.stringify(source.slice(0, 300))}:\n${problems.slice(0, 5).join('\n')}`)
  // Deterministic: a second parse and extract gives deep-equal claims.
  const again = checker.extract(checker.parse(source, {format}))
  expect(again).toEqual(claims)
}

const params = (numRuns: number): fc.Parameters<unknown> => ({numRuns, seed: SEED, endOnFailure: true})

// ---------------------------------------------------------------------------
// Arbitraries

const NEWS_TOKENS = [
  ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '.', ',', ';', ':', '!', '?', '-', '–', '—', '(', ')', '[', ']', '/', '%', '&',
  '"', "'", '“', '”', '‘', '’', '«', '»', '…', '£', '$', '€', '¥', 'US$', 'p', 'm', 'bn', 'k',
  '0', '1', '2', '5', '7', '10', '12', '2.5', '1,000', '3.6', '40', '100', '2019', '2021/22', '1st', '18th',
  'million', 'billion', 'thousand', 'hundred', 'dozen', 'half', 'a third', 'per cent', 'percent', 'percentage points',
  'about', 'around', 'more than', 'over', 'up to', 'at least', 'nearly', 'almost', 'between', 'and', 'to', 'or', 'of', 'out of',
  'January', 'March', 'May', 'June', 'Sept', 'December', 'Monday', 'last year', 'next month', 'ago', 'since', 'until', 'in', 'on', 'by', 'before', 'after', 'spring', 'yesterday',
  'said', 'says', 'told', 'added', 'according to', 'he', 'she', 'they', 'it', 'the', 'a', 'council', 'children', 'schools', 'workers',
  'Mr', 'Mrs', 'Dr', 'Cllr', 'Jane', 'Smith', 'Martin', 'Birch', "O'Neill", 'Liverpool City Council', 'BBC', 'director', 'chief executive', 'leader',
  'rated', 'inadequate', 'good', 'Ofsted', 'U.S.', 'e.g.', 'No.', 'St.', '#', '*', '>', '- ', '* ', '1. ', '---', '```', '<', '>', '&amp;', '<p>', '</p>'
]
const newsish = fc.array(fc.constantFrom(...NEWS_TOKENS), {maxLength: 120}).map((parts) => parts.join(''))

/** A random edit of a real article: insert, delete, replace or duplicate a slice. */
const mutated = fc
  .tuple(
    fc.constantFrom(...realArticles),
    fc.array(
      fc.record({
        op: fc.constantFrom('insert', 'delete', 'replace', 'duplicate', 'swap'),
        at: fc.double({min: 0, max: 1, noNaN: true}),
        length: fc.integer({min: 0, max: 400}),
        text: fc.oneof(newsish, fc.string({unit: 'binary', maxLength: 20}))
      }),
      {minLength: 1, maxLength: 8}
    )
  )
  .map(([base, edits]) => {
    let text = base
    for (const edit of edits) {
      const at = Math.floor(edit.at * text.length)
      const end = Math.min(text.length, at + edit.length)
      switch (edit.op) {
        case 'insert': text = text.slice(0, at) + edit.text + text.slice(at); break
        case 'delete': text = text.slice(0, at) + text.slice(end); break
        case 'replace': text = text.slice(0, at) + edit.text + text.slice(end); break
        case 'duplicate': text = text.slice(0, end) + text.slice(at, end) + text.slice(end); break
        case 'swap': text = text.slice(at, end) + text.slice(0, at) + text.slice(end); break
      }
    }
    return text
  })

const words = fc.array(fc.oneof(newsish, fc.string({maxLength: 8})), {maxLength: 6}).map((w) => w.join(' '))
const tag = fc.constantFrom('p', 'div', 'span', 'h1', 'h2', 'li', 'ul', 'article', 'main', 'nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'template', 'iframe', 'blockquote', 'a', 'b', 'em', 'br', 'figure', 'figcaption', 'time', 'table', 'td', 'pre', 'code')
const htmlNode: fc.Arbitrary<string> = fc.letrec<{node: string}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    words,
    fc.constantFrom('&amp;', '&pound;', '&nbsp;', '&#163;', '&#x201C;', '&bogus;', '&', '<!-- c -->', '<!--', '<br>', '</p>', '<', '>', '<![CDATA[x]]>', '<?xml?>', '<!doctype html>'),
    fc.tuple(tag, fc.constantFrom('', ' class="byline"', ' hidden', ' aria-hidden="true"', ' href="/x"', ' onclick="x()"', ' data-x="&quot;"'), fc.array(tie('node'), {maxLength: 4}), fc.boolean()).map(([t, attrs, kids, close]) => `<${t}${attrs}>${kids.join('')}${close ? `</${t}>` : ''}`)
  )
})).node
const htmlDoc = fc.tuple(fc.constantFrom('', '<!doctype html><html><head><title>T £5m</title><meta property="og:site_name" content="X"></head><body>', '<html><body>'), fc.array(htmlNode, {maxLength: 8})).map(([head, body]) => head + body.join('\n'))

const mdLine = fc.tuple(
  fc.constantFrom('', '# ', '## ', '> ', '- ', '* ', '1. ', '    ', '```\n', '| ', '---\n', '<div>', '[', '![', '**', '_', '`'),
  words,
  fc.constantFrom('', '**', '_', '`', '](http://x)', ' |', '</div>', '\n```', '  ', '\\')
).map(([a, b, c]) => a + b + c)
const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constant('---\noutlet: X\nstory: s\npublished: 2024-01-02\n---\n'),
  fc.tuple(fc.constantFrom('outlet', 'story', 'title', 'published', 'kind', 'x'), words).map(([k, v]) => `---\n${k}: ${v}\n---\n`)
)
const mdDoc = fc.tuple(frontMatter, fc.array(mdLine, {maxLength: 15}), fc.constantFrom('\n', '\r\n', '\r', '\n\n')).map(([fm, lines, nl]) => fm + lines.join(nl))

// ---------------------------------------------------------------------------

describe('fuzz: the pipeline never throws, keeps offsets exact, is deterministic', () => {
  test('arbitrary UTF-16 strings (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 300}), (s) => check(s)), params(runs(SHARE.codeUnits)))
  }, timeout)

  test('arbitrary full-Unicode strings, as text, markdown and html', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), fc.constantFrom<ArticleFormat>('text', 'markdown', 'html'), (s, format) => check(s, format)),
      params(runs(SHARE.unicode))
    )
  }, timeout)

  test('grapheme strings (emoji, combining marks)', () => {
    fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 200}), (s) => check(s)), params(runs(SHARE.graphemes)))
  }, timeout)

  test('news-ish strings (numbers, money, dates, quotes, names)', () => {
    fc.assert(
      fc.property(newsish, fc.constantFrom<ArticleFormat>('text', 'text', 'markdown', 'html'), (s, format) => check(s, format)),
      params(runs(SHARE.newsish))
    )
  }, timeout)

  test('mutated corpus articles', () => {
    fc.assert(fc.property(mutated, (s) => check(s)), params(runs(SHARE.mutated)))
  }, timeout)

  test('random HTML documents', () => {
    fc.assert(fc.property(htmlDoc, (s) => check(s, 'html')), params(runs(SHARE.html)))
  }, timeout)

  test('random Markdown documents (with front matter, any line ending)', () => {
    fc.assert(fc.property(mdDoc, (s) => check(s, 'markdown')), params(runs(SHARE.markdown)))
  }, timeout)

  test('whole report over fuzzed articles renders in every format, deterministically', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.oneof(mutated, newsish, mdDoc), fc.constantFrom<ArticleFormat>('text', 'markdown')), {minLength: 1, maxLength: 4}), async (docs) => {
        cases++
        const articles = docs.flatMap(([source, format], i) => {
          const article = parseOrNull(source, format)
          return article ? [{...article, id: `a${i}`}] : []
        })
        const report = await checker.report({articles})
        const sources = Object.fromEntries(articles.map((a) => [a.id, a.source]))
        const problems = report.claims.flatMap((c) => claimProblems(c, sources[c.article]!))
        expect(problems).toEqual([])
        for (const format of ['json', 'markdown', 'terminal', 'html'] as const) {
          expect(renderReport(report, format, {sources})).toBe(renderReport(await checker.report({articles: [...articles].reverse()}), format, {sources}))
        }
      }),
      params(runs(SHARE.report))
    )
  }, timeout)
})
