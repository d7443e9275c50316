// Publication dates known to a month or a year anchor relative dates with
// only the parts every day of that month or year gives.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {commonParts, parseAnchor, resolveOn} from '../../src/normalize/date-anchor.js'
import {findDates} from '../../src/normalize/date-parse.js'
import type {DateValue} from '../../src/types.js'

const valueOf = (text: string, published?: string): DateValue | undefined => findDates(text, published === undefined ? {} : {published})[0]?.value

const iso = (y: number, m: number, d?: number): string => `${y}-${String(m).padStart(2, '0')}${d === undefined ? '' : `-${String(d).padStart(2, '0')}`}`
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()

describe('parseAnchor', () => {
  test('a day, a month, a year; anything else is no anchor', () => {
    expect(parseAnchor('2023-09-14')).toEqual({precision: 'day', first: {year: 2023, month: 9, day: 14}, last: {year: 2023, month: 9, day: 14}})
    expect(parseAnchor('2024-02')).toEqual({precision: 'month', first: {year: 2024, month: 2, day: 1}, last: {year: 2024, month: 2, day: 29}})
    expect(parseAnchor('2018')).toEqual({precision: 'year', first: {year: 2018, month: 1, day: 1}, last: {year: 2018, month: 12, day: 31}})
    for (const bad of ['2023-13', '2023-02-30', 'soon', '', '20188', undefined]) expect(parseAnchor(bad)).toBeUndefined()
  })
})

describe('commonParts', () => {
  test('the leading parts both ends agree on, and written parts', () => {
    expect(commonParts({year: 2023, month: 8, day: 31}, {year: 2023, month: 9, day: 29}, ['year', 'month', 'day'])).toEqual({year: 2023})
    expect(commonParts({year: 2017, month: 12, day: 31}, {year: 2018, month: 12, day: 30}, ['year', 'month', 'day'])).toEqual({})
    // Month written in the text ("in March"), year implied and not agreed: the month stays.
    expect(commonParts({year: 2018, month: 3}, {year: 2019, month: 3}, ['year'])).toEqual({month: 3})
  })

  test('resolveOn a day anchor is the plain resolution', () => {
    const anchor = parseAnchor('2020-05-05')!
    expect(resolveOn(anchor, (d) => ({start: {year: d.year}, end: {year: d.year}, implied: ['year']}))).toEqual({start: {year: 2020}, end: {year: 2020}, implied: ['year']})
  })
})

describe('relative dates on a month or year anchor', () => {
  test('what a month gives', () => {
    expect(valueOf('prices rose last month', '2023-09')).toMatchObject({start: {year: 2023, month: 8}, end: {year: 2023, month: 8}, anchor: 'publication'})
    expect(valueOf('the plant closed last year', '2023-09')).toMatchObject({start: {year: 2022}, anchor: 'publication'})
    const yesterday = valueOf('the minister resigned yesterday', '2023-09')!
    expect(yesterday).toMatchObject({start: {year: 2023}, end: {year: 2023}, implied: ['year'], anchor: 'publication'})
    // A day of the month's first week could be in the month before: "on Tuesday" on 2023-09 names some day of 2023.
    expect(valueOf('the vote was held on Tuesday', '2023-09')).toMatchObject({start: {year: 2023}})
  })

  test('what a year gives, and what it cannot', () => {
    expect(valueOf('the plant closed last year', '2018')).toMatchObject({start: {year: 2017}, anchor: 'publication'})
    expect(valueOf('the minister resigned yesterday', '2018')).toMatchObject({start: {}, end: {}, implied: [], anchor: 'unknown'})
    expect(valueOf('prices rose last month', '2018')).toMatchObject({anchor: 'unknown'})
    // "in March" without a year: the nearest March is in 2018 from every day of 2018 but late December.
    const march = valueOf('the bridge opened in March', '2018')!
    expect(march.start.month).toBe(3)
    expect(march.start.year === undefined || march.start.year === 2018).toBe(true)
  })

  test('a day anchor resolves as before', () => {
    expect(valueOf('the minister resigned yesterday', '2023-09-14')).toMatchObject({start: {year: 2023, month: 9, day: 13}, anchor: 'publication'})
  })

  const EXPRESSIONS = [
    'it happened yesterday', 'it happens tomorrow', 'it happened on Tuesday', 'they will meet on Friday', 'it happened last Monday',
    'it rose last month', 'it rose last year', 'it fell two years ago', 'it rose this year', 'it fell last week', 'it opened in March',
    'it opened in November', 'it opened last December', 'it closes next month', 'it rose in the past 12 months', 'it rose last summer', 'it fell in the winter'
  ]

  test('property: a month anchor keeps only parts that hold on every day of the month', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXPRESSIONS), fc.integer({min: 1990, max: 2040}), fc.integer({min: 1, max: 12}), (text, year, month) => {
        const coarse = valueOf(text, iso(year, month))
        if (coarse === undefined) return
        for (let day = 1; day <= daysIn(year, month); day++) {
          const fine = valueOf(text, iso(year, month, day))!
          for (const side of ['start', 'end'] as const) {
            for (const [part, v] of Object.entries(coarse[side])) expect(fine[side][part as 'year'], `${text} @ ${iso(year, month, day)} ${side}.${part}`).toBe(v)
          }
        }
      }),
      {numRuns: 60}
    )
  })

  test('property: a year anchor keeps only parts that hold on every day of the year', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXPRESSIONS), fc.integer({min: 1990, max: 2040}), (text, year) => {
        const coarse = valueOf(text, String(year))
        if (coarse === undefined) return
        for (let month = 1; month <= 12; month++) {
          for (let day = 1; day <= daysIn(year, month); day++) {
            const fine = valueOf(text, iso(year, month, day))!
            for (const side of ['start', 'end'] as const) {
              for (const [part, v] of Object.entries(coarse[side])) expect(fine[side][part as 'year'], `${text} @ ${iso(year, month, day)}`).toBe(v)
            }
          }
        }
      }),
      {numRuns: 25}
    )
  })

  test('property: a coarser anchor never adds parts a finer one lacks', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXPRESSIONS), fc.integer({min: 1990, max: 2040}), fc.integer({min: 1, max: 12}), (text, year, month) => {
        const byMonth = valueOf(text, iso(year, month))
        const byYear = valueOf(text, String(year))
        if (byMonth === undefined || byYear === undefined) return
        for (const side of ['start', 'end'] as const) for (const part of Object.keys(byYear[side])) expect(byMonth[side]).toHaveProperty(part)
      }),
      {numRuns: 60}
    )
  })
})
