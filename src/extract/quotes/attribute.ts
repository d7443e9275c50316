/**
 * Where a quotation's attribution is: the order in which the places are
 * tried (after the closing mark, before the opening mark, the sentence or
 * paragraph before), and how it was found (its {@link SpeakerReason}).
 * See docs/claims-quotes.md, "Attribution".
 *
 * @module
 */
import type {Block, Sentence, Span} from '../../types.js'
import {isVerbWord, type PersonName} from '../people.js'
import {attributionAfter, attributionBefore, type Mention} from './attribution.js'
import {broadColonIntro, broadFragmentClause, broadTagAfter} from './broad-tags.js'
import {findReportingVerbs, type VerbIndex} from './reporting.js'
import type {Quotation} from './spans.js'
import {firstStartingAtOrAfter, partitionPoint} from '../span-index.js'

/**
 * How a quotation's speaker was found: a tag after the closing mark, one
 * before the opening mark (`X said: "…"`), a quoted fragment inside a clause
 * (`X called the plan "…"`), the previous paragraph ending in a colon, a
 * headline (`Name: '…'`) or round-up (`Name, Outlet: "…"`), carried from an
 * earlier quotation of the same speaker, reported speech just before, or a
 * pronoun (`"…," he said`) resolved to a person.
 */
export type SpeakerReason = 'tag-after' | 'tag-before' | 'fragment-clause' | 'colon-intro' | 'headline' | 'round-up' | 'carried' | 'reported-speech' | 'pronoun'

/** A quotation with its attribution. */
export interface AttributedQuotation {
  quotation: Quotation
  mention: Mention | null
  speaker: string | null
  /** How the speaker was found ({@link SpeakerReason}); null when there is no speaker. */
  how: SpeakerReason | null
  /** The form of the attribution found, whether or not it resolved to a speaker (a tag after the quote marks it as said). */
  form: SpeakerReason | null
  /** How sure the attribution is, 0..1 (before the mention's own kind is weighed). */
  confidence: number
  /** The person the speaker is, when it is one (what a later pronoun may refer to). */
  person: PersonName | null
}

/** An attribution found for a quotation: a mention of its own, or that of an earlier quotation. */
export type Found = {mention: Mention; how: SpeakerReason; confidence: number} | {inherit: AttributedQuotation; how: SpeakerReason; confidence: number} | null

/** Sorted positions of opening marks and of the ends of quotation segments (after the closing mark). */
export interface MarkIndex {
  opens: number[]
  closeEnds: number[]
}

/** What attribution reads about the article. */
export interface AttributeInput {
  text: string
  blocks: readonly Block[]
  sentences: readonly Sentence[]
  people: readonly PersonName[]
  verbs: VerbIndex
  marks: MarkIndex
}

