// The quadratic segmenter scan as it was before the linear rewrite, kept as
// the reference the linear one must agree with (tests/segment/linear.test.ts).
/**
 * Find sentence boundaries inside one block of text.
 *
 * A single forward scan over UTF-16 code units. Only a run of terminal
 * punctuation (`.`, `!`, `?`, `…`) can end a sentence; the run takes any
 * closing quotes and brackets right after it (`fix this.” Next`), and the
 * text after that decides (see {@link isBoundary}). Boundaries therefore
 * always fall after an ASCII or BMP punctuation mark, so a surrogate pair is
 * never split.
 *
 * @module
 */

import {classifyAbbreviation, isSentenceOpener, isSpeechVerb} from '../../../src/segment/abbreviations.js'
import {isCloser, isDigit, isLetter, isLower, isOpener, isQuote, isSpace, isTerminal, isUpper} from '../../../src/segment/chars.js'

/**
 * Append the trimmed `[start, end)` spans of the sentences of
 * `text.slice(start, end)` to `out`, as flat pairs (`start0, end0, start1,
 * end1, …`). Empty (all-white-space) pieces are left out.
 */
export function blockSentenceSpans(text: string, start: number, end: number, out: number[]): void {
  let sentenceStart = start
  // Positions of open brackets not yet closed; a terminator inside a bracket
  // that closes later in the block does not end the sentence:
  // "The firm (founded 1990. It has 40 staff) said…".
  const open: number[] = []
  // Jump between the only characters that matter (brackets and
  // terminators) with a native regular-expression scan.
  // `test` with the global flag moves `lastIndex` without allocating a match.
  const interesting = INTERESTING
  let i = start
  while (i < end) {
    interesting.lastIndex = i
    if (!interesting.test(text)) break
    i = interesting.lastIndex - 1
    if (i >= end) break
    const code = text.charCodeAt(i)
    if (code === 40 || code === 91) {
      open.push(i)
      i++
      continue
    }
    if (code === 41 || code === 93) {
      closeBracket(text, open, code)
      i++
      continue
    }

    // The terminator run, then the closers that belong to it.
    const runStart = i
    let runEnd = i + 1
    while (runEnd < end && isTerminal(text.charCodeAt(runEnd))) runEnd++
    let boundary = runEnd
    let quoted = false
    while (boundary < end) {
      const c = text.charCodeAt(boundary)
      if (!isCloser(c)) break
      if (c === 41 || c === 93) closeBracket(text, open, c)
      else quoted = true
      boundary++
    }
    i = boundary
    if (boundary >= end) break
    if (insideBracket(text, open, boundary, end)) continue
    if (isBoundary(text, start, end, sentenceStart, runStart, runEnd, boundary, quoted)) {
      pushTrimmed(text, sentenceStart, boundary, out)
      sentenceStart = boundary
    }
  }
  pushTrimmed(text, sentenceStart, end, out)
}

// Brackets and the terminators of isTerminal().
const INTERESTING = /[.!?()[\]\u2026\u203c\u2047-\u2049]/g

function closeBracket(text: string, open: number[], close: number): void {
  const want = close === 41 ? 40 : 91
  const top = open[open.length - 1]
  if (top !== undefined && text.charCodeAt(top) === want) open.pop()
}

/** Whether an open bracket is still open at `at` and closes before `end`. */
function insideBracket(text: string, open: number[], at: number, end: number): boolean {
  while (open.length > 0) {
    const top = open[open.length - 1]!
    if (closesBefore(text, top, at, end)) return true
    // Never closed in this block: a stray bracket, ignore it from now on.
    open.pop()
  }
  return false
}

function closesBefore(text: string, openAt: number, from: number, end: number): boolean {
  const openCode = text.charCodeAt(openAt)
  const closeCode = openCode === 40 ? 41 : 93
  let depth = 1
  for (let j = from; j < end; j++) {
    const c = text.charCodeAt(j)
    if (c === openCode) depth++
    else if (c === closeCode && --depth === 0) return true
  }
  return false
}

function pushTrimmed(text: string, s: number, e: number, out: number[]): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--
  if (e > s) out.push(s, e)
}

/**
 * Decide whether the sentence ends at `boundary`, after the terminator run
 * `[runStart, runEnd)` and its closers. `blockStart`/`end` bound the block;
 * `sentenceStart` is where the current sentence began.
 */
