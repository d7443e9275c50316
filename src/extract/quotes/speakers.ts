/**
 * Speaker resolution: turn an attribution mention into a name.
 *
 * - A full name stays ("Carl Cashman"); a surname or title+surname ("Cllr
 *   Cashman", "Ms Joyner", "Birch") takes the full name mentioned earlier.
 * - "he" / "she" (and epithets: "the Spaniard", "the 34-year-old"): the
 *   most recent person mentioned before it (outside
 *   quotations, within a few paragraphs) whose first name does not say the
 *   other gender (compromise's first-name lexicon; unknown names fit both).
 *   "they" / "it": null (usually an organisation or a group).
 * - A role ("the chief executive", "the council's director of children's
 *   services"): the person the article names with that role, else null.
 * - An organisation named with capitals ("Ofsted", "Merseyside Police"): its
 *   name as written. A common noun source ("the report", "inspectors"): null.
 *
 * @module
 */
import type {Span} from '../../types.js'
import {resolvePerson, ROLE_HEADS, type PersonName, type RoleMention} from '../people.js'
import type {Mention} from './attribution.js'
import {inSubjectPosition} from './attribute.js'

/** Article-wide facts speaker resolution needs. */
export interface SpeakerContext {
  /** Person mentions outside quotations, in text order. */
  people: readonly PersonName[]
  /** People named with a role. */
  roles: readonly RoleMention[]
  /** The index of the block an offset lies in, for "a few paragraphs back". */
  blockOf(offset: number): number
  /** The article text, to see sentence ends between person mentions (pronouns prefer a sentence's subject). */
  text?: string
  /** Where each block starts (to tell a person in subject position). */
  blockStarts?: readonly number[]
}

/**
 * The current speaker: who spoke the last attributed quotation (a person,
 * or an organisation such as a newspaper), and in which block. A pronoun
 * refers to them rather than to someone merely mentioned since.
 */
export interface CurrentSpeaker {
  person: PersonName | null
  org: string | null
  block: number
}

/** A resolved speaker: the name, and the person it is when it is one. */
export interface Resolved {
  speaker: string | null
  person: PersonName | null
}

/** How many paragraphs back the current speaker stays current for a pronoun. */
const CURRENT_REACH = 2

/** How many paragraphs back a pronoun may look for its person. */
const PRONOUN_REACH = 4

/** Resolve a mention to a speaker name, or null. */
export function resolveSpeaker(mention: Mention, ctx: SpeakerContext, current: CurrentSpeaker | null = null): string | null {
  return resolveMention(mention, ctx, current).speaker
}

/** Resolve a mention to a speaker and, when it is a person, that person. */
export function resolveMention(mention: Mention, ctx: SpeakerContext, current: CurrentSpeaker | null = null): Resolved {
  const live = current !== null && ctx.blockOf(mention.start) - current.block <= CURRENT_REACH ? current : null
  switch (mention.kind) {
    case 'person':
      return {speaker: resolvePerson(mention.person!, ctx.people), person: mention.person!}
    case 'pronoun':
      return resolvePronoun(mention, ctx, live)
    case 'epithet':
      return personResult(resolveRecent(mention, ctx, null, null), ctx)
    case 'role':
      return {speaker: resolveRole(mention, ctx), person: null}
    case 'org':
      return {speaker: orgName(mention, ctx), person: null}
    case 'outlet':
      // "the paper", "the editorial": the outlet quoted last.
      return {speaker: live?.org ?? null, person: null}
    default:
      return {speaker: null, person: null}
  }
}

function personResult(person: PersonName | null, ctx: SpeakerContext): Resolved {
  return person === null ? {speaker: null, person: null} : {speaker: resolvePerson(person, ctx.people), person}
}

