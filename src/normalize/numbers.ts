/**
 * Numbers as news writes them: numerals with thousands separators and
 * decimals ("1,200", "4.5"), scale suffixes and words ("£10m", "2.3bn",
 * "300k", "2.5 million"), and English number words ("ten million",
 * "two hundred and fifty", "twenty-five", "a dozen").
 *
 * Everything here is linear-time: tokens are read with sticky regexes that
 * each consume one distinct kind of character, so there is no nested
 * quantifier over overlapping classes.
 *
 * @module
 */

/** A number read from text, with offsets into that text. */
export interface NumberToken {
  start: number
  end: number
  /** The value with the scale applied ("£4.5m": 4 500 000). */
  value: number
  /** The multiplier written after it, if ≥ 1000 ("m", "million": 1e6). */
  scale?: number
  /** Written in words ("ten million") rather than digits. */
  words: boolean
  /** Digits only, no separator, no decimal, no scale ("2018"): could be a year. */
  bare: boolean
  /** Written with a thousands separator ("1,200"). */
  grouped: boolean
}

const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19
}
const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
}
/** Scale words, also usable after a numeral ("2.5 million"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // South Asian scales, common in Indian business news.
  lakh: 1e5, crore: 1e7
}
/** Abbreviated scales written right after a numeral ("£10m", "$2.3bn", "300k"). */
const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, tn: 1e12, trn: 1e12
}

import {unitAt} from './units.js'

const WORD_ALTERNATION = [...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS), 'dozen']
  .sort((a, b) => b.length - a.length)
  .join('|')

// A numeral: grouped ("1,200") or plain digits, then an optional decimal part.
const NUMERAL = /(\d{1,3}(?:,\d\d\d)+|\d+)(\.\d+)?/y
// One number word, alone ("ten") or as "a/an" + scale ("a million", "a dozen").
const WORD = new RegExp(`(?:(an?)\\s+)?(${WORD_ALTERNATION})(?![A-Za-z\\u00C0-\\u024F0-9])`, 'iy')
// The next word of a compound number ("two hundred and fifty", "twenty-five").
const NEXT_WORD = new RegExp(`(\\s+and\\s+|[\\s-])(${WORD_ALTERNATION})(?![A-Za-z\\u00C0-\\u024F0-9])`, 'iy')
// A scale after a numeral: attached abbreviation ("10m", "2.3bn", "2 bn") or a word ("2.5 million").
const SCALE_AFTER_NUMERAL = /(?:(k|m|b|bn|tn|trn)|\s?(mn|mln|bn|tn))(?![A-Za-z\u00C0-\u024F0-9])|[\s-]?(hundred|thousand|million|billion|trillion|lakh|crore)(?![A-Za-z\u00C0-\u024F0-9])/iy
// A numeral must not continue another number or word ("Covid-19", "2021/22", "10:30", "A1").
const BEFORE_NUMERAL = /[A-Za-z\u00C0-\u024F0-9_.,/:\-]/
const AFTER_NUMERAL = /[0-9]|[.,:/]\d/y
const UNIT_SUFFIX = /^(?:[ps]|pc|pp|ppts?|bps)(?![A-Za-z\u00C0-\u024F])/

/** A Latin letter (ASCII or accented), by char code: cheaper than a regex per character. */
function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
}

type WordKind = 'unit' | 'teen' | 'tens' | 'hundred' | 'big' | 'dozen'

function wordInfo(word: string): {value: number; kind: WordKind} {
  const lower = word.toLowerCase()
  const unit = UNIT_WORDS[lower]
  if (unit !== undefined) return {value: unit, kind: unit >= 10 ? 'teen' : 'unit'}
  const tens = TENS_WORDS[lower]
  if (tens !== undefined) return {value: tens, kind: 'tens'}
  if (lower === 'dozen') return {value: 12, kind: 'dozen'}
  if (lower === 'hundred') return {value: 100, kind: 'hundred'}
  return {value: SCALE_WORDS[lower] ?? 1, kind: 'big'}
}

/** Parse a numeral with optional thousands separators: "1,200.5" → 1200.5. */
export function parseNumeral(text: string): number | null {
  if (!/^(?:\d{1,3}(?:,\d\d\d)+|\d+)(?:\.\d+)?$/.test(text)) return null
  return Number(text.replaceAll(',', ''))
}

/** The multiplier of a scale word or abbreviation ("m", "bn", "million"), or `undefined`. */
export function scaleOf(word: string): number | undefined {
  const lower = word.toLowerCase()
  return SCALE_WORDS[lower] ?? SCALE_ABBREVIATIONS[lower]
}

/**
 * Read a number that starts exactly at `start`: a numeral with its scale, or
 * a run of number words. Returns `null` when none starts there, or when the
 * numeral continues another token ("Covid-19", "10:30", "2021/22", "9pm").
 * `afterJoiner`: the number is the second of a range ("2-3"), so a dash
 * right before it is expected.
 */
export function readNumber(text: string, start: number, options: {afterJoiner?: boolean} = {}): NumberToken | null {
  const code = text.charCodeAt(start)
  if (code >= 48 && code <= 57) return readNumeral(text, start, options.afterJoiner === true)
  return readWords(text, start, options.afterJoiner === true)
}

