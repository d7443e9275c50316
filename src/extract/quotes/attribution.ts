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
import {findReportingVerbs, type VerbHit, type VerbIndex} from './reporting.js'
import {outletOf} from './outlets.js'
import {firstStartingAtOrAfter} from '../span-index.js'

/** What a mention refers to. */
export type MentionKind = 'person' | 'pronoun' | 'epithet' | 'role' | 'org' | 'source' | 'outlet'

/** A mention of a speaker, in text-view offsets. */
export interface Mention extends Span {
  text: string
  kind: MentionKind
  /** The person, for kind `person`. */
  person?: PersonName
  /** For kind `org`: the organisation's name when it is not the mention as written ("Daily Chronicle" for "The Daily Chronicle's editorial"). */
  org?: string
}

/** Adverbs and auxiliaries allowed between subject and verb ("also said", "has told"). */
const BETWEEN = String.raw`(?:(?:also|later|previously|then|further|again|earlier|separately|recently|today|yesterday|once|has|had|have|would|will|\p{L}+ly)\s+){0,2}`
/** Text allowed between a named subject and its verb: an appositive or a parenthesis. */
// (`\s*(?:,\s*)?`, not `\s*,?\s*`: two adjacent `\s*` backtrack quadratically.)
// Post-nominal letters may follow the name ("Wes Streeting MP, Labour's …, said").
const SUBJECT_GAP = new RegExp(String.raw`^(?:\s+(?:MP|MEP|MSP|MS|AM|QC|KC|OBE|CBE|MBE|Jr\.?|Sr\.?))?(?:\s*,[^"“”‘]{1,220}?,|\s*\([^()]{1,120}\))?\s*(?:,\s*)?${BETWEEN}$`, 'u')
const WHO_BEFORE = new RegExp(String.raw`,\s*who\s+${BETWEEN}$`, 'iu')
const PRONOUN_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(he|she|they|it)\s+${BETWEEN}$`, 'iu')
/** Words that start a new clause: an NP subject does not reach back past them. */
const CLAUSE_BREAK = /(?:[,;:—–()"“”‘[\]]|’(?![\p{L}])|(?<![\p{L}])(?:that|and|but|when|while|as|after|because|which|who|where|if|so|then|with)(?![\p{L}]))/giu

/**
 * The last person (in list order) inside [from, to): the same as
 * `[...people].reverse().find((p) => p.end <= to && p.start >= from)` for
 * people sorted by start, reading only those that start in the range.
 */
function lastEndingBy(people: readonly PersonName[], from: number, to: number): PersonName | undefined {
  for (let i = firstStartingAtOrAfter(people, to) - 1; i >= 0; i--) {
    const person = people[i]!
    if (person.start < from) return undefined
    if (person.end <= to) return person
  }
  return undefined
}

/** The first person (in list order) spanning exactly [start, end), in people sorted by start. */
function personAt(people: readonly PersonName[], start: number, end: number): PersonName | undefined {
  for (let i = firstStartingAtOrAfter(people, start); i < people.length && people[i]!.start === start; i++) {
    if (people[i]!.end === end) return people[i]
  }
  return undefined
}

/** The subject before a reporting verb (`regionStart` bounds the search). */
export function subjectBefore(text: string, verb: VerbHit, regionStart: number, people: readonly PersonName[]): Mention | null {
  if (verb.passive) return null
  const verbStart = verb.start
  if (/ing$/.test(verb.verb)) {
    // "quoted him (as) saying", "quoting Smith as saying": the one quoted is the speaker.
    const quoted = quotedObject(text, verbStart, regionStart, people)
    if (quoted) return quoted
    // "Smith praised the figures, saying: …": a participle clause takes the subject of its main clause.
    const comma = /,\s*$/.exec(text.slice(Math.max(regionStart, verbStart - 8), verbStart))
    if (comma) {
      const commaAt = verbStart - comma[0].length
      const subject = clauseSubject(text, regionStart, commaAt, people)
      if (subject) return subject
    }
  }
  // A named person, possibly with an appositive: "Jane Fraser, the bank's chief executive, said".
  // (People are sorted by start; those starting at or after the verb end after it too.)
  for (let i = firstStartingAtOrAfter(people, verbStart) - 1; i >= 0; i--) {
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
    const person = lastEndingBy(people, regionStart, commaAt)
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

/** `quoted him saying`, `quoted Smith as saying`: the object of "quote" right before the -ing verb. */
function quotedObject(text: string, verbStart: number, regionStart: number, people: readonly PersonName[]): Mention | null {
  const head = text.slice(Math.max(regionStart, verbStart - 80), verbStart)
  const m = /(?<![\p{L}])quot(?:ed|es|ing)\s+([^,;:.!?"“”]{1,60}?)\s+(?:as\s+)?$/u.exec(head)
  if (!m) return null
  const objStart = verbStart - head.length + m.index + m[0].indexOf(m[1]!, 5)
  const objEnd = objStart + m[1]!.length
  const pronoun = /^(him|her)$/i.exec(m[1]!)
  if (pronoun) return {start: objStart, end: objEnd, text: pronoun[1]!, kind: 'pronoun'}
  const person = personAt(people, objStart, objEnd)
  return person ? {start: person.start, end: person.end, text: person.text, kind: 'person', person} : null
}

/** The subject opening a clause: a person (role words may lead) or the words before its first verb. */
function clauseSubject(text: string, start: number, end: number, people: readonly PersonName[]): Mention | null {
  const words = [...text.slice(start, end).matchAll(/[^\s]+/g)]
  let firstVerb = -1
  for (const w of words) {
    // A capitalized word is part of a name or title ("Transport Secretary …"), not the clause's verb.
    if (/^\p{Lu}/u.test(w[0])) continue
    if (isVerbWord(w[0].replace(/[^\p{L}'’-]/gu, '').toLowerCase())) {
      firstVerb = start + w.index
      break
    }
  }
  if (firstVerb === -1) return null
  for (let i = firstStartingAtOrAfter(people, start); i < people.length; i++) {
    const person = people[i]!
    if (person.end > firstVerb) break
    if (!/[,;:.!?"“”]/.test(text.slice(start, person.start)) && SUBJECT_GAP.test(text.slice(person.end, firstVerb))) {
      return {start: person.start, end: person.end, text: person.text, kind: 'person', person}
    }
  }
  return nounPhrase(text, start, firstVerb, 'before')
}

/** The subject after an inverted verb: `said Mr Justice Smith`, `said the chief executive, Jane Fraser`, `according to X`. */
export function subjectAfter(text: string, verbEnd: number, regionEnd: number, people: readonly PersonName[]): Mention | null {
  for (let i = firstStartingAtOrAfter(people, verbEnd); i < people.length; i++) {
    const person = people[i]!
    if (person.start >= regionEnd) break
    // "said Smith's agent": a possessive is not the speaker.
    if (/^['’]s(?![\p{L}])/u.test(text.slice(person.end, person.end + 3))) break
    if (invertedGap(text.slice(verbEnd, person.start))) {
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
  if (side === 'before') {
    // "The Crown Prosecution Service (CPS) said", "The Guardian today reports": the abbreviation and the adverb are not the subject.
    const cut = subjectTailStart(region.slice(0, to))
    if (cut > 0 && cut < to) {
      // Re-read the phrase back from before the parenthesis (CLAUSE_BREAK stopped at it).
      from = 0
      for (const m of region.slice(0, cut).matchAll(CLAUSE_BREAK)) from = m.index + m[0].length
      phrase = region.slice(from, cut)
    }
  }
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
  // "the Daily Chronicle's editorial", "the paper": an outlet's voice.
  const outlet = outletOf(phrase)
  if (outlet) return outlet.kind === 'org' ? {...mention, kind: 'org', org: outlet.text} : {...mention, kind: 'outlet'}
  if (hasRoleHead(core)) return {...mention, kind: 'role'}
  // "Kane Moore's agent", "the club's lawyers": someone belonging to a named owner, not the owner.
  if (/['’]s\s+\p{Ll}/u.test(core)) return {...mention, kind: 'source'}
  if (looksProper(core)) return {...mention, kind: 'org'}
  return {...mention, kind: 'source'}
}

/**
 * An attribution right after a closing mark: `, he said`, `, said X`,
 * ` X continued.` Returns the mention and whether the attribution ends in a
 * colon (then it introduces the next quotation instead). `verbIndex`, the
 * article's reporting verbs found once, only saves scanning for them.
 */
export function attributionAfter(text: string, close: number, regionEnd: number, people: readonly PersonName[], verbIndex?: VerbIndex): {mention: Mention; colon: boolean} | null {
  const from = close + 1
  // A quote that ended its own sentence ("….”) takes only a short tag: `"…." he said.`
  const endedSentence = /[.!?…]\s*$/.test(text.slice(Math.max(0, close - 3), close))
  const rest = text.slice(from, regionEnd)
  const lead = /^[\s,]*/.exec(rest)![0].length
  // The attribution must be near: at most 12 words before the verb, no sentence end.
  const verb = findReportingVerbs(text, from + lead, Math.min(regionEnd, from + 160), verbIndex)[0]
  if (!verb) return null
  const before = text.slice(from + lead, verb.start)
  if (verb.according) {
    // `"…", according to X.`
    const source = before.trim() === '' ? subjectAfter(text, verb.end, regionEnd, people) : null
    return source ? {mention: source, colon: false} : null
  }
  // Full stops of abbreviations ("U.S. President", "Mr. Toole", "the U.N.") do not end the attribution.
  if (/[.!?;:"“”]/.test(withoutAbbreviationDots(before)) || before.split(/\s+/).filter(Boolean).length > 12) return null
  let mention: Mention | null
  if (before.trim() === '') mention = subjectAfter(text, verb.end, regionEnd, people)
  else {
    mention = subjectBefore(text, verb, from + lead, people)
    // The subject must open the attribution, not sit inside a clause of it.
    // Role words may lead it ("Chancellor Rachel Reeves said", "club captain X said").
    const lead2 = mention ? text.slice(from + lead, mention.start) : ''
    // An appositive role before the name may end in a comma ("the firm's finance chief, Lena Koch, said").
    const lead3 = lead2.replace(/,\s*$/, '')
    // Two roles joined by "and" may lead ("… Spokesman and former Congressman Charles Boustany said").
    const lead4 = mention?.kind === 'person' ? lead3.replace(/(?<![\p{L}])and\s+((?:(?:former|then|current|acting|interim|deputy|\p{Lu}[\p{L}.'’-]*)\s+)+)$/u, (all, roles: string) => (hasRoleHead(roles) ? roles : all)) : lead3
    if (mention && lead2.trim() !== '' && (mention.kind !== 'person' || /[,;:]/.test(lead3) || /(?<![\p{L}])(?:and|but|that|when|while|as|after|because|which|who|if|so|then|with|to|of|on|in)(?![\p{L}])/iu.test(lead4))) mention = null
  }
  if (!mention) return null
  const tail = text.slice(Math.max(verb.end, mention.end), regionEnd)
  const colon = /^[^.!?"“”‘’]*:\s*$/.test(tail)
  // After a quote that ended its sentence, a tight tag (`said X, the …` / `X said (…)`) may go on past a comma.
  const tight = before.split(/\s+/).filter(Boolean).length <= 4 && /^\s*(?:[,(]|$)/.test(tail)
  if (endedSentence && !colon && !SHORT_TAG_END.test(tail) && !tight) return null
  return {mention, colon}
}

/**
 * An attribution before an opening mark in the same sentence: the last
 * reporting verb in `[regionStart, open)` and its subject. `verbIndex`, the
 * article's reporting verbs found once, only saves scanning for them.
 */
export function attributionBefore(text: string, open: number, regionStart: number, people: readonly PersonName[], verbIndex?: VerbIndex): Mention | null {
  const colon = colonSubject(text, open, regionStart, people, verbIndex)
  if (colon) return colon
  const verbs = findReportingVerbs(text, regionStart, open, verbIndex)
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
    if (after && after.kind !== 'source' && after.kind !== 'pronoun' && /^[\s,]*(?::\s*)?$/.test(text.slice(after.end, open))) return after
    return null
  }
  return null
}

/**
 * `X disagreed: "…"`, `He hit back: "…"`: a colon right before the quote
 * introduces it even without a reporting verb, when a person or pronoun
 * and at most three words precede it.
 */
function colonSubject(text: string, open: number, regionStart: number, people: readonly PersonName[], verbIndex: VerbIndex | undefined): Mention | null {
  const region = text.slice(regionStart, open)
  const colon = /:\s*$/.exec(region)
  if (!colon) return null
  const colonAt = regionStart + colon.index
  if (findReportingVerbs(text, regionStart, colonAt, verbIndex).length > 0) return null
  for (let i = firstStartingAtOrAfter(people, colonAt) - 1; i >= 0; i--) {
    const person = people[i]!
    if (person.end > colonAt) continue
    if (person.start < regionStart) break
    // Only role words may precede the name ("Home Secretary Yvette Cooper hit back:").
    const lead = text.slice(regionStart, person.start)
    if (fewWords(text.slice(person.end, colonAt), 0, 3) && !/[,;:.!?"“”]/.test(lead) && lead.split(/\s+/).filter(Boolean).length <= 5) {
      return {start: person.start, end: person.end, text: person.text, kind: 'person', person}
    }
    break
  }
  const pronoun = /^\s*(he|she|they)(?=\s)/iu.exec(text.slice(regionStart, colonAt))
  if (pronoun && fewWords(text.slice(regionStart + pronoun[0].length, colonAt), 1, 3)) {
    const start = regionStart + pronoun[0].indexOf(pronoun[1]!)
    return {start, end: start + pronoun[1]!.length, text: pronoun[1]!, kind: 'pronoun'}
  }
  // "Labour hit back:", "Jones disagreed:": a one-word proper name as subject.
  const named = /^\s*(\p{Lu}[\p{L}'’-]+)(?=\s)/u.exec(text.slice(regionStart, colonAt))
  if (named && fewWords(text.slice(regionStart + named[0].length, colonAt), 1, 3) && looksProper(named[1]!)) {
    const start = regionStart + named[0].indexOf(named[1]!)
    return {start, end: start + named[1]!.length, text: named[1]!, kind: 'org'}
  }
  return null
}

/**
 * After a quote that ended its sentence, the tag is short: at most five
 * words, then the sentence ends. Written so that nothing backtracks across
 * words (letters and white space are disjoint; the old
 * `(?:\s*[\p{L}…]+){0,5}` could split one word many ways).
 */
const SHORT_TAG_END = /^\s*(?:[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4}\s*)?[.!?]/u
const WORD = /^[\p{L}'’-]+$/u

/** Is `gap` white space and `min`…`max` words of letters (apostrophes, hyphens) between white space? */
function fewWords(gap: string, min: number, max: number): boolean {
  const trimmed = gap.trim()
  if (trimmed === '') return min === 0
  // `trim` and `\s` use the same white space; split is linear.
  const words = trimmed.split(/\s+/)
  return words.length >= min && words.length <= max && words.every((w) => WORD.test(w))
}

/**
 * The gap between an inverted reporting verb and its subject
 * (`said | Mr Justice Smith`, `said | the firm's boss, | Jane Fraser`): white
 * space, then optionally at most 80 characters without punctuation ending in
 * a comma or white space. Same language as
 * `^\s+(?:[^,.;:!?"“”]{0,80}?(?:,\s*|\s+))?$`, checked without backtracking.
 */
