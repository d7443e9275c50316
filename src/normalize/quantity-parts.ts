/**
 * Pieces shared by the money, count and percent scanners: range joiners
 * ("between … and …", "…-…", "… to …"), rates ("a year"), and building a
 * {@link QuantityValue} with its bounds.
 *
 * @module
 */

import type {Hedge, QuantityValue} from '../types.js'
import {boundsFor, hedgeAfter, hedgeBefore, type HedgeMatch} from './hedge.js'
import {findNumbers, type NumberToken} from './numbers.js'
import type {VagueAmount} from './vague.js'

/** A quantity found in a text: offsets into it, the value, and optionally a kind override. */
export interface FoundQuantity {
  start: number
  end: number
  value: QuantityValue
  /** Set when a scanner reports a kind other than its own (a fraction is a `percent`). */
  kind?: string
}

const BETWEEN_BEFORE = /(?<![A-Za-z\u00C0-\u024F0-9])between\s+$/i
const FROM_BEFORE = /(?<![A-Za-z\u00C0-\u024F0-9])(?:from|by)\s+$/i

/** Start of "between " written right before `position`, or -1. */
export function betweenBefore(text: string, position: number): number {
  const from = Math.max(0, position - 12)
  const match = BETWEEN_BEFORE.exec(text.slice(from, position))
  return match ? from + match.index : -1
}

/**
 * Is "from " or "by " written right before `position`, or before a hedge
 * there ("up by nearly 1p to 198p")? Then "X to Y" is a change, not a range.
 */
export function changeBefore(text: string, position: number): boolean {
  if (FROM_BEFORE.test(text.slice(Math.max(0, position - 6), position))) return true
  const hedge = hedgeBefore(text, position)
  return hedge !== null && FROM_BEFORE.test(text.slice(Math.max(0, hedge.start - 6), hedge.start))
}

const DASH_JOINER = /\s*[-–—]\s*/y
const TO_JOINER = /\s+(?:to|or)\s+/iy
const AND_JOINER = /\s+and\s+/iy

/**
 * Where the second number of a range may start after `position`: after a dash
 * ("2-3", "£2m–£3m"), after "to"/"or" unless `allowTo` is false, or after
 * "and" when the range opened with "between". Returns -1 when there is none.
 */
export function rangeJoinerEnd(text: string, position: number, options: {between: boolean; allowTo: boolean}): number {
  if (options.between) {
    AND_JOINER.lastIndex = position
    if (AND_JOINER.test(text)) return AND_JOINER.lastIndex
  }
  DASH_JOINER.lastIndex = position
  if (DASH_JOINER.test(text)) return DASH_JOINER.lastIndex
  if (options.allowTo) {
    TO_JOINER.lastIndex = position
    if (TO_JOINER.test(text)) return TO_JOINER.lastIndex
  }
  return -1
}

const PER_AFTER = /(?:-an?-|\s+an?\s+|\s*\/\s*|\s+per\s+|\s+each\s+|\s+every\s+)(year|yr|month|week|day|night|hour|annum|head|person|capita|pupil|patient|household|share|barrel|tonne|ton|litre|gallon|kilo|kg|unit|ticket|dose|game|match|mile)(?![A-Za-z\u00C0-\u024F0-9])|\s+(annually|yearly|monthly|weekly|daily|p\.a\.|pa)(?![A-Za-z\u00C0-\u024F0-9])/iy
const PER_WORDS: Readonly<Record<string, string>> = {
  yr: 'year', annum: 'year', annually: 'year', yearly: 'year', 'p.a.': 'year', pa: 'year', monthly: 'month', weekly: 'week',
  daily: 'day', capita: 'person', head: 'person'
}

/** After "a year", "a week"…: a time back or forward ("$565 million a year ago", "a week earlier"), not a rate. */
const TIME_OFFSET_AFTER = /[\s-]+(?:ago|earlier|before|later|previously|prior|back)(?![A-Za-z\u00C0-\u024F0-9])/iy
const TIME_UNITS: ReadonlySet<string> = new Set(['year', 'yr', 'month', 'week', 'day', 'night', 'hour'])

/**
 * A rate written right after `position` ("-a-year", " a month", " per head",
 * " annually"), or `null`. "a year ago", "a week earlier" and the like name a
 * time, not a rate: `null`.
 */
