/**
 * Vague plural amounts: "dozens of", "hundreds of", "tens of thousands of",
 * "a couple of". They are read as approximate ranges:
 *
 * | written | low | high |
 * |---|---|---|
 * | a couple of | 2 | 2 |
 * | dozens of | 24 | 100 |
 * | scores of | 40 | 100 |
 * | hundreds / thousands / millions / billions of (×m) | 2m | 10m |
 * | tens of (×m) | 20m | 100m |
 * | hundreds of (×m) | 200m | 1000m |
 *
 * @module
 */

/** A vague amount: where it is, and the range it stands for. */
export interface VagueAmount {
  start: number
  /** End of the amount words, before the final "of". */
  end: number
  /** End of the final "of" and its trailing space: where the noun starts. */
  nounStart: number
  low: number
  high: number
}

const MAGNITUDE: Readonly<Record<string, number>> = {hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12}

// No \`u\` flag: a global scan with it is much slower in V8.
const VAGUE = /\b(?:(tens|hundreds)\s+of\s+)?(dozens|scores|hundreds|thousands|millions|billions|trillions)(\s+of\s+)|\b(a\s+couple)(\s+of\s+)/gi

/** White space, "of", white space: in every vague amount (VAGUE's `\s+of\s+`, case-insensitive). */
const OF = /\sof\s/i

/** Every vague amount in the text ("dozens of", "tens of thousands of"), left to right. */
export function findVagueAmounts(text: string): VagueAmount[] {
  const found: VagueAmount[] = []
  // Every vague amount has "of" after white space, in any case ("HUNDREDS OF
  // JOBS", "dozens\u00a0of"); most sentences are done after this check.
  if (!OF.test(text)) return found
  VAGUE.lastIndex = 0
  for (let match = VAGUE.exec(text); match !== null; match = VAGUE.exec(text)) {
    const start = match.index
    const nounStart = start + match[0].length
    if (match[4] !== undefined) {
      found.push({start, end: start + match[4].length, nounStart, low: 2, high: 2})
      continue
    }
    const end = nounStart - match[3]!.length
    const word = match[2]!.toLowerCase()
    const outer = match[1]?.toLowerCase()
    if (word === 'dozens' || word === 'scores') {
      if (outer !== undefined) continue
      found.push({start, end, nounStart, low: word === 'dozens' ? 24 : 40, high: 100})
      continue
    }
    const m = MAGNITUDE[word]!
    const k = outer === 'tens' ? 10 : outer === 'hundreds' ? 100 : 1
    found.push({start, end, nounStart, low: 2 * m * k, high: 10 * m * k})
  }
  return found
}
