/**
 * Find percentages in a sentence: "12%", "12 per cent", "12 percent",
 * "12.5%", "5pc", "between 10% and 15%", "10-15%", "a 5 percentage point
 * rise" (unit `pp`), "50 basis points" (0.5 `pp`), and fractions of a whole
 * ("a third of patients", "more than half", "two-thirds of") as percentages.
 *
 * Changes are not hedges: in "up 3%" the claim is "3%", exact; "up to 3%"
 * is `at-most`. "From 10% to 15%" is two claims (a change), while
 * "10 to 15 per cent" and "10%-15%" are one range.
 *
 * @module
 */

import type {Hedge} from '../types.js'
import {hedgeAfter, hedgeBefore} from './hedge.js'
import {findNumbers, readNumber, type NumberToken} from './numbers.js'
import {withChanges} from './change.js'
import {betweenBefore, changeBefore, perAfter, quantity, rangeJoinerEnd, readAtNumbers, type FoundQuantity} from './quantity-parts.js'

// A percent or percentage-point marker right after a number (sticky).
// Groups: 1 percent, 2 "pc" (lower case only), 3 points, 4 basis points.
const PERCENT_AFTER = /(\s?%|(?:\s*|-)per[\s-]?cent(?![A-Za-z\u00C0-\u024F])|\s+percent(?![A-Za-z\u00C0-\u024F]))|(pc)(?![A-Za-z\u00C0-\u024F])|(\s+percentage[\s-]points?|\s?(?:pp|ppts?)(?![A-Za-z\u00C0-\u024F]))|(\s+basis[\s-]points?|\s?bps)(?![A-Za-z\u00C0-\u024F])/iy

const PRECHECK = /%|per[\s-]?cent|percent|\bpoll|\dpc\b|\d\s?pp|bps|basis\s+point|\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b/i

