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
import {nominal, type FrameToken} from './tokens.js'

/** A concept: its tokens (indices into the sentence's tokens) and head. */
export interface ConceptSpan {
  /** Token indices of the phrase, in order. */
  tokens: number[]
  /** How it was found (for tests and reasons). */
  rule: string
  /** Token index of a figure whose concept this one repeats (`up from N`). */
  back?: number
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

/** Words that quantify the number rather than name what it measures ("an extra £4.5m"). */
const NUMBER_MODIFIERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'further', 'extra', 'additional', 'another', 'more', 'some', 'nearly', 'almost', 'about', 'around', 'roughly', 'just', 'over', 'only', 'record', 'total'])

/** Prepositions that link a figure to what it is spent on or counted in ("£7.7m in improvements"). */
const LINK_AFTER: ReadonlySet<string> = new Set(['in', 'of', 'on', 'for', 'into', 'to'])

/** Words that, before `from`/`with`, point back to an earlier figure: "up from", "compared with". */
const BACK_WORDS: ReadonlySet<string> = new Set(['up', 'down', 'compared', 'comparison', 'against', 'versus', 'vs', 'from'])

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

/** The noun phrase that ends just before token `end` (exclusive), in the same clause; names before it are left to the owner. */
export function phraseBefore(tokens: readonly FrameToken[], end: number): number[] {
  const out: number[] = []
  for (let i = end - 1; i >= 0 && out.length < 6; i--) {
    const t = tokens[i] as FrameToken
    if (t.possessive) break
    // "earnings per share": the measure is before "per".
    if (out.length === 0 && (t.lower === 'share' || t.lower === 'shares') && i >= 2 && (tokens[i - 1] as FrameToken).lower === 'per' && !t.breakBefore) {
      i--
      continue
    }
    const prev = tokens[i - 1]
    const asNoun = nominal(t) || (t.cls === 'verb' && prev !== undefined && (prev.cls === 'det' || prev.possessive) && !/ed$/.test(t.lower))
    if (!asNoun) break
    out.unshift(i)
    if (t.breakBefore) break
  }
  // Leading names are whose it is ("Apple revenue"), not what it is.
  while (out.length > 1 && (tokens[out[0] as number] as FrameToken).cls === 'name') out.shift()
  if (out.length === 1 && (tokens[out[0] as number] as FrameToken).cls === 'name') return []
  return out
}

/** The subject that ends at token `at`: a noun phrase, or the phrase a relative pronoun stands for ("The inspection, which …"). */
function subjectBefore(tokens: readonly FrameToken[], at: number): number[] {
  const t = tokens[at]
  if (t && (t.lower === 'which' || t.lower === 'that' || t.lower === 'who') && t.breakBefore) return phraseBefore(tokens, at)
  return phraseBefore(tokens, at + 1)
}

/** The noun phrase that starts at token `start`, in the same clause (a leading determiner skipped). */
export function phraseAfter(tokens: readonly FrameToken[], start: number): number[] {
  let i = start
  const first = tokens[i]
  if (first && !first.breakBefore && (first.cls === 'det' || first.cls === 'pron')) i++
  const out: number[] = []
  for (; i < tokens.length; i++) {
    const t = tokens[i] as FrameToken
    if (out.length > 0 && t.breakBefore) break
    if (i > start && t.breakBefore) break
    if (!nominal(t) || t.possessive) {
      if (t.possessive && out.length === 0) continue
      break
    }
    if (t.cls === 'name' && out.some((o) => (tokens[o] as FrameToken).cls !== 'name')) break
    out.push(i)
    if (out.length >= 4) break
  }
  while (out.length > 0 && (tokens[out[out.length - 1] as number] as FrameToken).cls === 'adj') out.pop()
  if (out.every((o) => (tokens[o] as FrameToken).cls === 'name')) return []
  return out
}

/** Skip a verb group leftwards ("has been estimated", "is expected to"): the index of the token before it. */
function beforeVerbGroup(tokens: readonly FrameToken[], at: number): number {
  let i = at
  while (i >= 0 && at - i < 5) {
    const t = tokens[i] as FrameToken
    const prev = tokens[i - 1]
    // A verb-looking noun ("per share", "the increase") ends the group.
    if (t.cls === 'verb' && prev !== undefined && (prev.lower === 'per' || prev.cls === 'det' || prev.possessive)) break
    if (t.cls === 'verb' || t.cls === 'copula' || t.cls === 'adv' || t.lower === 'to' || t.lower === 'not') {
      if (t.breakBefore && i < at) return i - 1
      i--
      continue
    }
    break
  }
  return i
}

