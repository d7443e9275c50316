/**
 * Quotations of a whole article, with speakers, cut into per-sentence
 * pieces: what the `quote` matcher memoizes once per article.
 *
 * @module
 */
import type {Block, QuoteValue, Sentence, Span} from '../../types.js'
import {findPersonNamesInBlocks, findRoles, findSingleNames, findSurnameMentions, type PersonName, type RoleMention} from '../people.js'
import {attributionAfter, attributionBefore, type Mention} from './attribution.js'
import {piecesOf, quoteWords, wordCountExceeds, type QuotePiece} from './pieces.js'
import {inside, resolveSpeaker, type SpeakerContext} from './speakers.js'
import {pairQuotations, type Quotation} from './spans.js'
import {findReportingVerbs, indexReportingVerbs, type VerbIndex} from './reporting.js'
import {firstStartingAtOrAfter, partitionPoint} from '../span-index.js'

export type {Quotation, QuoteSegment} from './spans.js'
export type {Mention, MentionKind} from './attribution.js'
export type {QuotePiece} from './pieces.js'

/** The parts of a match context quotation finding reads. */
export interface QuoteInput {
  text: string
  sentences: readonly Sentence[]
  blocks: readonly Block[]
}

/** A quotation piece with its value, in text-view offsets. */
export interface QuoteClaim extends QuotePiece {
  value: QuoteValue
}

/** A quotation with its attribution. */
export interface AttributedQuotation {
  quotation: Quotation
  mention: Mention | null
  speaker: string | null
  /** How the attribution was found. */
  how: 'after' | 'before' | 'colon' | 'inherited' | null
}

/** Everything found about an article's quotations. */
export interface QuoteAnalysis {
  quotations: AttributedQuotation[]
  /** Pieces by sentence index. */
  bySentence: Map<number, QuoteClaim[]>
  people: PersonName[]
  roles: RoleMention[]
}

/** One- or two-word quotations are scare quotes ("'flawless'", “a disaster”). */
const SCARE_MAX_WORDS = 2

/** Find the quotations of an article, attribute them and cut them into pieces. */
export function findQuotations(input: QuoteInput): QuoteAnalysis {
  const {roles, ...analysis} = analyse(input, pairQuotations(input.text, input.blocks))
  return {...analysis, roles: roles()}
}

const NO_PIECES: ReadonlyMap<number, readonly QuoteClaim[]> = new Map()

/**
 * The quotation pieces of an article by sentence index: `findQuotations(input).bySentence`,
 * without looking for people when the article holds no quotation (then there are no pieces).
 */
export function quotePiecesBySentence(input: QuoteInput): ReadonlyMap<number, readonly QuoteClaim[]> {
  const raw = pairQuotations(input.text, input.blocks)
  return raw.length === 0 ? NO_PIECES : analyse(input, raw).bySentence
}

/** {@link QuoteAnalysis}, with the roles found only when asked for (only a role mention's speaker needs them). */
function analyse(input: QuoteInput, raw: Quotation[]): Omit<QuoteAnalysis, 'roles'> & {roles: () => RoleMention[]} {
  const {text, sentences, blocks} = input
  const contents: Span[] = raw.flatMap((q) => q.segments).sort((a, b) => a.start - b.start)
  // The reporting verbs of every block are found once: people finding and attribution read them.
  const verbs = indexReportingVerbs(text, blocks)
  const people = findPeopleOutside(text, blocks, contents, verbs)
  const quotations = mergeSplitQuotations(text, raw, people, verbs)
  let rolesFound: RoleMention[] | undefined
  const roles = (): RoleMention[] => (rolesFound ??= blocks.flatMap((b) => findRoles(text, peopleWithin(people, b), b.start, b.end)))
  const blockOf = blockIndexer(blocks)
  const speakerCtx: SpeakerContext = {
    people,
    get roles() {
      return roles()
    },
    blockOf,
    text
  }

  const marks = markIndex(quotations)
  const attributed: AttributedQuotation[] = []
  quotations.forEach((quotation) => {
    const found = attribute(text, quotation, marks, blocks, sentences, {people, verbs}, attributed)
    if (found === null) {
      attributed.push({quotation, mention: null, speaker: null, how: null})
    } else if ('inherit' in found) {
      const from = found.inherit
      attributed.push({quotation, mention: from.mention, speaker: from.speaker, how: 'inherited'})
    } else {
      attributed.push({quotation, mention: found.mention, speaker: resolveSpeaker(found.mention, speakerCtx), how: found.how})
    }
  })

  const bySentence = new Map<number, QuoteClaim[]>()
  for (const item of attributed) {
    const {quotation} = item
    const scare = isScare(text, quotation, sentences, item.how)
    for (const piece of piecesOf(text, quotation, sentences)) {
      const value: QuoteValue = {
        type: 'quote',
        speaker: item.speaker,
        speakerMention: item.mention ? {start: item.mention.start, end: item.mention.end, text: item.mention.text} : null,
        words: quoteWords(text.slice(piece.start, piece.end)),
        quotation: quotation.id,
        scare
      }
      const list = bySentence.get(piece.sentence) ?? []
      list.push({start: piece.start, end: piece.end, sentence: piece.sentence, value})
      bySentence.set(piece.sentence, list)
    }
  }
  return {quotations: attributed, bySentence, people, roles}
}

