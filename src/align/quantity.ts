/**
 * Quantities (money, counts, percentages): the one comparison of quantity
 * values. Compatible when units match and the hedge-aware bounds overlap; a
 * figure written more coarsely agrees with one it rounds to.
 *
 * @module
 */
import type {Claim, QuantityValue} from '../types.js'
import {ISO_CODES} from '../normalize/currency.js'
import {roundsTo, significantDigits, writtenStep, type WrittenFigure} from '../normalize/precision.js'
import {inCommonUnit} from '../normalize/measure-compare.js'
import {DISTINCTIVE_DIGITS, NO_PAIR, type ValueComparison} from './compare.js'

export function isQuantity(value: unknown): value is QuantityValue {
  const v = value as QuantityValue
  return !!v && v.type === 'quantity' && typeof v.low === 'number' && typeof v.high === 'number' && typeof v.unit === 'string'
}

/** Is this unit a currency code, a percent or percentage points (compared exactly)? */
function isExactUnit(unit: string): boolean {
  return unit === '%' || unit === 'pp' || ISO_CODES.has(unit) || /^[A-Z]{3}$/.test(unit)
}

function normalUnit(unit: string): string {
  const trimmed = unit.trim().replace(/\s+/g, ' ')
  return isExactUnit(trimmed) ? trimmed : trimmed.toLowerCase()
}

function splitUnit(unit: string): [string, string | undefined] {
  const at = unit.indexOf(' of ')
  return at < 0 ? [unit, undefined] : [unit.slice(0, at), unit.slice(at + 4)]
}

/**
 * The unit key claims are blocked by: the currency code, `%`, `pp`, or the
 * head noun of a counted noun ("social worker" → "worker", "case of
 * measles" → "case"), so that every pair {@link unitsMatch} accepts shares a block.
 */
export function quantityUnit(value: QuantityValue): string {
  // A measure is blocked by its canonical unit (`m` for km and miles).
  const unit = normalUnit(value.quantity?.unit ?? value.unit)
  if (isExactUnit(unit)) return unit
  const [noun] = splitUnit(unit)
  return noun.slice(noun.lastIndexOf(' ') + 1)
}

/**
 * Do two units name the same thing? Money, `%` and `pp` must be equal.
 * Count units compare by head noun, ignoring modifiers ("social worker" ~
 * "worker"); an "of" qualifier must agree when both have one ("case of
 * measles" ≁ "case of mumps"). An empty unit matches only an empty unit.
 */
export function unitsMatch(a: string, b: string): boolean {
  const x = normalUnit(a)
  const y = normalUnit(b)
  if (x === y) return true
  if (isExactUnit(x) || isExactUnit(y) || x === '' || y === '') return false
  const [nounX, qualifierX] = splitUnit(x)
  const [nounY, qualifierY] = splitUnit(y)
  if (qualifierX !== undefined && qualifierY !== undefined && qualifierX !== qualifierY) return false
  return nounX.slice(nounX.lastIndexOf(' ') + 1) === nounY.slice(nounY.lastIndexOf(' ') + 1)
}

/**
 * How two quantity values relate: `unrelated` (units, rate `per` or whole
 * `of` differ: never the same fact), `same` (same stated values and hedge),
 * `hedged` (same stated values, different hedges), `contains` (one's bounds
 * hold the other's), `overlaps`, `disjoint`.
 */
export type QuantityRelation = 'unrelated' | 'same' | 'hedged' | 'contains' | 'overlaps' | 'disjoint'

const EPSILON = 1e-9

function near(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b))
}

/**
 * How far above its figure an open lower bound reaches when compared: "at
 * least 632 people" agrees with 900 but not with 2,012 (a later, larger
 * toll). In news "at least N", "more than N" state a figure near N, not any
 * figure above it.
 */
export const OPEN_BOUND_REACH = 1.5

function bounds(v: QuantityValue): [number, number] {
  const low = v.bounds?.low ?? (v.hedge === 'at-most' ? 0 : v.low)
  const open = v.bounds ? v.bounds.high === null : v.hedge === 'at-least'
  const high = open ? v.high * OPEN_BOUND_REACH : v.bounds ? (v.bounds.high as number) : v.high
  return [Math.min(low, v.low), Math.max(high, v.high)]
}

