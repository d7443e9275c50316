/**
 * People named by one word ("Rajan said", "Jobs, 55,"), bare-surname
 * mentions of people already named ("Birch said"), and resolving a mention
 * to the full name.
 *
 * @module
 */
import type {Span} from '../../types.js'
import {canStartName, lexTags, NON_NAME_WORDS, ORG_WORDS, precedingWord, ROLE_HEADS, TITLE_WORDS} from './words.js'
import type {PersonName} from './names.js'
import {matchesIn, nextMatch} from '../next-match.js'
import {overlapsAny} from '../span-index.js'


/**
 * People named by one word, found by what they do in the sentence: the
 * subject of a reporting verb (`Rajan said`, `said Kumar,`) or a word with an
 * age in apposition (`Jobs, 55,`). The word must be capitalized, not a
 * common word, title, organisation or place word (compromise's lexicon, as
 * for names), not part of a longer capitalized run and not after "the".
 */
export function findSingleNames(text: string, verbs: readonly Span[], taken: readonly Span[], start = 0, end = text.length): PersonName[] {
  const out: PersonName[] = []
  const starts = new Set<number>()
  const add = (s: number, e: number, tagAt = -1) => {
    if (s < start || e > end || overlapsAny(taken, s, e) || starts.has(s)) return
    const word = text.slice(s, e)
    if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(word) || TITLE_WORDS.has(word) || ROLE_HEADS.has(word.toLowerCase())) return
    // A surname that is also a common word or place ("Wood", "Little", "London") is a name in a quotation's tag.
    if (!canStartName(word) && !(tagAt >= 0 && AFTER_CLOSING_MARK.test(text.slice(Math.max(start, tagAt - 4), tagAt)) && commonWordSurname(word))) return
    // Part of a longer capitalized run, or "the Guardian".
    const before = precedingWord(text, s, start)
    if (before && ((/^\p{Lu}/u.test(before) && !/[.!?:,]$/.test(before)) || /^(?:the|a|an)$/i.test(before))) return
    if (/^[ \u00a0]+\p{Lu}/u.test(text.slice(e, e + 2))) return
    out.push({text: word, start: s, end: e, name: word, surname: word, honorific: null, full: false, gender: null, suffix: null})
    starts.add(s)
  }
  for (const verb of verbs) {
    // "Rajan said", "Rajan also said".
    const b = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]+)[ \u00a0]+(?:(?:also|then|later|has|had)[ \u00a0]+)?$/u.exec(text.slice(Math.max(start, verb.start - 40), verb.start))
    if (b) {
      const s = verb.start - b[0].length
      add(s, s + b[1]!.length, s)
    }
    // "said Kumar, who …", "said Kumar."
    const a = /^[ \u00a0]+(\p{Lu}[\p{L}'’-]+)(?=[,.;:!?]|[ \u00a0]+(?:who|in|on|at|after|before|when|as)\b)/u.exec(text.slice(verb.end, verb.end + 40))
    if (a) {
      const s = verb.end + a[0].length - a[1]!.length
      add(s, s + a[1]!.length, verb.start)
    }
  }
  // "Jobs, 55, who …": an age in apposition.
  // Every match holds AGE_TAIL after its start: with no AGE_TAIL from `start` on, the (slower) scan finds nothing.
  if (nextMatch(AGE_TAIL, text, start) !== null) {
    for (const m of matchesIn(AGE_APPOSITION, text, start, end)) add(m.index, m.index + m[1]!.length)
  }
  return out.sort((x, y) => x.start - y.start)
}

/** A quotation's tag starts here: `"…," | Wood said`, `"…," | said Wood`. */
const AFTER_CLOSING_MARK = /[”"’'],?[ \u00a0]+$/u

/**
 * A capitalized common word or place that can be a surname: a singular noun,
 * adjective or place in the lexicon ("Wood", "Little", "Brown", "Hope",
 * "London"), not a plural ("Officials"), a verb, a function word, or a word
 * that never starts a name ("Police", "Today").
 */
function commonWordSurname(word: string): boolean {
  if (NON_NAME_WORDS.has(word) || ORG_WORDS.has(word)) return false
  const tags = lexTags(word)
  return tags.length > 0 && tags.every((t) => COMMON_SURNAME_TAGS.has(t))
}

const COMMON_SURNAME_TAGS = new Set(['Noun', 'Singular', 'Adjective', 'Comparable', 'Comparative', 'Uncountable', 'City', 'Place', 'Town', 'Region', 'Country', 'ProperNoun', 'MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person'])

/** "Jobs, 55,": a capitalized word with an age in apposition. */
const AGE_APPOSITION = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]+),[ \u00a0]+\d{1,3},/gu
/** The end of {@link AGE_APPOSITION}: ", 55,". */
const AGE_TAIL = /,[ \u00a0]+\d{1,3},/g

interface Surnames {
  length: number
  surnames: Map<string, PersonName>
  /**
   * The surnames by their first UTF-16 unit, each list in the order of
   * `surnames` (the order in which an alternation of them would try them).
   */
  byFirst: Map<number, string[]>
  /**
   * Bit `c` (bit `c & 31` of word `c >> 5`) is set when a surname starts with
   * the unit `c` (< 256). Eight 32-bit words: small enough for V8 to keep
   * inside the object heap (a 256-byte array gets a separately allocated buffer).
   */
  small: Uint32Array
  /** Does a surname start with a unit of 256 or more? */
  wide: boolean
}
/** The surnames of a list of known people, per list (a list is searched once per sentence or paragraph). */
const surnameCache = new WeakMap<readonly PersonName[], Surnames>()

