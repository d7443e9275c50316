/**
 * Calendar vocabulary for date parsing: month names, seasons, number words,
 * and month lengths.
 *
 * @module
 */

/** Full English month names, capitalized as news text writes them, 1-based. */
export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December'
]

const FULL = new Map<string, number>(MONTH_NAMES.map((name, index) => [name, index + 1]))
const ABBREVIATED = new Map<string, number>([
  ['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4], ['Jun', 6], ['Jul', 7],
  ['Aug', 8], ['Sep', 9], ['Sept', 9], ['Oct', 10], ['Nov', 11], ['Dec', 12]
])

/**
 * The month a capitalized full name stands for ("March" → 3), else
 * `undefined`. Case-sensitive on purpose: "may" and "march" are verbs.
 */
export function fullMonth(word: string): number | undefined {
  return FULL.get(word) ?? (word.length > 2 && word === word.toUpperCase() ? FULL.get(word[0] + word.slice(1).toLowerCase()) : undefined)
}

/** The month an abbreviation stands for ("Sept" → 9); only trusted next to a day or a year. */
export function abbreviatedMonth(word: string): number | undefined {
  return ABBREVIATED.get(word)
}

/** English name of a 1-based month. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month)
}

/**
 * Days in a month. With no year, February has 29 days, so that an
 * interval with an unknown year never excludes 29 February.
 */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/**
 * Meteorological seasons of the northern hemisphere, as first and last month.
 * Winter runs from December into February of the next year.
 */
export const SEASONS: ReadonlyMap<string, {first: number; last: number}> = new Map([
  ['spring', {first: 3, last: 5}],
  ['summer', {first: 6, last: 8}],
  ['autumn', {first: 9, last: 11}],
  ['fall', {first: 9, last: 11}],
  ['winter', {first: 12, last: 2}]
])

const NUMBER_WORDS = new Map<string, number>([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['fifteen', 15], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['several', Number.NaN]
])

/**
 * The lower case of every word that {@link fullMonth}, {@link abbreviatedMonth}
 * or {@link numberWord} accepts: a word whose lower case is not here is none
 * of them (a cheap test before the look-ups).
 */
export const CALENDAR_WORDS_LOWER: ReadonlySet<string> = new Set([...FULL.keys(), ...ABBREVIATED.keys(), ...NUMBER_WORDS.keys()].map((word) => word.toLowerCase()))

/** A small count written as a word ("two" → 2); `NaN` for vague words like "several". */
export function numberWord(word: string): number | undefined {
  return NUMBER_WORDS.get(word.toLowerCase())
}