/**
 * One- or two-word quotations are scare quotes ("'flawless'", “a disaster”),
 * unless they are said: followed by their own attribution tag
 * (`"Disgraceful," said Smith.`), or a complete utterance whose words end
 * with `.`, `!` or `?` inside the marks and that opens its sentence or follows
 * a colon or comma (`Asked if he would resign, he said: "No."`).
 */
function isScare(text: string, quotation: Quotation, sentences: readonly Sentence[], how: AttributedQuotation['how']): boolean {
  if (wordCountExceeds(text, quotation.segments, SCARE_MAX_WORDS)) return false
  const all = quotation.segments.map((s) => text.slice(s.start, s.end)).join(' ')
  // `"Disgraceful," said Smith.`: a quote with its own attribution tag is said, not scare-quoted.
  if (how === 'after') return false
  const first = quotation.segments[0]!
  const sentence = sentenceAt(sentences, first.open)
  const before = sentence ? text.slice(sentence.start, first.open) : ''
  const complete = /[.!?]\s*$/.test(all) && (before.trim() === '' || /[:,]\s*$/.test(before))
  return !complete
}

/**
 * The people (sorted by start) inside `block`, in order: the same as
 * filtering the whole list, without reading it for every block.
 */
function peopleWithin(people: readonly PersonName[], block: Block): PersonName[] {
  const out: PersonName[] = []
  // A person starting at or after the block's end cannot end inside it (names are not empty).
  for (let i = firstStartingAtOrAfter(people, block.start); i < people.length && people[i]!.start < block.end; i++) {
    const person = people[i]!
    if (person.end <= block.end) out.push(person)
  }
  return out
}

/** Person mentions in article blocks, outside quotations, in text order. */
function findPeopleOutside(text: string, blocks: readonly Block[], contents: readonly Span[], verbs: VerbIndex): PersonName[] {
  const named = findPersonNamesInBlocks(text, blocks).filter((p) => !inside(p, contents))
  const surnames = blocks.flatMap((b) => findSurnameMentions(text, named, named, b.start, b.end)).filter((p) => !inside(p, contents))
  // People named by one word ("Rajan said", "said Kumar,", "Jobs, 55,"), then their other mentions.
  const taken = [...named, ...surnames]
  const fullSurnames = new Set(named.filter((n) => n.full).map((n) => n.surname))
  const singles = blocks
    .flatMap((b) => findSingleNames(text, findReportingVerbs(text, b.start, b.end, verbs).filter((v) => !v.according && !v.passive), taken, b.start, b.end))
    .filter((p) => !inside(p, contents) && !fullSurnames.has(p.surname))
  const takenWithSingles = [...taken, ...singles]
  const singleMentions = singles.length === 0 ? [] : blocks.flatMap((b) => findSurnameMentions(text, singles, takenWithSingles, b.start, b.end)).filter((p) => !inside(p, contents))
  return [...named, ...surnames, ...singles, ...singleMentions].sort((a, b) => a.start - b.start)
}

/**
 * Join quotations split by an attribution: `“We accept the findings,” he
 * said, “and we will act.”` is one quotation in two segments.
 */
function mergeSplitQuotations(text: string, quotations: Quotation[], people: readonly PersonName[], verbs: VerbIndex): Quotation[] {
  const out: Quotation[] = []
  for (const q of quotations) {
    const prev = out[out.length - 1]
    const last = prev?.segments[prev.segments.length - 1]
    const first = q.segments[0]!
    if (prev && last && last.close !== null && last.block === first.block && first.open > last.close) {
      const said = text.slice(last.start, last.end).trimEnd()
      const gap = text.slice(last.close + 1, first.open)
      const continues = /[,\p{L}\p{N}—–-]$/u.test(said) && !/[.!?]\s*$/.test(gap) && gap.split(/\s+/).filter(Boolean).length <= 14
      if (continues && attributionAfter(text, last.close, first.open, people, verbs) !== null) {
        for (const segment of q.segments) prev.segments.push(segment)
        for (const nested of q.nested) prev.nested.push(nested)
        prev.closed = q.closed
        continue
      }
    }
    out.push(q)
  }
  return out
}

type Found = {mention: Mention; how: 'after' | 'before' | 'colon'} | {inherit: AttributedQuotation} | null

