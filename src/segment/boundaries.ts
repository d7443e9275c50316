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

import {classifyAbbreviation, isSentenceOpener, isSpeechVerb} from './abbreviations.js'
import {isCloser, isDigit, isLetter, isLower, isOpener, isQuote, isSpace, isTerminal, isUpper} from './chars.js'

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
  // Answers "does this open bracket close before the end of the block?" in
  // constant time (built on first use), and the start of the word before a
  // terminator without walking back over the same characters again: both
  // keep the scan linear on inputs such as "1.1.1.…" or "((((… . a a a".
  const brackets = new BracketOracle(text, start, end)
  const words = new WordStarts(text)
  // Jump between the only characters that matter (brackets and
  // terminators) with a native regular-expression scan.
  // `test` with the global flag moves `lastIndex` without allocating a match.
  // The search runs on the block alone: on the whole text it would run on
  // past the end of a block without a terminator to the next one, in every
  // block (quadratic on a page of many short blocks). A slice is cheap.
  const interesting = INTERESTING
  const block = start === 0 && end === text.length ? text : text.slice(start, end)
  let i = start
  while (i < end) {
    interesting.lastIndex = i - start
    if (!interesting.test(block)) break
    i = start + interesting.lastIndex - 1
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
    if (insideBracket(brackets, open, boundary)) continue
    if (isBoundary(text, start, end, sentenceStart, runStart, runEnd, boundary, quoted, words)) {
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

/** Whether an open bracket is still open at `at` and closes before the end of the block. */
function insideBracket(brackets: BracketOracle, open: number[], at: number): boolean {
  while (open.length > 0) {
    const top = open[open.length - 1]!
    if (brackets.closesFrom(top, at)) return true
    // Never closed in this block: a stray bracket, ignore it from now on.
    open.pop()
  }
  return false
}

/**
 * Whether a bracket of the kind opened at `openAt` closes in `[from, end)`,
 * counting nesting of that kind from `from` on (depth 1 at `from`).
 *
 * With `P(x)` the number of opening minus closing brackets of that kind in
 * `[blockStart, x)`, the depth after position `p` is `1 + P(p + 1) - P(from)`,
 * so the bracket closes iff `min P(x) over (from, end] < P(from)`. `P` only
 * changes at brackets, so the table holds, per bracket of that kind in the
 * block (in order), its position, `P` just after it, and the minimum of that
 * over it and every later one: built once per block and kind on first use
 * (memory in the number of brackets, not the length of the block), then each
 * question is a binary search instead of a scan to the end of the block
 * (which was quadratic on many unclosed brackets before a long tail).
 */
class BracketOracle {
  private readonly tables = new Map<number, {at: Int32Array; after: Int32Array; minFrom: Int32Array}>()

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number
  ) {}

  closesFrom(openAt: number, from: number): boolean {
    if (from >= this.end) return false
    const {at, after, minFrom} = this.table(this.text.charCodeAt(openAt))
    // The first bracket at or after `from`.
    let lo = 0
    let hi = at.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (at[mid]! < from) lo = mid + 1
      else hi = mid
    }
    if (lo === at.length) return false
    const depthAtFrom = lo === 0 ? 0 : after[lo - 1]!
    return minFrom[lo]! < depthAtFrom
  }

  private table(openCode: number): {at: Int32Array; after: Int32Array; minFrom: Int32Array} {
    let table = this.tables.get(openCode)
    if (table) return table
    const closeCode = openCode === 40 ? 41 : 93
    const positions: number[] = []
    for (let k = this.start; k < this.end; k++) {
      const c = this.text.charCodeAt(k)
      if (c === openCode || c === closeCode) positions.push(k)
    }
    const n = positions.length
    const at = Int32Array.from(positions)
    const after = new Int32Array(n)
    let depth = 0
    for (let j = 0; j < n; j++) {
      depth += this.text.charCodeAt(at[j]!) === openCode ? 1 : -1
      after[j] = depth
    }
    const minFrom = new Int32Array(n)
    for (let j = n - 1; j >= 0; j--) minFrom[j] = j === n - 1 ? after[j]! : Math.min(after[j]!, minFrom[j + 1]!)
    table = {at, after, minFrom}
    this.tables.set(openCode, table)
    return table
  }
}

