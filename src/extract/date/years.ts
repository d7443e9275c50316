/**
 * Years: a year on its own ("2016", which needs a context word), split
 * years ("2021/22", "2021-22", "2021–2022"), year ranges ("2019-2021") and
 * decades ("the 1990s").
 *
 * @module
 */
import {point} from '../../normalize/date-relative.js'
import {CURRENCY, DASHES, type DateScan, isContinuedNumber, isYear, type Raw} from './scan.js'

/** A year on its own: "2016" (needs context: "in 2016", "the 2018 report"). */
export function parseYear(s: DateScan, i: number): Raw | undefined {
  const t = s.tokens
  if (!isYear(s, i) || isContinuedNumber(s, i)) return undefined
  const before = t[i - 1]
  if (before && (CURRENCY.has(before.text) || before.kind === 'n' || (!t[i]!.spaced && before.kind === 'w'))) return undefined
  if (before && (before.lower === 'no' || before.lower === 'number')) return undefined
  const p = point(t[i]!.value!)
  return {from: i, to: i + 1, start: p, end: p, granularity: 'year', assigned: ['year'], unit: 'year', bare: true}
}

/** "2021/22", "2021-22", "2021–2022" (split years) and "2019-2021" (year ranges). */
export function parseYearPair(s: DateScan, i: number): Raw | undefined {
  const t = s.tokens
  if (!isYear(s, i)) return undefined
  const separator = t[i + 1]
  const second = t[i + 2]
  if (!separator || !second || separator.spaced || second.spaced || second.ordinal || second.value === undefined) return undefined
  const slash = separator.text === '/'
  if (!slash && !DASHES.has(separator.text)) return undefined
  const after = t[i + 3]
  if (after && !after.spaced && (after.kind === 'n' || DASHES.has(after.text) || after.text === '/' || after.kind === 'w')) return undefined
  const first = t[i]!.value!
  let last: number
  if (second.digits === 2) {
    const yy = second.value
    if (yy === (first + 1) % 100) last = first + 1
    else if (yy > first % 100) last = first - (first % 100) + yy
    else return undefined
  } else if (second.digits === 4 && isYear(s, i + 2) && second.value > first) {
    last = second.value
  } else {
    return undefined
  }
  const split = last === first + 1
  if (slash && !split) return undefined
  const raw: Raw = {from: i, to: i + 3, start: point(first), end: point(last), granularity: 'year', assigned: ['year'], unit: split ? 'split' : 'year', bare: false}
  if (split) raw.period = 'split-year'
  return raw
}

/** "1990s", "1990's" (context: "the" or a modifier). */
export function parseDecade(s: DateScan, i: number): Raw | undefined {
  const t = s.tokens
  if (!isYear(s, i) || t[i]!.value! % 10 !== 0) return undefined
  let k = i + 1
  if ((t[k]?.text === "'" || t[k]?.text === '’') && !t[k]!.spaced) k++
  const suffix = t[k]
  if (!suffix || suffix.text !== 's' || suffix.spaced) return undefined
  const year = t[i]!.value!
  return {from: i, to: k + 1, start: point(year), end: point(year + 9), granularity: 'year', assigned: ['year'], unit: 'decade', bare: t[i - 1]?.lower !== 'the'}
}
