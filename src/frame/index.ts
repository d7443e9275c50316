/**
 * Claim frames: what a claim is about. For a quantity, the concept it
 * measures, whose it is, the time it applies to and the qualifiers that make
 * it a different fact; for a date, the event it dates; for a quote, the
 * speaker; for a rating or a role, the subject. Alignment decides from
 * frames whether two claims state the same fact (src/align/frame-match.ts).
 *
 * Each sentence is tokenized once ({@link analyzeSentence}); every claim of
 * it reads its frame from those tokens in bounded work, so framing is linear
 * in the text however many claims a sentence holds. A frame depends only on
 * its claim and its sentence.
 *
 * @module
 */
import type {Claim, ClaimFrame} from '../types.js'
import {dateConcept, quantityConcept, type ConceptSpan} from './concept.js'
import {ownerOf} from './owner.js'
import {qualifierOf, qualifiersNear} from './qualifiers.js'
import {timeExpressions, timeWindow} from './time.js'
import {frameTokens, type FrameToken, type WordClass} from './tokens.js'
import {partitionPoint} from '../extract/span-index.js'

export {timeKeys, timeExpressions} from './time.js'
export {CONFLICTING, DISTINCTIVE, ONE_SIDED, ONE_SIDED_WEAK, qualifierOf} from './qualifiers.js'
export type {FrameToken} from './tokens.js'

/** How far (in tokens) from the value the time and qualifiers are read. */
const WINDOW = 12

/** A sentence read once for all its claims. */
export interface SentenceAnalysis {
  text: string
  tokens: FrameToken[]
  /** Per token: the index of the first token of its clause. */
  clauseStart: Int32Array
  /** Per token: the index after the last token of its clause. */
  clauseEnd: Int32Array
  /** The end (exclusive) of a leading adverbial clause ("In 2021/22, …"), or 0. */
  leadEnd: number
}

/** Tokenize a sentence and find its clauses (`classes`: word classes remembered across sentences, see {@link frameTokens}). */
export function analyzeSentence(text: string, classes?: Map<string, WordClass>): SentenceAnalysis {
  const tokens = frameTokens(text, classes)
  const n = tokens.length
  const clauseStart = new Int32Array(n)
  const clauseEnd = new Int32Array(n)
  let start = 0
  for (let i = 0; i < n; i++) {
    if ((tokens[i] as FrameToken).breakBefore) start = i
    clauseStart[i] = start
  }
  let end = n
  for (let i = n - 1; i >= 0; i--) {
    clauseEnd[i] = end
    if ((tokens[i] as FrameToken).breakBefore) end = i
  }
  let leadEnd = 0
  const first = tokens[0]
  if (first && ['in', 'during', 'for', 'over', 'last', 'this', 'so', 'since', 'by', 'at'].includes(first.lower)) {
    const end0 = n > 0 ? (clauseEnd[0] as number) : 0
    if (end0 < n && end0 <= WINDOW) leadEnd = end0
  }
  return {text, tokens, clauseStart, clauseEnd, leadEnd}
}

/** The first token index whose end is after `offset` (binary search). */
function tokenAfter(tokens: readonly FrameToken[], offset: number): number {
  return partitionPoint(tokens.length, (i) => (tokens[i] as FrameToken).end <= offset)
}

function conceptText(a: SentenceAnalysis, span: ConceptSpan | null): {text: string | null; start: number} {
  if (!span || span.tokens.length === 0) return {text: null, start: -1}
  const words = span.tokens.map((i) => (a.tokens[i] as FrameToken).lower).filter((w) => qualifierOf(w) === undefined || w === 'total')
  return {text: words.length ? words.join(' ') : null, start: span.tokens[0] as number}
}

function isMoneyOrRate(value: Claim['value']): boolean {
  const unit = (value as {unit?: unknown}).unit
  return typeof unit === 'string' && (/^[A-Z]{3}$/.test(unit) || unit === '%' || unit === 'pp')
}

/**
 * The frame of the claim at `[start, end)` of the analysed sentence
 * (offsets into the sentence text).
 */
export function frameAt(a: SentenceAnalysis, start: number, end: number, kind: string, value: Claim['value']): ClaimFrame {
  const {tokens} = a
  const first = tokenAfter(tokens, start)
  let last = first
  while (last + 1 < tokens.length && (tokens[last + 1] as FrameToken).start < end) last++
  const v = value as {type?: unknown; speaker?: unknown; person?: unknown; role?: unknown; subject?: unknown}
  if (first >= tokens.length || (tokens[first] as FrameToken).start >= end) return emptyFrame(v)
  const clauseStart = a.clauseStart[first] as number
  const clauseEnd = a.clauseEnd[last] as number
  let concept: ConceptSpan | null = null
  const quals = new Set<string>()
  if (v.type === 'quantity') {
    const counted = !isMoneyOrRate(value)
    const found = quantityConcept(tokens, first, last, counted)
    if (found?.earlier) quals.add('previous')
    concept = found && found.tokens.length ? found : null
  } else if (v.type === 'date') concept = dateConcept(tokens, first, last)
  const {text: conceptWords, start: conceptStart} = conceptText(a, concept)
  for (const q of qualifiersNear(tokens, first, last, clauseStart, clauseEnd, concept?.tokens ?? [], v.type === 'date')) quals.add(q)
  if (concept?.rule === 'conversion') quals.add('converted')
  // "Excluding the effects of …, the company posted …": the whole sentence is adjusted.
  if (tokens[0] && /^(excluding|excluding|ex|before|on)$/.test(tokens[0].lower) && (tokens[0].lower !== 'on' || tokens[2]?.lower === 'adjusted')) quals.add('adjusted')
  let owner: string | null
  if (v.type === 'quote') owner = typeof v.speaker === 'string' ? v.speaker : null
  else if (v.type === 'role') owner = typeof v.person === 'string' ? v.person : null
  else owner = ownerOf(tokens, first, last, conceptStart, clauseStart, clauseEnd)
  let time: string | null = null
  if (v.type !== 'date' && v.type !== 'quote') {
    const months = v.type === 'quantity'
    const {leftFrom, rightTo} = timeWindow(tokens, first, last, clauseStart, WINDOW)
    const parts = timeExpressions(windowText(a, leftFrom, first) + ' \u0000 ' + windowText(a, last + 1, rightTo), months)
    if (a.leadEnd > 0 && first >= a.leadEnd) for (const p of timeExpressions(windowText(a, 0, a.leadEnd), months)) if (!parts.includes(p)) parts.push(p)
    time = parts.length ? parts.join(', ') : null
    if (time && /\b(earlier|previous|last|ago)\b/.test(time)) quals.add('previous')
  }
  let conceptOut = conceptWords
  if (v.type === 'role' && typeof v.role === 'string') conceptOut = v.role
  if (v.type === 'category' && typeof v.subject === 'string') conceptOut = v.subject
  return {concept: conceptOut, owner, time, qualifiers: [...quals].sort()}
}

