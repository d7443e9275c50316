/**
 * Publication dates as the metadata gives them: a day, or only a month or a
 * year. `published` is kept at the precision given (`2019-03-10`, `2019-03`,
 * `2019`), never padded to a day it does not name.
 *
 * @module
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/**
 * Normalize a publication date to `YYYY-MM-DD`: ISO dates and date-times,
 * `18 January 2019`, `January 18, 2019`; a YAML timestamp (`Date`) is read in
 * UTC. Returns `null` for anything else, or an impossible date (31 April).
 */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  if (typeof value !== 'string') return null
  const text = value.trim()
  let y: number, m: number, d: number
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text)
  if (match) {
    y = Number(match[1]); m = Number(match[2]); d = Number(match[3])
  } else if ((match = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+),? (\d{4})$/.exec(text))) {
    d = Number(match[1]); m = monthOf(match[2]!); y = Number(match[3])
  } else if ((match = /^([A-Za-z]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(text))) {
    m = monthOf(match[1]!); d = Number(match[2]); y = Number(match[3])
  } else return null
  if (m < 1 || m > 12 || d < 1) return null
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (d > days) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function monthOf(name: string): number {
  const lower = name.toLowerCase()
  if (lower.length < 3) return 0
  return MONTHS.findIndex((month) => month.startsWith(lower)) + 1
}

/**
 * Normalize a publication date at the precision given: a day as by
 * {@link normalizeDate} (`YYYY-MM-DD`), a month (`2023-09`, `September 2023`,
 * `Sept. 2023`: `YYYY-MM`) or a year (`2018`, also as a YAML number:
 * `YYYY`). Returns `null` for anything else.
 */
export function normalizePublished(value: unknown): string | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && value <= 9999 ? String(value) : null
  const day = normalizeDate(value)
  if (day !== null || typeof value !== 'string') return day
  const text = value.trim()
  let match = /^(\d{4})-(\d{2})$/.exec(text)
  if (match) return Number(match[2]) >= 1 && Number(match[2]) <= 12 ? text : null
  if (/^\d{4}$/.test(text)) return text
  match = /^([A-Za-z]+)\.?,? (\d{4})$/.exec(text)
  if (match) {
    const month = monthOf(match[1]!)
    return month === 0 ? null : `${match[2]}-${String(month).padStart(2, '0')}`
  }
  return null
}

/** The precision of a normalized publication date (`null` if it is not one). */
export function publishedPrecision(published: string): 'day' | 'month' | 'year' | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) return 'day'
  if (/^\d{4}-\d{2}$/.test(published)) return 'month'
  if (/^\d{4}$/.test(published)) return 'year'
  return null
}
