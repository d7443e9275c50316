/**
 * Measures in one unit for comparison: "80 km" and "50 miles" are compared
 * in metres. A value converted from another unit was usually rounded when it
 * was written ("50 miles (80 km)"), so when the two written units differ
 * each side's bounds widen by half a step of its last significant digit
 * ("80 km" allows 75–85 km) before they are compared.
 *
 * @module
 */

import type {QuantityValue} from '../types.js'

/** Half a step of the last significant digit of a stated number: 80 → 5, 44.4 → 0.05, 1,700 → 50. */
export function roundingSlack(stated: number): number {
  if (!Number.isFinite(stated) || stated === 0) return 0
  const text = Math.abs(stated).toPrecision(12).replace(/0+$/, '').replace(/\.$/, '')
  const dot = text.indexOf('.')
  if (dot >= 0) return 0.5 * 10 ** -(text.length - dot - 1)
  const trailing = /0*$/.exec(String(Math.round(Math.abs(stated))))![0].length
  return 0.5 * 10 ** trailing
}

/**
 * The value with `low`, `high`, `bounds` and `unit` taken from its canonical
 * `quantity` (other values are returned as they are); when `other` is a
 * measure written in a different unit, the bounds widen by the rounding
 * slack of the stated values.
 */
export function inCanonicalUnit(value: QuantityValue, other?: QuantityValue): QuantityValue {
  const q = value.quantity
  if (!q) return value
  const converted: QuantityValue = {...value, unit: q.unit, low: q.low, high: q.high, bounds: {...q.bounds}}
  if (other?.quantity && other.unit !== value.unit && value.low !== 0) {
    const ratio = q.low / value.low
    if (Number.isFinite(ratio) && ratio > 0 && q.dimension !== 'temperature') {
      const below = roundingSlack(value.low) * ratio
      const above = roundingSlack(value.high) * ratio
      converted.bounds = {low: converted.bounds.low === null ? null : converted.bounds.low - below, high: converted.bounds.high === null ? null : converted.bounds.high + above}
    } else if (q.dimension === 'temperature') {
      // °F ↔ °C: half a degree of the written scale, in °C.
      const slack = value.unit === 'degF' ? (roundingSlack(value.low) * 5) / 9 : roundingSlack(value.low)
      converted.bounds = {low: converted.bounds.low === null ? null : converted.bounds.low - slack, high: converted.bounds.high === null ? null : converted.bounds.high + slack}
    }
  }
  return converted
}

/** Both values in their canonical unit, for comparing one with the other. */
export function inCommonUnit(a: QuantityValue, b: QuantityValue): [QuantityValue, QuantityValue] {
  return [inCanonicalUnit(a, b), inCanonicalUnit(b, a)]
}
