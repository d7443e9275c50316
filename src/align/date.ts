/**
 * Dates and periods: compare intervals, respecting unknown parts (a bare
 * "March" has no year) and the relation ("since 2017").
 *
 * @module
 */
import type {Claim, DatePoint, DateValue} from '../types.js'
import {NO_PAIR, type ValueComparison} from './compare.js'

export function isDate(value: unknown): value is DateValue {
  const v = value as DateValue
  return !!v && v.type === 'date' && typeof v.start === 'object' && typeof v.end === 'object'
}

/** How two date intervals relate. */
export type DateRelation = 'same' | 'contains' | 'contained' | 'overlaps' | 'disjoint' | 'unknown'

type Interval = [number, number]

function full(start: DatePoint, end: DatePoint): Interval | null {
  if (start.year === undefined || end.year === undefined) return null
  if (start.month === undefined && start.day !== undefined) return null
  const s = start.year * 10000 + (start.month ?? 1) * 100 + (start.day ?? 1)
  const e = end.year * 10000 + (end.month ?? 12) * 100 + (end.day ?? 31)
  return s <= e ? [s, e] : null
}

function monthDay(start: DatePoint, end: DatePoint): Interval | null {
  if (start.month === undefined || end.month === undefined) return null
  const s = start.month * 100 + (start.day ?? 1)
  const e = end.month * 100 + (end.day ?? 31)
  return s <= e ? [s, e] : null
}

/**
 * Compare the intervals `[aStart, aEnd]` and `[bStart, bEnd]`. When a year is
 * missing on either side, months and days are compared as if in the same
 * year; when months are missing too, the result is `unknown`.
 */
export function compareIntervals(aStart: DatePoint, aEnd: DatePoint, bStart: DatePoint, bEnd: DatePoint): DateRelation {
  let a = full(aStart, aEnd)
  let b = full(bStart, bEnd)
  if (!a || !b) {
    a = monthDay(aStart, aEnd)
    b = monthDay(bStart, bEnd)
  }
  if (!a || !b) return 'unknown'
  if (a[0] === b[0] && a[1] === b[1]) return 'same'
  if (a[0] <= b[0] && b[1] <= a[1]) return 'contains'
  if (b[0] <= a[0] && a[1] <= b[1]) return 'contained'
  if (a[1] < b[0] || b[1] < a[0]) return 'disjoint'
  return 'overlaps'
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
