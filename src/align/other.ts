/**
 * Values of custom types the aligner does not know: equal values (deep
 * equality, offsets ignored) agree; anything else is not paired.
 *
 * @module
 */
import type {Claim} from '../types.js'
import {NO_PAIR, type ValueComparison} from './compare.js'

const IGNORED = new Set(['start', 'end', 'offset', 'offsets', 'span', 'spans'])

/** A canonical JSON string of a value: keys sorted, offset-like keys dropped. */
export function canonicalValue(value: unknown): string {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(v).sort()) if (!IGNORED.has(key)) out[key] = walk((v as Record<string, unknown>)[key])
      return out
    }
    if (typeof v === 'string') return v.trim().toLowerCase().replace(/\s+/g, ' ')
    return v
  }
  return JSON.stringify(walk(value)) ?? 'null'
}

/** Compare two claims of a custom value type. */
export function compareOther(a: Claim, b: Claim): ValueComparison {
  if (canonicalValue(a.value) !== canonicalValue(b.value)) return NO_PAIR
  return {relation: 'agree', evidence: 'identical', reason: 'same-value', notes: [], phrase: 'the same value'}
}
