/**
 * Refiner: adjacent points joined into one period. A range of two points
 * ("March–May 2022", "between 2015 and 2018", "from 2019 to 2021"), a
 * coordination of two bare months or years ("February and March") or a list
 * of bare months ("January, February and March"), the left end borrowing a
 * missing year from the right.
 *
 * @module
 */
import type {DatePoint} from '../../types.js'
import {point} from '../../normalize/date-relative.js'
import {hasContext} from './guards.js'
import {parsePoint} from './points.js'
import {parseRelative} from './relative.js'
import {DASHES, type DateScan, type Granularity, type Raw, sortParts} from './scan.js'

const RANGE_WORDS = new Set(['to', 'until', 'till', 'through'])
const GRANULARITY_RANK: Record<Granularity, number> = {day: 0, month: 1, year: 2}

/**
 * A point, a range of two points ("March–May 2022", "between 2015 and
 * 2018") or a coordination of two bare months or years ("February and
 * March"). `preposition` is the word before, if any.
 */
export function parseCore(s: DateScan, i: number, preposition: string | undefined): {raw: Raw; ranged: boolean} | undefined {
  const left = parseRelative(s, i) ?? parsePoint(s, i)
  if (!left) return undefined
  const joined = parseJoin(s, left, preposition)
  return joined ? {raw: joined, ranged: true} : {raw: left, ranged: false}
}

function parseJoin(s: DateScan, left: Raw, preposition: string | undefined): Raw | undefined {
  if (left.unit === 'relative' || left.unit === 'decade') return undefined
  const list = parseList(s, left, preposition)
  if (list) return list
  const separator = s.tokens[left.to]
  if (!separator) return undefined
  const word = separator.lower
  const dash = DASHES.has(separator.text)
  const ranging = dash || (RANGE_WORDS.has(word) && preposition !== 'between')
  const and = word === 'and'
  if (!ranging && !and) return undefined
  if (and && preposition !== 'between') {
    // A coordination: only bare months or bare years, read as one envelope.
    if (!(left.bare && (left.unit === 'month' || left.unit === 'year'))) return undefined
  }
  if (word === 'to' && preposition !== 'from' && left.bare && !hasContext(s, left)) return undefined
  const right = parsePoint(s, left.to + 1)
  if (!right || right.unit === 'decade') return undefined
  if ((left.unit === 'split') !== (right.unit === 'split')) return undefined
  if (!compatible(left, right)) return undefined
  if (and && preposition !== 'between' && right.unit !== left.unit) return undefined
  const joined = combine(left, right)
  // A coordination still needs a context word, as its first member would: "in 2016 and 2017".
  if (joined && and && preposition !== 'between') joined.bare = left.bare
  return joined
}

/** "January, February and March": a list of bare months, read as one envelope. */
function parseList(s: DateScan, left: Raw, preposition: string | undefined): Raw | undefined {
  if (!left.bare || left.unit !== 'month' || preposition === 'between' || s.tokens[left.to]?.text !== ',') return undefined
  let last = left
  let k = left.to
  for (let members = 1; members < 12; members++) {
    const comma = s.tokens[k]?.text === ','
    if (comma) k++
    const and = s.tokens[k]?.lower === 'and'
    if (and) k++
    if (!comma && !and) return undefined
    const next = parsePoint(s, k)
    if (!next || next.unit !== 'month' || next.relative || (next.start.month ?? 0) <= (last.end.month ?? 13)) return undefined
    last = next
    k = next.to
    if (and) break
  }
  if (last === left) return undefined
  const joined = combine(left, last)
  if (joined) joined.bare = true
  return joined
}

/** Can two points be the ends of one range? */
function compatible(left: Raw, right: Raw): boolean {
  const yearish = (raw: Raw) => raw.unit === 'year' || raw.unit === 'split'
  if (yearish(left) !== yearish(right)) return false
  if (left.unit === 'season' || right.unit === 'season') return left.unit === right.unit
  if (right.relative && left.relative) return false
  // The left end of "March to May 2022" borrows the year of the right end; not the reverse.
  if (left.start.year !== undefined && right.end.year === undefined && !right.relative) return false
  return true
}

/** Join two points into one period, the left borrowing a missing year from the right. */
function combine(left: Raw, right: Raw): Raw | undefined {
  const granularity = GRANULARITY_RANK[left.granularity] <= GRANULARITY_RANK[right.granularity] ? left.granularity : right.granularity
  const assigned = sortParts([...left.assigned, ...right.assigned])
  let start = left.start
  const end = right.end
  if (start.year === undefined && end.year !== undefined) {
    const year = end.year - ((start.month ?? 0) > (end.month ?? 13) ? 1 : 0)
    start = point(year, start.month, start.day)
  }
  if (start.year !== undefined && end.year !== undefined && order(start) > order(end)) return undefined
  if (start.year === undefined && end.year === undefined && left.unit === 'month' && start.month! > end.month! && right.unit !== 'month') return undefined
  const raw: Raw = {from: left.from, to: right.to, start, end, granularity, assigned, unit: left.unit, bare: false}
  if (right.relative) {
    const rightRelative = right.relative
    const {start: leftStart} = left
    raw.relative = (anchor) => {
      const resolved = rightRelative(anchor)
      const endYear = resolved.end.year ?? anchor.year
      const year = endYear - ((leftStart.month ?? 0) > (resolved.end.month ?? 13) ? 1 : 0)
      return {start: point(year, leftStart.month, leftStart.day), end: resolved.end, implied: resolved.implied}
    }
    raw.start = left.start
  }
  return raw
}

function order(p: DatePoint): number {
  return (p.year ?? 0) * 400 + (p.month ?? 0) * 32 + (p.day ?? 0)
}
