/**
 * Small, dependency-free text helpers for alignment: word tokens, a crude
 * stemmer, stopwords, years and proper nouns. Deliberately simple and
 * language-agnostic beyond English suffixes: alignment only needs "do these
 * two sentences talk about the same thing", not linguistics.
 *
 * @module
 */

/** Function words and reporting verbs that say nothing about *which* fact a sentence states. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without into onto over under about above below ' +
    'after before since until during through between among against per via as than then that this these those there ' +
    'here it its it’s it\'s is are was were be been being am do does did done doing have has had having will would ' +
    'shall should can could may might must not no yes all any both each few more most other some such only own same ' +
    'too very just also even still again further once which who whom whose what when where why how i me my we us our ' +
    'ours you your he him his she her they them their theirs one ones said says say saying told tells according ' +
    'added adding new mr mrs ms dr cllr sir dame up out off down if while because though although whether ' +
    'including include includes included around across within upon re s t'
  ).split(/\s+/)
)

/** Irregular plurals that a suffix stripper would miss. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['children', 'child'],
  ['people', 'person'],
  ['men', 'man'],
  ['women', 'woman'],
  ['feet', 'foot'],
  ['teeth', 'tooth'],
  ['mice', 'mouse'],
  ['geese', 'goose'],
  ['data', 'datum']
])

const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ions', 'ion', 'ies', 'ed', 'es', 'ly', 's']

/**
 * A crude stem: lowercase, possessive removed, one common suffix stripped,
 * a trailing `e` dropped. "inspection", "inspected" and "inspects" all give
 * `inspect`; "recruitment" and "recruiting" give `recruit`.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s?$/u, '')
  const irregular = IRREGULAR.get(w)
  if (irregular) return irregular
  if (w.length <= 3 || /\d/.test(w)) return w
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length)
      if (suffix === 'ies') w += 'y'
      break
    }
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  // "planned" → "plann" → "plan": undouble a final consonant left by -ed/-ing.
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1)
  return w
}

/** A word of a text with its offset. */
export interface Word {
  text: string
  start: number
  end: number
}

/**
 * What {@link words} finds, as a regular expression (the specification;
 * `tests/align/text.test.ts` checks the scanner against it).
 */
export const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}’'£$€%.\-/]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u

/** Is the code point a letter or digit (`\p{L}` or `\p{N}`)? ASCII without a regex. */
function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code))
}

/** `’ ' £ $ € % . - /`: may stand inside a word (with `%`, may end one). */
function isInnerMark(code: number): boolean {
  return code === 0x2019 || code === 0x27 || code === 0xa3 || code === 0x24 || code === 0x20ac || code === 0x25 || code === 0x2e || code === 0x2d || code === 0x2f
}

/**
 * Words (letters/digits, keeping inner apostrophes, dots, hyphens, slashes)
 * with offsets: the matches of {@link WORD_PATTERN}, found by one scan over
 * the code points instead of the regex (alignment tokenizes every claim's
 * sentence; this was its largest cost). A word starts at a letter or digit,
 * runs over letters, digits and inner marks, and ends at its last letter,
 * digit or `%`.
 */
export function words(text: string): Word[] {
  const out: Word[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const code = text.codePointAt(i) as number
    const width = code > 0xffff ? 2 : 1
    if (!isLetterOrDigit(code)) {
      i += width
      continue
    }
    const start = i
    let end = i + width
    let j = end
    while (j < n) {
      const next = text.codePointAt(j) as number
      const w = next > 0xffff ? 2 : 1
      if (next === 0x25 || isLetterOrDigit(next)) {
        j += w
        end = j
      } else if (isInnerMark(next)) j += w
      else break
    }
    out.push({text: text.slice(start, end), start, end})
    i = end
  }
  return out
}

/** Is this word a content word (not a stopword, not a bare number)? */
export function isContent(word: string): boolean {
  const lower = word.toLowerCase().replace(/[’']s?$/u, '')
  if (lower.length < 2) return false
  if (STOPWORDS.has(lower)) return false
  if (/^[\d.,/%-]+$/.test(lower)) return false
  return true
}

/** Content-word stems of a text (hyphenated words also give their parts); `list`: its {@link words}, if known. */
export function keyTerms(text: string, list: readonly Word[] = words(text)): string[] {
  const out: string[] = []
  for (const w of list) wordTerms(w.text, out)
  return out
}

/**
 * The key terms of one word as {@link words} gives it (so `keyTerms(word)`
 * without tokenizing again: a token read alone is that one token), pushed
 * onto `out`.
 */
export function wordTerms(word: string, out: string[]): void {
  for (const part of word.split(/[-/]/)) {
    const term = termOf(part)
    if (term !== null) out.push(term)
  }
}

/**
 * `isContent(part) ? stem(part) : null`, remembered: news repeats its words,
 * and alignment asks for the terms of every claim's sentence. The memory is
 * emptied when it holds {@link TERM_MEMO_SIZE} words, so it stays bounded.
 */
function termOf(part: string): string | null {
  let term = termMemo.get(part)
  if (term === undefined) {
    term = isContent(part) ? stem(part) : null
    if (termMemo.size >= TERM_MEMO_SIZE) termMemo.clear()
    termMemo.set(part, term)
  }
  return term
}

const TERM_MEMO_SIZE = 100_000
const termMemo = new Map<string, string | null>()

/** Four-digit years 1800–2199 written in a text ("2018", "2021/22" gives 2021 and 2022). */
export function yearsIn(text: string): number[] {
  const out = new Set<number>()
  for (const m of text.matchAll(/\b(1[89]\d\d|2[01]\d\d)(?:\s*[/–-]\s*(\d{2,4}))?\b/g)) {
    const first = Number(m[1])
    out.add(first)
    if (m[2]) {
      const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2])
      if (second > first && second - first < 5) out.add(second)
    }
  }
  return [...out].sort((a, b) => a - b)
}

/**
 * Capitalised words that are not the first word of the text and not a
 * stopword: a cheap proxy for names of people, places and organisations.
 * `list`: the text's {@link words}, if known.
 */
export function properNouns(text: string, list: readonly Word[] = words(text)): string[] {
  const out: string[] = []
  for (let i = 0; i < list.length; i++) {
    const w = list[i] as Word
    if (!/^\p{Lu}/u.test(w.text)) continue
    const before = text.slice(Math.max(0, w.start - 8), w.start).trimEnd()
    const sentenceStart = i === 0 || before === '' || /[.!?:“"‘(\n]$/.test(before) || newlineInTrailingSpace(text.slice(Math.max(0, w.start - 8), w.start))
    if (sentenceStart) continue
    const lower = w.text.toLowerCase().replace(/[’']s?$/u, '')
    if (STOPWORDS.has(lower) || lower.length < 2) continue
    out.push(lower)
  }
  return out
}

/** Lowercase, unify quotes and dashes, collapse spaces. */
export function normalizeSpace(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Compare strings by UTF-16 code units (locale-independent, deterministic). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Round to 2 decimals (stable output). */
export function round2(n: number): number {
  return Math.round(n * 100) / 100
}

/**
 * Whether the white space at the end of `text` contains a line break: what
 * `/\n\s*$/.test(text)` answers, without the regex retrying from every
 * position of a long run (`\s` and `trimEnd` agree on what is white space).
 */
function newlineInTrailingSpace(text: string): boolean {
  return text.slice(text.trimEnd().length).includes('\n')
}
