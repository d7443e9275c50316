// Datelines and dated headlines: metadata and chrome, not claims. The
// sentences here are made up for the tests (not from any data set).
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {createChecker} from '../../src/index.js'
import {classifyDateLine, datelineDate, isDateLike} from '../../src/ingest/dateline.js'
import {normalizePublished, publishedPrecision} from '../../src/ingest/published.js'
import {parseArticle} from '../../src/ingest/parse.js'
import {wordCount} from '../../src/ingest/line-text.js'

const classify = (line: string) => classifyDateLine(line, wordCount(line))

const BODY = 'The harbour authority said on Tuesday that the new pier would cost about £12m and open to ferries within two years, after a long delay.'

describe('classifyDateLine', () => {
  test.each([
    ['Published: Monday, March 3, 2014 at 9:12 a.m.', 'labelled', 'published'],
    ['Updated 10:32 GMT, 4 March 2014', 'labelled', 'updated'],
    ['Last Modified: Tuesday, June 10, 2014 3:40 PM EDT', 'labelled', 'updated'],
    ['Posted on 12/05/2016', 'labelled', 'published'],
    ['First published on 2 July 2011', 'labelled', 'published'],
    ['- Published', 'labelled', 'published'],
    ['22 Feb 2011', 'bare', null],
    ['Thursday, 22 February 2011, 08:15 GMT', 'bare', null],
    ['2011-02-22 08:15', 'bare', null],
    ['4 hours ago', 'bare', null],
    ['February 22, 2011 | By Ada Quill, Harbour Gazette', 'byline', null],
    ['Ferry strike ends after five weeks | 22 Feb 2011', 'headline', null],
    ['3 days ago - Pier opening delayed again', 'headline', null]
  ])('%s', (line, kind, label) => {
    expect(classify(line)).toEqual({kind, label})
  })

  test.each([
    BODY,
    'June 2021',
    'The pier opened on 22 Feb 2011.',
    'Ferry strike ends after five weeks',
    'Published reports put the cost at £12m, officials said on 4 March 2014.',
    'Start date',
    'Costs rose 12% | 2011',
    '12 | 14'
  ])('not a date line: %s', (line) => {
    expect(classify(line)).toBeNull()
  })

  test('the page\'s own outlet with a date is its dateline; another name with a date is a headline', () => {
    const line = 'The Harbour Gazette - Wednesday, May 4, 2016'
    expect(classifyDateLine(line, wordCount(line), 'The Harbour Gazette')).toEqual({kind: 'byline', label: null})
    expect(classifyDateLine(line, wordCount(line), 'Ferry Times')).toEqual({kind: 'headline', label: null})
    expect(parseArticle(`---\noutlet: The Harbour Gazette\n---\n${line}\n${BODY}\n`).meta.published).toBe('2016-05-04')
  })

  test('date-like: a.m./p.m., time zones, weekdays; words are not', () => {
    expect(isDateLike('Monday, March 3, 2014 at 9:12 a.m.')).toBe(true)
    expect(isDateLike('10:32 GMT, 4 March 2014')).toBe(true)
    expect(isDateLike('March 3, 2014 by the council')).toBe(false)
  })

  test('datelineDate: the date at the precision given', () => {
    expect(datelineDate('Published: Monday, March 3, 2014 at 9:12 a.m.')).toBe('2014-03-03')
    expect(datelineDate('Updated 10:32 GMT, 4 March 2014')).toBe('2014-03-04')
    expect(datelineDate('Posted March 2014')).toBe('2014-03')
    expect(datelineDate('4 hours ago')).toBeNull()
  })

  test('property: a labelled line of a real day gives that day, and is a dateline', () => {
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
    fc.assert(
      fc.property(fc.constantFrom('Published:', 'Updated', 'Last updated:', 'Posted on'), fc.integer({min: 1990, max: 2040}), fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 28}), fc.boolean(), (label, y, m, d, dayFirst) => {
        const date = dayFirst ? `${d} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${d}, ${y}`
        const line = `${label} ${date} at 9:05 p.m.`
        expect(classify(line)?.kind).toBe('labelled')
        expect(datelineDate(line)).toBe(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
      })
    )
  })
})

describe('normalizePublished', () => {
  test('property: the output is null or a date of its precision, and normalizing again keeps it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer({min: 0, max: 20000}).map(String), fc.tuple(fc.integer({min: 1000, max: 9999}), fc.integer({min: 0, max: 13})).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`)), (value) => {
        const out = normalizePublished(value)
        if (out === null) return
        expect(publishedPrecision(out)).not.toBeNull()
        expect(normalizePublished(out)).toBe(out)
      })
    )
  })
})

