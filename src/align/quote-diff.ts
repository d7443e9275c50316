/**
 * Word-level comparison of quotations: tokens that ignore case and
 * punctuation, ellipses as marked cuts, contiguous fragments, and a
 * word diff as {@link DiffPart}s.
 *
 * @module
 */
import {diffArrays} from '../lazy/diff.js'
import type {DiffPart} from '../types.js'
import {spellingKey} from './spelling.js'

/** One quoted word: as written, and normalized for comparison (lower case, outer punctuation removed, British and US spellings one key). */
export interface QuoteToken {
  display: string
  norm: string
}

/** The tokens of a quotation and where an ellipsis marks a cut (indices between tokens). */
export interface QuoteTokens {
  tokens: QuoteToken[]
  /** Token indices before which an ellipsis stood (0 = at the start, length = at the end). */
  cuts: number[]
}

const ELLIPSIS = /…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\]/g

/** Normalize one word: lowercase, unified apostrophes, outer punctuation removed. */
export function normalizeToken(word: string): string {
  return trimTrailingNonWord(
    word
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/^[^\p{L}\p{N}£$€]+/u, '')
  )
}

const WORD_CHAR = /^[\p{L}\p{N}%]$/u

/**
 * Remove trailing characters other than letters, digits and `%`: what
 * `.replace(/[^\p{L}\p{N}%]+$/u, '')` gives, by a backwards scan over code
 * points (the regex retries from every position of a long run: quadratic).
 */
function trimTrailingNonWord(text: string): string {
  let end = text.length
  while (end > 0) {
    let start = end - 1
    const code = text.charCodeAt(start)
    if (code >= 0xdc00 && code <= 0xdfff && start > 0) {
      const high = text.charCodeAt(start - 1)
      if (high >= 0xd800 && high <= 0xdbff) start--
    }
    if (WORD_CHAR.test(text.slice(start, end))) break
    end = start
  }
  return text.slice(0, end)
}

/** Scale suffixes written onto a number ("$7bn", "£10m"), as the word a house style may write instead. */
const SCALE_SUFFIX: Readonly<Record<string, string>> = {bn: 'billion', b: 'billion', m: 'million', mn: 'million', k: 'thousand', tn: 'trillion', '%': 'percent'}
const NUMBER_WITH_SUFFIX = /^([£$€¥]?\d[\d,.]*?)(bn|b|mn|m|k|tn|%)$/i

/**
 * Tokenize quoted words; ellipses become cuts. Numbers are read in one house
 * style: "$7bn" is the tokens `$7` and `billion` (the second with no display
 * of its own), as "$7 billion" is; "64%" and "64 per cent" are `64` and
 * `percent`.
 */
export function quoteTokens(text: string): QuoteTokens {
  const tokens: QuoteToken[] = []
  const cuts: number[] = []
  const pieces = text.replace(ELLIPSIS, ' \u2026 ').split(/\s+/)
  for (const piece of pieces) {
    if (!piece) continue
    if (piece === '\u2026') {
      if (cuts[cuts.length - 1] !== tokens.length) cuts.push(tokens.length)
      continue
    }
    const norm = normalizeToken(piece)
    if (!norm) continue
    const scaled = NUMBER_WITH_SUFFIX.exec(norm)
    const last = tokens[tokens.length - 1]
    if (scaled) {
      tokens.push({display: piece, norm: (scaled[1] as string).replace(/[.,]$/, '')}, {display: '', norm: SCALE_SUFFIX[(scaled[2] as string).toLowerCase()] as string})
    } else if (norm === 'cent' && last?.norm === 'per') {
      last.norm = 'percent'
      last.display = `${last.display} ${piece}`
    } else {
      tokens.push({display: piece, norm: spellingKey(norm)})
    }
  }
  return {tokens, cuts}
}

/** First index where `needle` occurs contiguously in `hay`, or -1. */
export function indexOfRun(hay: readonly string[], needle: readonly string[], from = 0): number {
  if (needle.length === 0) return from <= hay.length ? from : -1
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

/**
 * Do the segments of a quotation with ellipses occur, in order, in the other?
 * ("we will fix this … for every child" in "we will fix this, I promise, for every child").
 */
export function explainedByEllipsis(cut: QuoteTokens, full: readonly string[]): boolean {
  if (!cut.cuts.length) return false
  const norms = cut.tokens.map((t) => t.norm)
  const bounds = [0, ...cut.cuts, norms.length]
  let at = 0
  let found = 0
  for (let i = 0; i + 1 < bounds.length; i++) {
    const segment = norms.slice(bounds[i], bounds[i + 1])
    if (!segment.length) continue
    const where = indexOfRun(full, segment, at)
    if (where === -1) return false
    at = where + segment.length
    found += segment.length
  }
  return found > 0
}

/** Word diff from `a` to `b` (case and punctuation ignored), as diff parts with spaces between words. */
export function diffQuotes(a: readonly QuoteToken[], b: readonly QuoteToken[]): DiffPart[] {
  const changes = diffArrays([...a], [...b], {comparator: (x: QuoteToken, y: QuoteToken) => x.norm === y.norm})
  const parts: DiffPart[] = []
  let at = 0 // index into a: equal runs are shown as the first quotation writes them
  changes.forEach((change, i) => {
    const op: DiffPart['op'] = change.added ? 'insert' : change.removed ? 'delete' : 'equal'
    const shown = op === 'equal' ? a.slice(at, at + change.value.length) : change.value
    if (op !== 'insert') at += change.value.length
    const text = shown.map((t) => t.display).filter((d) => d !== '').join(' ') + (i < changes.length - 1 ? ' ' : '')
    parts.push({op, text})
  })
  return parts
}

/** Summary of a diff between two token lists, ignoring edits before the first and after the last shared word. */
export interface DiffSummary {
  /** Shared words. */
  equal: number
  /** Words of `a` missing in `b` and words of `b` missing in `a`, between the first and last shared word. */
  innerDeleted: number
  innerInserted: number
  /** Length of the shared prefix (aligned from the first shared word). */
  leadingRun: number
}

export function summarizeDiff(parts: readonly DiffPart[], countWords: (text: string) => number): DiffSummary {
  const first = parts.findIndex((p) => p.op === 'equal')
  let last = -1
  for (let i = parts.length - 1; i >= 0; i--) if ((parts[i] as DiffPart).op === 'equal') { last = i; break }
  let equal = 0
  let innerDeleted = 0
  let innerInserted = 0
  parts.forEach((p, i) => {
    const n = countWords(p.text)
    if (p.op === 'equal') equal += n
    else if (i > first && i < last) {
      if (p.op === 'delete') innerDeleted += n
      else innerInserted += n
    }
  })
  const leadingRun = first === -1 ? 0 : countWords((parts[first] as DiffPart).text)
  return {equal, innerDeleted, innerInserted, leadingRun}
}