const DENOMINATORS: Readonly<Record<string, number>> = {half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10}
const NUMERATORS: Readonly<Record<string, number>> = {a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9}
// No \`u\` flag on this global scan (much faster in V8); \b is enough for English words.
const FRACTION = /\b(?:(an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?(half|halves|thirds?|quarters?|fifths?|tenths?)\b(?!-)/gi
const OF_WHOLE = /\s+(?:of\s+(?!\d{4}(?!\d))|(?:the|its|their|his|her|our|all|those|these)\s)/iy
// "the first half of", "the third quarter", "half-time": periods and sport, not proportions.
const ORDINAL_BEFORE = /(?<![A-Za-z\u00C0-\u024F])(?:first|second|third|fourth|final|last|latter|other|each|this|that|the|every)\s+$/i

const DECIMAL_PERCENT = /(?<![\d.,])(?:(\d{1,3}),(\d{1,2})|\.(\d{1,4}))(?![\d.,])(?=\s?%|(?:\s*|-)per[\s-]?cent|\s+percent)/g
const POINTS_AFTER = /(?:\s+|-)points?(?![A-Za-z\u00C0-\u024F])/y
const POINTS_CONTEXT = /%|per[\s-]?cent|percent|\bpolls?\b|\bpolling\b/i

/**
 * Are "N points" in this sentence percentage points? Only where the
 * sentence itself speaks in percentages or of polls ("a ten point lead
 * shrinks to two points, with Labour on 36 percent"); elsewhere points are
 * counted ("scored 20 points").
 */
export function pointsArePercentage(text: string): boolean {
  return POINTS_CONTEXT.test(text)
}

/** A percent or percentage-point marker after a number: its unit, multiplier and end. */
export interface PercentMarker {
  unit: '%' | 'pp'
  factor: number
  end: number
}

/**
 * The percent marker written right after a number ending at `position`
 * ("%", " per cent", "pc", " percentage points", " basis points"), or `null`.
 */
export function percentMarkerAt(text: string, position: number): PercentMarker | null {
  PERCENT_AFTER.lastIndex = position
  const match = PERCENT_AFTER.exec(text)
  if (!match) return null
  // "PC" in capitals is a police constable or a computer, not "per cent".
  if (match[2] !== undefined && match[2] !== 'pc') return null
  const end = position + match[0].length
  if (match[3] !== undefined) return {unit: 'pp', factor: 1, end}
  if (match[4] !== undefined) return {unit: 'pp', factor: 0.01, end}
  return {unit: '%', factor: 1, end}
}

/** Every percentage in `text`, left to right, non-overlapping. */
export function findPercents(text: string): FoundQuantity[] {
  if (!PRECHECK.test(text)) return []
  const found = readAtNumbers(text, readPercentAt)
  // "78,11%": a decimal comma (one or two digits after the comma, then a percent marker).
  // ".272 percent": a decimal with no leading zero.
  DECIMAL_PERCENT.lastIndex = 0
  for (let match = DECIMAL_PERCENT.exec(text); match !== null; match = DECIMAL_PERCENT.exec(text)) {
    const start = match.index
    const numberEnd = start + match[0].length
    const marker = percentMarkerAt(text, numberEnd)
    if (!marker || found.some((f) => f.start < marker.end && start < f.end)) continue
    const value = Number(`${match[1] ?? '0'}.${match[2] ?? match[3]!}`) * marker.factor
    found.push({start, end: marker.end, value: quantity({low: value, high: value, unit: marker.unit, hedge: 'exact'})})
  }
  // "up four points", "a ten point lead": percentage points, in a sentence that speaks in percentages or polls.
  if (pointsArePercentage(text)) {
    for (const token of findNumbers(text)) {
      POINTS_AFTER.lastIndex = token.end
      const points = POINTS_AFTER.exec(text)
      if (!points || found.some((f) => f.start < POINTS_AFTER.lastIndex && token.start < f.end)) continue
      found.push({start: token.start, end: POINTS_AFTER.lastIndex, value: quantity({low: token.value, high: token.value, unit: 'pp', hedge: 'exact'})})
    }
  }
  FRACTION.lastIndex = 0
  for (let match = FRACTION.exec(text); match !== null; match = FRACTION.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    if (found.some((f) => f.start < end && start < f.end)) continue
    const numeratorWord = match[1]?.toLowerCase()
    const denominatorWord = match[2]!.toLowerCase()
    const denominator = DENOMINATORS[denominatorWord]!
    const numerator = numeratorWord === undefined ? 1 : NUMERATORS[numeratorWord]!
    const plural = denominatorWord.endsWith('s')
    if (numeratorWord === undefined && denominator !== 2) continue
    if (plural !== (numerator > 1) || numerator >= denominator) continue
    const prefix = hedgeBefore(text, start)
    OF_WHOLE.lastIndex = end
    if (!prefix && !OF_WHOLE.test(text)) continue
    if (!prefix && ORDINAL_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue
    const value = (numerator * 100) / denominator
    found.push({
      start: prefix?.start ?? start,
      end,
      value: quantity({low: value, high: value, unit: '%', hedge: prefix?.hedge ?? 'exact', hedgeText: prefix?.text})
    })
  }
  return withChanges(text, found.sort((a, b) => a.start - b.start))
}

function readPercentAt(text: string, first: NumberToken): FoundQuantity | null {
  const firstMarker = percentMarkerAt(text, first.end)
  const betweenStart = betweenBefore(text, first.start)
  // "10%-15%" and "between 10% and 15%" are ranges; "10% to 15%" is a change.
  const joinerEnd = rangeJoinerEnd(text, firstMarker?.end ?? first.end, {
    between: betweenStart >= 0,
    allowTo: firstMarker === null && !changeBefore(text, first.start)
  })
  let low = first.value
  let high = first.value
  let marker = firstMarker
  let end = firstMarker?.end ?? first.end
  let isRange = false
  if (joinerEnd >= 0) {
    const second = readNumber(text, joinerEnd, {afterJoiner: true})
    const secondMarker = second ? percentMarkerAt(text, second.end) : null
    if (second && secondMarker && second.value > first.value && (firstMarker === null || firstMarker.unit === secondMarker.unit)) {
      high = second.value
      marker = secondMarker
      end = secondMarker.end
      isRange = true
    }
  }
  if (!marker) return null
  let hedge: Hedge = isRange ? 'range' : 'exact'
  let hedgeText: string | undefined
  let start = first.start
  if (isRange) {
    if (betweenStart >= 0) {
      start = betweenStart
      hedgeText = 'between'
    }
  } else {
    const prefix = hedgeBefore(text, first.start)
    const suffix = prefix ? null : hedgeAfter(text, end)
    if (prefix) {
      hedge = prefix.hedge
      hedgeText = prefix.text
      start = prefix.start
    } else if (suffix && suffix.text !== '+') {
      hedge = suffix.hedge
      hedgeText = suffix.text
      end = suffix.end
    }
  }
  // "3% a year", "2% per month": a rate.
  const per = perAfter(text, end)
  return {
    start,
    end: per?.end ?? end,
    value: quantity({low: low * marker.factor, high: high * marker.factor, unit: marker.unit, hedge, hedgeText, per: per?.per})
  }
}