/** Find the attribution of quotation `i`: after a closing mark, before the opening, the previous paragraph. */
function attribute(
  text: string,
  quotation: Quotation,
  marks: MarkIndex,
  blocks: readonly Block[],
  sentences: readonly Sentence[],
  {people, verbs}: {people: readonly PersonName[]; verbs: VerbIndex},
  done: readonly AttributedQuotation[]
): Found {
  // 1. Right after a closing mark: `"…," he said`.
  for (const segment of quotation.segments) {
    if (segment.close === null) continue
    const block = blocks[segment.block]!
    const regionEnd = Math.min(block.end, firstAfter(marks.opens, segment.close) ?? block.end)
    const after = attributionAfter(text, segment.close, regionEnd, people, verbs)
    // A colon attribution introduces what follows, unless that is this same quotation ("said, adding: “…”").
    const internal = quotation.segments.some((s) => s.open === regionEnd)
    if (after && (!after.colon || internal)) return {mention: after.mention, how: 'after'}
  }
  // 2. Before the opening mark, in the same sentence: `X said: "…"`, `X said the plan was "…"`.
  const first = quotation.segments[0]!
  const block = blocks[first.block]!
  const sentence = sentenceAt(sentences, first.open)
  const prevClose = Math.max(block.start, lastAtOrBefore(marks.closeEnds, first.open) ?? block.start)
  let regionStart = Math.max(block.start, prevClose, sentence ? sentence.start : block.start)
  // A sentence ending in a colon introduces the quote that follows it.
  const previousSentence = sentence ? sentences[sentence.index - 1] : undefined
  if (previousSentence && previousSentence.block === first.block && /:\s*$/.test(previousSentence.text) && previousSentence.start >= prevClose) regionStart = previousSentence.start
  const before = attributionBefore(text, first.open, regionStart, people, verbs)
  if (before) return {mention: before, how: 'before'}
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
      return {inherit: prev}
    }
    const earlier = findLast(
      done,
      (a) => a.quotation.segments.some((s) => s.block === first.block && s.end <= first.open),
      (a) => a.quotation.segments[0]!.block < first.block
    )
    if (!earlier || (earlier.speaker === null && earlier.mention === null)) return null
    const earlierEnd = lastEnd(earlier.quotation.segments)
    const mentionEnd = earlier.mention ? earlier.mention.end : earlierEnd
    const between = anyPersonWithin(people, Math.max(earlierEnd, mentionEnd), first.open)
    return between ? null : {inherit: earlier}
  }
  // 4. The paragraph opens with the quote: the previous paragraph may introduce it.
  if (first.block === 0) return null
  const prevBlock = blocks[first.block - 1]!
  const prevText = text.slice(prevBlock.start, prevBlock.end)
  const lastSentence = sentenceAt(sentences, prevBlock.end - 1)
  const from = lastSentence ? lastSentence.start : prevBlock.start
  if (/:\s*$/.test(prevText)) {
    const colon = attributionBefore(text, prevBlock.end, from, people, verbs)
    return colon ? {mention: colon, how: 'colon'} : null
  }
  // 5. A quote paragraph after a quote (or reported speech) by someone: same speaker.
  const earlier = findLast(
    done,
    (a) => a.quotation.segments.some((s) => s.block === first.block - 1),
    (a) => a.quotation.segments[0]!.block < first.block - 1
  )
  if (earlier) return earlier.speaker !== null || earlier.mention !== null ? {inherit: earlier} : null
  if (!/[\p{L}\p{N}][.!?]\s*$/u.test(prevText)) return null
  const reported = attributionBefore(text, prevBlock.end, from, people, verbs)
  if (reported && (reported.kind === 'person' || reported.kind === 'pronoun')) return {mention: reported, how: 'colon'}
  return null
}

/** Sorted positions of opening marks and of the ends of quotation segments (after the closing mark). */
interface MarkIndex {
  opens: number[]
  closeEnds: number[]
}

/** The largest `end` of some spans (a loop: a spread of thousands of segments would overflow the stack). */
function lastEnd(spans: readonly Span[]): number {
  let end = -Infinity
  for (const span of spans) if (span.end > end) end = span.end
  return end
}

function markIndex(quotations: readonly Quotation[]): MarkIndex {
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
function anyPersonWithin(people: readonly PersonName[], from: number, to: number): boolean {
  for (let i = firstStartingAtOrAfter(people, from); i < people.length && people[i]!.start < to; i++) {
    if (people[i]!.end <= to) return true
  }
  return false
}

/** The sentence containing `offset`, by binary search (sentences are in order). */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
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

function blockIndexer(blocks: readonly Block[]): (offset: number) => number {
  return (offset) => {
    let lo = 0
    let hi = blocks.length - 1
    let found = 0
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (blocks[mid]!.start <= offset) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return found
  }
}
