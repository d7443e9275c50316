/**
 * The concept of a claim: what a quantity measures ("in-year overspend",
 * "net income", "death toll"), what a date dates ("inspection"), read from
 * the syntax around the value:
 *
 * - `X of N`, `X at/to/by N` after a verb ("the overspend is estimated at
 *   £41.5m", "revenue rose to $5bn"), `X was N`, `X rose N`: X;
 * - `N X`, `N in/of X` ("a £10m investment", "$5bn in revenue"): X;
 * - `up from N`, `compared with N`: the concept of the figure before;
 * - a counted thing with its predicate ("45 people were killed", "recruit
 *   160 social workers"): the predicate, else the thing;
 * - a date: the noun phrase before its preposition ("an inspection in
 *   March"), or its verb ("appointed in June").
 *
 * No rule, no concept (`null`): a guess from nearby words would be weaker
 * evidence than none.
 *
 * @module
 */
import {figureCompared, figureEnd, isChange} from './figures.js'
import {phraseAfter, phraseBefore, subjectOf, TIME_NOUNS} from './phrases.js'
import type {FrameToken} from './tokens.js'

/** A concept: its tokens (indices into the sentence's tokens) and head. */
export interface ConceptSpan {
  /** Token indices of the phrase, in order. */
  tokens: number[]
  /** How it was found (for tests and reasons). */
  rule: string
}

/** Verbs whose subject is what the number measures: "X was N", "X rose to N". */
const MEASURE_VERBS: ReadonlySet<string> = new Set(
  (
    'is are was were be been being rose rise rises risen fell fall falls fallen grew grow grows jumped jump jumps surged surge ' +
    'dropped drop drops slumped climbed climb climbs soared plunged plummeted tumbled slid sank totalled totaled total totals ' +
    'reached reach reaches stood stands hit hits amounted amount amounts came comes increased increase increases decreased ' +
    'decrease decreases doubled tripled halved estimated estimate put valued forecast forecasts projected expected set'
  ).split(/\s+/)
)

/** Verbs that report a figure rather than say what it is. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'said says say told tells added adds warned warns claimed claims stated states explained explains confirmed confirms revealed reveals showed shows suggested suggests believed believes thought noted notes insisted insists according'.split(' ')
)

/** Verbs that book a figure without saying what it measures ("AMD reported $1.77bn"). */
const GENERIC_VERBS: ReadonlySet<string> = new Set(
  'reported reports posted posts recorded records had has have made makes announced announces saw sees was were is are get got gets gave give see represent represents represented amount amounts amounted account accounts accounted comprise comprises comprised equal equals equalled equaled'.split(' ')
)

/** Forms of "be", which make a participle passive ("was located 40km"); "has killed 632" is active. */
const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])

/** Gerunds that book a figure as their object ("losing $574m", "paying £3m"). */
const VERB_GERUNDS: ReadonlySet<string> = new Set('losing paying spending earning raising costing investing cutting eliminating borrowing selling shipping'.split(' '))

/** Words that quantify the number rather than name what it measures ("an extra £4.5m"). */
const NUMBER_MODIFIERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'further', 'extra', 'additional', 'another', 'more', 'some', 'nearly', 'almost', 'about', 'around', 'roughly', 'just', 'over', 'only', 'record', 'total'])

/** Prepositions that link a figure to what it is spent on or counted in ("£7.7m in improvements"). */
const LINK_AFTER: ReadonlySet<string> = new Set(['in', 'of', 'on', 'for', 'into', 'to'])


/** Predicates of a counted thing: "were killed", "injured", "remain missing". */
function predicateAfter(tokens: readonly FrameToken[], from: number): number | null {
  let i = from
  let steps = 0
  while (i < tokens.length && steps < 3 && !(tokens[i] as FrameToken).breakBefore) {
    const t = tokens[i] as FrameToken
    if (t.cls === 'copula' || t.lower === 'remain' || t.lower === 'remained' || t.lower === 'reportedly' || t.lower === 'have' || t.lower === 'been') {
      i++
      steps++
      continue
    }
    if (t.cls === 'verb' && /(ed|en)$/.test(t.lower)) return i
    if (t.cls === 'adj' && ['dead', 'missing', 'injured', 'hurt', 'homeless', 'unemployed', 'wounded', 'alive', 'trapped'].includes(t.lower)) return i
    return null
  }
  return null
}

