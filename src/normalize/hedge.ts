/**
 * Hedges on quantities ("circa", "more than", "up to", "-plus") and the
 * interval each one allows.
 *
 * Choices (see docs/claims-quantities.md#hedges):
 * - "just over" / "just under" are `at-least` / `at-most`: the direction is
 *   what a reader can check; "just" only says the excess is small.
 * - "as many as" / "as much as" are `at-most` (they state a ceiling);
 *   "as few as" / "as little as" are `at-least`.
 * - "up" and "down" ("up 3%") are changes, not hedges: "up to" is `at-most`.
 *
 * @module
 */

import type {Hedge} from '../types.js'

/** A hedge found next to a number. */
export interface HedgeMatch {
  hedge: Exclude<Hedge, 'exact' | 'range'>
  /** The hedge as written ("more than"). */
  text: string
  start: number
  end: number
}

/**
 * Relative tolerance of an `approximate` hedge: "about £10m" allows
 * £9m–£11m. One value for every quantity keeps comparisons predictable.
 */
export const APPROXIMATE_TOLERANCE = 0.1

const PREFIXES: ReadonlyArray<readonly [string, HedgeMatch['hedge']]> = [
  ['circa', 'approximate'], ['c.', 'approximate'], ['ca.', 'approximate'], ['about', 'approximate'],
  ['around', 'approximate'], ['approximately', 'approximate'], ['approx.', 'approximate'], ['approx', 'approximate'],
  ['roughly', 'approximate'], ['some', 'approximate'], ['almost', 'approximate'], ['nearly', 'approximate'],
  ['close to', 'approximate'], ['an estimated', 'approximate'], ['estimated', 'approximate'], ['an approximate', 'approximate'],
  ['just about', 'approximate'], ['getting on for', 'approximate'], ['the best part of', 'approximate'],
  ['in the region of', 'approximate'],
  ['more than', 'at-least'], ['over', 'at-least'], ['at least', 'at-least'], ['in excess of', 'at-least'],
  ['upwards of', 'at-least'], ['above', 'at-least'], ['greater than', 'at-least'], ['well over', 'at-least'],
  ['just over', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['not less than', 'at-least'],
  ['a minimum of', 'at-least'], ['as few as', 'at-least'], ['as little as', 'at-least'], ['north of', 'at-least'],
  ['up to', 'at-most'], ['under', 'at-most'], ['less than', 'at-most'], ['fewer than', 'at-most'], ['no more than', 'at-most'],
  ['not more than', 'at-most'], ['below', 'at-most'], ['at most', 'at-most'], ['a maximum of', 'at-most'], ['just under', 'at-most'],
  ['as many as', 'at-most'], ['as much as', 'at-most'], ['just shy of', 'at-most'], ['shy of', 'at-most']
]
const PREFIX_HEDGE = new Map(PREFIXES.map(([text, hedge]) => [text, hedge]))

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
}

// Right-anchored on a short window before the number: the longest phrase
// that ends there. Alternatives are literal phrases, so matching is linear.
const HEDGE_BEFORE = new RegExp(
  `\\b(${[...PREFIX_HEDGE.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\s*$`,
  'i'
)
const WINDOW = 24
/** Verbs that take "up" as a particle: after them "up to X" is a movement to X, not "at most X". */
const PHRASAL_UP = /(?<![A-Za-z])(?:shot|shoots|went|goes|gone|moved|moves|jumped|jumps|climbed|climbs|pushed|pushes|ramped|bumped|revised|revises|marked|rounded|edged|edges|crept|inched|ticked|ticks|ratcheted|stepped|scaled|built|picked)\s+$/i

/** The hedge written right before `position` ("more than £7.7m"), or `null`. */
export function hedgeBefore(text: string, position: number): HedgeMatch | null {
  // Fast path: every hedge phrase is a word followed by a space (or "c.", "approx." glued).
  const previous = text.charCodeAt(position - 1)
  if (!(previous === 32 || previous === 160 || previous === 9 || previous === 10 || previous === 46)) return null
  const from = Math.max(0, position - WINDOW)
  const match = HEDGE_BEFORE.exec(text.slice(from, position))
  if (!match) return null
  const written = match[1]!
  const hedge = PREFIX_HEDGE.get(written.toLowerCase().replace(/\s+/g, ' '))
  if (hedge === undefined) return null
  const start = from + match.index
  // "the rate shot up to 7.6%", "revised up to £3m": a phrasal verb with "up", then "to" the new level; no hedge.
  if (hedge === 'at-most' && /^up\s/i.test(written) && PHRASAL_UP.test(text.slice(Math.max(0, start - 12), start))) return null
  return {hedge, text: written, start, end: start + written.length}
}

// "£10 million-plus", "100+", "40 or more", "500 or fewer", "10º F or lower".
// "51.59% approximately", "200 or so": approximate.
const HEDGE_AFTER = /(-plus|\+)(?![A-Za-z\u00C0-\u024F0-9])|\s+or\s+(more|over|above|higher|less|fewer|under|below|lower|so)(?![A-Za-z\u00C0-\u024F0-9])|\s+(approximately|roughly)(?![A-Za-z\u00C0-\u024F0-9])/iy

/** A hedge written right after a number ending at `position` ("-plus", "or more"), or `null`. */
export function hedgeAfter(text: string, position: number): HedgeMatch | null {
  HEDGE_AFTER.lastIndex = position
  const match = HEDGE_AFTER.exec(text)
  if (!match) return null
  const word = (match[3] ?? match[2] ?? match[1]!).toLowerCase()
  const hedge: HedgeMatch['hedge'] = match[3] !== undefined || word === 'so' ? 'approximate' : word === '-plus' || word === '+' || word === 'more' || word === 'over' || word === 'above' || word === 'higher' ? 'at-least' : 'at-most'
  return {hedge, text: match[0].trim(), start: position, end: position + match[0].length}
}

/**
 * The interval a hedge allows around a stated `[low, high]`:
 * exact and range: `[low, high]`; approximate: widened by `tolerance` on each
 * side; at-least: `[low, null]` (no upper bound); at-most: `[0, high]`.
 * The result always contains `[low, high]`.
 */
export function boundsFor(hedge: Hedge, low: number, high: number, tolerance = APPROXIMATE_TOLERANCE): {low: number | null; high: number | null} {
  const a = Math.min(low, high)
  const b = Math.max(low, high)
  switch (hedge) {
    case 'exact':
    case 'range':
      return {low: a, high: b}
    case 'approximate': {
      // Widen away from the stated values whatever their sign.
      const lo = a - Math.abs(a) * tolerance
      const hi = b + Math.abs(b) * tolerance
      return {low: Math.min(lo, a), high: Math.max(hi, b)}
    }
    case 'at-least':
      return {low: a, high: null}
    case 'at-most':
      return {low: Math.min(0, a), high: b}
  }
}

/** The canonical word for a hedge, used by `formatQuantity`. */
export const HEDGE_WORDS: Readonly<Record<Exclude<Hedge, 'exact' | 'range'>, string>> = {
  approximate: 'about',
  'at-least': 'at least',
  'at-most': 'at most'
}

/** Read a canonical or written hedge phrase ("more than", "circa"): its hedge, or `undefined`. */
export function hedgeOfPhrase(phrase: string): HedgeMatch['hedge'] | undefined {
  return PREFIX_HEDGE.get(phrase.toLowerCase().trim().replace(/\s+/g, ' '))
}