function invertedGap(gap: string): boolean {
  const body = gap.trimStart()
  if (body.length === gap.length) return false
  if (body === '') return true
  const core = body.trimEnd()
  let words: string
  if (core.endsWith(',')) words = core.slice(0, -1)
  else if (core.length < body.length) words = core
  else return false
  return words.length <= 80 && !/[,.;:!?"“”]/.test(words)
}

/** The text with full stops of abbreviations removed: "U.S.", "U.N.", "Mr.", "Dr.", "St.". */
function withoutAbbreviationDots(text: string): string {
  return text.replace(/(?<![\p{L}])(?:\p{Lu}\.){2,}|(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Col|Capt|Lt|Sgt|St|Jr|Sr)\./gu, (m) => m.replace(/\./g, ''))
}

const TAIL_ADVERBS = new Set(['today', 'yesterday', 'tonight', 'now', 'also', 'later', 'previously', 'earlier', 'recently', 'then'])

/**
 * Where the subject of a verb ends, reading back over adverbs and a short
 * parenthesis before the verb: "The Guardian| today", "The Food Standards
 * Agency| (FSA)". A backward scan over words (no regex backtracking).
 */
function subjectTailStart(text: string): number {
  let end = text.trimEnd().length
  for (;;) {
    let start = end
    while (start > 0 && /[\p{L}]/u.test(text[start - 1]!)) start--
    if (start === end || !TAIL_ADVERBS.has(text.slice(start, end).toLowerCase()) || start === 0 || text[start - 1]!.trim() !== '') break
    end = text.slice(0, start).trimEnd().length
  }
  if (text[end - 1] === ')') {
    const open = text.lastIndexOf('(', end - 1)
    if (open >= 0 && end - open - 2 >= 1 && end - open - 2 <= 20 && !text.slice(open + 1, end - 1).includes(')')) end = text.slice(0, open).trimEnd().length
  }
  return end
}
