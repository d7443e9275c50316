/**
 * The context of a claim: what its sentence says around the value. Two claims
 * state the same fact when their contexts agree (same actor, same action,
 * same time), not merely when their values look alike.
 *
 * @module
 */
import {frameOf, newFrameCache, spanInSentence, type FrameCache} from '../frame/index.js'
import type {Claim, ClaimFrame} from '../types.js'
import {keyTerms, properNouns, stem, wordTerms, words, yearsIn, type Word} from './text.js'
import {partitionPoint} from '../extract/span-index.js'

/** Words that mark an intention or a promise rather than something done. */
const INTENT: ReadonlySet<string> = new Set(
  ['pledge', 'promise', 'plan', 'vow', 'aim', 'target', 'intend', 'propose', 'expect', 'forecast', 'hope', 'want', 'seek', 'will', 'would', 'goal', 'ambition'].map(stem)
)

/** How many words either side of the claim count as "near". */
export const NEAR_WINDOW = 8

/** How many words either side of the claim its context is read from (a whole sentence of ordinary length). */
export const CONTEXT_WINDOW = 60

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
  /** What the claim is about: its own frame, else read from its sentence. */
  frame: ClaimFrame
}

/** Where the claim lies in its sentence text, or null. */
export function claimSpanInSentence(claim: Claim): {start: number; end: number} | null {
  return spanInSentence(claim)
}

/** Stems of the claim's unit (for quantities), left out of the context: blocking already matched it. */
function unitStems(claim: Claim): Set<string> {
  const unit = (claim.value as {unit?: unknown}).unit
  if (typeof unit !== 'string') return new Set()
  return new Set(keyTerms(unit))
}

/**
 * What alignment reads once per sentence and shares among the sentence's
 * claims: its words and its frame analysis. A plain object passed to
 * {@link claimContext}, not module state.
 */
export interface ContextCache {
  words: Map<string, Word[]>
  frames: FrameCache
}

export function newContextCache(): ContextCache {
  return {words: new Map(), frames: newFrameCache()}
}

function sentenceWords(claim: Claim, text: string, cache: ContextCache): Word[] {
  const key = `${claim.article}\u0000${claim.sentence?.start ?? claim.start}\u0000${text.length}`
  let list = cache.words.get(key)
  if (list === undefined) {
    list = words(text)
    cache.words.set(key, list)
  }
  return list
}

/** The first index of `list` whose word ends after `offset` (binary search). */
function firstEndingAfter(list: readonly Word[], offset: number): number {
  return partitionPoint(list.length, (i) => (list[i] as Word).end <= offset)
}

/**
 * Build the context of one claim. The words of its sentence are read once
 * per sentence (through `cache`); the context is taken from at most
 * {@link CONTEXT_WINDOW} words either side of the claim, so a sentence with
 * many claims costs linear work, not quadratic.
 */
export function claimContext(claim: Claim, cache: ContextCache = newContextCache()): ClaimContext {
  const text = claim.sentence?.text ?? claim.text
  const span = claimSpanInSentence(claim) ?? {start: 0, end: 0}
  const list = sentenceWords(claim, text, cache)
  const firstIn = firstEndingAfter(list, span.start)
  let lastIn = firstIn
  while (lastIn < list.length && (list[lastIn] as Word).start < span.end) lastIn++
  const fromWord = Math.max(0, firstIn - CONTEXT_WINDOW)
  const toWord = Math.min(list.length, lastIn + CONTEXT_WINDOW)
  const from = fromWord === 0 ? 0 : (list[fromWord] as Word).start
  const to = toWord === list.length ? text.length : (list[toWord - 1] as Word).end
  const outside = text.slice(from, Math.max(from, span.start)) + ' \u0000 ' + text.slice(Math.min(to, span.end), to)
  const unit = unitStems(claim)
  const keep = (t: string) => !unit.has(t)
  const outsideWords = words(outside)
  const terms = [...new Set(keyTerms(outside, outsideWords).filter(keep))].sort()
  const near: string[] = []
  let intent = false
  const nearFrom = Math.max(0, firstIn - NEAR_WINDOW)
  const nearTo = Math.min(list.length, lastIn + NEAR_WINDOW)
  for (let i = nearFrom; i < nearTo; i++) {
    if (i >= firstIn && i < lastIn) continue
    const w = (list[i] as Word).text
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
    intent,
    frame: frameOf(claim, cache.frames)
  }
}