/** Find the attribution of a quotation, given those of the quotations before it (`done`). */
export function attribute(input: AttributeInput, quotation: Quotation, done: readonly AttributedQuotation[]): Found {
  const {text, blocks, sentences, people, verbs, marks} = input
  // 1. Right after a closing mark: `"…," he said`; then a verb of the broad class: `"…," fumed X`.
  for (const segment of quotation.segments) {
    if (segment.close === null) continue
    const block = blocks[segment.block]!
    const regionEnd = Math.min(block.end, firstAfter(marks.opens, segment.close) ?? block.end)
    const after = attributionAfter(text, segment.close, regionEnd, people, verbs)
    // A colon attribution introduces what follows, unless that is this same quotation ("said, adding: “…”").
    const internal = quotation.segments.some((s) => s.open === regionEnd)
    if (after && (!after.colon || internal)) return {mention: after.mention, how: 'tag-after', confidence: 0.95}
    if (after === null) {
      const broad = broadTagAfter(text, segment.close, regionEnd, people)
      if (broad) return {mention: broad, how: 'tag-after', confidence: 0.8}
    }
  }
  // 2. Before the opening mark, in the same sentence: `X said: "…"`, `X said the plan was "…"`.
  const first = quotation.segments[0]!
  const block = blocks[first.block]!
  const sentence = sentenceAt(sentences, first.open)
  const prevClose = Math.max(block.start, lastAtOrBefore(marks.closeEnds, first.open) ?? block.start)
  const sentenceRegion = Math.max(block.start, prevClose, sentence ? sentence.start : block.start)
  let regionStart = sentenceRegion
  // A sentence ending in a colon introduces the quote that follows it.
  const previousSentence = sentence ? sentences[sentence.index - 1] : undefined
  if (previousSentence && previousSentence.block === first.block && /:\s*$/.test(previousSentence.text) && previousSentence.start >= prevClose) regionStart = previousSentence.start
  const opensClause = opensItsClause(text, sentenceRegion, first.open)
  const before = attributionBefore(text, first.open, regionStart, people, verbs)
  if (before) {
    // `Brandt: '…'` opening a paragraph: a headline.
    if (text.slice(block.start, before.start).trim() === '' && /^\s*:\s*$/.test(text.slice(before.end, first.open))) return {mention: before, how: 'headline', confidence: 0.7}
    return opensClause ? {mention: before, how: 'tag-before', confidence: 0.9} : {mention: before, how: 'fragment-clause', confidence: 0.8}
  }
  const colon = broadColonIntro(text, first.open, regionStart, block.start, people)
  if (colon) {
    if (colon.reason === 'colon-verb') return {mention: colon.mention, how: 'tag-before', confidence: 0.8}
    return {mention: colon.mention, how: colon.reason === 'headline' ? 'headline' : 'round-up', confidence: colon.reason === 'headline' ? 0.7 : 0.8}
  }
  if (!opensClause) {
    const fragment = broadFragmentClause(text, first.open, sentenceRegion, people)
    if (fragment) return {mention: fragment, how: 'fragment-clause', confidence: 0.65}
  }
  // 3. A quote opening a sentence after an attributed quote of the same paragraph: same speaker,
  // unless someone else is named in between (`"A," he said. "B."`).
  if (text.slice(block.start, first.open).trim() !== '') {
    if (!sentence) return null
    if (text.slice(sentence.start, first.open).trim() !== '') {
      // A second quoted fragment of the same sentence, with no new verb or person before it, has the first one's
      // speaker: `X said the plan was "…" and "…"`.
      const prev = findLast(
        done,
        (a) => a.quotation.segments.some((s) => s.end <= first.open && s.start >= sentence.start),
        (a) => a.quotation.segments[0]!.start < sentence.start
      )
      if (!prev || prev.speaker === null) return null
      const prevEnd = lastEnd(prev.quotation.segments)
      if (anyPersonWithin(people, prevEnd, first.open) || findReportingVerbs(text, prevEnd, first.open, verbs).length > 0) return null
      return {inherit: prev, how: prev.how === 'pronoun' ? 'pronoun' : 'fragment-clause', confidence: prev.confidence * 0.95}
    }
    const earlier = findLast(
      done,
      (a) => a.quotation.segments.some((s) => s.block === first.block && s.end <= first.open),
      (a) => a.quotation.segments[0]!.block < first.block
    )
    if (!earlier) return reportedBefore(input, sentence, first.open)
    if (earlier.speaker === null && earlier.mention === null) return null
    const earlierEnd = lastEnd(earlier.quotation.segments)
    const mentionEnd = earlier.mention ? earlier.mention.end : earlierEnd
    const between = anyPersonWithin(people, Math.max(earlierEnd, mentionEnd), first.open)
    return between ? null : {inherit: earlier, how: 'carried', confidence: earlier.confidence * 0.95}
  }
  // 4. The paragraph opens with the quote: the previous paragraph may introduce it.
  if (first.block === 0) return null
  const prevBlock = blocks[first.block - 1]!
  const prevText = text.slice(prevBlock.start, prevBlock.end)
  const lastSentence = sentenceAt(sentences, prevBlock.end - 1)
  const from = lastSentence ? lastSentence.start : prevBlock.start
  if (/:\s*$/.test(prevText)) {
    const intro = attributionBefore(text, prevBlock.end, from, people, verbs)
    return intro ? {mention: intro, how: 'colon-intro', confidence: 0.85} : null
  }
  // 5. A quote paragraph continuing the quotation of the paragraph before: same speaker, when that
  // quotation (and its tag) ends the paragraph, with nobody else named after it.
  const earlier = findLast(
    done,
    (a) => a.quotation.segments.some((s) => s.block === first.block - 1),
    (a) => a.quotation.segments[0]!.block < first.block - 1
  )
  if (earlier) {
    if (earlier.speaker === null && earlier.mention === null) return null
    const earlierEnd = Math.max(lastEnd(earlier.quotation.segments), earlier.mention && earlier.mention.start >= prevBlock.start ? earlier.mention.end : 0)
    if (someoneElseActs(text, people, earlierEnd, prevBlock.end, prevBlock.start)) return null
    return {inherit: earlier, how: 'carried', confidence: earlier.confidence * 0.85}
  }
  if (!/[\p{L}\p{N}][.!?]\s*$/u.test(prevText)) return null
  const reported = attributionBefore(text, prevBlock.end, from, people, verbs)
  if (reported && (reported.kind === 'person' || reported.kind === 'pronoun')) return {mention: reported, how: 'reported-speech', confidence: 0.7}
  return null
}

/** Does the quote at `open` open its sentence region, or follow a colon or comma (`X said: "…"`, `…, "…"`)? */
function opensItsClause(text: string, regionStart: number, open: number): boolean {
  let i = open
  while (i > regionStart && text[i - 1]!.trim() === '') i--
  return i === regionStart || text[i - 1] === ':' || text[i - 1] === ','
}

/**
 * A quote opening a sentence, with no quotation before it in the paragraph,
 * after a sentence of reported speech by a person (`X said the company had
 * …. "Much progress has been made."`): that person, unless someone else is
 * named in between.
 */