/** The concept of a quantity whose value covers tokens `[first, last]`. */
export function quantityConcept(tokens: readonly FrameToken[], first: number, last: number, counted: boolean): ConceptSpan | null {
  if (counted) {
    const pred = predicateAfter(tokens, last + 1)
    if (pred !== null) return {tokens: [pred], rule: 'n-predicate'}
  }
  // Skip number modifiers to the left ("a further", "an extra").
  let left = first - 1
  while (left >= 0 && NUMBER_MODIFIERS.has((tokens[left] as FrameToken).lower) && !(tokens[left + 1] as FrameToken).breakBefore) left--
  const boundary = (tokens[first] as FrameToken).breakBefore
  const l = boundary ? undefined : tokens[first - 1]
  // Back-reference: "up from $1.9 billion", "compared with 40".
  if (l && (l.lower === 'from' || l.lower === 'with' || l.lower === 'to' || l.lower === 'against') && first >= 2 && BACK_WORDS.has((tokens[first - 2] as FrameToken).lower)) {
    for (let i = first - 3; i >= 0; i--) {
      if ((tokens[i] as FrameToken).cls === 'num' && !/^(19|20)\d\d$/.test((tokens[i] as FrameToken).lower)) {
        let start = i
        while (start > 0 && (tokens[start - 1] as FrameToken).cls === 'num' && !(tokens[start] as FrameToken).breakBefore) start--
        return {tokens: [], rule: 'back-reference', back: start}
      }
      if (i < first - 30) break
    }
  }
  if (l && l.lower === 'of' && !counted) {
    const np = phraseBefore(tokens, first - 1)
    if (np.length) return {tokens: np, rule: 'x-of-n'}
  }
  if (l && (l.lower === 'at' || l.lower === 'to' || l.lower === 'by' || l.lower === 'of') && first >= 2) {
    const v = tokens[first - 2] as FrameToken
    if ((v.cls === 'verb' || v.cls === 'copula') && MEASURE_VERBS.has(v.lower) && !l.breakBefore) {
      const np = phraseBefore(tokens, beforeVerbGroup(tokens, first - 2) + 1)
      if (np.length) return {tokens: np, rule: 'x-verb-n'}
    }
  }
  // "N X": a noun straight after the figure ("£10m investment").
  if (!counted) {
    const after = phraseAfter(tokens, last + 1)
    if (after.length && !(tokens[last + 1] as FrameToken).breakBefore && (tokens[last + 1] as FrameToken).cls !== 'det') return {tokens: after, rule: 'n-x'}
  }
  const lv = left >= 0 && !(tokens[left + 1] as FrameToken).breakBefore ? (tokens[left] as FrameToken) : undefined
  if (lv && (lv.cls === 'verb' || lv.cls === 'copula') && MEASURE_VERBS.has(lv.lower)) {
    const np = phraseBefore(tokens, beforeVerbGroup(tokens, left) + 1)
    if (np.length) return {tokens: np, rule: 'x-is-n'}
  }
  // "N in X", "N of X" ("$5bn in revenue", "£7.7m in improvements").
  const link = tokens[last + 1]
  if (!counted && link && !link.breakBefore && LINK_AFTER.has(link.lower)) {
    const np = phraseAfter(tokens, last + 2)
    if (np.length) return {tokens: np, rule: 'n-in-x'}
  }
  // A counted thing done by a verb: "recruit 160 social workers", "the recruitment of 44 social workers".
  if (counted) {
    if (l && l.lower === 'of') {
      const np = phraseBefore(tokens, first - 1)
      if (np.length) return {tokens: np, rule: 'x-of-n'}
    }
    if (lv && lv.cls === 'verb' && !SPEECH_VERBS.has(lv.lower)) return {tokens: [left], rule: 'verb-n'}
  }
  // A transitive verb with the figure as object: "paid £12m", "invested £4.5m".
  if (lv && lv.cls === 'verb' && !/ing$/.test(lv.lower) && !SPEECH_VERBS.has(lv.lower)) return {tokens: [left], rule: 'verb-n'}
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
    const np = subjectBefore(tokens, beforeVerbGroup(tokens, at - 1))
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
