/**
 * Counts written with a word for the number that the number scan does not
 * read as a count on its own: "one of the victims" (1 `victim`), "one of
 * its 12 stores" is left to the ratio rule; "a pair of shoes" (2 `shoe`),
 * "a trio of" (3). "One of the most …", "one of the best …" (a superlative,
 * not a counted noun) and "one of them" are not counts.
 *
 * @module
 */

import {quantity, type FoundQuantity} from './quantity-parts.js'

/** Reads the counted noun phrase after a position (count-scan.ts's reader). */
type NounPhraseReader = (text: string, position: number) => {end: number; unit: string} | null

const ONE_OF = /one\s+of\s+(?:the|its|their|his|her|our|these|those)(?=\s)/iy
const GROUP_OF = /\ba\s+(pair|trio|quartet)\s+of(?=\s)/gi
const GROUP_SIZE: Readonly<Record<string, number>> = {pair: 2, trio: 3, quartet: 4}
/** "one of the world's …": the noun after the possessive is the one counted, and it is usually a superlative. */
const POSSESSIVE = /^\s+[A-Za-z\u00C0-\u024F-]+['’]s?(?![A-Za-z])/
const SUPERLATIVE = /^\s+(?:most|least|best|worst|few|many|[a-z]+est)(?![A-Za-z])/i

function counted(text: string, start: number, end: number, n: number, readNounPhrase: NounPhraseReader): FoundQuantity | null {
  if (SUPERLATIVE.test(text.slice(end, end + 20)) || POSSESSIVE.test(text.slice(end, end + 40))) return null
  const phrase = readNounPhrase(text, end)
  if (!phrase || phrase.unit === '') return null
  return {start, end: phrase.end, value: quantity({low: n, high: n, unit: phrase.unit, hedge: 'exact'})}
}

/** "one of the victims" at a number word "one" at `start` (count-scan.ts calls it there), or `null`. */
export function readOneOfAt(text: string, start: number, readNounPhrase: NounPhraseReader): FoundQuantity | null {
  ONE_OF.lastIndex = start
  if (!ONE_OF.test(text)) return null
  return counted(text, start, ONE_OF.lastIndex, 1, readNounPhrase)
}

/** Every "a pair of …", "a trio of …" count in `text`. */
export function findGroupCounts(text: string, readNounPhrase: NounPhraseReader): FoundQuantity[] {
  const found: FoundQuantity[] = []
  // Cheap precheck: the global scan below tries every position.
  if (!text.includes('pair of') && !text.includes('trio of') && !text.includes('quartet of')) return found
  GROUP_OF.lastIndex = 0
  for (let match = GROUP_OF.exec(text); match !== null; match = GROUP_OF.exec(text)) {
    const hit = counted(text, match.index, match.index + match[0].length, GROUP_SIZE[match[1]!.toLowerCase()]!, readNounPhrase)
    if (hit) found.push(hit)
  }
  return found
}
