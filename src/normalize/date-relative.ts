/**
 * Arithmetic on calendar points for relative dates ("last week", "two
 * years ago"), anchored on a publication date.
 *
 * @module
 */
import type {DatePoint} from '../types.js'

/** A fully known calendar day. */
export interface Day {
  year: number
  month: number
  day: number
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/

/** Read an ISO `YYYY-MM-DD` publication date; `undefined` if absent or not a real day. */
export function parsePublished(published: string | undefined): Day | undefined {
  if (published === undefined) return undefined
  const match = ISO_DAY.exec(published.trim())
  if (!match) return undefined
  const day = {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])}
  const check = new Date(Date.UTC(day.year, day.month - 1, day.day))
  return check.getUTCMonth() === day.month - 1 && check.getUTCDate() === day.day ? day : undefined
}

/** A `DatePoint` with only the given parts (no `undefined` keys, so values compare deeply). */
export function point(year?: number, month?: number, day?: number): DatePoint {
  const result: DatePoint = {}
  if (year !== undefined) result.year = year
  if (month !== undefined) result.month = month
  if (day !== undefined) result.day = day
  return result
}

/** The month `offset` months from `year`/`month` (offset may be negative). */
export function addMonths(year: number, month: number, offset: number): {year: number; month: number} {
  const index = year * 12 + (month - 1) + offset
  return {year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1}
}

/** The day `offset` days from `day`. */
export function addDays(day: Day, offset: number): Day {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + offset))
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}
}

/** Monday to Sunday of the ISO week `offset` weeks from the week holding `day`. */
export function isoWeek(day: Day, offset: number): {start: Day; end: Day} {
  const weekday = (new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() + 6) % 7 // Monday = 0
  const monday = addDays(day, offset * 7 - weekday)
  return {start: monday, end: addDays(monday, 6)}
}

/**
 * The year a month named without one most likely falls in, seen from the
 * publication date: the publication year, unless the month is more than six
 * months ahead of it ("in November" in a January article is last November).
 */
export function nearestYear(month: number, anchor: Day): number {
  return month - anchor.month > 6 ? anchor.year - 1 : anchor.year
}
