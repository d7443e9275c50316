/**
 * What every date parser reads: the tokens of one text, the options and the
 * publication anchor ({@link DateScan}, one per `findDates` call, holding
 * only that call's state), the parsed expression before anchoring
 * ({@link Raw}), and the token tests the parsers share (a year, a day, a
 * month name, a trailing year).
 *
 * The reader is split the way chrono splits its work: parsers, one file
 * per kind of expression (`absolute.ts`, `years.ts`, `seasons.ts`,
 * `quarters.ts`, `relative.ts`, `points.ts`), then refiners (`ranges.ts`
 * joins adjacent points, `relations.ts` reads the relation word before an
 * expression, `anchoring.ts` fills implied parts from the publication date),
 * and `weekdays.ts` for days named relative to publication. `index.ts` runs
 * them over a text.
 *
 * @module
 */
import type {DatePart, DatePoint, DateValue} from '../../types.js'
import {abbreviatedMonth, fullMonth} from '../../normalize/months.js'
import type {Anchor} from '../../normalize/date-anchor.js'
import type {Day} from '../../normalize/date-relative.js'
import type {Token} from './tokens.js'

/** A date expression found in a text. */
export interface DateMatch {
  /** Offsets into the text searched. */
  start: number
  end: number
  value: DateValue
}

/** Options of `findDates`. */
export interface FindDatesOptions {
  /**
   * Publication date that relative and implied parts are anchored on:
   * `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` for a month or year known only
   * (then only the parts every day of it gives are filled, see `date-anchor.ts`).
   */
  published?: string
  /**
   * The text is known to be a date expression as a whole (as in
   * `parseDate`), so a bare "March" or "2018" at its start needs no context word.
   */
  standalone?: boolean
  /**
   * Try a parse at every token, not only where `mayStartCore` allows
   * one. The same result, slower: the reference the token test is checked
   * against in tests.
   */
  exhaustive?: boolean
}

/** One scan over one text: its tokens, options and anchor (per-call state only). */
export interface DateScan {
  readonly tokens: readonly Token[]
  readonly options: FindDatesOptions
  readonly anchor: Anchor | undefined
}

export type Granularity = DateValue['granularity']
export type Relation = DateValue['relation']
export type Unit = 'day' | 'month' | 'year' | 'season' | 'decade' | 'split' | 'relative'

/** A parsed expression before anchoring, over tokens `[from, to)`. */
export interface Raw {
  from: number
  to: number
  /** Parts written in the text (a bare month has no year). */
  start: DatePoint
  end: DatePoint
  granularity: Granularity
  assigned: DatePart[]
  unit: Unit
  /** Needs a context word to count as a date (a bare "March", "2018", "summer"). */
  bare: boolean
  period?: 'split-year'
  /** Resolves relative parts on the publication date. */
  relative?: (anchor: Day) => {start: DatePoint; end: DatePoint; implied: DatePart[]}
}

export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '‐', '‑'])
export const CURRENCY: ReadonlySet<string> = new Set(['£', '$', '€', '¥', '#', '№'])

export function isYear(s: DateScan, i: number): boolean {
  const token = s.tokens[i]
  return token !== undefined && token.digits === 4 && !token.ordinal && token.value! >= 1900 && token.value! <= 2099
}

export function isDay(s: DateScan, i: number): boolean {
  const token = s.tokens[i]
  return token !== undefined && token.value !== undefined && token.digits! <= 2 && token.value >= 1 && token.value <= 31
}

/** A month name at `i` ("March", "Sept."), and the token after it. */
export function monthAt(s: DateScan, i: number, allowAbbreviation: boolean): {month: number; next: number; abbreviated: boolean} | undefined {
  const token = s.tokens[i]
  if (!token || token.kind !== 'w') return undefined
  const full = fullMonth(token.text)
  if (full !== undefined) return {month: full, next: i + 1, abbreviated: false}
  if (!allowAbbreviation) return undefined
  const short = abbreviatedMonth(token.text)
  if (short === undefined) return undefined
  const dot = s.tokens[i + 1]
  return {month: short, next: dot?.text === '.' && !dot.spaced ? i + 2 : i + 1, abbreviated: true}
}

/** An optional ", 2019" / " 2019" after a day and month. */
export function trailingYear(s: DateScan, i: number): {year: number; next: number} | undefined {
  let k = i
  if (s.tokens[k]?.text === ',') k++
  if (isYear(s, k) && !isContinuedNumber(s, k)) return {year: s.tokens[k]!.value!, next: k + 1}
  return undefined
}

/** A number that continues into another number or unit ("2019 2020", "2018bn") is no year. */
export function isContinuedNumber(s: DateScan, i: number): boolean {
  const next = s.tokens[i + 1]
  if (!next) return false
  // Plain digit groups continue a phone or reference number; "2,000" does not.
  if (next.kind === 'n' && next.spaced && next.value !== undefined) return true
  if (!next.spaced && (next.kind === 'w' || next.text === '%')) return true
  return false
}

const PART_ORDER: readonly DatePart[] = ['year', 'month', 'day']
export function sortParts(parts: readonly DatePart[]): DatePart[] {
  return PART_ORDER.filter((part) => parts.includes(part))
}
