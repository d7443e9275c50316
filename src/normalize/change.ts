/**
 * Changes, read around a quantity and kept apart from its hedge:
 *
 * - the size of a change: "shares rose 12 cents", "fell by 3.2%", "up 41.5
 *   points", "cut output by 1.8 million barrels", "a 45 per cent increase",
 *   "an increase of 5%", "44 percent lower"; the value is the size, and
 *   `change.direction` is `up` or `down`;
 * - a movement "from 7% to 5%" (also "down from 7% to 5%"): the two
 *   quantities become ONE claim whose value is the end level, with
 *   `change.from` the start level and `change.to` the end.
 *
 * A level reached ("rose to $97.34") is not a change: it is the new level,
 * and no direction is recorded on it. "Up to" is a hedge (see hedge.ts).
 *
 * @module
 */

import type {QuantityChange} from '../types.js'
import type {FoundQuantity} from './quantity-parts.js'

const UP = `rose|rise|rises|risen|rising|up|gained|gains|gain|gaining|increased|increases|increasing|jumped|jumps|jump|climbed|climbs|climb|climbing|grew|grow|grows|grown|growing|added|adds|surged|surges|soared|soars|advanced|advances|rallied|rebounded|raised|raises|raising|hiked|boosted|lifted|rocketed|spiked|leapt|leaped|higher`
const DOWN = `fell|falls|fall|fallen|falling|down|dropped|drop|drops|dipped|dips|lost|loses|losing|declined|decline|declines|declining|decreased|decreases|slipped|slip|slips|slid|slides|tumbled|tumbles|plunged|plunges|plummeted|sank|sinks|shed|sheds|cut|cuts|cutting|lowered|reduced|reduces|reducing|slumped|slumps|eased|eases|retreated|shrank|shrunk|slashed|lower`
const UP_WORDS = new Set(UP.split('|'))

const DOWN_WORDS = new Set(DOWN.split('|'))
const VERB_OBJECT_BY = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F])(${UP}|${DOWN})(?:\\s+[A-Za-z\\u00C0-\\u024F'’-]+){1,2}\\s+by\\s+$`, 'i')
const CHANGE_NOUNS: ReadonlyMap<string, 'up' | 'down'> = new Map([
  ['increase', 'up'], ['rise', 'up'], ['gain', 'up'], ['jump', 'up'], ['hike', 'up'],
  ['fall', 'down'], ['drop', 'down'], ['decline', 'down'], ['decrease', 'down'], ['reduction', 'down'], ['cut', 'down'], ['dip', 'down']
])
const isWordChar = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f) || code === 39 || code === 0x2019

/** The word ending right before `position` (after skipping spaces), lower-cased, and where it starts; `null` if a non-word character comes first. */
function wordBefore(text: string, position: number): {word: string; start: number} | null {
  let end = position
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 160)) end--
  if (end === position && position > 0) return null
  let start = end
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--
  return start === end ? null : {word: text.slice(start, end).toLowerCase(), start}
}
const directionOf = (word: string | undefined): 'up' | 'down' | null => (word === undefined ? null : UP_WORDS.has(word) ? 'up' : DOWN_WORDS.has(word) ? 'down' : null)
// "a 45 per cent increase", "a 50% reduction", "44 percent lower", "20p a litre less.".
const AFTER = /(?:\s+|-)(rise|increase|jump|gain|hike|surge|growth|fall|drop|decline|decrease|cut|reduction|slump|dip|higher|lower|up|down)(?![A-Za-z\u00C0-\u024F])|\s+(more|less)(?=\s*[.,;:)]|\s+than\b|$)/iy
const UP_AFTER = new Set(['rise', 'increase', 'jump', 'gain', 'hike', 'surge', 'growth', 'higher', 'up', 'more'])

const WINDOW = 40

