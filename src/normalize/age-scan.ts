/**
 * Ages written without "-year-old": "aged 35", "aged 47-65", "aged between
 * 19 and 54", "aged 66 and older", "in his 40s", "in her early 30s", "in
 * their late teens" is not read. The unit is `year-old`, as for "a
 * 64-year-old woman" (read in count-scan.ts).
 *
 * A decade is a range: "in his 40s" is 40–49, "early 40s" 40–43, "mid-40s"
 * 44–46, "late 40s" 47–49.
 *
 * @module
 */

import {readNumber, type NumberToken} from './numbers.js'
import {quantity, rangeJoinerEnd, type FoundQuantity} from './quantity-parts.js'
import {readAppositionAgeAt} from './age-apposition.js'

const AGED_BEFORE = /(?<![A-Za-z\u00C0-\u024F])(?:aged|ages|(?:ranged?|ranging)\s+in\s+age)\s+(between\s+|from\s+)?$/i
const OLDER = /\s+(?:and|or)\s+(older|over|above|upwards|under|younger|below)(?![A-Za-z])/iy
const DECADE_BEFORE = /(?<![A-Za-z\u00C0-\u024F])in\s+(?:his|her|their|its|my|your|our)\s+(?:(early|mid|late)[\s-]*)?$/i
const DECADE_AFTER = /['’]?s(?![A-Za-z\u00C0-\u024F0-9])/y

/**
 * The age read at a number of the number scan (count-scan.ts calls it for
 * every number), or `null`: "aged 35" (the span starts at "aged"), "aged
 * 47-65", "aged 66 and older", "in his 40s", "ranged in age from 13 to 32".
 */
export function readAgeAt(text: string, token: NumberToken): FoundQuantity | null {
  const previous = text.charCodeAt(token.start - 1)
  // "Jane Doe, 34, was charged": an age in apposition (age-apposition.ts).
  if (previous === 32 && text.charCodeAt(token.start - 2) === 44) {
    const apposition = readAppositionAgeAt(text, token)
    if (apposition) return apposition
  }
  if (previous !== 32 && previous !== 160 && previous !== 45 && previous !== 10) return null
  const before = text.slice(Math.max(0, token.start - 32), token.start)
  if (!token.words && token.value >= 10 && token.value <= 90 && token.value % 10 === 0) {
    DECADE_AFTER.lastIndex = token.end
    const plural = DECADE_AFTER.exec(text)
    const decade = plural ? DECADE_BEFORE.exec(before) : null
    if (plural && decade) {
      const part = decade[1]?.toLowerCase()
      const d = token.value
      const [low, high] = part === 'early' ? [d, d + 3] : part === 'mid' ? [d + 4, d + 6] : part === 'late' ? [d + 7, d + 9] : [d, d + 9]
      return {start: token.start - before.length + decade.index, end: DECADE_AFTER.lastIndex, value: quantity({low, high, unit: 'year-old', hedge: 'range'})}
    }
  }
  if (!/age/i.test(before)) return null
  const aged = AGED_BEFORE.exec(before)
  if (!aged || token.value <= 0 || token.value >= 130 || token.scale !== undefined) return null
  const start = token.start - before.length + aged.index
  // "aged between 19 and 54", "ranged in age from 13 to 32": a range only.
  const between = aged[1] !== undefined
  const joiner = rangeJoinerEnd(text, token.end, {between, allowTo: true})
  const second = joiner >= 0 ? readNumber(text, joiner, {afterJoiner: true}) : null
  if (second && second.value > token.value && second.value < 130) {
    return {start, end: second.end, value: quantity({low: token.value, high: second.value, unit: 'year-old', hedge: 'range', hedgeText: /^between/i.test(aged[1] ?? '') ? 'between' : undefined})}
  }
  if (between) return null
  OLDER.lastIndex = token.end
  const older = OLDER.exec(text)
  if (older) {
    const word = older[1]!.toLowerCase()
    const hedge = word === 'under' || word === 'younger' || word === 'below' ? 'at-most' : 'at-least'
    return {start, end: OLDER.lastIndex, value: quantity({low: token.value, high: token.value, unit: 'year-old', hedge, hedgeText: older[0].trim()})}
  }
  return {start, end: token.end, value: quantity({low: token.value, high: token.value, unit: 'year-old', hedge: 'exact'})}
}
