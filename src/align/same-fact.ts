/**
 * Do two claims state the same fact? A score from their contexts: shared
 * key terms weighted by how rare they are in the story (IDF), terms near the
 * value (what is counted or paid, the action), names, and the time referred
 * to (years in the sentence, an intention versus something done).
 *
 * @module
 */
import type {ClaimContext} from './context.js'
import {round2} from './text.js'

/** Term rarity within one story: `log(1 + N / df)` over the story's claim sentences. */
export interface TermWeights {
  weight(term: string): number
  /** Euclidean norm of a term list's weights (cached per list). */
  norm(terms: readonly string[]): number
}

/** Document frequencies over the distinct sentences of a story's claims. */
export function termWeights(contexts: readonly ClaimContext[]): TermWeights {
  const df = new Map<string, number>()
  const seen = new Set<string>()
  let n = 0
  for (const ctx of contexts) {
    const key = `${ctx.claim.article}\u0000${ctx.claim.sentence?.start ?? ctx.claim.start}`
    if (seen.has(key)) continue
    seen.add(key)
    n++
    for (const t of ctx.terms) df.set(t, (df.get(t) ?? 0) + 1)
  }
  const total = Math.max(n, 1)
  const cache = new Map<string, number>()
  const norms = new WeakMap<readonly string[], number>()
  const weight = (term: string): number => {
    let w = cache.get(term)
    if (w === undefined) {
      w = Math.log(1 + total / (df.get(term) ?? 1))
      cache.set(term, w)
    }
    return w
  }
  return {
    weight,
    norm: (terms) => {
      let n = norms.get(terms)
      if (n === undefined) {
        n = 0
        for (const t of terms) n += weight(t) ** 2
        n = Math.sqrt(n)
        norms.set(terms, n)
      }
      return n
    }
  }
}

/** The outcome of comparing two contexts. */
export interface ContextScore {
  /** 0..1: how much the two sentences talk about the same thing. */
  score: number
  /** Shared key terms, rarest first (for reasons). */
  shared: string[]
  /** `same`: both sentences name the same year(s); `conflict`: both name years, none shared; `one-sided`: only one names a year; `none`: neither. */
  time: 'same' | 'conflict' | 'one-sided' | 'none'
  /** One states an intention ("pledged to"), the other does not. */
  intentMismatch: boolean
}

const SETS = new WeakMap<readonly string[], ReadonlySet<string>>()

function setOf(list: readonly string[]): ReadonlySet<string> {
  let set = SETS.get(list)
  if (!set) {
    set = new Set(list)
    SETS.set(list, set)
  }
  return set
}

function cosine(a: readonly string[], b: readonly string[], w: TermWeights): {value: number; shared: string[]} {
  if (a.length === 0 || b.length === 0) return {value: 0, shared: []}
  const [small, large] = a.length <= b.length ? [a, b] : [b, a]
  const setLarge = setOf(large)
  let dot = 0
  const shared: string[] = []
  for (const t of small) {
    if (setLarge.has(t)) {
      dot += w.weight(t) ** 2
      shared.push(t)
    }
  }
  if (dot === 0) return {value: 0, shared}
  return {value: dot / (w.norm(a) * w.norm(b)), shared}
}

/** Score the sameness of two claims' contexts. */
export function contextScore(a: ClaimContext, b: ClaimContext, w: TermWeights): ContextScore {
  const sentence = cosine(a.terms, b.terms, w)
  const near = cosine(a.near, b.near, w)
  const properA = setOf(a.proper)
  const properShared = b.proper.filter((p) => properA.has(p)).length
  let score = Math.max(sentence.value, 0.5 * sentence.value + 0.5 * near.value)
  if (properShared > 0) score = Math.min(1, score + 0.05 * Math.min(properShared, 3))
  let time: ContextScore['time'] = 'none'
  if (a.years.length && b.years.length) time = a.years.some((y) => b.years.includes(y)) ? 'same' : 'conflict'
  else if (a.years.length || b.years.length) time = 'one-sided'
  if (time === 'same') score = Math.min(1, score + 0.1)
  if (time === 'conflict') score *= 0.5
  const shared = sentence.shared.length > 1 ? sentence.shared.sort((x, y) => w.weight(y) - w.weight(x) || (x < y ? -1 : x > y ? 1 : 0)) : sentence.shared
  return {score: round2(score), shared, time, intentMismatch: a.intent !== b.intent}
}

/** Thresholds of the same-fact decision (see docs/alignment.md). */
export const THRESHOLDS = {
  /** Identical values: the value itself is evidence; a little shared context suffices. */
  identical: 0.05,
  /** Compatible but not identical values (hedged, more precise). */
  compatible: 0.1,
  /** Conflicting values: only reported when the contexts agree strongly. */
  conflict: 0.45
} as const

/**
 * May a conflict between these two claims be reported? Only when the
 * contexts agree strongly, the time referred to agrees (no differing or
 * one-sided years), and both state a fact of the same modality.
 */
export function strongContext(ctx: ContextScore): boolean {
  return ctx.score >= THRESHOLDS.conflict && (ctx.time === 'same' || ctx.time === 'none') && !ctx.intentMismatch && ctx.shared.length >= 2
}
