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

// "rose 12 cents", "fell by 3.2%", "was up 0.35%", "edged down 2%".
const VERB_BEFORE = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F])(${UP}|${DOWN})(\\s+by)?\\s+$`, 'i')
// "cutting output by 1.8 million barrels", "raised its forecast by 2%": a verb, up to two words, "by".
const VERB_OBJECT_BY = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F])(${UP}|${DOWN})(?:\\s+[A-Za-z\\u00C0-\\u024F'’-]+){1,2}\\s+by\\s+$`, 'i')
// "an increase of 5%", "a fall of 3%".
const NOUN_OF_BEFORE = /(?<![A-Za-z\u00C0-\u024F])(increase|rise|gain|jump|hike|fall|drop|decline|decrease|reduction|cut|dip)\s+of\s+$/i
// "gained $5.35 a barrel, or 5.8 percent": the second figure restates the first change.
const OR_RESTATED = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F])(${UP}|${DOWN})(?:\\s+by)?\\s+[^\\s,;]+(?:\\s+[^\\s,;]+){0,3},\\s+or\\s+$`, 'i')
// "a 45 per cent increase", "a 50% reduction", "44 percent lower", "20p a litre less.".
const AFTER = /(?:\s+|-)(rise|increase|jump|gain|hike|surge|growth|fall|drop|decline|decrease|cut|reduction|slump|dip|higher|lower|up|down)(?![A-Za-z\u00C0-\u024F])|\s+(more|less)(?=\s*[.,;:)]|\s+than\b|$)/iy
const UP_AFTER = new Set(['rise', 'increase', 'jump', 'gain', 'hike', 'surge', 'growth', 'higher', 'up', 'more'])
const NOUN_UP = new Set(['increase', 'rise', 'gain', 'jump', 'hike'])

const WINDOW = 40

/** The direction of a change written around the quantity at [start, end), or `null`. */
export function changeAround(text: string, start: number, end: number): QuantityChange | null {
  const before = text.slice(Math.max(0, start - WINDOW), start)
  const verb = VERB_BEFORE.exec(before) ?? VERB_OBJECT_BY.exec(before)
  if (verb) return {direction: UP_WORDS.has(verb[1]!.toLowerCase()) ? 'up' : 'down', text: verb[0].trim()}
  const noun = NOUN_OF_BEFORE.exec(before)
  if (noun) return {direction: NOUN_UP.has(noun[1]!.toLowerCase()) ? 'up' : 'down', text: noun[1]!}
  AFTER.lastIndex = end
  const after = AFTER.exec(text)
  if (after) {
    const word = (after[1] ?? after[2]!).toLowerCase()
    // "up"/"down" after a figure only as a closing word ("closed 2% up."), never "up to".
    if ((word === 'up' || word === 'down') && !/^\s*[.,;:)]|^\s*$/.test(text.slice(end + after[0].length, end + after[0].length + 2))) return null
    return {direction: UP_AFTER.has(word) ? 'up' : 'down', text: word}
  }
  const restated = OR_RESTATED.exec(text.slice(Math.max(0, start - 80), start))
  if (restated) return {direction: UP_WORDS.has(restated[1]!.toLowerCase()) ? 'up' : 'down', text: restated[1]!}
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