export function perAfter(text: string, position: number): {per: string; end: number} | null {
  PER_AFTER.lastIndex = position
  const match = PER_AFTER.exec(text)
  if (!match) return null
  const word = (match[1] ?? match[2]!).toLowerCase()
  if (match[1] !== undefined && TIME_UNITS.has(word) && !/per|\/|each|every/i.test(match[0])) {
    TIME_OFFSET_AFTER.lastIndex = PER_AFTER.lastIndex
    if (TIME_OFFSET_AFTER.test(text)) return null
  }
  return {per: PER_WORDS[word] ?? word, end: position + match[0].length}
}

/** Build a {@link QuantityValue}, computing its bounds from the hedge. */
export function quantity(fields: {
  low: number
  high: number
  unit: string
  hedge: Hedge
  hedgeText?: string | undefined
  scale?: number | undefined
  per?: string | undefined
  of?: number | undefined
  bounds?: {low: number | null; high: number | null}
}): QuantityValue {
  const low = Math.min(fields.low, fields.high)
  const high = Math.max(fields.low, fields.high)
  const value: QuantityValue = {type: 'quantity', low, high, unit: fields.unit, hedge: fields.hedge, bounds: fields.bounds ?? boundsFor(fields.hedge, low, high)}
  if (fields.hedgeText !== undefined) value.hedgeText = fields.hedgeText
  if (fields.scale !== undefined) value.scale = fields.scale
  if (fields.per !== undefined) value.per = fields.per
  if (fields.of !== undefined) value.of = fields.of
  return value
}

/**
 * Try `readAt` at every number of `text`, left to right; a number inside the
 * last quantity read is skipped, so the results never overlap.
 */
export function readAtNumbers(text: string, readAt: (text: string, token: NumberToken) => FoundQuantity | null): FoundQuantity[] {
  const found: FoundQuantity[] = []
  let consumed = 0
  for (const token of findNumbers(text)) {
    if (token.start < consumed) continue
    const hit = readAt(text, token)
    if (hit) {
      found.push(hit)
      consumed = hit.end
    }
  }
  return found
}

/**
 * A vague amount ("dozens of", "hundreds of") as an approximate quantity of
 * `unit` that ends at `end` (after its noun or currency), starting at a
 * hedge before it ("nearly hundreds of…") when there is one.
 */
export function vagueQuantity(text: string, vague: VagueAmount, end: number, unit: string): FoundQuantity {
  const hedge = hedgeBefore(text, vague.start)
  return {
    start: hedge?.start ?? vague.start,
    end,
    value: quantity({low: vague.low, high: vague.high, unit, hedge: 'approximate', hedgeText: hedge?.text ?? text.slice(vague.start, vague.end)})
  }
}

/** A quantity's hedge and its extent once the hedge is taken in. */
export interface HedgedSpan {
  hedge: Hedge
  hedgeText: string | undefined
  start: number
  end: number
}

/**
 * The hedge of the quantity at [start, end): for a range, `range` (from
 * "between" at `betweenStart` when that is ≥ 0); else a hedge word before it
 * ("about £10m"; `prefix`, or found here when not given), else one after it
 * ("£10 million-plus", "40 or more"); else `exact`.
 */
export function hedgeAround(text: string, start: number, end: number, range: {isRange: boolean; betweenStart: number}, prefix?: HedgeMatch | null): HedgedSpan {
  if (range.isRange) {
    return range.betweenStart >= 0 ? {hedge: 'range', hedgeText: 'between', start: range.betweenStart, end} : {hedge: 'range', hedgeText: undefined, start, end}
  }
  const before = prefix === undefined ? hedgeBefore(text, start) : prefix
  if (before) return {hedge: before.hedge, hedgeText: before.text, start: before.start, end}
  const after = hedgeAfter(text, end)
  if (after) return {hedge: after.hedge, hedgeText: after.text, start, end: after.end}
  return {hedge: 'exact', hedgeText: undefined, start, end}
}

/**
 * `kept` (sorted, non-overlapping) with the items of `extra` (sorted) that
 * overlap none of them, in text order. Linear: both lists are walked once.
 */
export function addNonOverlapping(kept: readonly FoundQuantity[], extra: readonly FoundQuantity[]): FoundQuantity[] {
  const out: FoundQuantity[] = []
  let i = 0
  let lastEnd = -1
  for (const item of extra) {
    while (i < kept.length && kept[i]!.end <= item.start) {
      out.push(kept[i]!)
      lastEnd = Math.max(lastEnd, kept[i]!.end)
      i++
    }
    const next = kept[i]
    if (item.start < lastEnd || (next !== undefined && next.start < item.end)) continue
    out.push(item)
    lastEnd = item.end
  }
  while (i < kept.length) out.push(kept[i++]!)
  return out
}
