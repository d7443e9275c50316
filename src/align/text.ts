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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'£$€%.\-/]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu

/** Words (letters/digits, keeping inner apostrophes, dots, hyphens, slashes) with offsets. */
export function words(text: string): Word[] {
  const out: Word[] = []
  for (const m of text.matchAll(WORD)) out.push({text: m[0], start: m.index, end: m.index + m[0].length})
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

/** Content-word stems of a text (hyphenated words also give their parts). */
export function keyTerms(text: string): string[] {
  const out: string[] = []
  for (const w of words(text)) {
    for (const part of w.text.split(/[-/]/)) {
      if (isContent(part)) out.push(stem(part))
    }
  }
  return out
}

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
 */
export function properNouns(text: string): string[] {
  const out: string[] = []
  const list = words(text)
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
