/**
 * Attributions the reporting-verb list does not find, tried only after it
 * found nothing:
 *
 * - a tag after the quote with a verb of the broad class
 *   (`"…," fumed union boss Kath Rowley.`, `"…," Dina Okafor implored the jury.`);
 * - a colon introduction after such a verb (`City boss, Pep Guardiola, enthused: "…"`);
 * - layouts without a verb: round-ups (`Ruth Adler, Financial Herald: "…"`,
 *   `Gary Lineker @GaryLineker on Twitter: "…"`, `The Observer in a leader: "…"`)
 *   and headlines (`Brandt: 'We will not be bullied'`), at the start of a paragraph;
 * - a quoted fragment in a clause whose verb is a speech act
 *   (`It praised Mr Johnson for “how hard he tried”`).
 *
 * @module
 */
import {looksProper, type PersonName} from '../people.js'
import {subjectAfter, subjectBefore, type Mention} from './attribution.js'
import type {VerbHit} from './reporting.js'
import {isSpeechVerb, isTagVerb} from './verbs.js'
import {firstStartingAtOrAfter} from '../span-index.js'

/** How a broad attribution was found. */
export type BroadReason = 'tag-after-verb' | 'colon-verb' | 'round-up' | 'headline' | 'fragment-clause'

/** A broad attribution: the mention and how it was found. */
export interface BroadFound {
  mention: Mention
  reason: BroadReason
}

const BE_BEFORE = /(?:^|[^\p{L}])(?:was|were|is|are|been|being|be)\s+$/iu

function hitAt(text: string, start: number, end: number): VerbHit {
  return {start, end, verb: text.slice(start, end).toLowerCase(), passive: BE_BEFORE.test(text.slice(Math.max(0, start - 12), start)), according: false}
}

