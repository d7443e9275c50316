/**
 * Refiner: implied and relative parts anchored on the publication date, and
 * the claim value built ("March" published in 2023 is March 2023; "last
 * year" is the year before publication; without a publication date the
 * anchor is `unknown`).
 *
 * @module
 */
import type {DatePart, DatePoint, DateValue} from '../../types.js'
import {resolveOn} from '../../normalize/date-anchor.js'
import {type Day, nearestYear, point} from '../../normalize/date-relative.js'
import {type DateScan, type Raw, type Relation, sortParts} from './scan.js'

/** Anchor implied and relative parts on the publication date, and build the value. */
export function finish(s: DateScan, raw: Raw, relation: Relation): DateValue {
  const value: DateValue = {
    type: 'date',
    start: raw.start,
    end: raw.end,
    granularity: raw.granularity,
    assigned: sortParts(raw.assigned),
    implied: [],
    anchor: 'absolute',
    relation
  }
  if (raw.period) value.period = raw.period
  const {anchor} = s
  const anchored = (resolved: {start: DatePoint; end: DatePoint; implied: DatePart[]}): void => {
    if (resolved.implied.length === 0) {
      value.anchor = 'unknown'
      return
    }
    value.start = resolved.start
    value.end = resolved.end
    value.implied = sortParts(resolved.implied)
    value.anchor = 'publication'
  }
  if (raw.relative) {
    if (anchor) anchored(resolveOn(anchor, raw.relative))
    else value.anchor = 'unknown'
  } else if (raw.start.year === undefined || raw.end.year === undefined) {
    if (anchor) {
      anchored(
        resolveOn(anchor, (on) => {
          const startYear = raw.start.year ?? (raw.unit === 'season' && raw.end.year === undefined ? seasonYear(raw.start.month!, raw.end.month!, on) : undefined) ?? (raw.end.year !== undefined ? raw.end.year - ((raw.start.month ?? 0) > (raw.end.month ?? 13) ? 1 : 0) : nearestYear(raw.start.month ?? 1, on))
          const endYear = raw.end.year ?? startYear + ((raw.end.month ?? 13) < (raw.start.month ?? 0) ? 1 : 0)
          return {start: point(startYear, raw.start.month, raw.start.day), end: point(endYear, raw.end.month, raw.end.day), implied: ['year']}
        })
      )
    } else {
      value.anchor = 'unknown'
    }
  }
  return value
}

/**
 * The start year of a season named without one: the instance whose middle
 * is nearest the publication month, the earlier one on a tie.
 */
function seasonYear(first: number, last: number, anchor: Day): number {
  const length = (last - first + 12) % 12
  const middle = first + length / 2
  const at = anchor.year * 12 + anchor.month
  let best = anchor.year
  let distance = Infinity
  for (const year of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    const d = Math.abs(year * 12 + middle - at)
    if (d < distance) {
      distance = d
      best = year
    }
  }
  return best
}
