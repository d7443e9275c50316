/**
 * Attribution: who a quotation is attributed to, as mentioned in the text
 * ("he", "Carl Cashman", "the council's director", "Ofsted", "the report").
 * Resolving the mention to a name is {@link ./speakers.ts}'s job.
 *
 * Forms: `"…," X said` / `"…," said X` / `"…" X continued.` (after the
 * closing mark); `X said: "…"` / `X said "…"` / `X told the BBC: "…"` /
 * `X, the …, said: "…"` / `according to X, "…"` / reported speech with a
 * quoted fragment `X said the plan was "a disaster"` (before the opening
 * mark, same sentence); `X said:` ending the previous paragraph.
 *
 * @module
 */
import type {Span} from '../../types.js'
import {hasRoleHead, isDemonym, isVerbWord, looksProper, type PersonName} from '../people.js'
import {findReportingVerbs, type VerbHit} from './reporting.js'

/** What a mention refers to. */
export type MentionKind = 'person' | 'pronoun' | 'epithet' | 'role' | 'org' | 'source'

/** A mention of a speaker, in text-view offsets. */
export interface Mention extends Span {
  text: string
  kind: MentionKind
  /** The person, for kind `person`. */
  person?: PersonName
}

/** Adverbs and auxiliaries allowed between subject and verb ("also said", "has told"). */
const BETWEEN = String.raw`(?:(?:also|later|previously|then|further|again|earlier|separately|recently|today|yesterday|once|has|had|have|would|will|\p{L}+ly)\s+){0,2}`
/** Text allowed between a named subject and its verb: an appositive or a parenthesis. */
const SUBJECT_GAP = new RegExp(String.raw`^(?:\s*,[^"“”‘]{1,220}?,|\s*\([^()]{1,120}\))?\s*,?\s*${BETWEEN}$`, 'u')
const WHO_BEFORE = new RegExp(String.raw`,\s*who\s+${BETWEEN}$`, 'iu')
const PRONOUN_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(he|she|they|it)\s+${BETWEEN}$`, 'iu')
/** Words that start a new clause: an NP subject does not reach back past them. */
const CLAUSE_BREAK = /(?:[,;:—–()"“”‘[\]]|’(?![\p{L}])|(?<![\p{L}])(?:that|and|but|when|while|as|after|because|which|who|where|if|so|then|with)(?![\p{L}]))/giu

/** The subject before a reporting verb (`regionStart` bounds the search). */
export function subjectBefore(text: string, verb: VerbHit, regionStart: number, people: readonly PersonName[]): Mention | null {
  if (verb.passive) return null
  const verbStart = verb.start
  // A named person, possibly with an appositive: "Jane Fraser, the bank's chief executive, said".
  for (let i = people.length - 1; i >= 0; i--) {
    const person = people[i]!
    if (person.end > verbStart) continue
    if (person.start < regionStart) break
    if (SUBJECT_GAP.test(text.slice(person.end, verbStart))) return {start: person.start, end: person.end, text: person.text, kind: 'person', person}
    break
  }
  const region = text.slice(regionStart, verbStart)
  // "Theresa Grant, who said": the relative pronoun stands for the name before it.
  const who = WHO_BEFORE.exec(region)
  if (who) {
    const commaAt = regionStart + who.index
    const person = [...people].reverse().find((p) => p.end <= commaAt && p.start >= regionStart)
    if (person && text.slice(person.end, commaAt).trim() === '') return {start: person.start, end: person.end, text: person.text, kind: 'person', person}
    return null
  }
  const pronoun = PRONOUN_BEFORE.exec(region)
  if (pronoun) {
    const start = regionStart + pronoun.index + pronoun[0].indexOf(pronoun[1]!)
    return {start, end: start + pronoun[1]!.length, text: pronoun[1]!, kind: 'pronoun'}
  }
  // "Smith criticised the plan and said …": the subject of the first verb of the clause.
  if (/(?:^|\s)and\s+$/i.test(region)) return clauseSubject(text, regionStart, verbStart, people)
  return nounPhrase(text, regionStart, verbStart, 'before')
}

/** The subject opening a clause: a person (role words may lead) or the words before its first verb. */
function clauseSubject(text: string, start: number, end: number, people: readonly PersonName[]): Mention | null {
  const words = [...text.slice(start, end).matchAll(/[^\s]+/g)]
  let firstVerb = -1
  for (const w of words) {
    if (isVerbWord(w[0].replace(/[^\p{L}'’-]/gu, '').toLowerCase())) {
      firstVerb = start + w.index
      break
    }
  }
  if (firstVerb === -1) return null
  for (const person of people) {
    if (person.start < start) continue
    if (person.end > firstVerb) break
    if (!/[,;:.!?"“”]/.test(text.slice(start, person.start)) && SUBJECT_GAP.test(text.slice(person.end, firstVerb))) {
      return {start: person.start, end: person.end, text: person.text, kind: 'person', person}
    }
  }
  return nounPhrase(text, start, firstVerb, 'before')
}

/** The subject after an inverted verb: `said Mr Justice Smith`, `said the chief executive, Jane Fraser`, `according to X`. */
export function subjectAfter(text: string, verbEnd: number, regionEnd: number, people: readonly PersonName[]): Mention | null {
  for (const person of people) {
    if (person.start < verbEnd) continue
    if (person.start >= regionEnd) break
    // "said Smith's agent": a possessive is not the speaker.
    if (/^['’]s(?![\p{L}])/u.test(text.slice(person.end, person.end + 3))) break
    if (/^\s+(?:[^,.;:!?"“”]{0,80}?(?:,\s*|\s+))?$/u.test(text.slice(verbEnd, person.start))) {
      return {start: person.start, end: person.end, text: person.text, kind: 'person', person}
    }
    break
  }
  const rest = text.slice(verbEnd, regionEnd)
  const pronoun = /^\s+(he|she|they)(?![\p{L}])/iu.exec(rest)
  if (pronoun) {
    const start = verbEnd + pronoun[0].length - pronoun[1]!.length
    return {start, end: start + pronoun[1]!.length, text: pronoun[1]!, kind: 'pronoun'}
  }
  return nounPhrase(text, verbEnd, regionEnd, 'after')
}

/**
 * A noun phrase subject that is not a named person: "the council's
 * director", "Ofsted", "the report". Read back from `end` (before a verb) or
 * forward from `start` (after an inverted verb) to a clause break; at most 9 words.
 */
function nounPhrase(text: string, start: number, end: number, side: 'before' | 'after'): Mention | null {
  const region = text.slice(start, end)
  let from = 0
  let to = region.length
  if (side === 'before') {
    for (const m of region.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length
  } else {
    const m = /[,;:.!?—–()"“”‘[\]]|’(?![\p{L}])|(?<![\p{L}])(?:that|and|but|when|while|after|because|which|who|in|on|at|after|before|during|as)(?![\p{L}])/iu.exec(region)
    if (m) to = m.index
  }
  let phrase = region.slice(from, to)
  const lead = phrase.length - phrase.trimStart().length
  phrase = phrase.trim()
  if (!phrase || phrase.split(/\s+/).length > 9 || !/\p{L}/u.test(phrase)) return null
  // An adverbial before the verb is not a subject ("Speaking yesterday, …").
  if (/^(?:i|we|you|it|there|this|that|here)$/i.test(phrase)) return null
  // A clause, not a noun phrase: "the report is opened by", "there was also".
  if (/(?<![\p{L}])(?:is|was|were|are|be|been|being|has|have|had|there|by|to|did|does|do)(?![\p{L}])/iu.test(phrase)) return null
  if (/^(?:the|a|an|its|his|her|their)$/i.test(phrase)) return null
  // A lone adjective or adverb ("external", "previously") is no subject.
  if (!/\s/.test(phrase) && /^\p{Ll}/u.test(phrase) && /(?:al|ly|ive|ous|ful|ic)$/.test(phrase)) return null
  const s = start + from + lead
  const mention = {start: s, end: s + phrase.length, text: phrase}
  const core = phrase.replace(/^(?:the|a|an|its|his|her|their)\s+/i, '')
  // "the Spaniard", "the 34-year-old": an epithet for someone just mentioned.
  if (/^the\s/i.test(phrase) && (/^\d+-year-old$/.test(core) || isDemonym(core))) return {...mention, kind: 'epithet'}
  if (hasRoleHead(core)) return {...mention, kind: 'role'}
  // "Kane Moore's agent", "the club's lawyers": someone belonging to a named owner, not the owner.
  if (/['’]s\s+\p{Ll}/u.test(core)) return {...mention, kind: 'source'}
  if (looksProper(core)) return {...mention, kind: 'org'}
  return {...mention, kind: 'source'}
}

/**
 * An attribution right after a closing mark: `, he said`, `, said X`,
 * ` X continued.` Returns the mention and whether the attribution ends in a
 * colon (then it introduces the next quotation instead).
 */
export function attributionAfter(text: string, close: number, regionEnd: number, people: readonly PersonName[]): {mention: Mention; colon: boolean} | null {
  const from = close + 1
  // A quote that ended its own sentence ("….”) takes only a short tag: `"…." he said.`
  const endedSentence = /[.!?…]\s*$/.test(text.slice(Math.max(0, close - 3), close))
  const rest = text.slice(from, regionEnd)
  const lead = /^[\s,]*/.exec(rest)![0].length
  // The attribution must be near: at most 12 words before the verb, no sentence end.
  const verbs = findReportingVerbs(text, from + lead, Math.min(regionEnd, from + 160))
  const verb = verbs[0]
  if (!verb) return null
  const before = text.slice(from + lead, verb.start)
  if (verb.according) {
    // `"…", according to X.`
    const source = before.trim() === '' ? subjectAfter(text, verb.end, regionEnd, people) : null
    return source ? {mention: source, colon: false} : null
  }
  if (/[.!?;:"“”]/.test(before) || before.split(/\s+/).filter(Boolean).length > 12) return null
  let mention: Mention | null
  if (before.trim() === '') mention = subjectAfter(text, verb.end, regionEnd, people)
  else {
    mention = subjectBefore(text, verb, from + lead, people)
    // The subject must open the attribution, not sit inside a clause of it.
    // Role words may lead it ("Chancellor Rachel Reeves said", "club captain X said").
    const lead2 = mention ? text.slice(from + lead, mention.start) : ''
    // An appositive role before the name may end in a comma ("the firm's finance chief, Lena Koch, said").
    const lead3 = lead2.replace(/,\s*$/, '')
    if (mention && lead2.trim() !== '' && (mention.kind !== 'person' || /[,;:]/.test(lead3) || /(?<![\p{L}])(?:and|but|that|when|while|as|after|because|which|who|if|so|then|with|to|of|on|in)(?![\p{L}])/iu.test(lead3))) mention = null
  }
  if (!mention) return null
  const tail = text.slice(Math.max(verb.end, mention.end), regionEnd)
  const colon = /^[^.!?"“”‘’]*:\s*$/.test(tail)
  if (endedSentence && !colon && !/^(?:\s*[\p{L}'’-]+){0,5}\s*[.!?]/u.test(tail)) return null
  return {mention, colon}
}

/**
 * An attribution before an opening mark in the same sentence: the last
 * reporting verb in `[regionStart, open)` and its subject.
 */
export function attributionBefore(text: string, open: number, regionStart: number, people: readonly PersonName[]): Mention | null {
  const colon = colonSubject(text, open, regionStart, people)
  if (colon) return colon
  const verbs = findReportingVerbs(text, regionStart, open)
  for (let i = verbs.length - 1; i >= 0; i--) {
    const verb = verbs[i]!
    if (verb.according) {
      const m = subjectAfter(text, verb.end, open, people)
      if (m) return m
      continue
    }
    const subject = subjectBefore(text, verb, regionStart, people)
    if (subject) return subject
    if (verb.passive) return null
    // "said X:" inverted before the quote.
    const after = subjectAfter(text, verb.end, open, people)
    if (after && after.kind !== 'source' && after.kind !== 'pronoun' && /^[\s,]*:?\s*$/.test(text.slice(after.end, open))) return after
    return null
  }
  return null
}

/**
 * `X disagreed: "…"`, `He hit back: "…"`: a colon right before the quote
 * introduces it even without a reporting verb, when a person or pronoun
 * and at most three words precede it.
 */
function colonSubject(text: string, open: number, regionStart: number, people: readonly PersonName[]): Mention | null {
  const region = text.slice(regionStart, open)
  const colon = /:\s*$/.exec(region)
  if (!colon) return null
  const colonAt = regionStart + colon.index
  if (findReportingVerbs(text, regionStart, colonAt).length > 0) return null
  const few = /^\s*(?:[\p{L}'’-]+\s*){0,3}$/u
  for (let i = people.length - 1; i >= 0; i--) {
    const person = people[i]!
    if (person.end > colonAt) continue
    if (person.start < regionStart) break
    // Only role words may precede the name ("Home Secretary Yvette Cooper hit back:").
    const lead = text.slice(regionStart, person.start)
    if (few.test(text.slice(person.end, colonAt)) && !/[,;:.!?"“”]/.test(lead) && lead.split(/\s+/).filter(Boolean).length <= 5) {
      return {start: person.start, end: person.end, text: person.text, kind: 'person', person}
    }
    break
  }
  const pronoun = /^\s*(he|she|they)\s+(?:[\p{L}'’-]+\s*){1,3}$/iu.exec(text.slice(regionStart, colonAt))
  if (pronoun) {
    const start = regionStart + pronoun[0].indexOf(pronoun[1]!)
    return {start, end: start + pronoun[1]!.length, text: pronoun[1]!, kind: 'pronoun'}
  }
  // "Labour hit back:", "Jones disagreed:": a one-word proper name as subject.
  const named = /^\s*(\p{Lu}[\p{L}'’-]+)\s+(?:[\p{L}'’-]+\s*){1,3}$/u.exec(text.slice(regionStart, colonAt))
  if (named && looksProper(named[1]!)) {
    const start = regionStart + named[0].indexOf(named[1]!)
    return {start, end: start + named[1]!.length, text: named[1]!, kind: 'org'}
  }
  return null
}
