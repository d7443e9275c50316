/** Seasons: "spring 2020", "the summer of 2019", a bare "summer" (which needs a context word). @module */
import {SEASONS} from '../../normalize/months.js'
import {point} from '../../normalize/date-relative.js'
import {withRelativeYear} from './relative.js'
import {type DateScan, isContinuedNumber, isYear, type Raw} from './scan.js'

/** "spring 2020", "the summer of 2019", a bare "summer". */
export function parseSeason(s: DateScan, i: number): Raw | undefined {
  const t = s.tokens
  const word = t[i]!.lower
  const season = SEASONS.get(word)
  if (!season) return undefined
  let k = i + 1
  if (t[k]?.lower === 'of' && isYear(s, k + 1)) k++
  const wraps = season.last < season.first
  if (isYear(s, k) && !isContinuedNumber(s, k)) {
    const year = t[k]!.value!
    return {from: i, to: k + 1, start: point(year, season.first), end: point(wraps ? year + 1 : year, season.last), granularity: 'month', assigned: ['year', 'month'], unit: 'season', bare: false}
  }
  // "fall" alone is too often the verb.
  if (word === 'fall') return undefined
  const bare: Raw = {from: i, to: i + 1, start: point(undefined, season.first), end: point(undefined, season.last), granularity: 'month', assigned: ['month'], unit: 'season', bare: true}
  return withRelativeYear(s, bare)
}
