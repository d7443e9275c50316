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
}

/** How many paragraphs back a pronoun may look for its person. */
const PRONOUN_REACH = 4

/** Resolve a mention to a speaker name, or null. */
export function resolveSpeaker(mention: Mention, ctx: SpeakerContext): string | null {
  switch (mention.kind) {
    case 'person':
      return resolvePerson(mention.person!, ctx.people)
    case 'pronoun':
      return resolvePronoun(mention, ctx)
    case 'epithet':
      return resolveRecent(mention, ctx, null)
    case 'role':
      return resolveRole(mention, ctx)
    case 'org':
      return mention.text.replace(/^(?:the|a|an)\s+/i, '').replace(/\s+/g, ' ')
    default:
      return null
  }
}

function resolvePronoun(mention: Mention, ctx: SpeakerContext): string | null {
  // "him" / "her": the object of "quoted him saying".
  const word = {him: 'he', her: 'she'}[mention.text.toLowerCase()] ?? mention.text.toLowerCase()
  if (word !== 'he' && word !== 'she') return null
  return resolveRecent(mention, ctx, word === 'he' ? 'male' : 'female')
}

/** The most recent person before the mention, a few paragraphs back at most, not of the other gender. */
function resolveRecent(mention: Mention, ctx: SpeakerContext, want: 'male' | 'female' | null): string | null {
  const block = ctx.blockOf(mention.start)
  for (let i = ctx.people.length - 1; i >= 0; i--) {
    const person = ctx.people[i]!
    if (person.end > mention.start) continue
    if (block - ctx.blockOf(person.start) > PRONOUN_REACH) break
    if (!fits(person, ctx, want)) continue
    return resolvePerson(want === null ? person : sentenceSubject(i, ctx, want, ctx.text), ctx.people)
  }
  return null
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
