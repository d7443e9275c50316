/**
 * Quantities: a canonical text form (`formatQuantity` / `parseQuantity`).
 * Comparing two is `compareQuantityValues` in `align/quantity.ts`.
 *
 * The canonical form is `[hedge ]amount[ to amount][ out of whole] unit[ per rate]`
 * (a range is `between amount and amount`):
 * "about 10,000,000 GBP", "at least 7,700,000 GBP", "between 2,000,000 and
 * 3,000,000 GBP per year", "4 out of 5 key area", "12.5%", "5 pp".
 * Hedges are written `about` (approximate), `at least`, `at most`, `between`
 * (range); exact has none.
 *
 * @module
 */

import type {Hedge, QuantityValue} from '../types.js'
import {ISO_CODES} from './currency.js'
import {HEDGE_WORDS, boundsFor} from './hedge.js'
import {findCounts} from './count-scan.js'
import {findMoney} from './money-scan.js'
import {findPercents} from './percent-scan.js'
import type {FoundQuantity} from './quantity-parts.js'

export {boundsFor, APPROXIMATE_TOLERANCE, hedgeBefore, hedgeAfter} from './hedge.js'
export {findMoney} from './money-scan.js'
export {findCounts} from './count-scan.js'
export {findPercents} from './percent-scan.js'
export type {FoundQuantity} from './quantity-parts.js'

function formatNumber(n: number): string {
  if (Number.isSafeInteger(n)) {
    // Group thousands by hand: no look-ahead regex rescanning the digits.
    const digits = String(Math.abs(n))
    let grouped = ''
    for (let i = 0; i < digits.length; i++) {
      if (i > 0 && (digits.length - i) % 3 === 0) grouped += ','
      grouped += digits[i]
    }
    return n < 0 ? `-${grouped}` : grouped
  }
  return String(n)
}

/**
 * A canonical, human-readable form of a quantity that {@link parseQuantity}
 * reads back to the same `low`, `high`, `unit`, `hedge`, `per` and `of`:
 * "about 10,000,000 GBP", "between 16 and 17 year-old", "12%".
 */
export function formatQuantity(value: QuantityValue): string {
  // A hedged span ("dozens": about 24 to 100) keeps both ends; a range says "between".
  const amount =
    value.hedge === 'range'
      ? `between ${formatNumber(value.low)} and ${formatNumber(value.high)}`
      : value.low === value.high
        ? formatNumber(value.low)
        : `${formatNumber(value.low)} to ${formatNumber(value.high)}`
  const hedge = value.hedge === 'exact' || value.hedge === 'range' ? '' : `${HEDGE_WORDS[value.hedge]} `
  const of = value.of === undefined ? '' : ` out of ${formatNumber(value.of)}`
  const unit = value.unit === '' ? '' : value.unit === '%' ? '%' : ` ${value.unit}`
  const per = value.per === undefined ? '' : ` per ${value.per}`
  return `${hedge}${amount}${of}${unit}${per}`
}

const NUMBER = '-?(?:\\d{1,3}(?:,\\d\\d\\d)+|\\d+)(?:\\.\\d+)?(?:e[+-]?\\d+)?'
// The canonical head: hedge and amounts; the unit and rate are split off by hand (no backtracking).
const CANONICAL_HEAD = new RegExp(`^(?:(about|at least|at most)\\s+|between\\s+(${NUMBER})\\s+and\\s+)?(${NUMBER})(?:\\s+to\\s+(${NUMBER}))?(?:\\s+out\\s+of\\s+(${NUMBER}))?(%|\\s+|$)`, 'i')
const CANONICAL_HEDGE: Readonly<Record<string, Hedge>> = {about: 'approximate', 'at least': 'at-least', 'at most': 'at-most'}

function toNumber(text: string): number {
  return Number(text.replaceAll(',', ''))
}

/**
 * Read a quantity: a text that is one money amount, percentage or count
 * ("circa £10 million", "more than 40 countries"); else the canonical form
 * written by {@link formatQuantity}; else the first quantity found in the
 * text. `null` when there is none. Never throws.
 */
export function parseQuantity(text: string): QuantityValue | null {
  if (typeof text !== 'string') return null
  const trimmed = text.trim()
  const found: FoundQuantity[] = [...findMoney(trimmed), ...findPercents(trimmed), ...findCounts(trimmed)]
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
  const first = found[0]
  // Prose that is all one quantity ("about 300 homes") is read by the scanners,
  // which lemmatize; the canonical form of a lemma ("44 social worker") is not.
  if (first && first.start === 0 && first.end === trimmed.length) return first.value
  return parseCanonical(trimmed) ?? first?.value ?? null
}

function parseCanonical(text: string): QuantityValue | null {
  const head = CANONICAL_HEAD.exec(text)
  if (!head) return null
  const hedge: Hedge = head[2] !== undefined ? 'range' : head[1] !== undefined ? CANONICAL_HEDGE[head[1].toLowerCase()]! : 'exact'
  // "between A and B" (range) or "A to B" (a hedged span such as "dozens").
  if (head[2] !== undefined && head[4] !== undefined) return null
  const low = toNumber(head[2] ?? head[3]!)
  const high = toNumber(head[4] ?? head[3]!)
  let rest = text.slice(head[0].length)
  let unit: string
  if (head[6] === '%') {
    unit = '%'
    rest = rest.trimStart()
  } else {
    unit = ''
  }
  let per: string | undefined
  const perAt = rest.startsWith('per ') ? 0 : rest.lastIndexOf(' per ')
  if (perAt >= 0) {
    per = rest.slice(perAt === 0 ? 4 : perAt + 5).trim()
    rest = rest.slice(0, perAt)
  }
  if (unit === '') unit = rest.trim()
  else if (rest.trim() !== '') return null
  // Canonical units are ISO codes, %, pp or lower-case lemmas; anything else is prose.
  if (unit !== '' && unit !== 'pp' && !ISO_CODES.has(unit) && unit !== unit.toLowerCase()) return null
  if (!Number.isFinite(low) || !Number.isFinite(high) || low > high) return null
  const value: QuantityValue = {type: 'quantity', low, high, unit, hedge, bounds: boundsFor(hedge, low, high)}
  if (per !== undefined && per !== '') value.per = per
  if (head[5] !== undefined) value.of = toNumber(head[5])
  return value
}