/** A tag ends the sentence soon: punctuation, or up to three lowercase words (an object: "the jury") and punctuation. */
// (Each run of spaces is taken whole, `[ ]+(?![ ])`: two adjacent space quantifiers would backtrack quadratically.)
const TAG_END = /(?:[ \u00a0]+(?![ \u00a0])(?:(?:the|a|an|his|her|their|its)[ \u00a0]+(?![ \u00a0]))?\p{Ll}[\p{L}'’-]*){0,3}[ \u00a0]*(?![ \u00a0])(?:[.,;!?]|$)/uy

/**
 * `"…," fumed X` / `"…," X fumed` with a verb of the broad class, after a
 * quote that did not end its own sentence with a full stop. Only the tag's
 * first words are read: a verb, then its subject, or a subject (a person
 * named right there, or he / she / they), then the verb.
 */
export function broadTagAfter(text: string, close: number, regionEnd: number, people: readonly PersonName[]): Mention | null {
  if (endsWithFullStop(text, close)) return null
  const from = close + 1
  // White space, an optional comma, white space: then the tag.
  let at = from
  while (at < regionEnd && isBlank(text.charCodeAt(at))) at++
  if (at < regionEnd && text.charCodeAt(at) === 0x2c) at++
  while (at < regionEnd && isBlank(text.charCodeAt(at))) at++
  if (at === from || at >= regionEnd) return null
  // Verb first: `fumed union boss Kath Rowley`.
  const verbFirst = wordAt(text, at, regionEnd)
  if (verbFirst !== null && isLowerAscii(text.charCodeAt(at))) {
    if (!isTagVerb(verbFirst)) return null
    const verbEnd = at + verbFirst.length
    const subject = subjectAfter(text, verbEnd, regionEnd, people)
    if (!subject || subject.kind === 'source') return null
    TAG_STOP.lastIndex = subject.end
    return TAG_STOP.test(text) && TAG_STOP.lastIndex <= regionEnd + 1 ? subject : null
  }
  // Subject first: a person starting here, or a pronoun.
  let mention: Mention | null = null
  const person = people[firstStartingAtOrAfter(people, at)]
  if (person && person.start === at) {
    mention = {start: person.start, end: person.end, text: person.text, kind: 'person', person}
  } else if (verbFirst !== null && /^(?:he|she|they)$/i.test(verbFirst)) {
    mention = {start: at, end: at + verbFirst.length, text: verbFirst, kind: 'pronoun'}
  }
  if (mention === null) return null
  let v = mention.end
  while (v < regionEnd && isBlank(text.charCodeAt(v))) v++
  if (v === mention.end || !isLowerAscii(text.charCodeAt(v))) return null
  const verb = wordAt(text, v, regionEnd)
  if (verb === null || !isTagVerb(verb)) return null
  TAG_END.lastIndex = v + verb.length
  const m = TAG_END.exec(text)
  return m !== null && m.index + m[0].length <= regionEnd + 1 ? mention : null
}

/** Did the quotation end its sentence with a full stop inside the marks (`….”`)? */
function endsWithFullStop(text: string, close: number): boolean {
  let i = close - 1
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--
  return i >= 0 && text.charCodeAt(i) === 0x2e
}

/** The word of letters and hyphens starting at `at` (before `end`), or null. */
function wordAt(text: string, at: number, end: number): string | null {
  let e = at
  while (e < end && (isWordChar(text.charCodeAt(e)) && text.charCodeAt(e) !== 0x27 && text.charCodeAt(e) !== 0x2019)) e++
  return e > at ? text.slice(at, e) : null
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x09
}

function isLowerAscii(code: number): boolean {
  return code >= 0x61 && code <= 0x7a
}

/** After an inverted tag's subject: punctuation or the end (sticky, read at the subject's end). */
const TAG_STOP = /[ \u00a0]*(?:[.,;!?(]|$)/uy

/** What may stand between a round-up's name and its colon: an outlet, a handle, "on Twitter", "in a leader". */
const SOURCE_GAP = /^(?:[ \u00a0]*,[ \u00a0]*\p{Lu}[\p{L}&'’.-]*(?:[ \u00a0]+\p{Lu}[\p{L}&'’.-]*){0,4}|[ \u00a0]*\([^()]{1,60}\)|[ \u00a0]*@\w{1,30}|[ \u00a0]*\[[^\]]{1,10}\]|[ \u00a0]+(?:on|in|for|to|via|at)(?:[ \u00a0]+(?:the|a|an|his|her|its|their))?(?:[ \u00a0]+[\p{L}'’-]+){1,4})*[ \u00a0]*$/u
/** Longest text between a round-up's name and its colon. */
const SOURCE_GAP_MAX = 100

/**
 * A colon right before the opening mark (`[regionStart, open)` ends in
 * `:`): a broad-class verb before it with its subject, or, at the start of
 * a paragraph, a round-up or headline source.
 */
export function broadColonIntro(text: string, open: number, regionStart: number, blockStart: number, people: readonly PersonName[]): BroadFound | null {
  let colonAt = open
  while (colonAt > regionStart && isBlank(text.charCodeAt(colonAt - 1))) colonAt--
  if (colonAt === regionStart || text.charCodeAt(colonAt - 1) !== 0x3a) return null
  colonAt--
  // `X, the …, enthused:`
  const verb = /(?<![\p{L}-])(\p{Ll}[\p{L}-]+)[ \u00a0]*$/u.exec(text.slice(Math.max(regionStart, colonAt - 30), colonAt))
  if (verb && isTagVerb(verb[1]!)) {
    const verbStart = colonAt - verb[0].length
    const subject = subjectBefore(text, hitAt(text, verbStart, verbStart + verb[1]!.length), regionStart, people)
    if (subject && subject.kind !== 'source') return {mention: subject, reason: 'colon-verb'}
  }
  if (regionStart !== blockStart) return null
  return layoutSource(text, blockStart, colonAt, people)
}

/** `Name[, Outlet | @handle | on Twitter | in a leader]:` opening a paragraph (role words may lead the name). */
function layoutSource(text: string, blockStart: number, colonAt: number, people: readonly PersonName[]): BroadFound | null {
  for (let i = firstStartingAtOrAfter(people, blockStart); i < people.length && people[i]!.end <= colonAt; i++) {
    const person = people[i]!
    const lead = text.slice(blockStart, person.start)
    if (/[,;:.!?"“”‘’(]/.test(lead) || lead.split(/\s+/).filter(Boolean).length > 4 || /(?:^|\s)\p{Ll}/u.test(lead.replace(/\b(?:the|a)\b/gi, ''))) break
    const gap = text.slice(person.end, colonAt)
    if (gap.length > SOURCE_GAP_MAX || !SOURCE_GAP.test(gap)) break
    return {mention: {start: person.start, end: person.end, text: person.text, kind: 'person', person}, reason: gap.trim() === '' ? 'headline' : 'round-up'}
  }
  // An outlet or a one-word name: `The Observer in a leader:`, `Daily Mail:`, `Brandt:`.
  const run = /^[ \u00a0]*(?:The[ \u00a0]+)?((?:\p{Lu}[\p{L}'’&.-]*)(?:[ \u00a0]+\p{Lu}[\p{L}'’&.-]*){0,3})/u.exec(text.slice(blockStart, colonAt))
  if (!run) return null
  const name = run[1]!.replace(/[.]$/, '')
  const start = blockStart + run[0].length - run[1]!.length
  const gap = text.slice(start + run[1]!.length, colonAt)
  if (gap.length > SOURCE_GAP_MAX || !SOURCE_GAP.test(gap) || !looksProper(name)) return null
  return {mention: {start, end: start + name.length, text: name, kind: 'org'}, reason: gap.trim() === '' ? 'headline' : 'round-up'}
}

/**
 * A quoted fragment in a clause whose verb is a speech act, not a reporting
 * verb (`It praised Mr Johnson for “…”`, `Olga Brandt slammed the “…”`):
 * the last such verb before the quote in `[regionStart, open)`, and its subject.
 */
export function broadFragmentClause(text: string, open: number, regionStart: number, people: readonly PersonName[]): Mention | null {
  // The last inflected lowercase word that is a speech verb, at most FRAGMENT_REACH characters back.
  const from = Math.max(regionStart, open - FRAGMENT_REACH)
  let found: VerbHit | null = null
  // (The region is cut out so that the scan stops at the quote; a word cut at `from` is no speech verb.)
  for (const m of text.slice(from, open).matchAll(INFLECTED)) {
    if (isSpeechVerb(m[0])) found = hitAt(text, from + m.index, from + m.index + m[0].length)
  }
  if (found === null || found.passive) return null
  const subject = subjectBefore(text, found, regionStart, people)
  return subject && subject.kind !== 'source' ? subject : null
}

/** How far before a quoted fragment its speech-act verb may be. */
const FRAGMENT_REACH = 160
/** An inflected lowercase word (-ed, -ing, -s): the only forms {@link isSpeechVerb} accepts. */
const INFLECTED = /(?<![A-Za-z\u00c0-\u024f'’-])[a-z]{2,}(?:ed|ing|s)(?![A-Za-z\u00c0-\u024f'’-])/g

/** A character of a word (letters, apostrophes, hyphens): ASCII and Latin-1 letters are enough to find word edges. */
function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x27 || code === 0x2d || code === 0x2019 || (code >= 0xc0 && code <= 0x24f)
}
