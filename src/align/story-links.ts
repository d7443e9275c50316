/**
 * The similarity of two articles for story inference, and the pairs that can
 * reach a threshold, found without scoring all n² pairs.
 *
 * @module
 */
import {compareStrings} from './text.js'

/** Weight of shared names in the similarity of two articles (the rest: other key terms). */
export const NAME_WEIGHT = 0.6

/** An article's TF-IDF vectors: identifying names (and head years) and other content words. */
export interface Vectors {
  names: Map<string, number>
  namesNorm: number
  vector: Map<string, number>
  norm: number
}

export function norm(vector: Map<string, number>): number {
  let sum = 0
  for (const w of vector.values()) sum += w * w
  return Math.sqrt(sum)
}

function dot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let sum = 0
  for (const [t, w] of small) {
    const v = large.get(t)
    if (v !== undefined) sum += w * v
  }
  return sum
}

/** Similarity of two articles: shared names (weighted {@link NAME_WEIGHT}) and shared key terms. */
export function cosine(a: Vectors, b: Vectors): number {
  const words = a.norm && b.norm ? dot(a.vector, b.vector) / (a.norm * b.norm) : 0
  if (!a.namesNorm || !b.namesNorm) return words * (1 - NAME_WEIGHT)
  const names = dot(a.names, b.names) / (a.namesNorm * b.namesNorm)
  return NAME_WEIGHT * names + (1 - NAME_WEIGHT) * words
}

/** Every pair `[i, j]`, `i < j` (for checking the index). */
export function* allPairs(n: number): Generator<[number, number]> {
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) yield [i, j]
}

/**
 * Pairs `[i, j]` (`i < j`) of profiles whose similarity can reach `threshold`,
 * found without scoring all n² pairs (all-pairs similarity search with prefix
 * filtering, Bayardo et al. 2007).
 *
 * The similarity of {@link cosine} is the dot product of two vectors of norm
 * at most 1: each profile's names scaled by √NAME_WEIGHT / |names| and its
 * other terms by √(1 − NAME_WEIGHT) / |terms| (a profile without names gives
 * 0 on that side, as cosine does). Terms are put in one global order, rarest
 * first. The *suffix* of a profile is the longest run of its last terms whose
 * dot product with any profile must stay below the threshold (bounded by the
 * suffix's norm, Cauchy–Schwarz, and by its weights times the largest weight
 * of each term in any profile); the rest is its *prefix*. If the first term
 * two profiles share lay in the suffix of either, all their shared terms would
 * lie there and their similarity would be below the threshold; so every pair
 * that can reach it shares a prefix term: only prefixes are indexed and
 * probed. Rare terms make short posting lists, so the work grows with the
 * pairs that are actually similar, not with n². The pairs found are then
 * scored with the exact cosine, so the links are exactly those of comparing
 * every pair. (With a threshold of 0 or less every pair links, even one with
 * no shared term: then {@link allPairs} is used.)
 */
export function candidateLinks(profiles: readonly Vectors[], threshold: number): Array<[number, number]> {
  const n = profiles.length
  const vectors = profiles.map((p) => {
    const entries: Array<[string, number]> = []
    const nameScale = p.namesNorm ? Math.sqrt(NAME_WEIGHT) / p.namesNorm : 0
    const wordScale = p.norm ? Math.sqrt(1 - NAME_WEIGHT) / p.norm : 0
    if (nameScale) for (const [t, w] of p.names) entries.push([`@${t}`, w * nameScale])
    if (wordScale) for (const [t, w] of p.vector) entries.push([t, w * wordScale])
    return entries
  })
  const df = new Map<string, number>()
  const maxWeight = new Map<string, number>()
  for (const entries of vectors) {
    for (const [t, w] of entries) {
      df.set(t, (df.get(t) ?? 0) + 1)
      if (w > (maxWeight.get(t) ?? 0)) maxWeight.set(t, w)
    }
  }
  const order = (x: string, y: string) => (df.get(x) as number) - (df.get(y) as number) || compareStrings(x, y)
  // A margin for rounding: the bound must never drop a pair the cosine would keep.
  const bound = threshold * (1 - 1e-6)
  const postings = new Map<string, number[]>()
  const lastSeen = new Int32Array(n).fill(-1)
  const pairs: Array<[number, number]> = []
  for (let j = 0; j < n; j++) {
    const entries = vectors[j] as Array<[string, number]>
    entries.sort((x, y) => order(x[0], y[0]))
    let squares = 0
    let byMax = 0
    let cut = entries.length
    while (cut > 0) {
      const [t, w] = entries[cut - 1] as [string, number]
      const nextSquares = squares + w * w
      const nextByMax = byMax + w * (maxWeight.get(t) as number)
      if (Math.min(Math.sqrt(nextSquares), nextByMax) >= bound) break
      squares = nextSquares
      byMax = nextByMax
      cut--
    }
    for (let k = 0; k < cut; k++) {
      const term = (entries[k] as [string, number])[0]
      const list = postings.get(term)
      if (list) {
        for (const i of list) {
          if (lastSeen[i] === j) continue
          lastSeen[i] = j
          pairs.push([i, j])
        }
        list.push(j)
      } else postings.set(term, [j])
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1])
}
