import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {dateInterval} from '../../src/align/date.js'
import {findDates, formatDate, parseDate} from '../../src/normalize/date.js'
import {addMonths, isoWeek, nearestYear, parsePublished} from '../../src/normalize/date-relative.js'
import {daysInMonth} from '../../src/normalize/months.js'
import {tokenize} from '../../src/normalize/date-tokens.js'
import {dateText} from './date-arbitraries.js'

const P = {published: '2022-06-01'}

function must(text: string, meta?: {published?: string}) {
  const value = parseDate(text, meta)
  if (!value) throw new Error(`parseDate(${JSON.stringify(text)}) gave nothing`)
  return value
}

describe('parseDate', () => {
  test('reads standalone expressions, including bare months and years', () => {
    expect(must('March')).toMatchObject({start: {month: 3}, end: {month: 3}, anchor: 'unknown', granularity: 'month'})
    expect(must('2018')).toMatchObject({start: {year: 2018}, anchor: 'absolute'})
    expect(must('since 2017').relation).toBe('since')
    expect(must('2021/22')).toMatchObject({start: {year: 2021}, end: {year: 2022}, period: 'split-year'})
    expect(must('18 January 2019.')).toMatchObject({start: {year: 2019, month: 1, day: 18}})
    expect(must('last year', P)).toMatchObject({start: {year: 2021}, anchor: 'publication'})
  })

  test('rejects text that is not one whole date', () => {
    expect(parseDate('')).toBeUndefined()
    expect(parseDate('in March and in May')).toBeUndefined()
    expect(parseDate('March madness')).toBeUndefined()
    expect(parseDate('2,000')).toBeUndefined()
    expect(parseDate('the report')).toBeUndefined()
  })
})

describe('formatDate', () => {
  test.each([
    ['18 January 2019', '18 January 2019'],
    ['January 18, 2019', '18 January 2019'],
    ['in October 2021', 'October 2021'],
    ['March', 'March'],
    ['since 2017', 'since 2017'],
    ['2021-22', '2021/22'],
    ['between February 21 and March 4', 'between 21 February and 4 March'],
    ['in the 1990s', 'between 1990 and 1999'],
    ['by 2030', 'before 2030']
  ])('%s → %s', (text, formatted) => {
    expect(formatDate(must(text))).toBe(formatted)
  })

  test('a relative date with no publication date is unknown', () => {
    expect(formatDate(must('last year'))).toBe('unknown date')
  })
})

describe('calendar helpers', () => {
  test('publication dates must be real days', () => {
    expect(parsePublished('2022-06-01')).toEqual({year: 2022, month: 6, day: 1})
    expect(parsePublished('2022-02-30')).toBeUndefined()
    expect(parsePublished('June 2022')).toBeUndefined()
    expect(parsePublished(undefined)).toBeUndefined()
  })
  test('month and week arithmetic', () => {
    expect(addMonths(2022, 1, -1)).toEqual({year: 2021, month: 12})
    expect(addMonths(2022, 6, -18)).toEqual({year: 2020, month: 12})
    expect(isoWeek({year: 2022, month: 6, day: 1}, -1)).toEqual({start: {year: 2022, month: 5, day: 23}, end: {year: 2022, month: 5, day: 29}})
    expect(nearestYear(11, {year: 2022, month: 1, day: 10})).toBe(2021)
    expect(nearestYear(9, {year: 2022, month: 6, day: 1})).toBe(2022)
    expect(daysInMonth(2, 2024)).toBe(29)
    expect(daysInMonth(2, 2023)).toBe(28)
  })
  test('numbers with separators stay one token', () => {
    expect(tokenize('2,000 at 10:30').map((t) => t.text)).toEqual(['2,000', 'at', '10:30'])
  })
})

// ---------------------------------------------------------------------------
// Properties


describe('date normalization properties', () => {
  test('findDates never throws and spans stay inside the text', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 300}), fc.option(fc.constantFrom('2022-06-01', 'garbage', '2020-02-29'), {nil: undefined}), (text, published) => {
        const options = published === undefined ? {} : {published}
        for (const found of findDates(text, options)) {
          expect(found.start).toBeGreaterThanOrEqual(0)
          expect(found.end).toBeLessThanOrEqual(text.length)
          expect(found.start).toBeLessThan(found.end)
        }
        parseDate(text, options)
      }),
      {numRuns: 500}
    )
  })

  test('formatDate/parseDate round trip is stable', () => {
    fc.assert(
      fc.property(dateText, fc.option(fc.constantFrom('2022-06-01', '2019-12-31'), {nil: undefined}), (text, published) => {
        const value = parseDate(text, published === undefined ? undefined : {published})
        expect(value).toBeDefined()
        const formatted = formatDate(value!)
        if (formatted === 'unknown date') return
        const again = parseDate(formatted)
        expect(again, formatted).toBeDefined()
        expect(formatDate(again!)).toBe(formatted)
        expect(again!.start).toEqual(value!.start)
        expect(again!.period).toEqual(value!.period)
        if (value!.relation === 'at') expect(again!.end).toEqual(value!.end)
      }),
      {numRuns: 500}
    )
  })

  test('start ≤ end whenever both are fully known; parsing is deterministic', () => {
    fc.assert(
      fc.property(dateText, (text) => {
        const value = parseDate(text, P)!
        expect(parseDate(text, P)).toEqual(value)
        const {start, end} = dateInterval(value)
        if (start.year !== undefined && end.year !== undefined) {
          const a = start.year * 10000 + start.month! * 100 + start.day!
          const b = end.year * 10000 + end.month! * 100 + end.day!
          expect(a).toBeLessThanOrEqual(b)
        }
      }),
      {numRuns: 500}
    )
  })
})