/** The direction of a change written around the quantity at [start, end), or `null`. */
export function changeAround(text: string, start: number, end: number): QuantityChange | null {
  // Words right before the figure: "rose 12 cents", "fell by 3.2%", "an increase of 5%" (read by hand: this runs for every quantity).
  const first = wordBefore(text, start)
  if (first) {
    const verb = directionOf(first.word)
    if (verb) return {direction: verb, text: first.word}
    if (first.word === 'by' || first.word === 'of') {
      const second = wordBefore(text, first.start)
      if (second && first.word === 'by') {
        const byVerb = directionOf(second.word)
        if (byVerb) return {direction: byVerb, text: `${second.word} by`}
        // "cutting output by 1.8 million barrels": a verb, one or two words, "by" (a regex on the short tail, only here).
        const objectBy = VERB_OBJECT_BY.exec(text.slice(Math.max(0, start - WINDOW), start))
        if (objectBy) return {direction: UP_WORDS.has(objectBy[1]!.toLowerCase()) ? 'up' : 'down', text: objectBy[1]!.toLowerCase()}
      }
      if (second && first.word === 'of' && CHANGE_NOUNS.has(second.word)) return {direction: CHANGE_NOUNS.get(second.word)!, text: second.word}
    }
  }
  return afterOrRestated(text, start, end)
}

function afterOrRestated(text: string, start: number, end: number): QuantityChange | null {
  AFTER.lastIndex = end
  const after = AFTER.exec(text)
  if (after) {
    const word = (after[1] ?? after[2]!).toLowerCase()
    // "up"/"down" after a figure only as a closing word ("closed 2% up."), never "up to".
    if ((word === 'up' || word === 'down') && !/^\s*[.,;:)]|^\s*$/.test(text.slice(end + after[0].length, end + after[0].length + 2))) return null
    return {direction: UP_AFTER.has(word) ? 'up' : 'down', text: word}
  }
  // "gained $5.35 a barrel, or 5.8 percent": the second figure restates the first change.
  if (/,\s+or\s+$/i.test(text.slice(Math.max(0, start - 6), start))) {
    const comma = text.lastIndexOf(',', start - 1)
    const words = text.slice(Math.max(0, comma - 40), comma).split(/\s+/).filter((w) => w !== '').reverse().slice(0, 6)
    for (let i = 1; i < words.length; i++) {
      const direction = directionOf(words[i]!.toLowerCase())
      // "fell to $5bn, or 3% of sales": the first figure was a level, so is this one.
      if (direction) return /^(?:to|at)$/i.test(words[i - 1]!) ? null : {direction, text: words[i]!.toLowerCase()}
    }
  }
  return null
}

const LEVEL_HEDGES = /^(?:below|above|under|over|past|beyond)$/i
const FROM_BEFORE = /(?<![A-Za-z\u00C0-\u024F])(?:(up|down|rose|rising|fell|falling|dropped|climbed|increased|decreased|cut|reduced|raised|lowered|jumped|grew|slipped)\s+)?from\s+$/i
const TO_BETWEEN = /^\s+to\s+$/i

/**
 * Attach changes to quantities of one kind, left to right: join a movement
 * "from X to Y" into one claim (X and Y in the same unit), else record a
 * direction written around a quantity.
 */
export function withChanges(text: string, found: readonly FoundQuantity[]): FoundQuantity[] {
  const out: FoundQuantity[] = []
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!
    const b = found[i + 1]
    if (b && a.value.unit === b.value.unit && a.kind === b.kind && (a.value.per === b.value.per || a.value.per === undefined) && TO_BETWEEN.test(text.slice(a.end, b.start))) {
      const from = FROM_BEFORE.exec(text.slice(Math.max(0, a.start - 20), a.start))
      if (from && a.value.low !== b.value.low) {
        const word = from[1]?.toLowerCase()
        const direction: 'up' | 'down' = b.value.low > a.value.low ? 'up' : 'down'
        out.push({...b, start: fromStart(text, a.start), value: {...b.value, change: {direction, from: a.value.low, to: b.value.low, text: word === undefined ? 'from' : `${word} from`}}})
        i++
        continue
      }
    }
    // "dipped below 155p", "climbed above 70%": a level crossed, not the size of a change.
    const crossed = a.value.hedgeText !== undefined && LEVEL_HEDGES.test(a.value.hedgeText)
    const change = a.value.change || crossed ? null : changeAround(text, a.start, a.end)
    out.push(change ? {...a, value: {...a.value, change}} : a)
  }
  return out
}

/** Where the word "from" before `position` starts (the claim span opens there). */
function fromStart(text: string, position: number): number {
  const at = text.slice(Math.max(0, position - 8), position).search(/from\s+$/i)
  return at < 0 ? position : Math.max(0, position - 8) + at
}