function isBoundary(
  text: string,
  blockStart: number,
  end: number,
  sentenceStart: number,
  runStart: number,
  runEnd: number,
  boundary: number,
  quoted: boolean
): boolean {
  let next = boundary
  while (next < end && isSpace(text.charCodeAt(next))) next++
  if (next >= end) return true
  const spaced = next > boundary
  // The first letter (or digit, or symbol) of what follows, past opening
  // quotes and brackets.
  let first = next
  while (first < end && isOpener(text.charCodeAt(first))) first++
  const firstCode = first < end ? text.charCodeAt(first) : 0
  const opened = first > next

  const word = wordBefore(text, sentenceStart, runStart)
  const single = runEnd - runStart === 1
  const stop = single && text.charCodeAt(runStart) === 46

  if (!spaced) return single ? missingSpace(text, word, next, end) : false

  // Lower case goes on the sentence: ellipses ("which was… unclear"),
  // attributions ("Why now?" she asked), abbreviations ("e.g. the").
  if (isLower(firstCode)) return false

  if (!stop) {
    // "?", "!", "…", "...", "?!": a new sentence unless a quoted question is
    // attributed to a named speaker: "Why now?" Smith asked.
    if (quoted && single && text.charCodeAt(runStart) !== 46 && attributionFollows(text, first, end)) return false
    return true
  }

  if (word === '') return true
  // A list marker at the start of the block: "1. Introduction", "a. Costs".
  if (word.length <= 3 && runStart - word.length === blockStart && /^(?:\d+|[A-Za-z]|[ivxIVX]+)$/.test(word)) return false

  const cls = classifyAbbreviation(word)
  switch (cls) {
    case undefined:
      return true
    case 'title':
    case 'inner':
      return false
    case 'numeric':
    case 'month':
      if (isDigit(firstCode)) return false
      return openerFollows(text, first, end, opened)
    case 'ambiguous':
      return openerFollows(text, first, end, opened)
  }
}

/**
 * The word right before a terminator: back to white space or an opening
 * quote/bracket, not before `from`. "(Mr" gives "Mr", "U.S" gives "U.S".
 */
function wordBefore(text: string, from: number, at: number): string {
  let s = at
  while (s > from) {
    const c = text.charCodeAt(s - 1)
    if (isSpace(c) || (isOpener(c) && c !== 39)) break
    s--
  }
  // A straight apostrophe may open a quote ('Mr) or end a word (players').
  while (s < at && isOpener(text.charCodeAt(s))) s++
  return text.slice(s, at)
}

/**
 * No space after the terminator: "end.Next" is a missing space, but
 * "£4.5m", "v2.0", "bbc.co.uk", "U.S.-based" and "ASP.NET" are not. A boundary
 * needs a lower-case word of two or more letters before and a capitalised
 * word (capital, then small letter) after.
 */
function missingSpace(text: string, word: string, next: number, end: number): boolean {
  if (word.length < 2 || classifyAbbreviation(word) !== undefined) return false
  for (let j = 0; j < word.length; j++) {
    const c = word.charCodeAt(j)
    if (!isLetter(c) && c !== 39 && c !== 0x2019 && c !== 45) return false
  }
  if (!isLower(word.charCodeAt(word.length - 1)) || !isLower(word.charCodeAt(word.length - 2))) return false
  return next + 1 < end && isUpper(text.charCodeAt(next)) && isLower(text.charCodeAt(next + 1))
}

/**
 * After an ambiguous abbreviation: a boundary when the next word is a
 * common sentence opener ("at 9 p.m. The next day"), or when an opening quote
 * starts a capitalised passage ("in the U.S. “We…").
 */
function openerFollows(text: string, first: number, end: number, opened: boolean): boolean {
  const code = text.charCodeAt(first)
  if (opened && quoteBefore(text, first) && isUpper(code)) return true
  return isSentenceOpener(wordAt(text, first, end))
}

function quoteBefore(text: string, first: number): boolean {
  return first > 0 && isQuote(text.charCodeAt(first - 1))
}

/** The run of letters starting at `at`. */
function wordAt(text: string, at: number, end: number): string {
  let e = at
  while (e < end && isLetter(text.charCodeAt(e))) e++
  return text.slice(at, e)
}

/**
 * `"Why now?" Smith asked` / `"Stop!" Mr Jones shouted`: one to three
 * capitalised words (a name, perhaps with a title) and then a reporting verb.
 * A capitalised pronoun ("He said…") after a closing quote is a new sentence
 * in standard style, so it does not count.
 */
function attributionFollows(text: string, first: number, end: number): boolean {
  let at = first
  for (let names = 0; names <= 3; names++) {
    const word = wordAt(text, at, end)
    if (word === '') return false
    if (names > 0 && isSpeechVerb(word)) return true
    if (!isUpper(word.charCodeAt(0)) || PRONOUNS.has(word)) return false
    at += word.length
    // Allow "Dr. Smith", "O'Neill", "Smith-Jones" inside the name.
    while (at < end) {
      const c = text.charCodeAt(at)
      if (c === 46 || c === 39 || c === 0x2019 || c === 45) at++
      else break
    }
    if (at >= end || !isSpace(text.charCodeAt(at))) return false
    while (at < end && isSpace(text.charCodeAt(at))) at++
  }
  return false
}

const PRONOUNS = new Set(['He', 'She', 'They', 'We', 'I', 'It', 'You', 'The', 'This', 'That'])