function reportedBefore(input: AttributeInput, sentence: Sentence, open: number): Found {
  const {text, sentences, people, verbs} = input
  const prev = sentences[sentence.index - 1]
  if (!prev || prev.block !== sentence.block || !/[\p{L}\p{N}][.!?]\s*$/u.test(prev.text)) return null
  const reported = attributionBefore(text, prev.end, prev.start, people, verbs)
  if (!reported || (reported.kind !== 'person' && reported.kind !== 'pronoun')) return null
  if (anyPersonWithin(people, reported.end, open)) return null
  return {mention: reported, how: 'reported-speech', confidence: 0.7}
}

export function markIndex(quotations: readonly Quotation[]): MarkIndex {
  const opens: number[] = []
  const closeEnds: number[] = []
  for (const q of quotations) {
    for (const s of q.segments) {
      opens.push(s.open)
      closeEnds.push(s.close !== null ? s.close + 1 : s.end)
    }
  }
  return {opens: opens.sort((a, b) => a - b), closeEnds: closeEnds.sort((a, b) => a - b)}
}

/** The first value greater than `offset` in a sorted array. */
function firstAfter(sorted: readonly number[], offset: number): number | undefined {
  return sorted[partitionPoint(sorted.length, (i) => sorted[i]! <= offset)]
}

/** The last value not greater than `offset` in a sorted array. */
function lastAtOrBefore(sorted: readonly number[], offset: number): number | undefined {
  const after = partitionPoint(sorted.length, (i) => sorted[i]! <= offset)
  return after > 0 ? sorted[after - 1] : undefined
}

/**
 * The last item matching, scanning back from the end. `past(item)` says that
 * no item before this one can match, so the scan stops there: quotations
 * are in text order and do not overlap, so all segments of an earlier
 * quotation come before the first segment of a later one. (Without the stop
 * a run of quotations that match nothing reads all earlier ones each time.)
 */
function findLast<T>(items: readonly T[], test: (item: T) => boolean, past: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!
    if (test(item)) return item
    if (past(item)) return undefined
  }
  return undefined
}

/**
 * Is a person named inside [from, to)? The same as
 * `people.some((p) => p.start >= from && p.end <= to)` for people sorted by
 * start, reading only those that start in the range.
 */
export function anyPersonWithin(people: readonly PersonName[], from: number, to: number): boolean {
  for (let i = firstStartingAtOrAfter(people, from); i < people.length && people[i]!.start < to; i++) {
    if (people[i]!.end <= to) return true
  }
  return false
}

/** Is a person named in [from, to) in subject position (someone else taking the floor)? */
function someoneElseActs(text: string, people: readonly PersonName[], from: number, to: number, blockStart: number): boolean {
  for (let i = firstStartingAtOrAfter(people, from); i < people.length && people[i]!.start < to; i++) {
    if (people[i]!.end <= to && inSubjectPosition(text, people[i]!, blockStart)) return true
  }
  return false
}

const PREPOSITION = new Set(['by', 'of', 'to', 'with', 'for', 'from', 'against', 'at', 'in', 'on', 'over', 'under', 'about', 'after', 'before', 'than', 'like', 'as', 'into', 'onto', 'between', 'behind', 'beside', 'without', 'toward', 'towards', 'including'])

/**
 * Is the person the subject of their sentence (or clause)? The words from
 * the sentence start (or from a quotation tag's comma) to the name hold no
 * preposition and no verb: `Tom Hale, her deputy, was …`, `The club's
 * striker Mark Deng said …` are; `… a confrontation with Nathan Redmond`,
 * `The defeat by Mark Deng's side …` are not (nor is a possessive).
 */
export function inSubjectPosition(text: string, person: PersonName, blockStart: number): boolean {
  if (/^['’]s(?![\p{L}])/u.test(text.slice(person.end, person.end + 3))) return false
  const from = Math.max(blockStart, person.start - 120)
  const lead = text.slice(from, person.start)
  let cut = 0
  for (const m of lead.matchAll(/[.!?;]["”’]?\s+|["”’],?\s+/g)) cut = m.index + m[0].length
  const words = lead.slice(cut).match(/[\p{L}'’-]+/gu) ?? []
  if (cut === 0 && from > blockStart && words.length > 0) return false
  return !words.some((w) => /^\p{Ll}/u.test(w) && (PREPOSITION.has(w) || isVerbWord(w)))
}

/** The sentence containing `offset`, by binary search (sentences are in order). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]!
    if (offset < s.start) hi = mid - 1
    else if (offset >= s.end) lo = mid + 1
    else return s
  }
  return undefined
}

/** The largest `end` of some spans (a loop: a spread of thousands of segments would overflow the stack). */
function lastEnd(spans: readonly Span[]): number {
  let end = -Infinity
  for (const span of spans) if (span.end > end) end = span.end
  return end
}
