/**
 * Noun phrases and verb groups over a sentence's tokens, within one clause
 * and in bounded steps (a phrase is at most six words; a verb group five).
 *
 * @module
 */
import {nominal, type FrameToken} from './tokens.js'

const MAX_PHRASE = 6

/** Words of a figure's unit, never a noun phrase of their own. */
const UNIT_WORDS: ReadonlySet<string> = new Set(['percent', 'pc', 'cent', 'per'])

/** The noun phrase that ends just before token `end` (exclusive), in the same clause; names before it are left to the owner. */
export function phraseBefore(tokens: readonly FrameToken[], end: number): number[] {
  const out: number[] = []
  for (let i = end - 1; i >= 0 && out.length < MAX_PHRASE; i--) {
    const t = tokens[i] as FrameToken
    if (t.possessive) break
    // "earnings per share": the measure is before "per".
    if (out.length === 0 && (t.lower === 'share' || t.lower === 'shares') && i >= 2 && (tokens[i - 1] as FrameToken).lower === 'per' && !t.breakBefore) {
      i--
      continue
    }
    // "64 percent": a unit word is no noun phrase.
    if (UNIT_WORDS.has(t.lower)) break
    const prev = tokens[i - 1]
    // A verb-looking word after a determiner, or at the head after a modifier ("a pretax charge of"), is a noun.
    const modifier = prev !== undefined && (prev.cls === 'det' || prev.possessive || (out.length === 0 && (prev.cls === 'adj' || prev.cls === 'noun')))
    const asNoun = nominal(t) || (t.cls === 'verb' && modifier && !/(ed|ing)$/.test(t.lower))
    if (!asNoun) break
    out.unshift(i)
    if (t.breakBefore) break
  }
  // Leading names are whose it is ("Apple revenue"), not what it is.
  while (out.length > 1 && (tokens[out[0] as number] as FrameToken).cls === 'name') out.shift()
  if (out.length === 1 && (tokens[out[0] as number] as FrameToken).cls === 'name') return []
  return out
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
    // "a 28 percent increase", "a £10m cut": a verb-looking word straight after a figure is a noun.
    const afterFigure = out.length === 0 && i === start && i > 0 && (tokens[i - 1] as FrameToken).cls === 'num' || (out.length === 0 && i === start && ['percent', 'cent', 'pc'].includes((tokens[i - 1] as FrameToken | undefined)?.lower ?? ''))
    if (afterFigure && t.cls === 'verb' && !/(ed|ing)$/.test(t.lower) && !t.breakBefore) {
      out.push(i)
      continue
    }
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

/** Adverbs the lexicon files otherwise ("now": a conjunction), which may stand in a verb group. */
const GROUP_ADVERBS: ReadonlySet<string> = new Set(['now', 'still', 'also', 'then', 'just', 'already', 'only', 'even', 'together'])

/** Skip a verb group leftwards ("has been estimated", "is expected to", "came in"): the index of the token before it. */
export function beforeVerbGroup(tokens: readonly FrameToken[], at: number): number {
  let i = at
  while (i >= 0 && at - i < 5) {
    const t = tokens[i] as FrameToken
    const prev = tokens[i - 1]
    // A verb-looking noun ("per share", "the increase") ends the group.
    if (t.cls === 'verb' && prev !== undefined && (prev.lower === 'per' || prev.cls === 'det' || prev.possessive)) break
    const particle = (t.lower === 'in' || t.lower === 'out' || t.lower === 'up') && i === at && prev !== undefined && prev.cls === 'verb'
    if (t.cls === 'verb' || t.cls === 'copula' || t.cls === 'adv' || GROUP_ADVERBS.has(t.lower) || t.lower === 'to' || t.lower === 'not' || particle) {
      if (t.breakBefore && i < at) return i - 1
      i--
      continue
    }
    break
  }
  return i
}

const PP_PREPS: ReadonlySet<string> = new Set(['for', 'in', 'during', 'of', 'at', 'over', 'from'])

/** Nouns of time that head a phrase of time ("for the period"), not a measure. */
export const TIME_NOUNS: ReadonlySet<string> = new Set(['period', 'periods', 'quarter', 'quarters', 'year', 'years', 'month', 'months', 'week', 'weeks', 'half', 'season', 'day', 'days'])

/**
 * The subject noun phrase of a verb group that ends at token `verbEnd`
 * (inclusive): "Gross margins for the quarter came in at": "gross margins"
 * (a prepositional phrase of time between them is skipped); a relative
 * pronoun stands for the phrase before it ("The inspection, which …").
 */
export function subjectOf(tokens: readonly FrameToken[], verbEnd: number): number[] {
  const before = beforeVerbGroup(tokens, verbEnd)
  // ", climbing to $5.7bn": a participle after a clause boundary has its subject elsewhere.
  if ((tokens[before + 1] as FrameToken | undefined)?.breakBefore) return []
  const t = tokens[before]
  // "The inspection, which took place", "The inspection that took place": the phrase before the pronoun.
  if (t && (t.lower === 'which' || t.lower === 'that' || t.lower === 'who')) return phraseBefore(tokens, before)
  let np = phraseBefore(tokens, before + 1)
  // "Gross margins for the period came in at": the phrase of time is not the subject.
  if (np.length && TIME_NOUNS.has((tokens[np[np.length - 1] as number] as FrameToken).lower)) {
    let i = (np[0] as number) - 1
    if (i >= 0 && (tokens[i] as FrameToken).cls === 'det') i--
    const prep = tokens[i]
    np = prep && PP_PREPS.has(prep.lower) && !prep.breakBefore && !(tokens[i + 1] as FrameToken).breakBefore ? phraseBefore(tokens, i) : []
  }
  if (np.length) {
    // "the epicentre of the earthquake", "the number of deaths": both nouns.
    const of = (np[0] as number) - 1
    const ofToken = tokens[of]
    if (ofToken && ofToken.lower === 'of' && !(tokens[np[0] as number] as FrameToken).breakBefore && !ofToken.breakBefore) {
      let end = of
      if (end > 0 && (tokens[end - 1] as FrameToken).cls === 'det') end--
      const head = phraseBefore(tokens, of)
      if (head.length && head.length + np.length <= MAX_PHRASE) return [...head, ...np]
    }
    return np
  }
  // "Revenue in the fourth quarter rose": skip the phrase of time.
  for (let i = before; i >= 0 && before - i < 5; i--) {
    const w = tokens[i] as FrameToken
    if (PP_PREPS.has(w.lower)) return w.breakBefore ? [] : phraseBefore(tokens, i)
    if (w.cls !== 'time' && w.cls !== 'det' && w.cls !== 'adj' && w.cls !== 'num') return []
    if (w.breakBefore) return []
  }
  return []
}
