/**
 * Quotations: the same speaker (or one unknown) and strongly overlapping
 * words. Fragments, marked cuts and sentence-end shortenings agree; words
 * changed or silently dropped differ, with a word diff.
 *
 * @module
 */
import type {Claim, QuoteValue} from '../types.js'
import {NO_PAIR, type ValueComparison} from './compare.js'
import {sameName} from './names.js'
import {diffQuotes, explainedByEllipsis, indexOfRun, quoteTokens, type QuoteTokens} from './quote-diff.js'
import {editNotes, presentation, punctuationOnly, quoteEdits} from './quote-edits.js'

export function isQuote(value: unknown): value is QuoteValue {
  const v = value as QuoteValue
  return !!v && v.type === 'quote' && typeof v.words === 'string'
}

/** Minimum shared words for a quotation to identify its fact by itself. */
export const SELF_EVIDENT_WORDS = 4

function notSpeech(value: QuoteValue): boolean {
  return value.speech === false && value.markKind !== 'scare'
}

function speakersCompatible(x: QuoteValue, y: QuoteValue): boolean {
  if (!x.speaker || !y.speaker) return true
  return sameName(x.speaker, y.speaker) || x.speaker.trim().toLowerCase() === y.speaker.trim().toLowerCase()
}

/** Compare two quote claims. */
export function compareQuote(a: Claim, b: Claim): ValueComparison {
  const x = a.value
  const y = b.value
  if (!isQuote(x) || !isQuote(y)) return NO_PAIR
  // Titles, nicknames and embedded posts are not speech: never compared as quotations (scare quotes keep their rule below).
  if (notSpeech(x) || notSpeech(y)) return NO_PAIR
  if (!speakersCompatible(x, y)) return NO_PAIR
  const ta = tokensOf(x)
  const tb = tokensOf(y)
  const na = ta.tokens.map((t) => t.norm)
  const nb = tb.tokens.map((t) => t.norm)
  if (!na.length || !nb.length) return NO_PAIR
  const speakerNote = x.speaker && y.speaker && x.speaker !== y.speaker ? [`speaker named as ${x.speaker} and ${y.speaker}`] : []
  const selfWords = Math.min(na.length, nb.length) >= SELF_EVIDENT_WORDS && !x.scare && !y.scare
  // The same words, or the same letters: punctuation, case, quote marks,
  // hyphenation and spelling variants are not changes.
  const onlyPunctuation = punctuationOnly(ta.tokens, tb.tokens)
  if (onlyPunctuation !== null) {
    if (onlyPunctuation.length === 0) return {relation: 'agree', evidence: selfWords ? 'self' : 'identical', reason: 'same-words', notes: speakerNote, phrase: 'the same words'}
    return {
      relation: 'agree',
      evidence: selfWords ? 'self' : 'identical',
      reason: 'quote-punctuation',
      notes: [`punctuation: the same words, differing only in ${onlyPunctuation.join(', ')}`, ...speakerNote],
      phrase: 'the same quotation, punctuated or spelt differently'
    }
  }
  // The verdict is read from the shorter quotation to the longer (of two of
  // the same length, the one whose words sort first): a diff picks one of
  // several equally short edit scripts, and which one depends on the order of
  // its inputs, so reading it in a fixed order keeps the verdict independent
  // of which article comes first. The diff shown runs a → b.
  const aFirst = na.length < nb.length || (na.length === nb.length && na.join('\u0000') <= nb.join('\u0000'))
  const short = aFirst ? na : nb
  const long = aFirst ? nb : na
  const shortClaim = aFirst ? a : b
  const longClaim = aFirst ? b : a
  const shortValue = aFirst ? x : y
  const longValue = aFirst ? y : x
  // Scare quotes ("'flawless'") are not statements: they pair only with the
  // same words, or as an exact fragment of a longer quotation in a sentence
  // that says the same thing (context needed).
  if (x.scare || y.scare) {
    if (longValue.scare) return NO_PAIR
    if (indexOfRun(long, short) === -1) return NO_PAIR
    return {relation: 'agree', evidence: 'compatible', reason: 'quote-fragment', notes: [`fragment: ${quoted(shortValue.words)} is part of ${quoted(longValue.words)}`], phrase: 'overlapping quotations'}
  }
  // A quotation whose marked cuts the other explains (either may have them;
  // both are tried, so the verdict does not depend on which comes first).
  const explained = [explainedByEllipsis(ta, nb) ? ta : null, explainedByEllipsis(tb, na) ? tb : null].filter((t) => t !== null)
  if (explained.length > 0) {
    return {
      relation: 'agree',
      evidence: explained.some((t) => t.tokens.length >= SELF_EVIDENT_WORDS) ? 'self' : 'compatible',
      reason: 'quote-ellipsis',
      notes: ['cut marked with an ellipsis', ...speakerNote],
      phrase: 'the same quotation, a cut marked with an ellipsis'
    }
  }
  const where = indexOfRun(long, short)
  // The diff's shared words are a common subsequence, so they cannot outnumber
  // the words the two have in common counted with repeats: when those are too
  // few, the diff below could only end in NO_PAIR, so it is not run.
  if (where === -1) {
    const commonBound = sharedWithRepeats(na, nb)
    if (commonBound < SELF_EVIDENT_WORDS || commonBound / short.length < 0.6) return NO_PAIR
  }
  const shortIs = presentation(shortClaim)
  const found = quoteEdits((aFirst ? ta : tb).tokens, (aFirst ? tb : ta).tokens, shortIs, presentation(longClaim))
  const overlap = found.equal / short.length
  if (found.edits.length === 0 || found.equal < SELF_EVIDENT_WORDS || overlap < 0.6) {
    if (where === -1) return NO_PAIR
    // An exact run of the other, cut only where it presents itself as a
    // fragment or at a sentence end of the longer: it agrees.
    const shortened = where === 0 && shortIs.end
    return {
      relation: 'agree',
      evidence: short.length >= SELF_EVIDENT_WORDS ? 'self' : 'compatible',
      reason: shortened ? 'quote-shortened' : 'quote-fragment',
      notes: [
        shortened
          ? `shortened: one outlet ends the quoted sentence after ${quoted(shortValue.words)}; the words it keeps are exact`
          : `fragment: ${quoted(shortValue.words)} is an exact fragment of the longer quotation`,
        ...speakerNote
      ],
      phrase: shortened ? 'the same quotation, one shortened' : 'the same quotation, one quoting a fragment'
    }
  }
  // Words the shorter quote lacks, and nothing added or changed: a silent
  // cut. Anything else: words changed. Of two of the same length, either may
  // be the one that lacks words.
  const onlyCut = found.edits.every((e) => e.added.length === 0) || (na.length === nb.length && found.edits.every((e) => e.cut.length === 0))
  const strong = found.equal >= 6 && overlap >= 0.7 && found.leadingRun >= 3
  return {
    relation: 'differ',
    evidence: strong ? 'self' : 'conflict',
    reason: onlyCut ? 'quote-words-cut' : 'quote-words-changed',
    notes: [...editNotes(found.edits), ...speakerNote],
    phrase: onlyCut ? 'the same quotation with words dropped without an ellipsis' : 'the same quotation with words changed',
    diff: diffQuotes(ta.tokens, tb.tokens)
  }
}

/** Tokens of a quotation, computed once per value (alignment compares a quotation with many others). */
const TOKENS = new WeakMap<QuoteValue, QuoteTokens>()

function tokensOf(value: QuoteValue): QuoteTokens {
  let tokens = TOKENS.get(value)
  if (tokens === undefined) {
    tokens = quoteTokens(value.words)
    TOKENS.set(value, tokens)
  }
  return tokens
}

/** How many words two lists share, each word counted as often as it occurs in both (multiset intersection). */
export function sharedWithRepeats(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>()
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1)
  let shared = 0
  for (const w of b) {
    const n = counts.get(w)
    if (n !== undefined && n > 0) {
      shared++
      counts.set(w, n - 1)
    }
  }
  return shared
}

function quoted(words: string): string {
  const short = words.length > 60 ? `${words.slice(0, 57)}…` : words
  return `“${short}”`
}