/**
 * Start positions of the words before terminators, found with one forward
 * pass over the block however many terminators share a word ("1.1.1.…").
 * `breakAfter` is the position right after the last word-breaking character
 * (white space, or an opening quote or bracket other than the straight
 * apostrophe) before `scanned`, or -1.
 */
class WordStarts {
  private scanned = 0
  private breakAfter = -1
  private skippedFrom = -1
  private skippedTo = -1

  constructor(private readonly text: string) {}

  /**
   * The start of the word right before `at`: back to white space or an
   * opening quote or bracket, not before `from`, then past leading openers
   * (a straight apostrophe may open a quote, 'Mr, or end a word, players').
   * "(Mr" gives "Mr", "U.S" gives "U.S". Calls come with increasing `at`.
   */
  startBefore(from: number, at: number): number {
    if (at < this.scanned) return skipOpeners(this.text, walkBack(this.text, from, at), at)
    for (let j = Math.max(this.scanned, from); j < at; j++) {
      const c = this.text.charCodeAt(j)
      if (isSpace(c) || (isOpener(c) && c !== 39)) this.breakAfter = j + 1
    }
    this.scanned = at
    const s = Math.max(from, this.breakAfter)
    // Skipping the same run of leading apostrophes again for every stop
    // would be quadratic: remember the last answer.
    // (Everything in [skippedFrom, skippedTo) is an opener.)
    const to = skipOpeners(this.text, s === this.skippedFrom ? this.skippedTo : s, at)
    this.skippedFrom = s
    this.skippedTo = to
    return to
  }
}

function walkBack(text: string, from: number, at: number): number {
  let s = at
  while (s > from) {
    const c = text.charCodeAt(s - 1)
    if (isSpace(c) || (isOpener(c) && c !== 39)) break
    s--
  }
  return s
}

function skipOpeners(text: string, s: number, at: number): number {
  while (s < at && isOpener(text.charCodeAt(s))) s++
  return s
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
  quoted: boolean,
  words: WordStarts
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

  const single = runEnd - runStart === 1
  const stop = single && text.charCodeAt(runStart) === 46

  if (!spaced) return single ? missingSpace(text, sentenceStart, runStart, next, end) : false

  // Lower case goes on the sentence: ellipses ("which was… unclear"),
  // attributions ("Why now?" she asked), abbreviations ("e.g. the").
  if (isLower(firstCode)) return false

  if (!stop) {
    // "?", "!", "…", "...", "?!": a new sentence unless a quoted question is
    // attributed to a named speaker: "Why now?" Smith asked.
    if (quoted && single && text.charCodeAt(runStart) !== 46 && attributionFollows(text, first, end)) return false
    return true
  }

  // The word before the stop. Only computed here, after a stop and a
  // space: the words of two such stops never overlap, so this is linear.
  const word = text.slice(words.startBefore(sentenceStart, runStart), runStart)
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
 * No space after the terminator: "end.Next" is a missing space, but
 * "£4.5m", "v2.0", "bbc.co.uk", "U.S.-based" and "ASP.NET" are not. A boundary
 * needs a lower-case word of two or more letters before and a capitalised
 * word (capital, then small letter) after.
 */
function missingSpace(text: string, from: number, at: number, next: number, end: number): boolean {
  // The word before is `text.slice(s, at)`, `s` found as in WordStarts. The
  // cheap tests come first, and the walk back stops at the first character
  // that is not a letter, apostrophe or hyphen (at the latest at the previous
  // terminator), so a run of stops without spaces ("1.1.1.…", "a.b.c.…") is
  // read once, not once per stop.
  if (!(next + 1 < end && isUpper(text.charCodeAt(next)) && isLower(text.charCodeAt(next + 1)))) return false
  if (at - from < 2 || !isLower(text.charCodeAt(at - 1)) || !isLower(text.charCodeAt(at - 2))) return false
  let s = at
  while (s > from) {
    const c = text.charCodeAt(s - 1)
    if (isSpace(c) || (isOpener(c) && c !== 39)) break
    if (!isLetter(c) && c !== 39 && c !== 0x2019 && c !== 45) return false
    s--
  }
  const word = text.slice(skipOpeners(text, s, at), at)
  return word.length >= 2 && classifyAbbreviation(word) === undefined
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