/** The concept of a quantity whose value covers tokens `[first, last]`; `earlier`: it is the base of a change ("up from N"). */
export function quantityConcept(tokens: readonly FrameToken[], first: number, last: number, counted: boolean, compare = true): (ConceptSpan & {earlier?: boolean}) | null {
  if (compare) {
    const cmp = figureCompared(tokens, first)
    if (cmp) {
      let concept: ConceptSpan | null = null
      if (cmp.other >= 0) {
        concept = quantityConcept(tokens, cmp.other, figureEnd(tokens, cmp.other), counted, false)
      }
      // "margins from 27.2% to 31.2%", "shipments rose from 40 to 52": the phrase before "from".
      // (Not across a clause boundary: ", or 35 cents per share, from $295m" names no concept.)
      if (!concept && !(tokens[cmp.from] as FrameToken).breakBefore) {
        const np = phraseBefore(tokens, cmp.from)
        const subject = np.length ? np : (tokens[cmp.from - 1] as FrameToken | undefined)?.cls === 'verb' ? subjectOf(tokens, cmp.from - 1) : []
        concept = subject.length ? {tokens: subject, rule: 'x-from-n'} : null
      }
      if (cmp.role === 'earlier') return concept ? {...concept, earlier: true} : {tokens: [], rule: 'earlier', earlier: true}
      if (concept) return concept
    }
  }
  // "40 kilometres (25 miles)": a conversion in brackets measures what the figure before it does.
  if (compare && (tokens[first] as FrameToken).breakBefore && first >= 2) {
    for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
      if ((tokens[i] as FrameToken).figure === null) continue
      let start = i
      while (start > 0 && (tokens[start - 1] as FrameToken).cls === 'num' && !(tokens[start] as FrameToken).breakBefore) start--
      const before = quantityConcept(tokens, start, first - 1, counted, false)
      if (before) return {...before, rule: 'conversion'}
      break
    }
  }
  if (counted) {
    const pred = predicateAfter(tokens, last + 1)
    if (pred !== null) return {tokens: [pred], rule: 'n-predicate'}
  }
  // Skip number modifiers to the left ("a further", "an extra").
  let left = first - 1
  while (left >= 0 && NUMBER_MODIFIERS.has((tokens[left] as FrameToken).lower) && !(tokens[left + 1] as FrameToken).breakBefore) left--
  const l = (tokens[first] as FrameToken).breakBefore ? undefined : tokens[first - 1]
  if (l && l.lower === 'of' && !counted) {
    const np = phraseBefore(tokens, first - 1)
    if (np.length) return {tokens: np, rule: 'x-of-n'}
  }
  if (l && (l.lower === 'at' || l.lower === 'to' || l.lower === 'by' || l.lower === 'of') && first >= 2 && !l.breakBefore) {
    let v = first - 2
    // "came in at", "stood at": a particle between the verb and "at".
    if (['in', 'out', 'up'].includes((tokens[v] as FrameToken).lower) && v >= 1 && (tokens[v - 1] as FrameToken).cls === 'verb') v--
    // "Sales rose 64% to $5.75bn": the change between the verb and "to".
    for (let k = 0; k < 4 && v > 0 && ((tokens[v] as FrameToken).cls === 'num' || ['percent', 'per', 'cent', 'pc'].includes((tokens[v] as FrameToken).lower)) && !(tokens[v] as FrameToken).breakBefore; k++) v--
    const verb = tokens[v] as FrameToken
    // "was up 65 percent", "is down to": an adverb of change after a copula.
    const upDown = (verb.lower === 'up' || verb.lower === 'down') && v >= 1 && (tokens[v - 1] as FrameToken).cls === 'copula'
    if (((verb.cls === 'verb' || verb.cls === 'copula') && (MEASURE_VERBS.has(verb.lower) || isChange(verb.lower) || verb.lower === 'came' || verb.lower === 'come' || verb.lower === 'comes')) || upDown) {
      const np = subjectOf(tokens, upDown ? v - 1 : v)
      if (np.length) return {tokens: np, rule: 'x-verb-n'}
    }
    // "narrowed its loss to $1.4bn", "raised its forecast to": the object of the verb.
    if (l.lower === 'to' || l.lower === 'at') {
      const object = phraseBefore(tokens, first - 1)
      let before = object.length ? (object[0] as number) - 1 : -1
      if (before >= 0 && ((tokens[before] as FrameToken).cls === 'pron' || (tokens[before] as FrameToken).cls === 'det')) before--
      if (object.length && before >= 0 && (tokens[before] as FrameToken).cls === 'verb' && !(tokens[before + 1] as FrameToken).breakBefore) return {tokens: object, rule: 'verb-x-to-n'}
    }
    // "sentenced to 30 years", "jailed for 9 years": the verb names the fact.
    if (l.lower === 'to' && verb.cls === 'verb' && !SPEECH_VERBS.has(verb.lower) && !GENERIC_VERBS.has(verb.lower) && !MEASURE_VERBS.has(verb.lower) && !isChange(verb.lower) && v === first - 2) return {tokens: [v], rule: 'verb-to-n'}
  }
  if (l && l.lower === 'for' && first >= 2 && !l.breakBefore) {
    const verb = tokens[first - 2] as FrameToken
    if (verb.cls === 'verb' && !SPEECH_VERBS.has(verb.lower) && !GENERIC_VERBS.has(verb.lower) && !/ing$/.test(verb.lower)) return {tokens: [first - 2], rule: 'verb-to-n'}
  }
  // "N X": a noun straight after the figure ("£10m investment").
  if (!counted) {
    const after = phraseAfter(tokens, last + 1)
    if (after.length && !(tokens[last + 1] as FrameToken).breakBefore && (tokens[last + 1] as FrameToken).cls !== 'det') return {tokens: after, rule: 'n-x'}
  }
  const lv = left >= 0 && !(tokens[left + 1] as FrameToken).breakBefore ? (tokens[left] as FrameToken) : undefined
  // "was located 40km", "were put at": a participle after a copula belongs to the verb group.
  const passive = lv !== undefined && lv.cls === 'verb' && /(ed|en)$/.test(lv.lower) && left >= 1 && BE.has((tokens[left - 1] as FrameToken).lower)
  const upDownLeft = lv !== undefined && (lv.lower === 'up' || lv.lower === 'down') && left >= 1 && (tokens[left - 1] as FrameToken).cls === 'copula'
  if (lv && (((lv.cls === 'verb' || lv.cls === 'copula') && (MEASURE_VERBS.has(lv.lower) || passive)) || upDownLeft)) {
    const np = subjectOf(tokens, upDownLeft ? left - 1 : left)
    if (np.length) return {tokens: np, rule: 'x-is-n'}
  }
  // "N in X", "N of X" ("$5bn in revenue", "£7.7m in improvements").
  const link = tokens[last + 1]
  if (!counted && link && !link.breakBefore && LINK_AFTER.has(link.lower)) {
    const np = phraseAfter(tokens, last + 2)
    if (np.length && !TIME_NOUNS.has((tokens[np[np.length - 1] as number] as FrameToken).lower)) return {tokens: np, rule: 'n-in-x'}
  }
  // A counted thing done by a verb: "recruit 160 social workers", "the recruitment of 44 social workers".
  if (counted && l && l.lower === 'of') {
    const np = phraseBefore(tokens, first - 1)
    if (np.length) return {tokens: np, rule: 'x-of-n'}
  }
  // A transitive verb with the figure as object: "paid £12m", "recruit 160 social workers".
  if (lv && lv.cls === 'verb' && !SPEECH_VERBS.has(lv.lower) && !GENERIC_VERBS.has(lv.lower) && (counted || !/ing$/.test(lv.lower) || VERB_GERUNDS.has(lv.lower))) return {tokens: [left], rule: 'verb-n'}
  return null
}