describe('datelines in articles', () => {
  const checker = createChecker()

  test('a dateline at the top is chrome and fills the publication date', () => {
    const source = `Pier plan approved\nPublished: Monday, March 3, 2014 at 9:12 a.m.\n${BODY}\n`
    const article = parseArticle(source)
    expect(article.meta.published).toBe('2014-03-03')
    expect(article.publishedFrom).toBe('dateline')
    const dateline = article.excluded.find((r) => r.rule === 'chrome/dateline')
    expect(source.slice(dateline!.start, dateline!.end)).toBe('Published: Monday, March 3, 2014 at 9:12 a.m.')
    const claims = checker.extract(article)
    expect(claims.filter((c) => c.start < dateline!.end && dateline!.start < c.end)).toEqual([])
    // The filled date anchors the body's "on Tuesday": the Tuesday before Monday 3 March 2014.
    const tuesday = claims.find((c) => c.text.includes('Tuesday'))
    expect(tuesday?.value).toMatchObject({start: {year: 2014, month: 2, day: 25}, anchor: 'publication'})
  })

  test('metadata wins over a dateline; a Published line over an Updated one', () => {
    const withMeta = parseArticle(`---\npublished: 2014-03-01\n---\nUpdated 10:32 GMT, 4 March 2014\n${BODY}\n`)
    expect(withMeta.meta.published).toBe('2014-03-01')
    expect(withMeta.publishedFrom).toBe('metadata')
    const both = parseArticle(`Updated 10:32 GMT, 4 March 2014\nPublished 09:00 GMT, 3 March 2014\n${BODY}\n`)
    expect(both.meta.published).toBe('2014-03-03')
    const month = parseArticle(`---\npublished: 2014-03\n---\nPublished: March 3, 2014\n${BODY}\n`)
    expect(month.meta.published).toBe('2014-03')
  })

  test('only the top of the page: a date after the article text does not fill it', () => {
    const article = parseArticle(`Pier plan approved\n${BODY}\nUpdated 10:32 GMT, 4 March 2014\n`)
    expect(article.meta.published).toBeUndefined()
    expect(article.publishedFrom).toBeUndefined()
    expect(article.excluded.map((r) => r.rule)).toContain('chrome/dateline')
  })

  test('dated headlines of other articles are chrome, and give no date', () => {
    const source = `Pier plan approved\n${BODY}\nRelated\nFerry strike ends after five weeks | 22 Feb 2011\n3 days ago - Pier opening delayed again\n`
    const article = parseArticle(source)
    expect(article.meta.published).toBeUndefined()
    const claims = checker.extract(article)
    expect(claims.filter((c) => c.start > source.indexOf('Related'))).toEqual([])
    // Without a list heading too.
    const bare = parseArticle(`Pier plan approved\n${BODY}\nFerry strike ends after five weeks | 22 Feb 2011\n`)
    expect(bare.excluded.some((r) => r.rule === 'chrome/link-list')).toBe(true)
  })

  test('the report records where the date came from, and warnings', async () => {
    const good = parseArticle(`Pier plan approved\nPublished: Monday, March 3, 2014 at 9:12 a.m.\n${BODY}\n`, {id: 'a'})
    const bad = parseArticle(`---\npublished: soon\n---\n${BODY}\n`, {id: 'b'})
    const plain = parseArticle(`${BODY}\n`, {id: 'c'})
    const report = await checker.report({articles: [good, bad, plain]})
    const byId = Object.fromEntries(report.articles.map((a) => [a.id, a]))
    expect(byId.a).toMatchObject({published: '2014-03-03', publishedFrom: 'dateline', status: 'ok'})
    expect(byId.a).not.toHaveProperty('warnings')
    expect(byId.b).toMatchObject({published: null, status: 'ok', warnings: [expect.objectContaining({code: 'published-unreadable', field: 'published'})]})
    expect(byId.b).not.toHaveProperty('publishedFrom')
    expect(byId.c).not.toHaveProperty('publishedFrom')
    expect(report.errors).toEqual([])
  })
})

