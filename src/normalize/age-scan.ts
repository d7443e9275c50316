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

import {hedgeBefore} from './hedge.js'
import {readNumber} from './numbers.js'
import {quantity, rangeJoinerEnd, type FoundQuantity} from './quantity-parts.js'

const AGED = /\baged\s+(between\s+)?/gi
const OLDER = /\s+(?:and|or)\s+(older|over|above|upwards|under|younger|below)(?![A-Za-z])/iy
const DECADE = /\bin\s+(?:his|her|their|its|my|your|our)\s+(?:(early|mid|late)[\s-]*)?([1-9]0)['’]?s\b/gi

/** Every age of these forms in `text`, left to right. */
export function findAges(text: string): FoundQuantity[] {
  const found: FoundQuantity[] = []
  // Cheap prechecks: the global scans below try every position.
  AGED.lastIndex = /aged/i.test(text) ? 0 : text.length
  for (let match = AGED.exec(text); match !== null; match = AGED.exec(text)) {
    const numberStart = match.index + match[0].length
    const first = readNumber(text, numberStart)
    if (!first || first.value <= 0 || first.value >= 130 || first.scale !== undefined) continue
    const between = match[1] !== undefined
    const joiner = rangeJoinerEnd(text, first.end, {between, allowTo: true})
    const second = joiner >= 0 ? readNumber(text, joiner, {afterJoiner: true}) : null
    if (second && second.value > first.value && second.value < 130) {
      found.push({start: match.index, end: second.end, value: quantity({low: first.value, high: second.value, unit: 'year-old', hedge: 'range', hedgeText: between ? 'between' : undefined})})
      continue
    }
    if (between) continue
    OLDER.lastIndex = first.end
    const older = OLDER.exec(text)
    if (older) {
      const word = older[1]!.toLowerCase()
      const hedge = word === 'under' || word === 'younger' || word === 'below' ? 'at-most' : 'at-least'
      found.push({start: match.index, end: OLDER.lastIndex, value: quantity({low: first.value, high: first.value, unit: 'year-old', hedge, hedgeText: older[0].trim()})})
      continue
    }
    const prefix = hedgeBefore(text, numberStart)
    found.push({start: match.index, end: first.end, value: quantity({low: first.value, high: first.value, unit: 'year-old', hedge: prefix?.hedge ?? 'exact', hedgeText: prefix?.text})})
  }
  DECADE.lastIndex = text.includes('0s') || text.includes("0's") || text.includes('0’s') ? 0 : text.length
  for (let match = DECADE.exec(text); match !== null; match = DECADE.exec(text)) {
    const decade = Number(match[2])
    const part = match[1]?.toLowerCase()
    const [low, high] = part === 'early' ? [decade, decade + 3] : part === 'mid' ? [decade + 4, decade + 6] : part === 'late' ? [decade + 7, decade + 9] : [decade, decade + 9]
    found.push({start: match.index, end: match.index + match[0].length, value: quantity({low, high, unit: 'year-old', hedge: 'range'})})
  }
  return found.sort((a, b) => a.start - b.start)
}
