/**
 * Quotations of a whole article, with speakers, cut into per-sentence
 * pieces: what the `quote` matcher memoizes once per article.
 *
 * @module
 */
import type {Block, QuoteValue, Sentence, Span} from '../../types.js'
import {findPersonNamesInBlocks, findRoles, findSingleNames, findSurnameMentions, type PersonName, type RoleMention} from '../people.js'
import {attributionAfter, type Mention} from './attribution.js'
import {attribute, markIndex, sentenceAt, type AttributedQuotation, type SpeakerReason} from './attribute.js'
import {broadTagAfter} from './broad-tags.js'
import {isEmbedBlock, markKindOf} from './mark-kinds.js'
import {piecesOf, quoteWords, wordCountExceeds, type QuotePiece} from './pieces.js'
import {inside, resolveMention, type CurrentSpeaker, type SpeakerContext} from './speakers.js'
import {pairQuotations, type Quotation} from './spans.js'
import {findReportingVerbs, indexReportingVerbs, type VerbIndex} from './reporting.js'
import {firstStartingAtOrAfter} from '../span-index.js'

export type {Quotation, QuoteSegment} from './spans.js'
export type {Mention, MentionKind} from './attribution.js'
export type {QuotePiece} from './pieces.js'
export type {AttributedQuotation, SpeakerReason} from './attribute.js'
export type {MarkKind} from './mark-kinds.js'

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
    text,
    blockStarts: blocks.map((b) => b.start)
  }

  const marks = markIndex(quotations)
  const where = {text, blocks, sentences, people, verbs, marks}
  const attributed: AttributedQuotation[] = []
  let current: CurrentSpeaker | null = null
  for (const quotation of quotations) {
    const found = attribute(where, quotation, attributed)
    let item: AttributedQuotation
    if (found === null) {
      item = {quotation, mention: null, speaker: null, how: null, form: null, confidence: 0, person: null}
    } else if ('inherit' in found) {
      const from = found.inherit
      item = {quotation, mention: from.mention, speaker: from.speaker, how: from.speaker === null ? null : found.how, form: found.how, confidence: from.speaker === null ? 0 : found.confidence, person: from.person}
    } else {
      const resolved = resolveMention(found.mention, speakerCtx, current)
      const kind = found.mention.kind
      const how: SpeakerReason = kind === 'pronoun' || kind === 'epithet' ? 'pronoun' : found.how
      item = {quotation, mention: found.mention, speaker: resolved.speaker, how: resolved.speaker === null ? null : how, form: found.how, confidence: resolved.speaker === null ? 0 : found.confidence * KIND_WEIGHT[kind], person: resolved.person}
    }
    attributed.push(item)
    if (item.speaker !== null) current = {person: item.person, org: item.person === null && item.mention?.kind !== 'role' ? item.speaker : null, block: quotation.segments[quotation.segments.length - 1]!.block}
  }

  const bySentence = new Map<number, QuoteClaim[]>()
  const embeds = new Map<number, boolean>()
  const embedded = (b: number): boolean => {
    let known = embeds.get(b)
    if (known === undefined) embeds.set(b, (known = isEmbedBlock(text, blocks[b]!)))
    return known
  }
  for (const item of attributed) {
    const {quotation} = item
    const said = item.form === 'tag-after' || /:\s*$/.test(text.slice(Math.max(0, quotation.segments[0]!.open - 3), quotation.segments[0]!.open))
    const scare = isScare(text, quotation, sentences, item.form)
    const markKind = markKindOf(text, quotation, blocks, said, scare, embedded)
    // Titles, nicknames and embedded posts are nobody's speech.
    const named = markKind === 'speech' || markKind === 'scare'
    const speaker = named ? item.speaker : null
    for (const piece of piecesOf(text, quotation, sentences)) {
      const value: QuoteValue = {
        type: 'quote',
        speaker,
        speakerMention: named && item.mention ? {start: item.mention.start, end: item.mention.end, text: item.mention.text} : null,
        words: quoteWords(text.slice(piece.start, piece.end)),
        quotation: quotation.id,
        scare,
        speech: markKind === 'speech',
        markKind,
        speakerReason: speaker === null ? null : item.how,
        speakerConfidence: speaker === null ? 0 : Math.round(Math.min(1, item.confidence) * 100) / 100
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
  if (how === 'tag-after') return false
  const first = quotation.segments[0]!
  const sentence = sentenceAt(sentences, first.open)
  const before = sentence ? text.slice(sentence.start, first.open) : ''
  const complete = /[.!?]\s*$/.test(all) && (before.trim() === '' || /[:,]\s*$/.test(before))
  return !complete
}

/** How much a mention's kind leaves the attribution sure: a named person most, an anaphor least. */
const KIND_WEIGHT: Record<Mention['kind'], number> = {person: 1, pronoun: 0.85, epithet: 0.75, role: 0.8, org: 0.9, outlet: 0.75, source: 0.5}

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
      // (After words with no comma, a gap ending in a colon introduces a new quotation: `Dwayne "The Rock" Johnson said: "…"`.)
      const introduces = !/,$/.test(said) && /:\s*$/.test(gap)
      const continues = /[,\p{L}\p{N}—–-]$/u.test(said) && !/[.!?]\s*$/.test(gap) && !introduces && gap.split(/\s+/).filter(Boolean).length <= 14
      if (continues && (attributionAfter(text, last.close, first.open, people, verbs) !== null || broadTagAfter(text, last.close, first.open, people) !== null)) {
        for (const segment of q.segments) prev.segments.push(segment) // a loop: a spread of thousands overflows the stack
        for (const nested of q.nested) prev.nested.push(nested)
        prev.closed = q.closed
        continue
      }
    }
    out.push(q)
  }
  return out
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