function readNumeral(text: string, start: number, afterJoiner: boolean): NumberToken | null {
  if (start > 0 && !afterJoiner && BEFORE_NUMERAL.test(text[start - 1]!)) return null
  NUMERAL.lastIndex = start
  const match = NUMERAL.exec(text)
  if (!match) return null
  let end = start + match[0].length
  AFTER_NUMERAL.lastIndex = end
  if (AFTER_NUMERAL.test(text)) return null
  let value = Number(match[0].replaceAll(',', ''))
  const grouped = match[1]!.includes(',')
  let scale: number | undefined
  SCALE_AFTER_NUMERAL.lastIndex = end
  const scaled = SCALE_AFTER_NUMERAL.exec(text)
  if (scaled) {
    scale = scaleOf(scaled[1] ?? scaled[2] ?? scaled[3]!)
    if (scale !== undefined) {
      value *= scale
      end += scaled[0].length
      if (scale < 1000) scale = undefined
    }
  } else if (end < text.length && isLetter(text.charCodeAt(end)) && !UNIT_SUFFIX.test(text.slice(end, end + 6)) && unitAt(text, end) === null) {
    // "9pm", "21st", "5G": a time, ordinal or label, not a quantity.
    // ("10km", "256GB", "1,700rpm" are measures, read by measure-scan.ts; "50p" pence, "5pc"/"3pp"/"25bps" and "1960s" plurals are left for the callers to judge.)
    return null
  }
  return {start, end, value: scaled ? round(value) : value, scale, words: false, bare: !grouped && match[2] === undefined && scale === undefined && !scaled, grouped}
}

function readWords(text: string, start: number, afterJoiner: boolean): NumberToken | null {
  if (start > 0 && !afterJoiner && /[A-Za-z\u00C0-\u024F0-9_'’\-]/u.test(text[start - 1]!)) return null
  WORD.lastIndex = start
  const first = WORD.exec(text)
  if (!first) return null
  const article = first[1] !== undefined
  const head = wordInfo(first[2]!)
  // "a" only introduces a scale or "dozen": "a million", not "a one".
  if (article && head.kind !== 'hundred' && head.kind !== 'big' && head.kind !== 'dozen') return null
  // Running state of a compound number: "two hundred and fifty thousand".
  const state = {total: 0, current: article ? 1 : 0, lastScale: Infinity, previous: 'start' as WordKind | 'start', scale: undefined as number | undefined}
  let end = start + first[0].length
  applyWord(state, head)
  for (;;) {
    NEXT_WORD.lastIndex = end
    const next = NEXT_WORD.exec(text)
    if (!next) break
    // "and" only continues after a scale: "two hundred and fifty", not "two and three".
    if (next[1]!.trim() === 'and' && state.previous !== 'hundred' && state.previous !== 'big') break
    if (!applyWord(state, wordInfo(next[2]!))) break
    end += next[0].length
  }
  const value = state.total + state.current
  return {start, end, value, scale: state.previous === 'big' ? state.scale : undefined, words: true, bare: false, grouped: false}
}

interface WordState {
  total: number
  current: number
  lastScale: number
  previous: WordKind | 'start'
  scale: number | undefined
}

/** Add one word to a compound number; `false` when it cannot follow the previous one. */
function applyWord(state: WordState, info: {value: number; kind: WordKind}): boolean {
  const previous = state.previous
  switch (info.kind) {
    case 'unit':
      if (previous !== 'start' && previous !== 'tens' && previous !== 'hundred' && previous !== 'big') return false
      state.current += info.value
      break
    case 'teen':
    case 'tens':
      if (previous !== 'start' && previous !== 'hundred' && previous !== 'big') return false
      state.current += info.value
      break
    case 'dozen':
      if (previous !== 'start' && previous !== 'unit' && previous !== 'teen' && previous !== 'tens') return false
      state.current = (state.current || 1) * 12
      break
    case 'hundred':
      if (previous !== 'start' && previous !== 'unit' && previous !== 'teen') return false
      state.current = (state.current || 1) * 100
      break
    case 'big':
      if (info.value >= state.lastScale || previous === 'big') return false
      state.total += (state.current || 1) * info.value
      state.current = 0
      state.lastScale = info.value
      state.scale = info.value
      break
  }
  state.previous = info.kind
  return true
}

// Start positions worth trying: a digit, or the first letter of a number word or "a/an".
// No \`u\` flag: it makes V8 scan this alternation ~10× slower. Words are
// checked again by \`readWords\`, with Unicode-aware boundaries.
const NUMBER_START = new RegExp(`\\d|\\b(?:an?\\s+(?=dozen|hundred|thousand|million|billion|trillion)|(?:${WORD_ALTERNATION})\\b)`, 'gi')

/**
 * Every number in the text, left to right, non-overlapping.
 * Numerals glued to other tokens ("Covid-19", "10:30", "9pm") are skipped.
 */
export function findNumbers(text: string): NumberToken[] {
  const found: NumberToken[] = []
  NUMBER_START.lastIndex = 0
  for (let match = NUMBER_START.exec(text); match !== null; match = NUMBER_START.exec(text)) {
    const token = readNumber(text, match.index)
    if (token) {
      found.push(token)
      NUMBER_START.lastIndex = token.end
    } else if (/\d/.test(match[0])) {
      // Skip the rest of this digit run, so "2021" is not retried as "021".
      let i = match.index
      while (i < text.length && /[\d.,]/.test(text[i]!)) i++
      NUMBER_START.lastIndex = Math.max(i, match.index + 1)
    }
  }
  return found
}

/** Round away floating-point noise from scaling ("4.1 * 1e6"). */
export function round(value: number): number {
  return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(15))
}
