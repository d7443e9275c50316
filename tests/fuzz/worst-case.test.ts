/**
 * Worst-case inputs for the matchers: long runs that make backtracking
 * regexes and quadratic scans blow up. Each goes through `checker.extract`
 * (plain text, and Markdown/HTML where it matters) and must finish within
 * the guard with exact offsets. That linear inputs stay linear is checked
 * by the growth ratios of tests/extract/linear.test.ts; speed is measured
 * in bench/.
 */
import {appendFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {createChecker} from '../../src/index.js'
import {IngestError} from '../../src/ingest/errors.js'
import {expectExactOffsets} from '../reliability/helpers.js'

const checker = createChecker()
// The guard only catches catastrophic blow-ups: a quadratic step at 100k
// characters takes 90 s and more, a linear one well under a second. It is
// not a speed target (speed is measured in bench/, not in tests), so it is
// set wide enough that a slow or busy machine never trips it.
const LIMIT_MS = Number(process.env.WORST_CASE_LIMIT_MS ?? 10_000)
/** WORST_CASE_LOG=FILE appends each case's time as it finishes (to find a hang). */
const log = (line: string): void => {
  if (process.env.WORST_CASE_LOG) appendFileSync(process.env.WORST_CASE_LOG, `${line}\n`)
}

const rep = (s: string, length: number): string => s.repeat(Math.ceil(length / s.length)).slice(0, length)
const K100 = 100_000

export const WORST_CASES: Array<[string, string]> = [
  ['digits and commas "1,1,1,…" (100k)', rep('1,', K100)],
  ['digits and dots "1.1.1.…" (100k)', rep('1.', K100)],
  ['digit run (100k digits)', rep('1', K100)],
  ['digits and spaces "1 1 1 …" (100k)', rep('1 ', K100)],
  ['money-like "£1,£1,£1" (100k)', rep('£1,', K100)],
  ['currency signs "££££…" (100k)', rep('£', K100)],
  ['mixed currency "$€£¥…" (100k)', rep('$€£¥₹', K100)],
  ['currency and digits "£1m £1m…" (100k)', rep('£1m ', K100)],
  ['percent "1% 1% …" (100k)', rep('1% ', K100)],
  ['hedges "more than more than…" (100k)', rep('more than ', K100)],
  ['ranges "1-1-1-1…" (100k)', rep('1-', K100)],
  ['curly open quotes without ends “““… (100k)', rep('“', K100)],
  ['straight single quotes \'\'\'… (100k)', rep("'", K100)],
  ['straight double quotes """… (100k)', rep('"', K100)],
  ['open quote + words, never closed (100k)', `“${rep('word ', K100)}`],
  ['alternating quote marks “”‘’"\' (100k)', rep('“”‘’"\'', K100)],
  ['no spaces: 100k letters', rep('abcdefghij', K100)],
  ['no spaces: 100k capitalised letters', rep('Abc', K100)],
  ['alternating "1.1.1." with no spaces (100k)', rep('1.1.1.', K100)],
  ['"in in in March March" (100k)', rep('in in in March March ', K100)],
  ['month names "March March…" (100k)', rep('March ', K100)],
  ['years "2019 2019…" (100k)', rep('2019 ', K100)],
  ['"since since 2019" (100k)', rep('since since 2019 ', K100)],
  ['10k nested round brackets', `${'('.repeat(10_000)}£5m${')'.repeat(10_000)}`],
  ['10k nested square brackets', `${'['.repeat(10_000)}x${']'.repeat(10_000)}`],
  ['10k unclosed brackets with words', rep('( said ', 70_000)],
  ['1 MB of "said said said"', rep('said ', 1_000_000)],
  ['1 MB of "he said, "', rep('he said, ', 1_000_000)],
  ['names "Smith Smith Smith" (100k)', rep('Smith ', K100)],
  ['roles "Mr Mr Mr" (100k)', rep('Mr ', K100)],
  ['commas (100k)', rep(',', K100)],
  ['spaces then a letter (100k)', `${' '.repeat(K100)}x`],
  ['NBSP run then a letter (100k)', `${'\u00a0'.repeat(K100)}x`],
  ['tabs and spaces mixed (100k)', rep(' \t', K100) + 'x'],
  ['dots "......" (100k)', rep('.', K100)],
  ['newlines only (100k) then a letter', `${'\n'.repeat(K100)}x`],
  ['CR LF runs (100k)', rep('\r\n', K100) + 'x'],
  ['dashes "- - -" (100k)', rep('- ', K100)],
  ['colons ": : :" (100k)', rep(': ', K100)],
  ['one long word-sentence without a stop (100k)', rep('council ', K100)],
  ['surrogate pairs (emoji, 100k)', rep('😀', K100)],
  ['combining marks (100k)', `a${'\u0301'.repeat(K100)}`],
  ['RTL override + digits (100k)', rep('\u202e1', K100)],
  ['initials "A. B. C. …" (100k, one capitalized run)', rep('A. B. C. ', K100)],
  ['paragraphs of unattributed quotes (100k)', rep('x “ab cd ef”.\n\n', K100)],
  ['quotes with a named speaker (100k)', rep('Jane Smith said “ok.” ', K100)],
  // Aimed at the quote-attribution patterns the ReDoS pump confirmed slow
  // (src/extract/quotes/attribution.ts): a quote, then a long run.
  ['quote, then 20k letters, then "said"', `“We are proud,” ${'a'.repeat(20_000)} said.`],
  ['quote, then 20k spaces, then "said"', `“We are proud,” ${' '.repeat(20_000)}x said.`],
  ['quote, then 20k letters', `“We are proud.” ${'a'.repeat(20_000)}`],
  ['quote, then 20k short words', `“We are proud,” ${'ab '.repeat(7000)}said.`],
  ['20k letters, then a quote', `${'a'.repeat(20_000)}: “We are proud.”`],
  ['name, 20k spaces, quote', `Jane Smith${' '.repeat(20_000)}x said “ok.”`]
]

describe('worst-case inputs through checker.extract', () => {
  test.each(WORST_CASES)('%s', (_name, text) => {
    log(`start ${_name}`)
    const t0 = performance.now()
    const claims = checker.extract(text)
    const ms = performance.now() - t0
    log(`${Math.round(ms)} ms ${_name}`)
    expectExactOffsets(checker.parse(text), claims)
    expect(ms, `took ${Math.round(ms)} ms`).toBeLessThan(LIMIT_MS)
  })
})

describe('worst-case inputs as Markdown and HTML', () => {
  // Nesting deeper than the format's limit (Markdown 100 levels, HTML 500
  // elements) is refused with IngestError `too-deep`, quickly; up to the
  // limit it is read.
  const cases: Array<[string, string, 'markdown' | 'html', ('too-deep' | undefined)?]> = [
    ['10k nested blockquotes (md)', `${'>'.repeat(10_000)} The council spent £5m.`, 'markdown', 'too-deep'],
    ['100 nested blockquotes (md, at the limit)', `${'>'.repeat(100)} The council spent £5m.`, 'markdown'],
    ['500 nested list items (md, 250k chars)', Array.from({length: 500}, (_, i) => `${'  '.repeat(i)}- item £${i}m`).join('\n'), 'markdown', 'too-deep'],
    ['100 nested list items, then 100 lines at that depth (md)', Array.from({length: 100}, (_, i) => `${'  '.repeat(i)}- item £${i}m`).join('\n') + `\n${'  '.repeat(100)}The council spent £5m.`.repeat(100), 'markdown'],
    ['"- - - -…" 100k (md)', rep('- ', K100) + 'x', 'markdown', 'too-deep'],
    ['100k backticks (md)', rep('`', K100), 'markdown'],
    ['100k asterisks (md)', rep('*', K100), 'markdown'],
    ['100k link openers (md)', rep('[', K100), 'markdown'],
    ['10k nested <div> (html)', `${'<div>'.repeat(10_000)}The council spent £5m.${'</div>'.repeat(10_000)}`, 'html', 'too-deep'],
    ['400 nested <div> (html, under the limit)', `${'<div>'.repeat(400)}The council spent £5m.${'</div>'.repeat(400)}`, 'html'],
    ['10k nested <b> (html)', `${'<b>'.repeat(10_000)}The council spent £5m.${'</b>'.repeat(10_000)}`, 'html', 'too-deep'],
    ['10k nested <span> (html)', `${'<span>'.repeat(10_000)}The council spent £5m.`, 'html', 'too-deep'],
    ['100k unclosed "<" (html)', rep('<', K100), 'html'],
    ['100k entities (html)', rep('&amp;', K100), 'html'],
    ['100k unclosed comments (html)', rep('<!--', K100), 'html'],
    ['10k unclosed <p> with money (html)', rep('<p>£1m ', 70_000), 'html']
  ]
  test.each(cases)('%s', (_name, text, format, refused) => {
    log(`start ${_name}`)
    const t0 = performance.now()
    let outcome = 'ok'
    try {
      const article = checker.parse(text, {format})
      expectExactOffsets(article, checker.extract(article))
    } catch (error) {
      if (!(error instanceof IngestError)) throw error
      outcome = error.code
    }
    const ms = performance.now() - t0
    log(`${Math.round(ms)} ms ${_name}`)
    expect(outcome).toBe(refused ?? 'ok')
    expect(ms, `took ${Math.round(ms)} ms`).toBeLessThan(LIMIT_MS)
  })
})
