// Acceptance: the report on the bundled corpus against the hand-labelled gold.
// `must` items are asserted; `stretch` items are counted and printed.
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {builtinMatchers, createChecker, type Report} from '../../src/index.js'
import {inspectionRating} from '../../examples/inspection-rating.js'
import {findingsFor, gold, overlaps, pairingsOf, spansOf} from './gold.js'

let report: Report
const stretch: Record<string, boolean> = {}

beforeAll(async () => {
  const checker = createChecker({matchers: [...builtinMatchers, inspectionRating]})
  report = await checker.report(new URL('../../corpus', import.meta.url).pathname)
})

afterAll(() => {
  const reached = Object.entries(stretch).filter(([, ok]) => ok)
  console.log(`stretch reached: ${reached.length}/${Object.keys(stretch).length}`)
  for (const [id, ok] of Object.entries(stretch)) console.log(`  ${ok ? 'yes' : 'no '} ${id}`)
})

test('every corpus article is read without error', () => {
  expect(report.errors).toEqual([])
  expect(report.articles.map((a) => a.id).sort()).toEqual(Object.keys(gold.articles).sort())
  for (const article of report.articles) expect(article.story).toBe(gold.articles[article.id]?.story)
})

test('every gold text occurs in its corpus file', () => {
  const items = [...gold.findings.flatMap((f) => f.claims), ...gold.single_source, ...gold.quotes, ...gold.not_article_text]
  for (const item of items) expect(spansOf(item).length, `${item.article}: ${item.text}`).toBeGreaterThan(0)
})

describe('must findings are reported with their verdict', () => {
  for (const item of gold.findings.filter((f) => f.tier === 'must' && f.verdict !== 'unrelated')) {
    test(`${item.id} (${item.verdict})`, () => {
      expect(findingsFor(report, item).length, `no ${item.verdict} finding covers ${JSON.stringify(item.claims)}`).toBeGreaterThan(0)
    })
  }
})

describe('unrelated pairs are never paired', () => {
  for (const item of gold.findings.filter((f) => f.verdict === 'unrelated')) {
    test(item.id, () => {
      const [a, b] = item.claims
      expect(pairingsOf(report, a!, b!).map((f) => f.id)).toEqual([])
    })
  }
})

describe('single-source claims are found and not paired', () => {
  for (const item of gold.single_source) {
    test(`${item.article}: ${item.text}`, () => {
      const claims = report.claims.filter((c) => overlaps(c, item) && c.kind === item.kind)
      expect(claims.length, 'claim not found').toBeGreaterThan(0)
      const paired = report.findings.filter((f) => f.verdict !== 'single-source' && claims.some((c) => f.claims.includes(c.id)))
      expect(paired.map((f) => f.id)).toEqual([])
    })
  }
})

describe('must quotes have their speaker', () => {
  for (const item of gold.quotes.filter((q) => q.tier === 'must')) {
    test(`${item.article}: ${item.speaker}`, () => {
      const quotes = report.claims.filter((c) => c.kind === 'quote' && overlaps(c, item))
      expect(quotes.length, 'quote not found').toBeGreaterThan(0)
      expect(quotes.map((c) => (c.value as {speaker: string | null}).speaker)).toContain(item.speaker)
    })
  }
})

test('no claim comes from page chrome', () => {
  for (const item of gold.not_article_text) {
    expect(report.claims.filter((c) => overlaps(c, item)).map((c) => c.text), item.text).toEqual([])
  }
})

test('stretch items (counted, not asserted)', () => {
  for (const item of gold.findings.filter((f) => f.tier === 'stretch')) stretch[`finding ${item.id}`] = findingsFor(report, item).length > 0
  for (const item of gold.quotes.filter((q) => q.tier === 'stretch')) {
    stretch[`quote ${item.article}: ${item.speaker}`] = report.claims.some((c) => c.kind === 'quote' && overlaps(c, item) && (c.value as {speaker: string | null}).speaker === item.speaker)
  }
  expect(Object.keys(stretch).length).toBeGreaterThan(0)
})
