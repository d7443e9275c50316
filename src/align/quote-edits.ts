/**
 * What changed between two quotations, read word by word: words cut
 * without an ellipsis, added or replaced, in the middle and at the ends.
 *
 * An edit at an end counts only where the quotation that lacks the words
 * presents itself as complete there (see {@link presentation}), and a cut of
 * whole sentences (the longer quotation ends a sentence at the cut) never
 * counts: "the road would be closed" quoted as a fragment is not a cut, and
 * "We knew the road would be closed." quoted from "We knew the road would be
 * closed. It was." is a quotation shortened at a full stop.
 *
 * Also the check for quotations that differ only in punctuation, case,
 * quote-mark style, hyphenation, number style ("$7bn" / "$7 billion") or
 * spelling variants (organise/organize).
 *
 * @module
 */
import {diffArrays} from '../lazy/diff.js'
import type {Claim, QuoteValue} from '../types.js'
import {claimSpanInSentence} from './context.js'
import type {QuoteToken} from './quote-diff.js'

/** Does the quotation present itself as complete at its start and at its end? */
export interface Presentation {
  start: boolean
  end: boolean
}

const SENTENCE_END = /[.!?]["”’'»)]*$/

/** Does the quoted text end at a sentence end ("…much work to do.")? */
export function endsSentence(claim: Claim): boolean {
  const value = claim.value as QuoteValue
  if (/[.!?]["”’']?\s*$/.test(value.words) || /[.!?]["”’']?\s*$/.test(claim.text)) return true
  const span = claimSpanInSentence(claim)
  if (!span) return false
  return /^["”’'\s]*[.!?]/.test(claim.sentence.text.slice(span.end))
}

/**
 * How a quotation is presented. At the start: complete when its first letter
 * is a capital (a quotation taken up mid-sentence, "called it “a disgrace”",
 * starts in lower case). At the end: complete when it starts complete and
 * ends a sentence, or a comma and the attribution follow
 * (“…for weeks,” he said.) unless the quotation resumes after the attribution
 * (“…for weeks,” he said, “while…”).
 */
export function presentation(claim: Claim): Presentation {
  const value = claim.value as QuoteValue
  const start = /^[^\p{L}]*\p{Lu}/u.test(value.words)
  const span = claimSpanInSentence(claim)
  const after = span ? claim.sentence.text.slice(span.end) : ''
  if (/^["”’'\s]*,["”’'\s]*[^"“”]{1,80}?,\s*["“]/.test(after)) return {start, end: false}
  // A quotation taken up mid-sentence ends with the reporter's sentence, not the speaker's.
  const end = start && (endsSentence(claim) || /^["”’'\s]*,/.test(after))
  return {start, end}
}

/** Where an edit run lies in the shorter quotation. */
export type EditPlace = 'start' | 'inside' | 'end'

/** One counted edit: words of the longer quotation missing from the shorter (`cut`), words of the shorter not in the longer (`added`). */
export interface QuoteEdit {
  place: EditPlace
  cut: string[]
  added: string[]
}

/** The counted edits from `short` to `long`, and the words they share. */
export interface QuoteEdits {
  equal: number
  /** Shared words in the first shared run. */
  leadingRun: number
  edits: QuoteEdit[]
  /** Words of `long` cut at an end where that was a sentence boundary or a fragment: not counted. */
  trimmed: boolean
}

/**
 * Counted edits from `short` to `long`, given how each presents itself.
 * Diffed case- and punctuation-insensitively (token `norm`).
 */
export function quoteEdits(short: readonly QuoteToken[], long: readonly QuoteToken[], shortIs: Presentation, longIs: Presentation): QuoteEdits {
  const changes = diffArrays([...short], [...long], {comparator: (x: QuoteToken, y: QuoteToken) => x.norm === y.norm})
  const firstEqual = changes.findIndex((c) => !c.added && !c.removed)
  let lastEqual = -1
  for (let k = changes.length - 1; k >= 0; k--) if (!changes[k]!.added && !changes[k]!.removed) { lastEqual = k; break }
  let equal = 0
  let leadingRun = 0
  let trimmed = false
  const edits: QuoteEdit[] = []
  let pending: QuoteEdit | null = null
  let ls = 0 // index into short
  let ll = 0 // index into long
  const flush = () => {
    if (pending && (pending.cut.length || pending.added.length)) edits.push(pending)
    pending = null
  }
  changes.forEach((change, k) => {
    const n = change.value.length
    if (!change.added && !change.removed) {
      flush()
      if (k === firstEqual) leadingRun = n
      equal += n
      ls += n
      ll += n
      return
    }
    const place: EditPlace = firstEqual === -1 || k < firstEqual ? 'start' : k > lastEqual ? 'end' : 'inside'
    const words = change.value.map((t) => t.display).filter((d) => d !== '')
    let counts = true
    if (change.added) {
      // Words of the longer the shorter lacks.
      if (place === 'start') counts = shortIs.start && !SENTENCE_END.test(words[words.length - 1] ?? '')
      if (place === 'end') counts = shortIs.end && !SENTENCE_END.test(displayBefore(long, ll))
      ll += n
    } else {
      if (place === 'start') counts = longIs.start && !SENTENCE_END.test(words[words.length - 1] ?? '')
      if (place === 'end') counts = longIs.end && !SENTENCE_END.test(displayBefore(short, ls))
      ls += n
    }
    if (!counts) {
      trimmed = true
      return
    }
    if (!pending || pending.place !== place) {
      flush()
      pending = {place, cut: [], added: []}
    }
    if (change.added) pending.cut.push(...words)
    else pending.added.push(...words)
  })
  flush()
  return {equal, leadingRun, edits, trimmed}
}

/** The display of the last token before index `k` that has one (a scale word split off a number has none). */
function displayBefore(tokens: readonly QuoteToken[], k: number): string {
  for (let i = k - 1; i >= 0; i--) if (tokens[i]!.display !== '') return tokens[i]!.display
  return ''
}

/**
 * A note naming each counted edit, from the shorter quotation's side: words
 * it lacks are cut, words only it has are added, and a replacement shows
 * its words first: `words changed inside: “about” ↔ “roughly”`.
 */
export function editNotes(edits: readonly QuoteEdit[]): string[] {
  const where = (place: EditPlace) => (place === 'inside' ? 'inside' : `at the ${place}`)
  return edits.map((e) => {
    const cut = `“${e.cut.join(' ')}”`
    const added = `“${e.added.join(' ')}”`
    if (e.added.length === 0) return `cut without an ellipsis ${where(e.place)}: ${cut}`
    if (e.cut.length === 0) return `words added ${where(e.place)}: ${added}`
    return `words changed ${where(e.place)}: ${added} ↔ ${cut}`
  })
}

/** Letters and digits only, quote marks, punctuation, spaces and hyphens removed. */
function letters(tokens: readonly QuoteToken[]): string {
  return tokens.map((t) => t.norm.replace(/[^\p{L}\p{N}]/gu, '')).join('')
}

const QUOTE_MARKS = /[’‘`´]/g

/**
 * Do two quotations differ only in punctuation, case, quote-mark style,
 * hyphenation or spelling variants? Then the kinds of difference found (for
 * a note); else `null`. Identical text gives `[]`.
 */
export function punctuationOnly(a: readonly QuoteToken[], b: readonly QuoteToken[]): string[] | null {
  if (letters(a) !== letters(b)) return null
  const kinds = new Set<string>()
  if (a.length !== b.length || a.some((t, i) => t.norm !== b[i]!.norm)) kinds.add('hyphenation or word breaks')
  const spelled: string[] = []
  a.forEach((t, i) => {
    const u = b[i]
    if (!u || a.length !== b.length) return
    const x = t.display.replace(QUOTE_MARKS, "'")
    const y = u.display.replace(QUOTE_MARKS, "'")
    if (t.display !== u.display && x === y) kinds.add('quote marks')
    const lx = x.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
    const ly = y.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
    const numeric = /\d/.test(x + y) || t.display === '' || u.display === ''
    if (numeric && x.toLowerCase().replace(/[^\p{L}\p{N}%]/gu, '') !== y.toLowerCase().replace(/[^\p{L}\p{N}%]/gu, '')) kinds.add('number style')
    else if (lx !== ly) spelled.push(`${t.display.replace(/[^\p{L}\p{N}'-]/gu, '')}/${u.display.replace(/[^\p{L}\p{N}'-]/gu, '')}`)
    else if (x.replace(/[^\p{L}\p{N}]/gu, '') !== y.replace(/[^\p{L}\p{N}]/gu, '')) kinds.add('case')
    else if (x !== y) kinds.add('punctuation')
  })
  const out = [...kinds].sort()
  if (spelled.length) out.push(`spelling (${spelled.join(', ')})`)
  return out
}
