/** Quarters and halves of a year: "Q1 2022", "first quarter of 2022", "H2 2021", "the second half of 2023". @module */
import {point} from '../../normalize/date-relative.js'
import {type DateScan, isContinuedNumber, isYear, type Raw} from './scan.js'

/** The ordinal words of "first quarter", "final half". */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['final', 4]])

/** "Q1 2022", "first quarter of 2022", "H2 2021", "the second half of 2023". */
export function parseQuarter(s: DateScan, i: number): Raw | undefined {
  const t = s.tokens
  const token = t[i]
  if (!token) return undefined
  let quarter: number | undefined
  let k: number
  const number = t[i + 1]
  if ((token.text === 'Q' || token.text === 'H') && number && !number.spaced && number.value !== undefined && number.digits === 1) {
    // "Q3" (quarter) or "H1" (half year).
    const limit = token.text === 'Q' ? 4 : 2
    if (number.value < 1 || number.value > limit) return undefined
    quarter = number.value
    k = i + 2
    if (token.text === 'H') return quarterRange(s, i, k, quarter * 6 - 5, quarter * 6)
  } else {
    quarter = ORDINAL_WORDS.get(token.lower)
    const part = t[i + 1]?.lower
    if (quarter === undefined || (part !== 'quarter' && part !== 'half') || t[i + 2]?.lower !== 'of') return undefined
    k = i + 3
    if (part === 'half') {
      if (quarter > 2 && token.lower !== 'final') return undefined
      const half = Math.min(quarter, 2)
      return quarterRange(s, i, k, half * 6 - 5, half * 6)
    }
  }
  return quarterRange(s, i, k, quarter * 3 - 2, quarter * 3)
}

/** A span of months of the year at token `k`. */
function quarterRange(s: DateScan, i: number, k: number, first: number, last: number): Raw | undefined {
  if (!isYear(s, k) || isContinuedNumber(s, k)) return undefined
  const year = s.tokens[k]!.value!
  return {from: i, to: k + 1, start: point(year, first), end: point(year, last), granularity: 'month', assigned: ['year', 'month'], unit: 'month', bare: false}
}
