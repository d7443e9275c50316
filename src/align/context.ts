/**
 * The context of a claim: what its sentence says around the value. Two claims
 * state the same fact when their contexts agree (same actor, same action,
 * same time), not merely when their values look alike.
 *
 * @module
 */
import type {Claim} from '../types.js'
import {keyTerms, properNouns, stem, wordTerms, words, yearsIn} from './text.js'

/** Words that mark an intention or a promise rather than something done. */
const INTENT: ReadonlySet<string> = new Set(
  ['pledge', 'promise', 'plan', 'vow', 'aim', 'target', 'intend', 'propose', 'expect', 'forecast', 'hope', 'want', 'seek', 'will', 'would', 'goal', 'ambition'].map(stem)
)

/** How many words either side of the claim count as "near". */
export const NEAR_WINDOW = 8

/** Everything alignment needs to know about where a claim stands. */
export interface ClaimContext {
  claim: Claim
  /** Content stems of the sentence outside the claim (unique). */
  terms: string[]
  /** Content stems within {@link NEAR_WINDOW} words of the claim (unique). */
  near: string[]
  /** Years written in the sentence outside the claim. */
  years: number[]
  /** Capitalised words outside the claim (lowercased, unique). */
  proper: string[]
  /** Whether the words near the claim state an intention ("pledged to", "plans to", "will"). */
  intent: boolean
}

/** Where the claim lies in its sentence text, or null. */
export function claimSpanInSentence(claim: Claim): {start: number; end: number} | null {
  const sentence = claim.sentence
  if (!sentence || typeof sentence.text !== 'string') return null
  const rel = claim.start - sentence.start
  if (rel >= 0 && claim.text.length > 0 && sentence.text.slice(rel, rel + claim.text.length) === claim.text) {
    return {start: rel, end: rel + claim.text.length}
  }
  const at = claim.text ? sentence.text.indexOf(claim.text) : -1
  return at === -1 ? null : {start: at, end: at + claim.text.length}
}

/** Stems of the claim's unit (for quantities), left out of the context: blocking already matched it. */
function unitStems(claim: Claim): Set<string> {
  const unit = (claim.value as {unit?: unknown}).unit
  if (typeof unit !== 'string') return new Set()
  return new Set(keyTerms(unit))
}

/** Build the context of one claim. */
export function claimContext(claim: Claim): ClaimContext {
  const text = claim.sentence?.text ?? claim.text
  const span = claimSpanInSentence(claim) ?? {start: 0, end: 0}
  const outside = text.slice(0, span.start) + ' \u0000 ' + text.slice(span.end)
  const unit = unitStems(claim)
  const keep = (t: string) => !unit.has(t)
  const outsideWords = words(outside)
  const terms = [...new Set(keyTerms(outside, outsideWords).filter(keep))].sort()
  const list = words(text)
  const near: string[] = []
  let intent = false
  let firstIn = list.findIndex((w) => w.end > span.start)
  if (firstIn === -1) firstIn = list.length
  let lastIn = firstIn
  while (lastIn < list.length && (list[lastIn] as {start: number}).start < span.end) lastIn++
  const from = Math.max(0, firstIn - NEAR_WINDOW)
  const to = Math.min(list.length, lastIn + NEAR_WINDOW)
  for (let i = from; i < to; i++) {
    if (i >= firstIn && i < lastIn) continue
    const w = (list[i] as {text: string}).text
    const wordNear: string[] = []
    wordTerms(w, wordNear)
    for (const t of wordNear) if (keep(t)) near.push(t)
    if (i < firstIn && INTENT.has(stem(w))) intent = true
  }
  return {
    claim,
    terms,
    near: [...new Set(near)].sort(),
    years: yearsIn(outside),
    proper: [...new Set(properNouns(outside, outsideWords))].sort(),
    intent
  }
}
