/**
 * Expressions read relative to the publication date: "last year", "next
 * month", "earlier this year", "two years ago", "the past decade", "last
 * March", "last summer", and the relative year after a month or season
 * ("March last year").
 *
 * @module
 */
import {daysInMonth, numberWord, SEASONS} from '../../normalize/months.js'
import {addDays, addMonths, isoWeek, point} from '../../normalize/date-relative.js'
import {type DateScan, type Granularity, monthAt, type Raw} from './scan.js'

/** "March last year", "summer of this year": the year relative to publication. */
export function withRelativeYear(s: DateScan, raw: Raw): Raw {
  const t = s.tokens
  let k = raw.to
  if (t[k]?.lower === 'of') k++
  const which = t[k]?.lower
  if ((which === 'last' || which === 'this' || which === 'next') && t[k + 1]?.lower === 'year') {
    const offset = which === 'last' ? -1 : which === 'next' ? 1 : 0
    const {start, end} = raw
    return {
      ...raw,
      to: k + 2,
      bare: false,
      relative: (anchor) => {
        const year = anchor.year + offset
        return {start: point(year, start.month, start.day), end: point((end.month ?? 0) < (start.month ?? 0) ? year + 1 : year, end.month, end.day), implied: ['year']}
      }
    }
  }
  return raw
}

/** "last year", "next month", "earlier this year", "two years ago", "the past decade", "last March". */
export function parseRelative(s: DateScan, i: number): Raw | undefined {
  const t = s.tokens
  const token = t[i]
  if (!token) return undefined
  if (token.kind === 'n') return parseAgo(s, i)
  if (token.kind !== 'w') return undefined
  const word = token.lower
  const next = t[i + 1]
  if ((word === 'last' || word === 'this' || word === 'next') && next) {
    const offset = word === 'last' ? -1 : word === 'next' ? 1 : 0
    // "the last year" is the past twelve months, handled by parsePast.
    if (t[i - 1]?.lower === 'the') return undefined
    const unit = next.lower
    if (unit === 'year' || unit === 'month' || unit === 'week') return relativeUnit(i, i + 2, unit, offset)
    const month = monthAt(s, i + 1, false)
    if (month) return relativeMonth(i, month.next, month.month, word)
    const season = SEASONS.get(unit)
    if (season && unit !== 'fall') return relativeSeason(i, i + 2, season, word)
    return undefined
  }
  if ((word === 'earlier' || word === 'later') && next?.lower === 'this' && (t[i + 2]?.lower === 'year' || t[i + 2]?.lower === 'month')) {
    return relativePart(i, i + 3, t[i + 2]!.lower as 'year' | 'month', word)
  }
  if (word === 'the') return parsePast(s, i)
  return parseAgo(s, i)
}

/** "two years ago", "a decade ago", "18 months ago". */
function parseAgo(s: DateScan, i: number): Raw | undefined {
  const t = s.tokens
  const token = t[i]!
  const count = token.kind === 'n' && token.value !== undefined && !token.ordinal ? token.value : numberWord(token.text)
  if (count === undefined || Number.isNaN(count) || count > 1000) return undefined
  const unit = singular(t[i + 1]?.lower)
  if (!unit || t[i + 2]?.lower !== 'ago') return undefined
  return agoUnit(i, i + 3, unit, count)
}

/** "the past year", "the last five years", "the next decade", "the previous 12 months". */
function parsePast(s: DateScan, i: number): Raw | undefined {
  const t = s.tokens
  const direction = t[i + 1]?.lower
  if (direction !== 'past' && direction !== 'last' && direction !== 'previous' && direction !== 'next' && direction !== 'coming') return undefined
  let k = i + 2
  let count: number | undefined
  const number = t[k]
  if (number) {
    const value = number.kind === 'n' && number.value !== undefined && !number.ordinal ? number.value : number.lower === 'a' || number.lower === 'an' ? undefined : numberWord(number.text)
    if (value !== undefined && !Number.isNaN(value)) {
      count = value
      k++
    }
  }
  const unitWord = t[k]?.lower
  const unit = singular(unitWord)
  if (!unit || unit === 'day' || unit === 'week') return undefined
  // "the coming months" has no length; "the past year" is one.
  if (count === undefined && unitWord !== unit) return undefined
  count ??= 1
  if (count > 1000) return undefined
  // "the last year" / "the last two years" but not "the last year's report"? Both are periods.
  const months = unit === 'year' ? 12 * count : unit === 'decade' ? 120 * count : count
  const forward = direction === 'next' || direction === 'coming'
  return {
    from: i,
    to: k + 1,
    start: {},
    end: {},
    granularity: 'month',
    assigned: [],
    unit: 'relative',
    bare: false,
    relative: (anchor) => {
      const other = addMonths(anchor.year, anchor.month, forward ? months : -months)
      const a = point(anchor.year, anchor.month)
      const b = point(other.year, other.month)
      return forward ? {start: a, end: b, implied: ['year', 'month']} : {start: b, end: a, implied: ['year', 'month']}
    }
  }
}

