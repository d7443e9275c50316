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
const TAG_END = /^(?:[ \u00a0]+(?:the|a|an|his|her|their|its)?[ \u00a0]*\p{Ll}[\p{L}'’-]*){0,3}[ \u00a0]*(?:[.,;!?]|$)/u

/**
 * `"…," fumed X` / `"…," X fumed` with a verb of the broad class, after a
 * quote that did not end its own sentence with a full stop. Only the tag's
 * first words are read: a verb, then its subject, or a subject (a person
 * named right there, or he / she / they), then the verb.
 */
export function broadTagAfter(text: string, close: number, regionEnd: number, people: readonly PersonName[]): Mention | null {
  if (/\.\s*$/.test(text.slice(Math.max(0, close - 2), close))) return null
  const from = close + 1
  const rest = text.slice(from, Math.min(regionEnd, from + 200))
  const lead = /^[ \u00a0]*,?[ \u00a0]*/.exec(rest)![0].length
  if (lead === 0) return null
  const at = from + lead
  // Verb first: `fumed union boss Kath Rowley`.
  const verbFirst = /^(\p{Ll}[\p{L}-]+)(?=[ \u00a0])/u.exec(text.slice(at, at + 30))
  if (verbFirst && isTagVerb(verbFirst[1]!)) {
    const verbEnd = at + verbFirst[1]!.length
    const subject = subjectAfter(text, verbEnd, regionEnd, people)
    if (subject && subject.kind !== 'source' && /^[ \u00a0]*(?:[.,;!?(]|$)/u.test(text.slice(subject.end, regionEnd))) return subject
    return null
  }
  // Subject first: a person starting here, or a pronoun.
  let subjectEnd = -1
  let mention: Mention | null = null
  const i = firstStartingAtOrAfter(people, at)
  const person = people[i]
  if (person && person.start === at) {
    subjectEnd = person.end
    mention = {start: person.start, end: person.end, text: person.text, kind: 'person', person}
  } else {
    const pronoun = /^(he|she|they)(?=[ \u00a0])/iu.exec(text.slice(at, at + 6))
    if (pronoun) {
      subjectEnd = at + pronoun[1]!.length
      mention = {start: at, end: subjectEnd, text: pronoun[1]!, kind: 'pronoun'}
    }
  }
  if (mention === null) return null
  const verb = /^[ \u00a0]+(\p{Ll}[\p{L}-]+)/u.exec(text.slice(subjectEnd, subjectEnd + 30))
  if (!verb || !isTagVerb(verb[1]!)) return null
  const verbEnd = subjectEnd + verb[0].length
  return TAG_END.test(text.slice(verbEnd, regionEnd)) ? mention : null
}

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
  const region = text.slice(regionStart, open)
  const colon = /:[ \u00a0]*$/u.exec(region)
  if (!colon) return null
  const colonAt = regionStart + colon.index
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
  const region = text.slice(regionStart, open)
  let found: VerbHit | null = null
  for (const m of region.matchAll(/(?<![\p{L}'’-])\p{Ll}[\p{L}-]{2,}(?![\p{L}'’-])/gu)) {
    if (isSpeechVerb(m[0])) found = hitAt(text, regionStart + m.index, regionStart + m.index + m[0].length)
  }
  if (found === null || found.passive) return null
  const subject = subjectBefore(text, found, regionStart, people)
  return subject && subject.kind !== 'source' ? subject : null
}
