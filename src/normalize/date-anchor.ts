/**
 * The publication date as an anchor for relative and implied date parts, at
 * the precision it is known: a day (`2023-09-14`), a month (`2023-09`) or a
 * year (`2018`).
 *
 * A relative expression anchored on a month or a year gets only the parts
 * that every day of that month or year gives: it is resolved on the first
 * and on the last day, and the parts both agree on, from the year down, are
 * kept ("last month" on `2023-09` is August 2023; "yesterday" on `2023-09`
 * is some day of 2023; "yesterday" on `2018` is left without parts). The
 * resolutions are monotone in the anchor (a later publication date never
 * gives an earlier date), so what the two ends agree on, every day between
 * them agrees on too.
 *
 * @module
 */
import type {DatePart, DatePoint} from '../types.js'
import {type Day, parsePublished} from './date-relative.js'

/** A publication date known to a day, a month or a year. */
export interface Anchor {
  precision: 'day' | 'month' | 'year'
  /** The first and last day it may be (the same day for `day`). */
  first: Day
  last: Day
}

/** What resolving an expression on one day gives. */
export interface Resolved {
  start: DatePoint
  end: DatePoint
  /** Parts filled from the anchor (the others were written in the text). */
  implied: DatePart[]
}

const ISO_MONTH = /^(\d{4})-(\d{2})$/
const ISO_YEAR = /^(\d{4})$/

/**
 * Read a publication date: `YYYY-MM-DD` (a date-time is read as its day),
 * `YYYY-MM` or `YYYY`. `undefined` when absent or unreadable.
 */
export function parseAnchor(published: string | undefined): Anchor | undefined {
  if (published === undefined) return undefined
  const text = published.trim()
  const day = parsePublished(text)
  if (day !== undefined) return {precision: 'day', first: day, last: day}
  let match = ISO_MONTH.exec(text)
  if (match) {
    const year = Number(match[1])
    const month = Number(match[2])
    if (month < 1 || month > 12) return undefined
    return {precision: 'month', first: {year, month, day: 1}, last: {year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate()}}
  }
  match = ISO_YEAR.exec(text)
  if (match) {
    const year = Number(match[1])
    return {precision: 'year', first: {year, month: 1, day: 1}, last: {year, month: 12, day: 31}}
  }
  return undefined
}

const PARTS: readonly DatePart[] = ['year', 'month', 'day']

/**
 * The parts of a point that hold for every anchor between the two ends:
 * the leading parts (year, then month, then day) on which `a` and `b`
 * agree, and the parts written in the text (not in `implied`) wherever they
 * agree.
 */
export function commonParts(a: DatePoint, b: DatePoint, implied: readonly DatePart[]): DatePoint {
  const out: DatePoint = {}
  let leading = true
  for (const part of PARTS) {
    const x = a[part]
    const same = x !== undefined && x === b[part]
    if (!same) leading = false
    if (same && (leading || !implied.includes(part))) out[part] = x
  }
  return out
}

/**
 * Resolve an expression on the anchor: on its day, or, for a month or year
 * anchor, on its first and last days, keeping what both give. `implied`
 * lists the anchored parts that are left.
 */
export function resolveOn(anchor: Anchor, resolve: (day: Day) => Resolved): Resolved {
  const early = resolve(anchor.first)
  if (anchor.precision === 'day') return early
  const late = resolve(anchor.last)
  const start = commonParts(early.start, late.start, early.implied)
  const end = commonParts(early.end, late.end, early.implied)
  const implied = early.implied.filter((part) => start[part] !== undefined || end[part] !== undefined)
  return {start, end, implied}
}
