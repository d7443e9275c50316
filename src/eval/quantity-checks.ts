/**
 * Quantity checks of the scorer added with measures and changes (2.0):
 * how a prediction is seen by a passage labelled under older conventions,
 * and whether a predicted change agrees with the gold one. See
 * docs/evaluation.md.
 *
 * @module
 */
import type {Claim} from '../types.js'
import type {GoldPassage, GoldQuantity} from './devset.js'
import {sameNumber} from './matching.js'

const valueOf = (claim: Claim): Record<string, unknown> => (typeof claim.value === 'object' && claim.value !== null ? (claim.value as unknown as Record<string, unknown>) : {})

/**
 * A prediction as the passage's conventions see it. Passages not labelled
 * for `change` label a movement "from X to Y" as two items, so a predicted
 * movement is split into its two ends there; passages not labelled for
 * `multiple` do not label multiples ("three times", "sixfold"), so those
 * predictions are not scored there.
 */
export function legacyView(passage: GoldPassage, claim: Claim): Claim[] {
  const v = valueOf(claim)
  if (claim.kind === 'measure' && v.unit === 'times' && !passage.labelled.includes('multiple')) return []
  const change = v.change as {from?: unknown} | undefined
  if (passage.labelled.includes('change') || typeof change?.from !== 'number') return [claim]
  // The word "to" between spaces (found without a run-of-spaces pattern, which would be quadratic).
  const word = /(?<=\s)to(?=\s)/i.exec(claim.text)
  if (!word) return [claim]
  const before = claim.text.slice(0, word.index).trimEnd()
  const afterStart = word.index + 2 + (claim.text.slice(word.index + 2).length - claim.text.slice(word.index + 2).trimStart().length)
  const to = {index: before.length, 0: claim.text.slice(before.length, afterStart)}
  const fromText = before.replace(/^(?:(?:up|down|rose|fell)\s)?\s*from\s/i, '').trimStart()
  const fromStart = claim.start + to.index - fromText.length
  const toStart = claim.start + afterStart
  const {change: _dropped, ...rest} = v
  const end: Claim = {...claim, text: claim.text.slice(to.index + to[0].length), start: toStart, value: rest as unknown as Claim['value']}
  const start: Claim = {...claim, text: fromText, start: fromStart, end: claim.start + to.index, value: {...rest, low: change.from, high: change.from} as unknown as Claim['value']}
  return [start, end]
}

/**
 * Does the predicted change agree with the gold one? Both absent, or the same
 * direction and, for a movement, the same start level.
 */
export function sameChange(gold: GoldQuantity, predicted: unknown): boolean {
  const p = typeof predicted === 'object' && predicted !== null ? (predicted as {direction?: unknown; from?: unknown}) : undefined
  if (gold.change === undefined) return p === undefined
  if (p === undefined || p.direction !== gold.change) return false
  if (gold.from === undefined) return true
  return typeof p.from === 'number' && sameNumber(p.from, gold.from)
}

export const goldSummary = (g: GoldQuantity): unknown => ({kind: g.kind, low: g.low, high: g.high, unit: g.unit, hedge: g.hedge, ...(g.change === undefined ? {} : {change: g.change}), ...(g.from === undefined ? {} : {from: g.from})})

