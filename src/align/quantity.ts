/**
 * Quantities (money, counts, percentages): compatible when units match and
 * the hedge-aware bounds overlap.
 *
 * @module
 */
import type {Claim, QuantityValue} from '../types.js'
import {inCommonUnit} from '../normalize/measure-compare.js'
import {NO_PAIR, type ValueComparison} from './compare.js'

export function isQuantity(value: unknown): value is QuantityValue {
  const v = value as QuantityValue
  return !!v && v.type === 'quantity' && typeof v.low === 'number' && typeof v.high === 'number' && typeof v.unit === 'string'
}

/** Normalized unit key for blocking: currency code, `%`, the counted noun lemma, or a measure's canonical unit (`m` for km and miles). */
export function quantityUnit(value: QuantityValue): string {
  return (value.quantity?.unit ?? value.unit).trim().toLowerCase().replace(/\s+/g, ' ')
}

function bounds(v: QuantityValue): [number, number] {
  const low = v.bounds?.low ?? (v.hedge === 'at-most' ? 0 : v.low)
  const high = v.bounds ? (v.bounds.high ?? Infinity) : v.hedge === 'at-least' ? Infinity : v.high
  return [Math.min(low, v.low), Math.max(high, v.high)]
}

function hedgeWord(v: QuantityValue): string {
  return v.hedgeText?.trim() || (v.hedge === 'exact' ? 'exact' : v.hedge)
}

/** What the quantity is, for messages: "amount" (money), "percentage", else "number". */
export function quantityNoun(value: QuantityValue): string {
  if (/^[A-Z]{3}$/.test(value.unit)) return 'amount'
  if (value.unit === '%' || value.unit === 'pp') return 'percentage'
  return 'number'
}

/** Compare two quantity claims. */
export function compareQuantity(a: Claim, b: Claim): ValueComparison {
  if (!isQuantity(a.value) || !isQuantity(b.value)) return NO_PAIR
  // Measures compare in their canonical unit ("80 km" vs "50 miles").
  const [x, y] = inCommonUnit(a.value, b.value)
  if (quantityUnit(x) !== quantityUnit(y)) return NO_PAIR
  if ((x.per ?? '') !== (y.per ?? '')) return NO_PAIR
  if ((x.of === undefined) !== (y.of === undefined)) return NO_PAIR
  if (x.of !== undefined && y.of !== undefined && x.of !== y.of) return NO_PAIR
  // The size of a change ("rose 12 cents") and a level ("$4.10") are different facts.
  const xSize = x.change !== undefined && x.change.from === undefined
  const ySize = y.change !== undefined && y.change.from === undefined
  if (xSize !== ySize) return NO_PAIR
  const noun = quantityNoun(x)
  if (xSize && ySize && x.change!.direction !== y.change!.direction) {
    return {relation: 'differ', evidence: 'conflict', reason: 'value-conflict', notes: [`direction: ${x.change!.direction} vs ${y.change!.direction}`], phrase: `opposite changes for the same fact`}
  }
  const sameStated = x.low === y.low && x.high === y.high
  if (sameStated) {
    if (x.hedge === y.hedge) return {relation: 'agree', evidence: 'identical', reason: 'same-value', notes: [], phrase: `the same ${noun}`}
    return {
      relation: 'agree',
      evidence: 'identical',
      reason: 'same-value-hedged',
      notes: [`hedge: ${hedgeWord(x)} vs ${hedgeWord(y)}`],
      phrase: x.hedge === 'exact' || y.hedge === 'exact' ? `the same ${noun}, one hedged` : `the same ${noun}, hedged differently`
    }
  }
  const [al, ah] = bounds(x)
  const [bl, bh] = bounds(y)
  if (al <= bh && bl <= ah) {
    return {
      relation: 'agree',
      evidence: 'compatible',
      reason: 'compatible-value',
      notes: [`values differ within their hedges: ${a.text} vs ${b.text}`],
      phrase: `compatible ${noun}s (within the hedges)`
    }
  }
  return {relation: 'differ', evidence: 'conflict', reason: 'value-conflict', notes: [], phrase: `different ${noun}s for the same fact`}
}
