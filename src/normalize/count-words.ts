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

const ONE_OF = /\bone\s+of\s+(?:the|its|their|his|her|our|these|those)(?=\s)/gi
const GROUP_OF = /\ba\s+(pair|trio|quartet)\s+of(?=\s)/gi
const GROUP_SIZE: Readonly<Record<string, number>> = {pair: 2, trio: 3, quartet: 4}
/** "one of the world's …": the noun after the possessive is the one counted, and it is usually a superlative. */
const POSSESSIVE = /^\s+[A-Za-z\u00C0-\u024F-]+['’]s?(?![A-Za-z])/
const SUPERLATIVE = /^\s+(?:most|least|best|worst|few|many|[a-z]+est)(?![A-Za-z])/i

/** Every "one of the …" and "a pair of …" count in `text`. */
export function findWordCounts(text: string, readNounPhrase: NounPhraseReader): FoundQuantity[] {
  const found: FoundQuantity[] = []
  // Cheap prechecks: the global scans below try every position.
  const oneOf = text.includes('one of') || text.includes('One of') || text.includes('ONE OF')
  const groupOf = text.includes('pair of') || text.includes('trio of') || text.includes('quartet of')
  if (!oneOf && !groupOf) return found
  for (const [pattern, size] of [[ONE_OF, () => 1], [GROUP_OF, (m: RegExpExecArray) => GROUP_SIZE[m[1]!.toLowerCase()]!]] as const) {
    pattern.lastIndex = (pattern === ONE_OF ? oneOf : groupOf) ? 0 : text.length
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const end = match.index + match[0].length
      if (SUPERLATIVE.test(text.slice(end, end + 20)) || POSSESSIVE.test(text.slice(end, end + 40))) continue
      const phrase = readNounPhrase(text, end)
      if (!phrase || phrase.unit === '') continue
      const n = size(match)
      found.push({start: match.index, end: phrase.end, value: quantity({low: n, high: n, unit: phrase.unit, hedge: 'exact'})})
    }
  }
  return found
}