/** Prepositions that attach a date to an event: "inspection in March". */
const DATE_PREPS: ReadonlySet<string> = new Set(['in', 'on', 'since', 'until', 'by', 'during', 'before', 'after', 'from', 'at', 'between', 'of', 'last', 'this'])

/** The event a date dates: nouns inside its span ("last inspection in 2016"), else the phrase or verb before its preposition. */
export function dateConcept(tokens: readonly FrameToken[], first: number, last: number): ConceptSpan | null {
  const inside: number[] = []
  for (let i = first; i <= last; i++) {
    const t = tokens[i] as FrameToken
    if (t.cls === 'noun' && !DATE_PREPS.has(t.lower)) inside.push(i)
  }
  if (inside.length) return {tokens: inside, rule: 'in-span'}
  let at = first - 1
  const firstTok = tokens[first] as FrameToken
  if (DATE_PREPS.has(firstTok.lower)) at = first - 1
  else if (at >= 0 && DATE_PREPS.has((tokens[at] as FrameToken).lower) && !firstTok.breakBefore) at--
  if (at < 0 || (tokens[at + 1] as FrameToken).breakBefore) return null
  const t = tokens[at] as FrameToken
  if (t.lower === 'place' && at >= 1 && /^(took|take|takes|taking)$/.test((tokens[at - 1] as FrameToken).lower)) {
    const np = subjectOf(tokens, at - 1)
    return np.length ? {tokens: np, rule: 'x-took-place'} : null
  }
  const np = phraseBefore(tokens, at + 1)
  if (np.length) {
    // "inspected the service in March": the verb is the event, with its object.
    let v = (np[0] as number) - 1
    if (v >= 0 && (tokens[v] as FrameToken).cls === 'det' && !(tokens[v + 1] as FrameToken).breakBefore) v--
    if (v >= 0 && (tokens[v] as FrameToken).cls === 'verb' && !SPEECH_VERBS.has((tokens[v] as FrameToken).lower) && !(tokens[v + 1] as FrameToken).breakBefore) return {tokens: [v, ...np], rule: 'verb-x-in-date'}
    return {tokens: np, rule: 'x-in-date'}
  }
  if (t.cls === 'verb' && !SPEECH_VERBS.has(t.lower)) return {tokens: [at], rule: 'verb-date'}
  return null
}
