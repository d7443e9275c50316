/**
 * Find physical and technical measures in a sentence: a number with a unit
 * of the unit table ("80 km", "50 miles", "365 hp", "420 lb-ft",
 * "1,700rpm", "44.4 °C", "256GB", "3.5-liter", "five-inch", "40 km/h",
 * "1.8 million barrels per day"), with hedges and ranges as for the other
 * quantities ("up to 14.8 mm", "between 10km/h and 14km/h", "10-14 km/h"),
 * and multiples ("five times more likely", "sixfold", "a 3-fold rise")
 * with the unit `times`.
 *
 * Every measure carries `quantity`: its values converted to the canonical
 * unit of its dimension (see units.ts). Durations ("five years") stay counts.
 *
 * @module
 */

import {currencyBefore} from './currency.js'
import {withChanges} from './change.js'
import {readNumber, type NumberToken} from './numbers.js'
import {addNonOverlapping, betweenBefore, changeBefore, hedgeAround, perAfter, quantity, rangeJoinerEnd, readAtNumbers, type FoundQuantity} from './quantity-parts.js'
import {hedgeAfter, type HedgeMatch} from './hedge.js'
import {findMagnitudes} from './magnitude-scan.js'
import {canonicalMeasure, modifiedUnitAt, MULTIPLE_UNIT, unitAt, type UnitMatch} from './units.js'

/** Cheap test: a digit or a number word close to a letter, or "-fold". */
const PRECHECK = /\d|fold\b|\btimes\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)[- ]/i

/** After "N times": a comparison, so a multiple ("three times larger", "five times more likely"). */
const TIMES_COMPARED = /[ \u00a0]+times(?=[ \u00a0]+(?:as|more|less|fewer|higher|lower|the|that|what|over|[a-z]+er)(?![A-Za-z\u00C0-\u024F0-9]))/iy
const FOLD_AFTER = /(?:-|[ \u00a0])?fold(?![A-Za-z\u00C0-\u024F0-9])/iy
const FOLD_WORD = /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand)fold\b/gi
const FOLD_VALUES: Readonly<Record<string, number>> = {two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, twenty: 20, hundred: 100, thousand: 1000}

/** Every measure in `text`, left to right, non-overlapping, with changes attached. */
export function findMeasures(text: string): FoundQuantity[] {
  if (!PRECHECK.test(text)) return []
  const extra: FoundQuantity[] = []
  FOLD_WORD.lastIndex = /fold/i.test(text) ? 0 : text.length
  for (let match = FOLD_WORD.exec(text); match !== null; match = FOLD_WORD.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    const value = FOLD_VALUES[match[1]!.toLowerCase()]!
    extra.push(measure(text, start, end, value, value, {symbol: MULTIPLE_UNIT, dimension: 'ratio', end}, false, -1))
  }
  // "-12º C", "−5C": a temperature below zero (the number scan reads no sign).
  NEGATIVE_TEMPERATURE.lastIndex = /[-−–]\d/.test(text) ? 0 : text.length
  for (let match = NEGATIVE_TEMPERATURE.exec(text); match !== null; match = NEGATIVE_TEMPERATURE.exec(text)) {
    const start = match.index
    const numberEnd = start + match[0].length
    const unit = unitAt(text, numberEnd)
    if (!unit || unit.dimension !== 'temperature') continue
    const value = -Number(match[1])
    extra.push(measure(text, start, unit.end, value, value, unit, false, -1))
  }
  // Earthquake magnitudes: "magnitude 6.3", "6.3-magnitude", "7.7 on the Richter scale" (magnitude-scan.ts).
  extra.push(...findMagnitudes(text))
  const found = addNonOverlapping(readAtNumbers(text, readMeasureAt), extra.sort((a, b) => a.start - b.start))
  return withChanges(text, found)
}

const NEGATIVE_TEMPERATURE = /(?<![A-Za-z0-9.,\-−–])[-−–](\d{1,3}(?:\.\d+)?)(?=\s?(?:°|º|degrees|[CF](?![A-Za-z0-9])))/g

/** The multiple written after a number: "three times more", "3-fold", "six fold". */
function multipleAt(text: string, position: number): UnitMatch | null {
  TIMES_COMPARED.lastIndex = position
  if (TIMES_COMPARED.test(text)) return {symbol: MULTIPLE_UNIT, dimension: 'ratio', end: TIMES_COMPARED.lastIndex}
  FOLD_AFTER.lastIndex = position
  if (FOLD_AFTER.test(text)) return {symbol: MULTIPLE_UNIT, dimension: 'ratio', end: FOLD_AFTER.lastIndex}
  return null
}

function readMeasureAt(text: string, first: NumberToken): FoundQuantity | null {
  // Most numbers have no unit: look for one first, and check for a currency sign ("$5 GB"?) only on a hit.
  const found = readUnitAfter(text, first)
  return found && !currencyBefore(text, first.start) ? found : null
}