/** An organisation's name; a one-word name that is the surname of a person named in full is that person ("Brandt:"). */
function orgName(mention: Mention, ctx: SpeakerContext): string {
  const name = (mention.org ?? mention.text).replace(/^(?:the|a|an)\s+/i, '').replace(/\s+/g, ' ')
  if (/^\p{Lu}[\p{L}'’-]+$/u.test(name)) {
    const full = ctx.people.find((p) => p.full && p.surname === name)
    if (full) return full.name
  }
  return name
}

function resolvePronoun(mention: Mention, ctx: SpeakerContext, current: CurrentSpeaker | null): Resolved {
  // "him" / "her": the object of "quoted him saying".
  const word = {him: 'he', her: 'she'}[mention.text.toLowerCase()] ?? mention.text.toLowerCase()
  // "it said": the organisation quoted last.
  if (word === 'it') return {speaker: current?.org ?? null, person: null}
  if (word !== 'he' && word !== 'she') return {speaker: null, person: null}
  return personResult(resolveRecent(mention, ctx, word === 'he' ? 'male' : 'female', current), ctx)
}

/**
 * The person a pronoun or epithet refers to: the most recent person before
 * the mention, a few paragraphs back at most, not of the other gender
 * (stepping back to the subject of that person's sentence); but the current
 * speaker when that person is only mentioned, not the subject of a clause.
 */
function resolveRecent(mention: Mention, ctx: SpeakerContext, want: 'male' | 'female' | null, current: CurrentSpeaker | null): PersonName | null {
  const block = ctx.blockOf(mention.start)
  const speaker = current?.person && fits(current.person, ctx, want) ? current.person : null
  for (let i = ctx.people.length - 1; i >= 0; i--) {
    const person = ctx.people[i]!
    if (person.end > mention.start) continue
    if (block - ctx.blockOf(person.start) > PRONOUN_REACH) break
    if (!fits(person, ctx, want)) continue
    const candidate = want === null ? person : sentenceSubject(i, ctx, want, ctx.text)
    if (speaker && !samePerson(candidate, speaker, ctx) && ctx.text !== undefined && !inSubjectPosition(ctx.text, candidate, ctx.blockStarts?.[ctx.blockOf(candidate.start)] ?? 0)) return speaker
    return candidate
  }
  return speaker
}

function samePerson(a: PersonName, b: PersonName, ctx: SpeakerContext): boolean {
  return a === b || resolvePerson(a, ctx.people) === resolvePerson(b, ctx.people)
}

function fits(person: PersonName, ctx: SpeakerContext, want: 'male' | 'female' | null): boolean {
  const gender = person.full ? person.gender : genderOfResolved(person, ctx) ?? person.gender
  return want === null || gender === null || gender === want
}

/**
 * A pronoun prefers the subject of the sentence it looks back to, over a
 * person named later in that sentence: in "Wes Streeting announced an
 * inquiry, to be led by Lord Darzi. “…,” he wrote." `he` is Streeting. So
 * from the most recent fitting person, step back to the first fitting person
 * of the same sentence (no sentence end between them).
 */
function sentenceSubject(index: number, ctx: SpeakerContext, want: 'male' | 'female' | null, text: string | undefined): PersonName {
  let best = ctx.people[index]!
  if (text === undefined) return best
  for (let j = index - 1; j >= 0; j--) {
    const person = ctx.people[j]!
    if (ctx.blockOf(person.start) !== ctx.blockOf(best.start)) break
    if (/[.!?]["”’]?\s/.test(text.slice(person.end, best.start))) break
    if (fits(person, ctx, want)) best = person
  }
  return best
}

/** A surname mention's gender comes from the full name it resolves to. */
function genderOfResolved(person: PersonName, ctx: SpeakerContext): PersonName['gender'] {
  const full = ctx.people.find((p) => p.full && p.surname === person.surname)
  return full ? full.gender : null
}

/** Words of a role phrase that identify it ("director children's services"). */
function roleWords(role: string): string[] {
  return role
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}-]+/u)
    .filter((w) => w && !['the', 'a', 'an', 'of', 'and', 'for', 'on', 'its', 'his', 'her', 'their'].includes(w))
}

function resolveRole(mention: Mention, ctx: SpeakerContext): string | null {
  const wanted = roleWords(mention.text)
  if (wanted.length === 0) return null
  let best: RoleMention | null = null
  for (const role of ctx.roles) {
    const have = new Set(roleWords(role.role))
    // Every head noun ("director") must match, and most of the other words.
    const heads = wanted.filter((w) => ROLE_HEADS.has(w))
    const others = wanted.filter((w) => !ROLE_HEADS.has(w))
    if (heads.length === 0 || !heads.every((w) => have.has(w))) continue
    if (others.filter((w) => have.has(w)).length * 2 < others.length) continue
    // Prefer the latest one before the mention, else the first after it.
    if (role.start < mention.start) best = role
    else if (best === null) best = role
  }
  return best ? resolvePerson(best.person, ctx.people) : null
}

/**
 * Is the span inside any of the spans? `spans` must be sorted by start and
 * non-overlapping (as quotation segments are).
 */
export function inside(span: Span, spans: readonly Span[]): boolean {
  // The last span starting at or before span.start is the only candidate.
  let lo = 0
  let hi = spans.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]!.start <= span.start) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found !== -1 && span.end <= spans[found]!.end
}
