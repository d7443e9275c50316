/**
 * Comparison primitives for date claims: the interval a value covers and
 * how two values relate, respecting parts that are unknown.
 *
 * @module
 */
import type {DatePoint, DateValue} from '../types.js'
import {daysInMonth} from './months.js'
import {point} from './date-relative.js'

/** How two dates relate, as intervals. */
export type DateComparison = 'same' | 'contains' | 'contained' | 'overlaps' | 'disjoint' | 'unknown'

/**
 * The inclusive interval a value covers, down to the day where the month is
 * known: "March 2022" is 1 March 2022 to 31 March 2022; "2016" is 1 January
 * to 31 December 2016. Unknown parts stay unknown: a bare "March" is
 * `{month: 3, day: 1}` to `{month: 3, day: 31}`; a value with no parts (a
 * relative date without a publication date) gives two empty points.
 */
export function dateInterval(v: DateValue): {start: DatePoint; end: DatePoint} {
  return {start: expand(v.start, 'start'), end: expand(v.end, 'end')}
}

function expand(p: DatePoint, side: 'start' | 'end'): DatePoint {
  if (p.month === undefined) {
    if (p.year === undefined) return {}
    return side === 'start' ? point(p.year, 1, 1) : point(p.year, 12, 31)
  }
  const day = p.day ?? (side === 'start' ? 1 : daysInMonth(p.month, p.year))
  return point(p.year, p.month, day)
}

/**
 * How `a` relates to `b` as intervals of days: `same`, `contains` (a holds
 * all of b), `contained`, `overlaps`, `disjoint`, or `unknown` when that
 * cannot be told.
 *
 * Unknown years are respected: when both lack the year they compare by month
 * and day ("March" overlaps "between February 21 and March 4"); when only
 * one lacks it, the other is compared by month and day too if it lies within
 * one calendar year ("March" and "March 2022" are `same`), else `unknown`.
 * The `relation` ("since", "until") is not part of the interval; compare it
 * separately.
 */
export function compareDates(a: DateValue, b: DateValue): DateComparison {
  const x = dateInterval(a)
  const y = dateInterval(b)
  if (!usable(x) || !usable(y)) return 'unknown'
  const xYear = x.start.year !== undefined && x.end.year !== undefined
  const yYear = y.start.year !== undefined && y.end.year !== undefined
  let keys: [number, number, number, number]
  if (xYear && yYear) {
    keys = [key(x.start, true), key(x.end, true), key(y.start, true), key(y.end, true)]
  } else {
    // Compare within a year: a value that spans years cannot be placed.
    if (xYear && x.start.year !== x.end.year) return 'unknown'
    if (yYear && y.start.year !== y.end.year) return 'unknown'
    keys = [key(x.start, false), key(x.end, false), key(y.start, false), key(y.end, false)]
    // A year-less interval that wraps ("December to February") cannot be placed either.
    if (keys[0] > keys[1] || keys[2] > keys[3]) return 'unknown'
  }
  const [as, ae, bs, be] = keys
  if (as === bs && ae === be) return 'same'
  if (as <= bs && ae >= be) return 'contains'
  if (bs <= as && be >= ae) return 'contained'
  if (as <= be && bs <= ae) return 'overlaps'
  return 'disjoint'
}

/** Does `compareDates` say the two can state the same fact (anything but disjoint)? */
export function datesCompatible(a: DateValue, b: DateValue): boolean {
  const comparison = compareDates(a, b)
  return comparison !== 'disjoint' && comparison !== 'unknown'
}

function usable(interval: {start: DatePoint; end: DatePoint}): boolean {
  return interval.start.month !== undefined && interval.end.month !== undefined
}

function key(p: DatePoint, withYear: boolean): number {
  return (withYear ? p.year! * 416 : 0) + p.month! * 32 + p.day!
}