function readUnitAfter(text: string, first: NumberToken): FoundQuantity | null {
  const unit = unitAt(text, first.end) ?? multipleAt(text, first.end) ?? modifiedUnitAt(text, first.end)
  if (unit) {
    const betweenStart = betweenBefore(text, first.start)
    // "between 10km/h and 14km/h", "10km/h-14km/h"; "50 km/h to 30 km/h" is a movement, not a range.
    const joinerEnd = rangeJoinerEnd(text, unit.end, {between: betweenStart >= 0, allowTo: false})
    if (joinerEnd >= 0) {
      const second = readNumber(text, joinerEnd, {afterJoiner: true})
      const secondUnit = second ? unitAt(text, second.end) : null
      if (second && secondUnit && secondUnit.symbol === unit.symbol && second.value > first.value) {
        return measure(text, first.start, secondUnit.end, first.value, second.value, secondUnit, true, betweenStart)
      }
    }
    // "−5C": a minus sign the number scan left out (it reads "5").
    if (unit.dimension === 'temperature' && /(?:^|[\s(])[−–]$/.test(text.slice(Math.max(0, first.start - 2), first.start))) {
      return measure(text, first.start - 1, unit.end, -first.value, -first.value, unit, false, -1)
    }
    return measure(text, first.start, unit.end, first.value, first.value, unit, false, -1)
  }
  // "4 or more inches": a hedge between the number and its unit.
  const hedgeFirst = hedgeAfter(text, first.end)
  if (hedgeFirst && hedgeFirst.text !== '+') {
    const hedgedUnit = unitAt(text, hedgeFirst.end) ?? modifiedUnitAt(text, hedgeFirst.end)
    if (hedgedUnit) return measure(text, first.start, hedgedUnit.end, first.value, first.value, hedgedUnit, false, -1, hedgeFirst)
  }
  // "10-14 km/h", "between 10 and 14 km/h", "20 to 30 feet": the unit written once, after the second
  // number. The joiner is read permissively first; "and" and "to" are checked only once a unit follows.
  const joinerEnd = rangeJoinerEnd(text, first.end, {between: true, allowTo: true})
  const second = joinerEnd >= 0 ? readNumber(text, joinerEnd, {afterJoiner: true}) : null
  const secondUnit = second ? unitAt(text, second.end) : null
  if (!second || !secondUnit) return null
  const joiner = text.slice(first.end, joinerEnd).trim().toLowerCase()
  const betweenStart = betweenBefore(text, first.start)
  // "batteries of 3,000 and 6,000 mAh": a list, its unit written once after its last figure.
  if (joiner === 'and' && betweenStart < 0) return listOnly(text, first, secondUnit)
  if ((joiner === 'to' || joiner === 'or') && changeBefore(text, first.start)) return null
  if (second.value <= first.value || second.words !== first.words) return joiner === 'and' || joiner === 'or' ? listOnly(text, first, secondUnit) : null
  if (secondUnit.symbol === 'degC' && !/°|º|degree/i.test(text.slice(second.end, secondUnit.end))) return null
  return measure(text, first.start, secondUnit.end, first.value, second.value, secondUnit, true, betweenStart)
}

/** The first figure of a list ("64 or 32GB"), with the unit written after the last. */
function listOnly(text: string, first: NumberToken, unit: UnitMatch): FoundQuantity | null {
  return listUnitAhead(text, first.end) ? measure(text, first.start, first.end, first.value, first.value, unit, false, -1) : null
}

const LIST_JOINER = /(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/y

/**
 * The unit of the next figure of a list ("3,000 and 6,000 mAh", "64, 128
 * or 256GB") when none is written after the number ending at `position`,
 * or `null`. Digits only, and the next figure must be larger (a list of
 * options, not a range: it stays two claims).
 */
export function listUnitAhead(text: string, position: number): UnitMatch | null {
  const code = text.charCodeAt(position - 1)
  if (!(code >= 48 && code <= 57)) return null
  LIST_JOINER.lastIndex = position
  if (!LIST_JOINER.test(text)) return null
  const next = readNumber(text, LIST_JOINER.lastIndex, {afterJoiner: true})
  if (!next || next.words) return null
  const unit = unitAt(text, next.end)
  if (!unit || unit.dimension === 'temperature' && !/°|º|degree/i.test(text.slice(next.end, unit.end))) return null
  return unit
}

function measure(text: string, start: number, end: number, low: number, high: number, unit: UnitMatch, isRange: boolean, betweenStart: number, inner?: HedgeMatch): FoundQuantity {
  const hedged = inner ? {hedge: inner.hedge, hedgeText: inner.text, start, end} : hedgeAround(text, start, end, {isRange, betweenStart})
  const per = unit.dimension === 'speed' ? null : perAfter(text, hedged.end)
  const value = quantity({low, high, unit: unit.symbol, hedge: hedged.hedge, hedgeText: hedged.hedgeText, per: per?.per})
  const canonical = canonicalMeasure(unit.symbol, value.low, value.high, value.bounds)
  if (canonical) value.quantity = canonical
  return {start: hedged.start, end: per?.end ?? hedged.end, value, kind: 'measure'}
}