/** Compare two quantity values by unit, rate, whole and the intervals their hedges allow (see {@link QuantityRelation}). */
export function compareQuantityValues(x: QuantityValue, y: QuantityValue): QuantityRelation {
  if (!unitsMatch(x.unit, y.unit)) return 'unrelated'
  // A rate and a total, or "4 out of 5" and "4", are different facts.
  if ((x.per ?? '') !== (y.per ?? '')) return 'unrelated'
  if ((x.of === undefined) !== (y.of === undefined)) return 'unrelated'
  if (x.of !== undefined && y.of !== undefined && !near(x.of, y.of)) return 'unrelated'
  if (near(x.low, y.low) && near(x.high, y.high)) return x.hedge === y.hedge ? 'same' : 'hedged'
  const [al, ah] = bounds(x)
  const [bl, bh] = bounds(y)
  const le = (p: number, q: number) => p <= q || near(p, q)
  if (!le(al, bh) || !le(bl, ah)) return 'disjoint'
  return (le(al, bl) && le(bh, ah)) || (le(bl, al) && le(ah, bh)) ? 'contains' : 'overlaps'
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

/** A single figure (exact or approximate, not a range or bound) and the step its claim text wrote it to. */
function writtenFigure(claim: Claim, v: QuantityValue): WrittenFigure | undefined {
  if (v.low !== v.high || (v.hedge !== 'exact' && v.hedge !== 'approximate')) return undefined
  const step = writtenStep(claim.text, v.low)
  return step === undefined ? undefined : {value: v.low, step}
}

/**
 * Are two identical quantities both written to {@link DISTINCTIVE_DIGITS}
 * or more significant digits ("$3.06" and "$3.06", "10,500" and "10,500";
 * not "27,000", "$5 billion" or "26 cents")? Converted measures are not:
 * their written figures are in different units.
 */
export function distinctivePair(a: Claim, b: Claim, converted: boolean): boolean {
  return !converted && distinctiveFigure(a) && distinctiveFigure(b)
}

/** Is a quantity claim a single figure written to {@link DISTINCTIVE_DIGITS} or more significant digits? */
export function distinctiveFigure(claim: Claim): boolean {
  if (!isQuantity(claim.value)) return false
  const figure = writtenFigure(claim, claim.value)
  if (figure === undefined || figure.value <= 0) return false
  // Trailing zeros do not count ("100", "27,000" are round whatever step they were written to).
  let digits = Math.round(figure.value / figure.step)
  if (!Number.isSafeInteger(digits) || digits <= 0) return false
  while (digits % 10 === 0) digits /= 10
  return String(digits).length >= DISTINCTIVE_DIGITS
}

/** Compare two quantity claims. */
export function compareQuantity(a: Claim, b: Claim): ValueComparison {
  if (!isQuantity(a.value) || !isQuantity(b.value)) return NO_PAIR
  // Measures compare in their canonical unit ("80 km" vs "50 miles"), with
  // the rounding slack of a conversion when the written units differ.
  const converted = a.value.quantity !== undefined && b.value.quantity !== undefined && a.value.unit !== b.value.unit
  const [x, y] = inCommonUnit(a.value, b.value)
  // The size of a change ("rose 12 cents") and a level ("$4.10") are different facts.
  const xSize = x.change !== undefined && x.change.from === undefined
  const ySize = y.change !== undefined && y.change.from === undefined
  if (xSize !== ySize) return NO_PAIR
  // A rate written on one side only ("$1.08" and "$1.08 a share") of one distinctive figure: one fact, the rate left unsaid.
  const oneSidedPer = (x.per === undefined) !== (y.per === undefined) && near(x.low, y.low) && near(x.high, y.high) && distinctivePair(a, b, converted)
  const relation = oneSidedPer ? compareQuantityValues({...x, per: y.per}, y) : compareQuantityValues(x, y)
  if (relation === 'unrelated') return NO_PAIR
  if (oneSidedPer && relation !== 'same' && relation !== 'hedged') return NO_PAIR
  if (oneSidedPer) {
    const rate = `rate: “per ${x.per ?? y.per}” on one side only`
    return {relation: 'agree', evidence: 'identical', reason: relation === 'same' ? 'same-value' : 'same-value-hedged', notes: [rate], phrase: `the same ${quantityNoun(a.value)}`, distinctive: true}
  }
  const noun = quantityNoun(a.value)
  if (xSize && ySize && x.change!.direction !== y.change!.direction) {
    return {relation: 'differ', evidence: 'conflict', reason: 'value-conflict', notes: [`direction: ${x.change!.direction} vs ${y.change!.direction}`], phrase: 'opposite changes for the same fact'}
  }
  switch (relation) {
    case 'same':
      return {relation: 'agree', evidence: 'identical', reason: 'same-value', notes: [], phrase: `the same ${noun}`, distinctive: distinctivePair(a, b, converted)}
    case 'hedged':
      return {
        relation: 'agree',
        evidence: 'identical',
        distinctive: distinctivePair(a, b, converted),
        reason: 'same-value-hedged',
        notes: [`hedge: ${hedgeWord(x)} vs ${hedgeWord(y)}`],
        phrase: x.hedge === 'exact' || y.hedge === 'exact' ? `the same ${noun}, one hedged` : `the same ${noun}, hedged differently`
      }
  }
  // Rounding is read from the written figures, in the unit they were written in.
  const fx = converted ? undefined : writtenFigure(a, a.value)
  const fy = converted ? undefined : writtenFigure(b, b.value)
  if (fx && fy && roundsTo(fx, fy)) {
    const [coarse, fine] = fx.step > fy.step ? [a, b] : [b, a]
    const digits = significantDigits(fx.step > fy.step ? fx : fy)
    return {
      relation: 'agree',
      evidence: 'compatible',
      reason: 'rounded-value',
      notes: [`rounded: “${coarse.text}” is “${fine.text}” rounded to ${digits} significant digit${digits === 1 ? '' : 's'}`],
      phrase: `the same ${noun}, one rounded`
    }
  }
  if (relation === 'contains' || relation === 'overlaps') {
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
