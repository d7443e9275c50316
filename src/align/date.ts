/**
 * Dates and periods: the one comparison of date values. Intervals of days,
 * respecting unknown parts (a bare "March" has no year) and the relation
 * ("since 2017").
 *
 * @module
 */
import type {Claim, DatePoint, DateValue} from '../types.js'
import {daysInMonth} from '../normalize/months.js'
import {NO_PAIR, type ValueComparison} from './compare.js'

export function isDate(value: unknown): value is DateValue {
  const v = value as DateValue
  return !!v && v.type === 'date' && typeof v.start === 'object' && typeof v.end === 'object'
}

/** How two date intervals relate. */
export type DateRelation = 'same' | 'contains' | 'contained' | 'overlaps' | 'disjoint' | 'unknown'

/**
 * The inclusive interval a value covers, down to the day where the month is
 * known: "March 2022" is 1 March 2022 to 31 March 2022; "2016" is 1 January
 * to 31 December 2016; February has 28 or 29 days. Unknown parts stay
 * unknown: a bare "March" is `{month: 3, day: 1}` to `{month: 3, day: 31}`; a
 * value with no parts (a relative date without a publication date) gives two
 * empty points.
 */
export function dateInterval(v: Pick<DateValue, 'start' | 'end'>): {start: DatePoint; end: DatePoint} {
  return {start: expand(v.start, 'start'), end: expand(v.end, 'end')}
}

function expand(p: DatePoint, side: 'start' | 'end'): DatePoint {
  if (p.month === undefined) {
    // A day without a month cannot be placed.
    if (p.year === undefined || p.day !== undefined) return {}
    return side === 'start' ? {year: p.year, month: 1, day: 1} : {year: p.year, month: 12, day: 31}
  }
  const day = p.day ?? (side === 'start' ? 1 : daysInMonth(p.month, p.year))
  return p.year === undefined ? {month: p.month, day} : {year: p.year, month: p.month, day}
}

function key(p: DatePoint, withYear: boolean): number {
  return (withYear ? (p.year as number) * 416 : 0) + (p.month as number) * 32 + (p.day as number)
}

/**
 * Compare the intervals `[aStart, aEnd]` and `[bStart, bEnd]` as intervals of
 * days: `same`, `contains` (a holds all of b), `contained`, `overlaps`,
 * `disjoint`, or `unknown` when that cannot be told.
 *
 * Unknown years are respected: when both lack the year they compare by month
 * and day ("March" overlaps "between February 21 and March 4"); when only one
 * lacks it, the other is compared by month and day too if it lies within one
 * calendar year ("March" and "March 2022" are `same`), else `unknown`; a
 * year-less interval that wraps ("December to February") is `unknown`; a value
 * with neither year nor month is `unknown`.
 */
export function compareIntervals(aStart: DatePoint, aEnd: DatePoint, bStart: DatePoint, bEnd: DatePoint): DateRelation {
  const x = dateInterval({start: aStart, end: aEnd})
  const y = dateInterval({start: bStart, end: bEnd})
  if (x.start.month === undefined || x.end.month === undefined || y.start.month === undefined || y.end.month === undefined) return 'unknown'
  const xYear = x.start.year !== undefined && x.end.year !== undefined
  const yYear = y.start.year !== undefined && y.end.year !== undefined
  let keys: [number, number, number, number]
  if (xYear && yYear) {
    keys = [key(x.start, true), key(x.end, true), key(y.start, true), key(y.end, true)]
    if (keys[0] > keys[1] || keys[2] > keys[3]) return 'unknown'
  } else {
    // Compared within one year: a value that spans years cannot be placed.
    if (xYear && x.start.year !== x.end.year) return 'unknown'
    if (yYear && y.start.year !== y.end.year) return 'unknown'
    if ((x.start.year === undefined) !== (x.end.year === undefined) || (y.start.year === undefined) !== (y.end.year === undefined)) return 'unknown'
    keys = [key(x.start, false), key(x.end, false), key(y.start, false), key(y.end, false)]
    if (keys[0] > keys[1] || keys[2] > keys[3]) return 'unknown'
  }
  const [as, ae, bs, be] = keys
  if (as === bs && ae === be) return 'same'
  if (as <= bs && ae >= be) return 'contains'
  if (bs <= as && be >= ae) return 'contained'
  if (as <= be && bs <= ae) return 'overlaps'
  return 'disjoint'
}

/** Compare two date values: intervals for `at`, the start for `since`/`after`, the end for `until`/`before`. */
export function compareDateValues(x: DateValue, y: DateValue): DateRelation {
  if (x.relation !== y.relation) return 'unknown'
  if ((x.period === 'split-year') !== (y.period === 'split-year')) return 'unknown'
  switch (x.relation) {
    case 'since':
    case 'after':
      return compareIntervals(x.start, x.start, y.start, y.start)
    case 'until':
    case 'before':
      return compareIntervals(x.end, x.end, y.end, y.end)
    default:
      return compareIntervals(x.start, x.end, y.start, y.end)
  }
}

/**
 * Is `precise` the period `loose` rounded to the granularity of `loose`, with
 * `loose` a range of several months or years? ("February and March" and
 * "February 21 to March 4"; not "2018" and "May 2018").
 */
export function sameSpanCoarsely(loose: DateValue, precise: DateValue): boolean {
  if (loose.relation !== 'at' || precise.relation !== 'at') return false
  const s = loose.start
  const e = loose.end
  if (loose.granularity === 'month' || (s.month !== undefined && s.day === undefined)) {
    if (s.month === undefined || e.month === undefined || s.month === e.month) return false
    if (s.year !== e.year) return false
    return precise.start.month === s.month && precise.end.month === e.month
  }
  if (loose.granularity === 'year') {
    if (s.year === undefined || e.year === undefined || s.year === e.year) return false
    return precise.start.year === s.year && precise.end.year === e.year
  }
  return false
}

/** Compare two date claims. */
export function compareDate(a: Claim, b: Claim): ValueComparison {
  const x = a.value
  const y = b.value
  if (!isDate(x) || !isDate(y)) return NO_PAIR
  const relation = compareDateValues(x, y)
  switch (relation) {
    case 'same': {
      const notes: string[] = []
      const yearA = x.start.year !== undefined
      const yearB = y.start.year !== undefined
      if (yearA !== yearB) notes.push(`precision: ${yearA ? a.text : b.text} states the year`)
      return {relation: 'agree', evidence: yearA === yearB ? 'identical' : 'compatible', reason: yearA === yearB ? 'same-date' : 'more-precise', notes, phrase: 'the same date'}
    }
    case 'contains':
    case 'contained': {
      const precise = relation === 'contains' ? b : a
      const loose = relation === 'contains' ? a : b
      return {
        relation: 'agree',
        // A multi-month (or multi-year) period restated with days ("in February
        // and March" / "between February 21 and March 4") is the same period at
        // two precisions: as telling as an identical value.
        evidence: sameSpanCoarsely(loose.value as DateValue, precise.value as DateValue) ? 'identical' : 'compatible',
        reason: 'more-precise',
        notes: [`precision: "${precise.text}" is more precise than "${loose.text}"`],
        phrase: 'compatible dates, one more precise'
      }
    }
    case 'disjoint':
      return {relation: 'differ', evidence: 'conflict', reason: 'date-conflict', notes: [], phrase: 'different dates for the same event'}
    default:
      return NO_PAIR
  }
}
