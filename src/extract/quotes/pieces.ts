/**
 * Cut quotations into per-sentence pieces: one claim per quoted sentence.
 *
 * A piece is the part of a quotation's text inside one segmenter sentence,
 * quotation marks excluded. Trailing `,` `;` `:` and a single trailing `.`
 * are left out of the span (punctuation placement around closing marks
 * differs between house styles; leaving it out makes outlets comparable);
 * `?`, `!` and an ellipsis stay (they change or mark the words).
 *
 * @module
 */
import type {Sentence, Span} from '../../types.js'
import {partitionPoint} from '../span-index.js'
import type {Quotation} from './spans.js'

/** A piece of a quotation inside one sentence; offsets in the text view. */
export interface QuotePiece extends Span {
  /** Index of the sentence it lies in. */
  sentence: number
}

/** Pieces of a quotation, in text order. */
export function piecesOf(text: string, quotation: Quotation, sentences: readonly Sentence[]): QuotePiece[] {
  const pieces: QuotePiece[] = []
  for (const segment of quotation.segments) {
    // Sentences are in order and do not overlap: skip those ending before the segment without reading them.
    for (let i = firstEndingAfter(sentences, segment.start); i < sentences.length; i++) {
      const sentence = sentences[i]!
      if (sentence.end <= segment.start) continue
      if (sentence.start >= segment.end) break
      const span = trimPiece(text, Math.max(segment.start, sentence.start), Math.min(segment.end, sentence.end))
      if (span) pieces.push({start: span.start, end: span.end, sentence: sentence.index})
    }
  }
  return pieces
}

/** The index of the first sentence ending after `offset` (their number when none). */
function firstEndingAfter(sentences: readonly Sentence[], offset: number): number {
  return partitionPoint(sentences.length, (i) => sentences[i]!.end <= offset)
}

/** Trim space and trailing soft punctuation; null when nothing wordy is left. */
export function trimPiece(text: string, start: number, end: number): Span | null {
  let s = start
  let e = end
  while (s < e && /[\s"“”]/.test(text[s]!)) s++
  for (;;) {
    const before = e
    while (e > s && /\s/.test(text[e - 1]!)) e--
    if (e > s && /[,;:]/.test(text[e - 1]!)) e--
    else if (e > s && text[e - 1] === '.' && !(e - 2 >= s && text[e - 2] === '.')) e--
    // A stray straight or curly double mark left at the end (segmenter split inside the marks).
    else if (e > s && /["“”]/.test(text[e - 1]!)) e--
    if (e === before) break
  }
  if (!/[\p{L}\p{N}]/u.test(text.slice(s, e))) return null
  return {start: s, end: e}
}

/**
 * The words of a piece: quotation marks removed (apostrophes kept), whitespace normalized.
 *
 * The same as `raw.replace(/["“”]/g, ' ').replace(SINGLE_MARK, …).replace(/\s+/g, ' ')
 * .replace(/ ([,.;:!?])/g, '$1').trim()`, with two shortcuts: the single-mark
 * pass is skipped when the text holds no `'`, `‘` or `’` (every match of
 * {@link SINGLE_MARK} is one of them), and only white space that is not
 * already one space is replaced ({@link SPACE_TO_NORMALIZE}), so that the
 * usual single spaces between words are not each a match.
 */
export function quoteWords(raw: string): string {
  const unmarked = raw.replace(/["“”]/g, ' ')
  const unquoted = HAS_SINGLE_MARK.test(unmarked) ? withoutSingleMarks(unmarked) : unmarked
  return unquoted.replace(SPACE_TO_NORMALIZE, ' ').replace(/ ([,.;:!?])/g, '$1').trim()
}

/** A single quotation mark (not an apostrophe inside a word). */
const SINGLE_MARK = /(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])/gu
/** Holds a character {@link SINGLE_MARK} can match. */
const HAS_SINGLE_MARK = /['‘’]/
/**
 * A maximal white-space run other than a lone space: `\s{2,}` takes a whole
 * run of two or more (it is tried at the run's first character), `[^\S ]` a
 * lone tab, line break or other space. Replacing these by one space gives
 * `replace(/\s+/g, ' ')`.
 */
const SPACE_TO_NORMALIZE = /\s{2,}|[^\S ]/g

/** Single quotation marks to spaces; plural possessives ("parents’ evening") kept. */
function withoutSingleMarks(text: string): string {
  let singleOpen = false
  return text.replace(SINGLE_MARK, (m, offset: number, whole: string) => {
    const prev = whole[offset - 1] ?? ''
    const opening = m === '‘' || !/[\p{L}\p{N}]/u.test(prev)
    if (opening) {
      singleOpen = true
      return ' '
    }
    // A closing mark, unless it is a plural possessive ("parents’ evening") with nothing open.
    if (singleOpen) {
      singleOpen = false
      return ' '
    }
    return /s/i.test(prev) ? m : ' '
  })
}

/** Number of words in a text. */
export function wordCount(raw: string): number {
  return quoteWords(raw).split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

/**
 * Is the {@link wordCount} of the spans' texts joined by spaces above
 * `limit`? An ASCII letter or digit at the start of a span or after a space,
 * tab or line break starts a word of its own in {@link quoteWords} (which
 * turns white-space runs into one space, adds breaks at quote marks, and
 * joins to the word before only a piece that starts with `,.;:!?`), and that
 * word is counted: with more than `limit` of them the answer is yes without
 * building the words (the usual case: most quotations are long).
 */
export function wordCountExceeds(text: string, spans: readonly Span[], limit: number): boolean {
  let starts = 0
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) {
      const code = text.charCodeAt(i)
      if (!((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a))) continue
      const before = i === span.start ? 0x20 : text.charCodeAt(i - 1)
      if ((before === 0x20 || before === 0x09 || before === 0x0a || before === 0x0d) && ++starts > limit) return true
    }
  }
  return wordCount(spans.map((span) => text.slice(span.start, span.end)).join(' ')) > limit
}