function windowText(a: SentenceAnalysis, from: number, to: number): string {
  if (to <= from) return ''
  return a.text.slice((a.tokens[from] as FrameToken).start, (a.tokens[to - 1] as FrameToken).end)
}

function emptyFrame(v: {type?: unknown; speaker?: unknown; person?: unknown; role?: unknown; subject?: unknown}): ClaimFrame {
  return {
    concept: v.type === 'role' && typeof v.role === 'string' ? v.role : v.type === 'category' && typeof v.subject === 'string' ? v.subject : null,
    owner: v.type === 'quote' && typeof v.speaker === 'string' ? v.speaker : v.type === 'role' && typeof v.person === 'string' ? v.person : null,
    time: null,
    qualifiers: []
  }
}

/** Where the claim lies in its sentence text (relative offsets), or null. */
export function spanInSentence(claim: Claim): {start: number; end: number} | null {
  const sentence = claim.sentence
  if (!sentence || typeof sentence.text !== 'string') return null
  const rel = claim.start - sentence.start
  if (rel >= 0 && claim.text.length > 0 && sentence.text.slice(rel, rel + claim.text.length) === claim.text) return {start: rel, end: rel + claim.text.length}
  const at = claim.text ? sentence.text.indexOf(claim.text) : -1
  return at === -1 ? null : {start: at, end: at + claim.text.length}
}

/**
 * Sentence analyses shared by the claims of one run: each distinct sentence
 * (article, offset) is analysed once. A plain object passed around, not
 * module state.
 */
export interface FrameCache {
  sentences: Map<string, SentenceAnalysis>
  /** Word classes by word, shared by the sentences of the run. */
  classes: Map<string, WordClass>
}

export function newFrameCache(): FrameCache {
  return {sentences: new Map(), classes: new Map()}
}

/** The analysis of a claim's sentence, from the cache when it was read before. */
export function sentenceOf(claim: Claim, cache: FrameCache): SentenceAnalysis {
  const text = claim.sentence?.text ?? claim.text
  const key = `${claim.article}\u0000${claim.sentence?.start ?? claim.start}\u0000${text.length}`
  let a = cache.sentences.get(key)
  if (a === undefined) {
    a = analyzeSentence(text, cache.classes)
    cache.sentences.set(key, a)
  }
  return a
}

/** The frame of one claim (its sentence analysed through `cache`). */
export function claimFrame(claim: Claim, cache: FrameCache = newFrameCache()): ClaimFrame {
  const a = sentenceOf(claim, cache)
  const span = spanInSentence(claim)
  if (!span) return emptyFrame(claim.value as {type?: unknown})
  return frameAt(a, span.start, span.end, claim.kind, claim.value)
}

/** Is this a well-formed frame (as a claim read back from JSON may or may not carry)? */
export function isClaimFrame(value: unknown): value is ClaimFrame {
  const f = value as ClaimFrame
  const text = (x: unknown) => x === null || typeof x === 'string'
  return typeof f === 'object' && f !== null && text(f.concept) && text(f.owner) && text(f.time) && Array.isArray(f.qualifiers) && f.qualifiers.every((q) => typeof q === 'string')
}

/** The claim's own frame when it is well-formed, else the frame read from its sentence. */
export function frameOf(claim: Claim, cache: FrameCache = newFrameCache()): ClaimFrame {
  return isClaimFrame(claim.frame) ? claim.frame : claimFrame(claim, cache)
}

/**
 * Set the frame of each of the library's own, freshly built claims in place
 * (no copy; the frame is the last key, as the JSON contract orders it);
 * sentences analysed once.
 */
export function setFrames(claims: Claim[], cache: FrameCache = newFrameCache()): Claim[] {
  for (const claim of claims) claim.frame = claimFrame(claim, cache)
  return claims
}

/** Every claim with its frame (claims with a well-formed one keep it); sentences analysed once. */
export function withFrames(claims: readonly Claim[], cache: FrameCache = newFrameCache()): Claim[] {
  return claims.map((c) => (isClaimFrame(c.frame) ? c : {...c, frame: claimFrame(c, cache)}))
}
