// Date comparison (align/date.ts): the one comparison of date values, with
// the cases of the former normalize/date-compare.ts twin folded in.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {compareDateValues, compareIntervals, dateInterval, type DateRelation} from '../../src/align/date.js'
import {parseDate} from '../../src/normalize/date.js'
import {dateText} from '../normalize/date-arbitraries.js'

const P = {published: '2022-06-01'}

function must(text: string, meta?: {published?: string}) {
  const value = parseDate(text, meta)
  if (!value) throw new Error(`parseDate(${JSON.stringify(text)}) gave nothing`)
  return value
}

const compareDates = (a: {start: object; end: object}, b: {start: object; end: object}): DateRelation => compareIntervals(a.start, a.end, b.start, b.end)

describe('dateInterval', () => {
  test('expands to days where the month is known', () => {
    expect(dateInterval(must('March 2022'))).toEqual({start: {year: 2022, month: 3, day: 1}, end: {year: 2022, month: 3, day: 31}})
    expect(dateInterval(must('2016'))).toEqual({start: {year: 2016, month: 1, day: 1}, end: {year: 2016, month: 12, day: 31}})
    expect(dateInterval(must('February'))).toEqual({start: {month: 2, day: 1}, end: {month: 2, day: 29}})
    expect(dateInterval(must('February 2023'))).toEqual({start: {year: 2023, month: 2, day: 1}, end: {year: 2023, month: 2, day: 28}})
    expect(dateInterval(must('last year'))).toEqual({start: {}, end: {}})
  })
})

describe('compareIntervals (the interval part of compareDateValues)', () => {
  const cases: [string, string, DateRelation, {published?: string}?][] = [
    ['March', 'March', 'same'],
    ['March', 'between February 21 and March 4', 'overlaps'],
    ['February and March', 'between February 21 and March 4', 'contains'],
    ['between February 21 and March 4', 'February and March', 'contained'],
    ['March', 'May', 'disjoint'],
    ['March', 'March 2022', 'same'],
    ['March 2022', '2022', 'contained'],
    ['2022', 'March 2022', 'contains'],
    ['2016', '2018', 'disjoint'],
    ['2021/22', '2021', 'contains'],
    ['2019-2021', '2021/22', 'overlaps'],
    ['18 January 2019', 'January 18, 2019', 'same'],
    ['18 January 2019', 'January 2019', 'contained'],
    ['March', '2015 to 2018', 'unknown'],
    ['last year', '2021', 'unknown'],
    ['last year', '2021', 'same', P],
    ['in the 1990s', '1995', 'contains'],
    ['spring 2020', 'April 2020', 'contains'],
    ['December', 'between December and February', 'unknown']
  ]
  test.each(cases)('%s vs %s → %s', (a, b, expected, meta) => {
    expect(compareDates(must(a, meta), must(b, meta))).toBe(expected)
  })

  test('compareDateValues adds the relation and split years on top of the intervals', () => {
    expect(compareDateValues(must('2021/22'), must('2021'))).toBe('unknown')
    expect(compareDateValues(must('2021/22'), must('2021-22'))).toBe('same')
    expect(compareDateValues(must('since 2017'), must('in 2017'))).toBe('unknown')
    expect(compareDateValues(must('since 2015'), must('since 2017'))).toBe('disjoint')
    expect(compareDateValues(must('in February and March'), must('between February 21 and March 4'))).toBe('contains')
  })

  test('is antisymmetric', () => {
    const flip: Record<DateRelation, DateRelation> = {same: 'same', contains: 'contained', contained: 'contains', overlaps: 'overlaps', disjoint: 'disjoint', unknown: 'unknown'}
    for (const [a, b, , meta] of cases) expect(compareDates(must(b, meta), must(a, meta))).toBe(flip[compareDates(must(a, meta), must(b, meta))])
  })
})


const FLIP: Record<DateRelation, DateRelation> = {same: 'same', contains: 'contained', contained: 'contains', overlaps: 'overlaps', disjoint: 'disjoint', unknown: 'unknown'}

describe('date comparison properties', () => {
  test('a date is the same as itself (when it can be placed); comparisons flip when swapped', () => {
    fc.assert(
      fc.property(dateText, dateText, fc.boolean(), (ta, tb, anchored) => {
        const a = parseDate(ta, anchored ? P : undefined)!
        const b = parseDate(tb, anchored ? P : undefined)!
        const {start, end} = dateInterval(a)
        const placed = start.month !== undefined && end.month !== undefined && start.year !== undefined && end.year !== undefined
        if (placed) expect(compareDateValues(a, a)).toBe('same')
        else expect(['same', 'unknown']).toContain(compareDateValues(a, a))
        expect(compareDateValues(b, a)).toBe(FLIP[compareDateValues(a, b)])
      }),
      {numRuns: 400}
    )
  })
})