function surnamesOf(known: readonly PersonName[]): Surnames {
  const cached = surnameCache.get(known)
  if (cached !== undefined && cached.length === known.length) return cached
  const surnames = new Map<string, PersonName>()
  // A bare surname is the person without a suffix when there is one ("Ruiz" is Martin Ruiz, not Martin Ruiz Jr.).
  for (const person of known) if (person.full && (!surnames.has(person.surname) || (surnames.get(person.surname)!.suffix !== null && person.suffix === null))) surnames.set(person.surname, person)
  // One-word names found by their role in a sentence ("Rajan said") are known by that word too.
  for (const person of known) if (!person.full && person.honorific === null && !surnames.has(person.surname)) surnames.set(person.surname, person)
  const byFirst = new Map<number, string[]>()
  for (const surname of surnames.keys()) {
    if (surname === '') continue
    const first = surname.charCodeAt(0)
    const list = byFirst.get(first)
    if (list === undefined) byFirst.set(first, [surname])
    else list.push(surname)
  }
  const small = new Uint32Array(8)
  let wide = false
  for (const first of byFirst.keys()) {
    if (first < 256) small[first >> 5]! |= 1 << (first & 31)
    else wide = true
  }
  const found = {length: known.length, surnames, byFirst, small, wide}
  surnameCache.set(known, found)
  return found
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** The code point that ends right before `offset`, or -1 at the start (a surrogate pair read as one). */
function codePointBefore(text: string, offset: number): number {
  if (offset <= 0) return -1
  const low = text.charCodeAt(offset - 1)
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = text.charCodeAt(offset - 2)
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
  }
  return low
}

/** Is the code point a letter or a digit (`\p{L}`, `\p{N}`)? ASCII is answered without a regex. */
function isLetterOrDigit(cp: number): boolean {
  if (cp < 0) return false
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp))
}

/**
 * The first surname of `names` at or after `from`, starting before `end`,
 * as the unicode regex `(?<![\p{L}\p{N}'’])(?:S1|S2|…)(?![\p{L}\p{N}])`
 * (the surnames escaped, in map order) would find it: the leftmost
 * position, and there the first surname in order that fits. A plain scan:
 * a regex of an article's surnames would be compiled again for every article.
 */
function nextSurname(names: Surnames, text: string, from: number, end: number): {index: number; surname: string} | null {
  const {byFirst, small, wide} = names
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code < 256 ? (small[code >> 5]! & (1 << (code & 31))) === 0 : !wide) continue
    const list = byFirst.get(code)
    if (list === undefined) continue
    const before = codePointBefore(text, i)
    if (before === 0x27 || before === 0x2019 || isLetterOrDigit(before)) continue
    for (const surname of list) {
      if (!text.startsWith(surname, i)) continue
      if (isLetterOrDigit(text.codePointAt(i + surname.length) ?? -1)) continue
      return {index: i, surname}
    }
  }
  return null
}

/**
 * Find bare-surname mentions ("Birch said") of people already known by full
 * name, outside the spans already found.
 */
export function findSurnameMentions(text: string, known: readonly PersonName[], taken: readonly Span[], start = 0, end = text.length): PersonName[] {
  const names = surnamesOf(known)
  if (names.surnames.size === 0) return []
  const out: PersonName[] = []
  let from = start
  for (;;) {
    const m = nextSurname(names, text, from, end)
    if (m === null) break
    const s = m.index
    const e = s + m.surname.length
    if (e > end) break
    from = e
    if (overlapsAny(taken, s, e)) continue
    const person = names.surnames.get(m.surname)!
    out.push({text: m.surname, start: s, end: e, name: m.surname, surname: m.surname, honorific: null, full: false, gender: person.gender, suffix: null})
  }
  return out
}

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Resolve a mention to a full name: a full name stays; a surname or
 * honorific+surname ("Ms Joyner") takes the full name with that surname
 * mentioned earlier (else anywhere) in the article; failing that, the
 * mention as written.
 */
export function resolvePerson(mention: PersonName, known: readonly PersonName[]): string {
  if (mention.full) return mention.name
  // "Ruiz Jr." is the Jr.; a bare "Ruiz" prefers the Ruiz without a suffix, else any Ruiz. One pass:
  // the last such person before the mention, else the first one.
  let exactEarlier: PersonName | undefined
  let exactFirst: PersonName | undefined
  let anyEarlier: PersonName | undefined
  let anyFirst: PersonName | undefined
  for (const p of known) {
    if (!p.full || p.surname !== mention.surname) continue
    anyFirst ??= p
    if (p.start < mention.start) anyEarlier = p
    if (p.suffix === mention.suffix) {
      exactFirst ??= p
      if (p.start < mention.start) exactEarlier = p
    }
  }
  const pick = exactFirst !== undefined ? exactEarlier ?? exactFirst : mention.suffix === null ? anyEarlier ?? anyFirst : undefined
  if (pick) return pick.name
  // Family name first ("Shi Zaiqing", "Ban Ki-moon"): "Shi said", "Mr. Ban" are the full name that starts with the word.
  const familyFirst = mention.suffix === null ? known.find((p) => p.full && p.name.startsWith(`${mention.surname} `)) : undefined
  return familyFirst ? familyFirst.name : mention.text
}
