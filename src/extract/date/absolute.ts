/**
 * Dates written with a month name: day first ("18 January 2019", "21st of
 * February", "21–23 March 2022"), month first ("January 18, 2019",
 * "February 21"), month and year ("October 2021"), a bare month ("March",
 * which needs a context word) and ISO dates ("2019-01-18").
 *
 * @module
 */
import type {DatePart} from '../../types.js'
import {daysInMonth} from '../../normalize/months.js'
import {point} from '../../normalize/date-relative.js'
import {dayIsACount, followsName} from './guards.js'
import {withRelativeYear} from './relative.js'
import {CURRENCY, DASHES, type DateScan, isContinuedNumber, isDay, isYear, monthAt, type Raw, trailingYear} from './scan.js'

/** Names that are also months, when a capitalized name precedes them ("Theresa May"). */
const NAME_MONTHS = new Set([4, 5, 6, 8])

/** ISO `2019-01-18`. */
export function parseIso(s: DateScan, i: number): Raw | undefined {
  const t = s.tokens
  if (!isYear(s, i)) return undefined
  const [d1, m, d2, d] = [t[i + 1], t[i + 2], t[i + 3], t[i + 4]]
  if (d1?.text !== '-' || d2?.text !== '-' || !m || !d || d1.spaced || m.spaced || d2.spaced || d.spaced) return undefined
  if (m.digits !== 2 || d.digits !== 2 || m.value! < 1 || m.value! > 12) return undefined
  const year = t[i]!.value!
  if (d.value! < 1 || d.value! > daysInMonth(m.value!, year)) return undefined
  const p = point(year, m.value, d.value)
  return {from: i, to: i + 5, start: p, end: p, granularity: 'day', assigned: ['year', 'month', 'day'], unit: 'day', bare: false}
}

/** "18 January 2019", "21st of February", "21–23 March 2022". */
export function parseDayFirst(s: DateScan, i: number): Raw | undefined {
  const t = s.tokens
  if (!isDay(s, i) || CURRENCY.has(t[i - 1]?.text ?? '')) return undefined
  let k = i + 1
  let lastDay: number | undefined
  if (DASHES.has(t[k]?.text ?? '') && isDay(s, k + 1)) {
    lastDay = t[k + 1]!.value!
    k += 2
  }
  if (t[k]?.lower === 'of') k++
  const month = monthAt(s, k, true)
  if (!month) return undefined
  const firstDay = t[i]!.value!
  if (lastDay !== undefined && lastDay <= firstDay) return undefined
  const year = trailingYear(s, month.next)
  if (firstDay > daysInMonth(month.month, year?.year) || (lastDay ?? 0) > daysInMonth(month.month, year?.year)) return undefined
  const assigned: DatePart[] = year ? ['year', 'month', 'day'] : ['month', 'day']
  return {
    from: i,
    to: year?.next ?? month.next,
    start: point(year?.year, month.month, firstDay),
    end: point(year?.year, month.month, lastDay ?? firstDay),
    granularity: 'day',
    assigned,
    unit: 'day',
    bare: false
  }
}

/** "January 18, 2019", "February 21", "October 2021", a bare "March", "March last year". */
export function parseMonthFirst(s: DateScan, i: number): Raw | undefined {
  const t = s.tokens
  const month = monthAt(s, i, true)
  if (!month) return undefined
  if (NAME_MONTHS.has(month.month) && followsName(s, i)) return undefined
  let k = month.next
  // Month and day: "February 21", "March 4-6", "January 18, 2019".
  if (isDay(s, k) && t[k]!.spaced && !dayIsACount(s, k)) {
    const firstDay = t[k]!.value!
    let lastDay: number | undefined
    let next = k + 1
    if (DASHES.has(t[next]?.text ?? '') && isDay(s, next + 1) && t[next + 1]!.value! > firstDay) {
      lastDay = t[next + 1]!.value!
      next += 2
    }
    const year = trailingYear(s, next)
    if (firstDay <= daysInMonth(month.month, year?.year) && (lastDay ?? 0) <= daysInMonth(month.month, year?.year)) {
      return {
        from: i,
        to: year?.next ?? next,
        start: point(year?.year, month.month, firstDay),
        end: point(year?.year, month.month, lastDay ?? firstDay),
        granularity: 'day',
        assigned: year ? ['year', 'month', 'day'] : ['month', 'day'],
        unit: 'day',
        bare: false
      }
    }
  }
  // Month and year: "October 2021", "Oct. 2021", "October, 2021".
  if (t[k]?.text === ',' && isYear(s, k + 1)) k++
  if (isYear(s, k) && !isContinuedNumber(s, k) && t[k]!.spaced) {
    const year = t[k]!.value!
    const p = point(year, month.month)
    return {from: i, to: k + 1, start: p, end: p, granularity: 'month', assigned: ['year', 'month'], unit: 'month', bare: false}
  }
  if (month.abbreviated) return undefined
  const p = point(undefined, month.month)
  const bare: Raw = {from: i, to: month.next, start: p, end: p, granularity: 'month', assigned: ['month'], unit: 'month', bare: true}
  return withRelativeYear(s, bare)
}