describe('a page saved as Markdown, one paragraph a line', () => {
  const LONG = `${BODY} The authority added that tolls would rise from next spring, and that a second pier was being planned for the northern shore.`

  test('the lines of a copied page are blocks of their own, so datelines and captions are found', () => {
    const source = `---\noutlet: Harbour Gazette\n---\nPier plan approved\nPublished: Monday, March 3, 2014 at 9:12 a.m.\n${LONG}\nFerry strike ends after five weeks | 22 Feb 2011\n`
    const article = parseArticle(source, {format: 'markdown'})
    expect(article.meta.published).toBe('2014-03-03')
    expect(article.publishedFrom).toBe('dateline')
    expect(article.excluded.map((r) => r.rule)).toEqual(['front-matter', 'chrome/dateline', 'chrome/link-list'])
    expect(article.view.blocks.map((b) => source.slice(b.start, b.end))).toEqual(['Pier plan approved', LONG])
  })

  test('a hard-wrapped paragraph stays one block', () => {
    const wrapped = 'The harbour authority said on Tuesday that the new pier would\ncost about £12m and open to ferries within two years, after a\nlong delay caused by a dispute over the design of the quay.\n'
    const article = parseArticle(wrapped, {format: 'markdown'})
    expect(article.view.blocks).toHaveLength(1)
    const claims = createChecker().extract(article)
    expect(claims.map((c) => c.text)).toContain('about £12m')
  })
})

test('HTML: a month-precision <meta> date is kept; without one, the page dateline fills it', () => {
  const meta = parseArticle('<html><head><meta name="date" content="2023-09"></head><body><p>The pier opened last month.</p></body></html>', {format: 'html'})
  expect(meta.meta.published).toBe('2023-09')
  expect(meta.publishedFrom).toBe('metadata')
  const page = parseArticle(`<html><body><h1>Pier plan approved</h1><p>Published: Monday, March 3, 2014 at 9:12 a.m.</p><p>${BODY}</p></body></html>`, {format: 'html'})
  expect(page.meta.published).toBe('2014-03-03')
  expect(page.publishedFrom).toBe('dateline')
})

test('a publication date given by the caller is read like front matter: normalized, or a warning', () => {
  expect(parseArticle(BODY, {meta: {published: '18 January 2019'}}).meta.published).toBe('2019-01-18')
  expect(parseArticle(BODY, {meta: {published: '2018'}}).meta.published).toBe('2018')
  const bad = parseArticle(BODY, {meta: {published: 'soon', outlet: 'X'}})
  expect(bad.meta).toEqual({outlet: 'X'})
  expect(bad.warnings?.map((w) => w.code)).toEqual(['published-unreadable'])
  // The caller's date wins over the front matter's, and over a dateline.
  expect(parseArticle(`---\npublished: 2014-01-01\n---\nPublished: March 3, 2014\n${BODY}\n`, {meta: {published: '2014-02'}}).meta.published).toBe('2014-02')
})

test('property: Markdown paragraph lines split into ordered, disjoint, trimmed blocks that keep every character', () => {
  const word = fc.stringMatching(/^[A-Za-z£0-9.,!?]{1,12}$/)
  const line = fc.array(word, {minLength: 1, maxLength: 30}).map((w) => w.join(' '))
  fc.assert(
    fc.property(fc.array(line, {minLength: 1, maxLength: 8}), (lines) => {
      const source = `${lines.join('\n')}\n`
      const article = parseArticle(source, {format: 'markdown', chrome: false})
      const blocks = article.view.blocks
      let last = 0
      for (const b of blocks) {
        expect(b.start).toBeGreaterThanOrEqual(last)
        expect(b.end).toBeGreaterThan(b.start)
        expect(/\s/.test(source[b.start]!) || /\s/.test(source[b.end - 1]!)).toBe(false)
        last = b.end
      }
      // Every non-space character of the body lies in a block.
      for (let i = 0; i < source.length; i++) {
        if (/\s/.test(source[i]!)) continue
        expect(blocks.some((b) => b.start <= i && i < b.end), `offset ${i}`).toBe(true)
      }
      // A break is only ever inside a block when the paragraph was kept whole.
      expect(blocks.length).toBeLessThanOrEqual(lines.length)
    }),
    {numRuns: 200}
  )
})

test('an archive note at the top is chrome but gives no publication date', () => {
  const article = parseArticle(`This article is from the archive of The Harbour Gazette before the launch of its new website in 2022.\n${BODY}\n`)
  expect(article.meta.published).toBeUndefined()
  expect(article.excluded.map((r) => r.rule)).toContain('chrome/prompt')
})
