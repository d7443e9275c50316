/**
 * How a predicted claim is compared with a gold item: numbers, units,
 * speakers, date parts, and the one-to-one matching of spans.
 *
 * @module
 */
import type {DatePoint} from '../types.js'
import {unitSymbol} from '../normalize/units.js'
import type {QuantityKind} from './devset.js'

// ---------------------------------------------------------------------------
// Comparisons

export const overlapLength = (aStart: number, aEnd: number, bStart: number, bEnd: number): number => Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart))

/** Equal within a relative tolerance of 1e-9 (absolute near 0). */
export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-300)
}

const IRREGULAR: Record<string, string> = {people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', lives: 'life', wives: 'wife', knives: 'knife', staff: 'staff', data: 'data', police: 'police', series: 'series', species: 'species', news: 'news'}

/** A light English singular of one lowercase word. */
export function singular(word: string): string {
  const w = word.toLowerCase()
  const irregular = IRREGULAR[w]
  if (irregular !== undefined) return irregular
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`
  if (w.length > 4 && /(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2)
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1)
  return w
}

/** The head-noun lemma of a count unit: its last word, singularized ("social workers" → "worker"). */
export function headLemma(unit: string): string {
  const words = unit
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/[\s-]+/)
    .filter((w) => w !== '')
  const last = words[words.length - 1]
  return last === undefined ? '' : singular(last)
}

/** Does a predicted unit match the gold unit, given the kind? */
export function sameUnit(kind: QuantityKind, gold: string, predicted: unknown): boolean {
  if (typeof predicted !== 'string') return false
  if (kind === 'money') return gold.trim().toUpperCase() === predicted.trim().toUpperCase()
  if (kind === 'percent') return normalizePercentUnit(gold) === normalizePercentUnit(predicted)
  if (kind === 'measure') return unitSymbol(gold) !== undefined && unitSymbol(gold) === unitSymbol(predicted)
  return headLemma(gold) === headLemma(predicted)
}

function normalizePercentUnit(unit: string): string {
  const u = unit.trim().toLowerCase()
  if (u === 'pp' || u === 'percentage point' || u === 'percentage points' || u === 'points') return 'pp'
  if (u === '%' || u === 'percent' || u === 'per cent') return '%'
  return u
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'judge', 'president', 'prime', 'minister', 'rev', 'st'])

function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((t) => t !== '')
}

/**
 * Speaker equality: case- and punctuation-insensitive equality of the whole
 * name, or, for names of people, equality of the last name ("Cook" = "Tim Cook").
 */
export function sameSpeaker(gold: string, predicted: string | null | undefined): boolean {
  if (typeof predicted !== 'string' || predicted.trim() === '') return false
  const g = nameTokens(gold)
  const p = nameTokens(predicted)
  if (g.length === 0 || p.length === 0) return false
  if (g.join(' ') === p.join(' ')) return true
  // Leading titles and "the" ("Mr Cook", "the judge") are dropped; the last word stays.
  const strip = (tokens: string[]): string[] => {
    let i = 0
    while (i < tokens.length - 1 && (TITLES.has(tokens[i] as string) || tokens[i] === 'the')) i++
    return tokens.slice(i)
  }
  const gCore = strip(g)
  const pCore = strip(p)
  if (gCore.length > 0 && gCore.join(' ') === pCore.join(' ')) return true
  const gLast = gCore[gCore.length - 1]
  const pLast = pCore[pCore.length - 1]
  return gLast !== undefined && gLast === pLast
}

/** Do the date parts the gold states equal the predicted ones? */
export function sameDateParts(gold: {start: DatePoint; end: DatePoint}, predicted: {start?: DatePoint; end?: DatePoint}): boolean {
  for (const side of ['start', 'end'] as const) {
    const g = gold[side]
    const p = predicted[side] ?? {}
    for (const part of ['year', 'month', 'day'] as const) {
      const want = g[part]
      if (want !== undefined && p[part] !== want) return false
    }
  }
  return true
}

// ---------------------------------------------------------------------------
// Matching

export interface Spanned {
  start: number
  end: number
}

/**
 * One-to-one matching by span overlap: all overlapping (gold, predicted)
 * pairs, longest overlap first (ties: the pair `prefer` likes, then text
 * order), each item used at most once.
 */
export function matchOneToOne<G extends Spanned, P extends Spanned>(gold: readonly G[], predicted: readonly P[], prefer: (g: G, p: P) => boolean = () => false): Array<[G, P]> {
  const pairs: Array<{gi: number; pi: number; overlap: number; preferred: boolean}> = []
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const overlap = overlapLength(g.start, g.end, p.start, p.end)
      if (overlap > 0) pairs.push({gi, pi, overlap, preferred: prefer(g, p)})
    })
  )
  pairs.sort((a, b) => b.overlap - a.overlap || Number(b.preferred) - Number(a.preferred) || a.gi - b.gi || a.pi - b.pi)
  const usedG = new Set<number>()
  const usedP = new Set<number>()
  const out: Array<[G, P]> = []
  for (const pair of pairs) {
    if (usedG.has(pair.gi) || usedP.has(pair.pi)) continue
    usedG.add(pair.gi)
    usedP.add(pair.pi)
    out.push([gold[pair.gi] as G, predicted[pair.pi] as P])
  }
  return out
}

// ---------------------------------------------------------------------------
// Scores

/** Quantity metric levels, each stricter than `span`. */
