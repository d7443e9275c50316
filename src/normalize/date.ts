/**
 * Date normalization: parse a date expression into a {@link DateValue},
 * and format one back to text. (Comparing two is `compareIntervals` and
 * `compareDateValues` in `align/date.ts`.)
 *
 * @module
 */
import type {ArticleMeta, DatePoint, DateValue} from '../types.js'
import {findDates} from './date-parse.js'
import {monthName} from './months.js'

export {findDates, type DateMatch, type FindDatesOptions} from './date-parse.js'

/**
 * Parse a text that is one date expression as a whole ("18 January 2019",
 * "since 2017", "2021/22", "last year"), else `undefined`. Surrounding
 * whitespace and a final full stop are ignored. A bare "March" or "2018"
 * is accepted here, with no context word, because the caller says it is a
 * date. Implied and relative parts are anchored on `meta.published`.
 */
export function parseDate(text: string, meta?: Pick<ArticleMeta, 'published'>): DateValue | undefined {
  const trimmed = text.trim().replace(/\.$/, '')
  if (trimmed.length === 0 || trimmed.length > 200) return undefined
  const options = meta?.published === undefined ? {standalone: true} : {standalone: true, published: meta.published}
  const found = findDates(trimmed, options)
  const only = found[0]
  if (found.length !== 1 || !only || only.start !== 0 || only.end !== trimmed.length) return undefined
  return only.value
}

const RELATION_WORD: Record<DateValue['relation'], string> = {at: '', since: 'since ', until: 'until ', before: 'before ', after: 'after '}

/**
 * A canonical English form of a value: "18 January 2019", "March 2022",
 * "March", "2021/22", "between 21 February and 4 March 2022", "since 2017".
 * Only known parts are written. A period with a relation other than `at`
 * is written by its start ("since") or end ("until", "before"), since
 * "since between…" is no English. A value with no known parts (a relative date
 * with no publication date) gives "unknown date". The form is stable:
 * `formatDate(parseDate(formatDate(v))!) === formatDate(v)` for every value
 * the parser makes with at least one known part.
 */
export function formatDate(v: DateValue): string {
  const body = formatBody(v)
  if (body === undefined) return 'unknown date'
  if (v.start.year === undefined && v.end.year === undefined && v.start.month === undefined) return 'unknown date'
  return RELATION_WORD[v.relation] + body
}

function formatBody(v: DateValue): string | undefined {
  const {start, end} = v
  if (v.period === 'split-year' && start.year !== undefined && end.year !== undefined) {
    return `${start.year}/${String(end.year % 100).padStart(2, '0')}`
  }
  const first = formatPoint(start, v.granularity)
  const last = formatPoint(end, v.granularity)
  if (first === undefined || last === undefined) return undefined
  if (first === last) return first
  // "since" a period means since its start, "until"/"before" its end: a range cannot follow those words.
  if (v.relation === 'since' || v.relation === 'after') return first
  if (v.relation !== 'at') return last
  return `between ${first} and ${last}`
}

function formatPoint(p: DatePoint, granularity: DateValue['granularity']): string | undefined {
  const parts: string[] = []
  if (granularity === 'day' && p.day !== undefined && p.month !== undefined) parts.push(String(p.day))
  if (granularity !== 'year' && p.month !== undefined) parts.push(monthName(p.month))
  if (p.year !== undefined) parts.push(String(p.year))
  return parts.length > 0 ? parts.join(' ') : undefined
}
