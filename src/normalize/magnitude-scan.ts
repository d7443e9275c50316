/**
 * Earthquake magnitudes: "a magnitude 6.3 earthquake", "magnitude-7.8", "a
 * 6.3-magnitude quake", "a 5.9 magnitude tremor", "measured 7.7 on the
 * Richter scale", "M6.1", "a magnitude of 6.4". A magnitude is dimensionless:
 * unit `magnitude`, its canonical quantity the value as written (no
 * conversion), so "magnitude 6.3" and "6.3-magnitude" agree and 6.3 vs 6.8
 * differ through the ordinary quantity comparison.
 *
 * Not a magnitude: "an order of magnitude", "the magnitude of the crisis"
 * (no figure of at most 10 written with the word).
 *
 * @module
 */

import {quantity, type FoundQuantity} from './quantity-parts.js'

/** The unit of an earthquake magnitude. */
export const MAGNITUDE_UNIT = 'magnitude'

const FIGURE = '(\\d{1,2}(?:\\.\\d{1,2})?)(?![\\d.,]*\\d)(?![A-Za-z\\u00C0-\\u024F%])'
const NO_SCALE = '(?![ \\u00a0]+(?:million|billion|thousand|per|percent|people|times)\\b)'
/** "magnitude 6.3", "magnitude-7.8", "a magnitude of 6.4", "Magnitude 5.0". */
const WORD_FIRST = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F])magnitude(?:-|[ \\u00a0]+(?:of[ \\u00a0]+)?)${FIGURE}${NO_SCALE}`, 'giu')
/** "6.3-magnitude", "5.9 magnitude". */
const FIGURE_FIRST = new RegExp(`(?<![A-Za-z0-9.,\\u00C0-\\u024F])(\\d{1,2}(?:\\.\\d{1,2})?)(?:-|[ \\u00a0])magnitude(?![A-Za-z\\u00C0-\\u024F])`, 'giu')
/** "7.7 on the Richter scale", "6.1 on the Richter". */
const RICHTER = new RegExp(`(?<![A-Za-z0-9.,\\u00C0-\\u024F])(\\d{1,2}(?:\\.\\d{1,2})?)[ \\u00a0]+on[ \\u00a0]+the[ \\u00a0]+Richter(?:[ \\u00a0]+scale)?(?![A-Za-z])`, 'giu')
/** "M6.1", "M 7.0", "Mw 7.8": a capital M with a one-decimal figure (a bare "M6" is a motorway). */
const SYMBOL = /(?<![A-Za-z0-9\u00C0-\u024F])Mw?[ \u00a0]?(\d\.\d)(?![\d.]*\d)(?![A-Za-z\u00C0-\u024F%])/gu

const PRECHECK = /magnitude|richter|M[ \u00a0]?w?[ \u00a0]?\d\.\d/i

/** Every magnitude in `text`, left to right, non-overlapping. */
export function findMagnitudes(text: string): FoundQuantity[] {
  if (!PRECHECK.test(text)) return []
  const found: FoundQuantity[] = []
  for (const pattern of [WORD_FIRST, FIGURE_FIRST, RICHTER, SYMBOL]) {
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const value = Number(match[1])
      if (!(value > 0 && value <= 10)) continue
      const start = match.index
      const end = start + match[0].length
      if (found.some((f) => f.start < end && start < f.end)) continue
      found.push({start, end, value: magnitudeValue(value), kind: 'measure'})
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** The quantity of a magnitude: unit `magnitude`, the value as is in `quantity`. */
function magnitudeValue(value: number): FoundQuantity['value'] {
  const result = quantity({low: value, high: value, unit: MAGNITUDE_UNIT, hedge: 'exact'})
  result.quantity = {unit: MAGNITUDE_UNIT, dimension: 'magnitude', low: value, high: value, bounds: {...result.bounds}}
  return result
}

const MAGNITUDE_BEFORE = /(?:(?<![A-Za-z\u00C0-\u024F])magnitude(?:-|[ \u00a0]+(?:of[ \u00a0]+)?)|(?<![A-Za-z0-9\u00C0-\u024F])Mw?[ \u00a0]?)$/i
const MAGNITUDE_AFTER = /^(?:(?:-|[ \u00a0])magnitude(?![A-Za-z\u00C0-\u024F])|[ \u00a0]+on[ \u00a0]+the[ \u00a0]+Richter(?![A-Za-z]))/i

/**
 * Does the number spanning [`start`, `end`) belong to a magnitude (so it is
 * not also a count)? Reads only the few characters around it: this runs at
 * every number of the count scan.
 */
export function isMagnitudeNumber(text: string, start: number, end: number): boolean {
  if (!MAGNITUDE_BEFORE.test(text.slice(Math.max(0, start - 14), start)) && !MAGNITUDE_AFTER.test(text.slice(end, end + 24))) return false
  const from = Math.max(0, start - 14)
  return findMagnitudes(text.slice(from, Math.min(text.length, end + 24))).some((m) => m.start + from <= start && end <= m.end + from)
}
