/**
 * One calendar expression ("18 January 2019", "March", "2021/22", "the
 * 1990s", "Q3 2022"), with an optional early/mid/late modifier or "the end
 * of …": the parsers of each kind, tried in a fixed order.
 *
 * @module
 */
import {daysInMonth, SEASONS} from '../../normalize/months.js'
import {point} from '../../normalize/date-relative.js'
import {parseDayFirst, parseIso, parseMonthFirst} from './absolute.js'
import {parseQuarter} from './quarters.js'
import {DASHES, type DateScan, type Raw} from './scan.js'
import {parseSeason} from './seasons.js'
import {parseDecade, parseYear, parseYearPair} from './years.js'

/** "the end of …" reads as "late …". */
const PART_OF = new Map([['start', 'early'], ['beginning', 'early'], ['middle', 'mid'], ['end', 'late']])

/** One calendar expression, with an optional early/mid/late modifier. */
export function parsePoint(s: DateScan, i: number): Raw | undefined {
  const token = s.tokens[i]
  if (!token) return undefined
  let k = i
  if (token.lower === 'the' && isModifier(s, i + 1)) k = i + 1
  if (isModifier(s, k)) {
    const modifier = s.tokens[k]!.lower
    let next = k + 1
    if (DASHES.has(s.tokens[next]?.text ?? '') && !s.tokens[next]!.spaced) next++
    const inner = parseSimplePoint(s, next)
    if (inner && (inner.unit === 'month' || inner.unit === 'year' || inner.unit === 'decade') && !(inner.unit === 'decade' && k === i && s.tokens[i - 1]?.lower !== 'the')) {
      return {...modify(inner, modifier), from: i, bare: false}
    }
    return undefined
  }
  return parseSimplePoint(s, i)
}

function isModifier(s: DateScan, i: number): boolean {
  const word = s.tokens[i]?.lower
  return word === 'early' || word === 'mid' || word === 'late'
}

/** "the end of 2024", "the start of March": read as late/early, with the phrase in the span. */
function parsePartOf(s: DateScan, i: number): Raw | undefined {
  const t = s.tokens
  if (t[i]?.lower !== 'the' || t[i + 2]?.lower !== 'of') return undefined
  const modifier = PART_OF.get(t[i + 1]!.lower)
  if (modifier === undefined) return undefined
  const inner = parseSimplePoint(s, i + 3)
  if (!inner || (inner.unit !== 'month' && inner.unit !== 'year') || inner.relative || inner.start.year !== inner.end.year || inner.start.month !== inner.end.month) return undefined
  return {...modify(inner, modifier), from: i, bare: false}
}

function parseSimplePoint(s: DateScan, i: number): Raw | undefined {
  const t = s.tokens
  const token = t[i]
  if (!token) return undefined
  // "the 1990s", "the summer of 2020", "the first quarter of 2022"
  if (token.lower === 'the') {
    const partOf = parsePartOf(s, i)
    if (partOf) return partOf
    const next = t[i + 1]
    const decade = parseDecade(s, i + 1)
    if (decade) return {...decade, from: i}
    const season = next && SEASONS.has(next.lower) ? parseSeason(s, i + 1) : undefined
    if (season) return {...season, from: i}
    const quarter = parseQuarter(s, i + 1)
    if (quarter) return {...quarter, from: i}
    return undefined
  }
  if (token.kind === 'n') {
    return parseIso(s, i) ?? parseDecade(s, i) ?? parseYearPair(s, i) ?? parseDayFirst(s, i) ?? parseYear(s, i)
  }
  if (token.kind === 'w') {
    if (SEASONS.has(token.lower)) return parseSeason(s, i)
    return parseMonthFirst(s, i) ?? parseQuarter(s, i)
  }
  return undefined
}

/** early/mid/late: the first, middle or last third of a month, year or decade. */
function modify(inner: Raw, modifier: string): Raw {
  const third = modifier === 'early' ? 0 : modifier === 'mid' ? 1 : 2
  if (inner.unit === 'month') {
    const {year, month} = inner.start
    const last = daysInMonth(month!, year)
    const bounds = [[1, 10], [11, 20], [21, last]][third]!
    return {...inner, start: point(year, month, bounds[0]), end: point(year, month, bounds[1]), granularity: 'day'}
  }
  if (inner.unit === 'decade') {
    const year = inner.start.year!
    const bounds = [[0, 3], [3, 6], [7, 9]][third]!
    return {...inner, start: point(year + bounds[0]!), end: point(year + bounds[1]!)}
  }
  const year = inner.start.year!
  const bounds = [[1, 4], [5, 8], [9, 12]][third]!
  return {...inner, start: point(year, bounds[0]), end: point(year, bounds[1]), granularity: 'month', unit: 'month'}
}