function singular(word: string | undefined): 'year' | 'month' | 'week' | 'day' | 'decade' | undefined {
  switch (word) {
    case 'year': case 'years': return 'year'
    case 'month': case 'months': return 'month'
    case 'week': case 'weeks': return 'week'
    case 'day': case 'days': return 'day'
    case 'decade': case 'decades': return 'decade'
    default: return undefined
  }
}

function relativeUnit(from: number, to: number, unit: 'year' | 'month' | 'week', offset: number): Raw {
  const granularity: Granularity = unit === 'week' ? 'day' : unit
  return {
    from, to, start: {}, end: {}, granularity, assigned: [], unit: 'relative', bare: false,
    relative: (anchor) => {
      if (unit === 'year') {
        const p = point(anchor.year + offset)
        return {start: p, end: p, implied: ['year']}
      }
      if (unit === 'month') {
        const m = addMonths(anchor.year, anchor.month, offset)
        const p = point(m.year, m.month)
        return {start: p, end: p, implied: ['year', 'month']}
      }
      const week = isoWeek(anchor, offset)
      return {start: point(week.start.year, week.start.month, week.start.day), end: point(week.end.year, week.end.month, week.end.day), implied: ['year', 'month', 'day']}
    }
  }
}

/** "last March": the most recent March before the publication month; "next March": the next one after it. */
function relativeMonth(from: number, to: number, month: number, which: string): Raw {
  const p = point(undefined, month)
  return {
    from, to, start: p, end: p, granularity: 'month', assigned: ['month'], unit: 'month', bare: false,
    relative: (anchor) => {
      let year = anchor.year
      if (which === 'last' && month >= anchor.month) year--
      if (which === 'next' && month <= anchor.month) year++
      const q = point(year, month)
      return {start: q, end: q, implied: ['year']}
    }
  }
}

function relativeSeason(from: number, to: number, season: {first: number; last: number}, which: string): Raw {
  return {
    from, to, start: point(undefined, season.first), end: point(undefined, season.last), granularity: 'month', assigned: ['month'], unit: 'season', bare: false,
    relative: (anchor) => {
      const wraps = season.last < season.first
      // The year of the latest instance of the season that has begun by the publication month.
      const latest = anchor.month >= season.first ? anchor.year : anchor.year - 1
      const inside = wraps ? anchor.month >= season.first || anchor.month <= season.last : anchor.month >= season.first && anchor.month <= season.last
      let year: number
      if (which === 'last') year = inside ? latest - 1 : latest
      else if (which === 'next') year = latest + 1
      else year = wraps ? (anchor.month <= season.last ? anchor.year - 1 : anchor.year) : anchor.year
      return {start: point(year, season.first), end: point(wraps ? year + 1 : year, season.last), implied: ['year']}
    }
  }
}

/** "earlier this year" (January to the publication month), "later this month". */
function relativePart(from: number, to: number, unit: 'year' | 'month', which: string): Raw {
  return {
    from, to, start: {}, end: {}, granularity: unit === 'year' ? 'month' : 'day', assigned: [], unit: 'relative', bare: false,
    relative: (anchor) => {
      if (unit === 'year') {
        return which === 'earlier'
          ? {start: point(anchor.year, 1), end: point(anchor.year, anchor.month), implied: ['year', 'month']}
          : {start: point(anchor.year, anchor.month), end: point(anchor.year, 12), implied: ['year', 'month']}
      }
      const last = daysInMonth(anchor.month, anchor.year)
      return which === 'earlier'
        ? {start: point(anchor.year, anchor.month, 1), end: point(anchor.year, anchor.month, anchor.day), implied: ['year', 'month', 'day']}
        : {start: point(anchor.year, anchor.month, anchor.day), end: point(anchor.year, anchor.month, last), implied: ['year', 'month', 'day']}
    }
  }
}

function agoUnit(from: number, to: number, unit: 'year' | 'month' | 'week' | 'day' | 'decade', count: number): Raw {
  const granularity: Granularity = unit === 'decade' ? 'year' : unit === 'week' ? 'day' : unit
  return {
    from, to, start: {}, end: {}, granularity, assigned: [], unit: 'relative', bare: false,
    relative: (anchor) => {
      if (unit === 'year' || unit === 'decade') {
        const p = point(anchor.year - count * (unit === 'decade' ? 10 : 1))
        return {start: p, end: p, implied: ['year']}
      }
      if (unit === 'month') {
        const m = addMonths(anchor.year, anchor.month, -count)
        const p = point(m.year, m.month)
        return {start: p, end: p, implied: ['year', 'month']}
      }
      if (unit === 'week') {
        const week = isoWeek(anchor, -count)
        return {start: point(week.start.year, week.start.month, week.start.day), end: point(week.end.year, week.end.month, week.end.day), implied: ['year', 'month', 'day']}
      }
      const day = addDays(anchor, -count)
      const p = point(day.year, day.month, day.day)
      return {start: p, end: p, implied: ['year', 'month', 'day']}
    }
  }
}
