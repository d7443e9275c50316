/**
 * Same fact? Read from two claims' frames (src/frame/): the concept they
 * measure, whose it is, the time it applies to and their qualifiers.
 *
 * - **different**: concepts of different families (deaths vs injured,
 *   revenue vs profit, passengers vs crew), different owners, different
 *   times (a year earlier vs the quarter, 2019 vs 2021), conflicting
 *   qualifiers (net vs gross, forecast vs actual), or an earlier figure or
 *   a per-share figure on one side only;
 * - **same**: the same concept (same head word, or one's head in the
 *   other's phrase, or one family), no owner, time or qualifier against it;
 * - **unknown**: anything else (a concept missing on one side): the
 *   sentence context decides.
 *
 * The comparison is symmetric: `compareFrames(a, b)` and `compareFrames(b, a)`
 * give the same verdict, strength and parts.
 *
 * @module
 */
import type {Claim, ClaimFrame} from '../types.js'
import {CONFLICTING, DISTINCTIVE, ONE_SIDED, ONE_SIDED_WEAK, timeKeys} from '../frame/index.js'
import {conceptFamily} from './concept-families.js'
import {isContent, stem} from './text.js'

export interface FrameMatch {
  verdict: 'same' | 'different' | 'unknown'
  /** May two conflicting values be reported as a differ on the strength of the frames? */
  conflictOk: boolean
  /** The concepts are one family but not one word ("profit", "net income"): a conflict then needs more context ({@link FAMILY_CONFLICT_CONTEXT}). */
  family: boolean
  /** The frames are of dates: a conflict the frames do not vouch for is left to the context (a quantity's is ruled out). */
  dates: boolean
  /** 0..1: how much of the frames agree (concept, owner, time, qualifiers). */
  strength: number
  /** What matched, for reasons: `concept “overspend”`, `owner “Sefton Council”`, `time “2021/22”`. */
  matched: string[]
  /** What differed, for reasons: `time: “the quarter” vs “a year earlier”`. */
  differences: string[]
}

type Level = 'same' | 'family' | 'different' | 'unrelated' | 'unknown'

/** British spellings as American ones, so "epicentre" meets "epicenter" and "labour" meets "labor". */
function americanSpelling(word: string): string {
  return word.replace(/([^aeiou])re(s?)$/, '$1er$2').replace(/([a-z]{3})our(s?)$/, '$1or$2').replace(/is(e|ed|es|ing|ation)$/, 'iz$1')
}

function conceptStems(concept: string | null): string[] {
  if (!concept) return []
  const out: string[] = []
  for (const part of concept.split(/[\s/]+/)) {
    for (const piece of part.split('-')) if (isContent(piece)) out.push(stem(americanSpelling(piece)))
  }
  return out
}

/** Families of change, which qualify another concept rather than name one. */
const CHANGE_FAMILIES: ReadonlySet<string> = new Set(['rise', 'fall'])

/** How two concepts relate: the same head, one family, different families, or unrelated words. */
export function compareConcepts(a: string | null, b: string | null): Level {
  const sa = conceptStems(a)
  const sb = conceptStems(b)
  if (sa.length === 0 || sb.length === 0) return 'unknown'
  const ha = sa[sa.length - 1] as string
  const hb = sb[sb.length - 1] as string
  if (ha === hb || sa.includes(hb) || sb.includes(ha)) return 'same'
  const fa = new Set(sa.map(conceptFamily).filter((f): f is string => f !== undefined))
  const fb = new Set(sb.map(conceptFamily).filter((f): f is string => f !== undefined))
  const headA = conceptFamily(ha)
  const headB = conceptFamily(hb)
  if (headA !== undefined && headA === headB) return 'family'
  // A change ("a growth of 26%") is a change of something ("shipments rose 26%"): never another concept.
  if (CHANGE_FAMILIES.has(headA ?? '') || CHANGE_FAMILIES.has(headB ?? '')) return 'unrelated'
  if (headA !== undefined && headB !== undefined) return 'different'
  if (fa.size && fb.size && ![...fa].some((f) => fb.has(f))) return 'different'
  return 'unrelated'
}

/** Owner words that do not tell owners apart. */
const GENERIC_OWNER: ReadonlySet<string> = new Set(
  'the of and council city borough county district metropolitan inc plc ltd llc corp corporation company co group holdings fc club government department ministry authority'.split(' ')
)

function ownerWords(owner: string | null): Set<string> {
  const out = new Set<string>()
  if (!owner) return out
  for (const w of owner.toLowerCase().split(/[\s-]+/)) {
    const clean = w.replace(/[’'.]/g, '')
    if (clean && !GENERIC_OWNER.has(clean)) out.add(clean)
  }
  return out
}

/** A proper name: every word capitalised ("Sefton Council", "AMD"), not a common phrase ("job cuts"). */
function properName(owner: string): boolean {
  return owner.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || GENERIC_OWNER.has(w.toLowerCase()))
}

/** "AMD" and "Advanced Micro Devices": one is the initials of the other. */
function initialsOf(short: string, long: string): boolean {
  const initials = long
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
  return short.length >= 2 && /^\p{Lu}+$/u.test(short) && initials === short
}

/**
 * Owners: `same` when they share a distinctive word (or one is the other's
 * initials), `different` when both are proper names with none in common,
 * `unlike` when they differ but one is a common phrase (weaker: "job cuts"
 * vs "staff" may be two readings of one sentence), else `unknown`.
 */
function compareOwners(a: string | null, b: string | null): 'same' | 'different' | 'unlike' | 'unknown' {
  const wa = ownerWords(a)
  const wb = ownerWords(b)
  if (a === null || b === null || wa.size === 0 || wb.size === 0) return 'unknown'
  for (const w of wa) if (wb.has(w)) return 'same'
  if (initialsOf(a, b) || initialsOf(b, a)) return 'same'
  return properName(a) && properName(b) ? 'different' : 'unlike'
}

function keysOf(keys: Set<string>, prefix: string): string[] {
  return [...keys].filter((k) => k.startsWith(prefix))
}

/**
 * Times: `different` when both name years, quarters, halves or months and
 * none is shared; `oneSided`: a year, or an earlier time ("a year
 * earlier"), is named by one side only (no conflict may then be read).
 */
function compareTimes(a: string | null, b: string | null): {level: 'same' | 'different' | 'unknown'; oneSided: boolean} {
  const ka = timeKeys(a)
  const kb = timeKeys(b)
  for (const prefix of ['y:', 'fy:', 'q:', 'h:', 'p:', 'm:']) {
    const xa = keysOf(ka, prefix)
    const xb = keysOf(kb, prefix)
    if (xa.length && xb.length && !xa.some((k) => xb.includes(k))) return {level: 'different', oneSided: false}
  }
  const oneSided = keysOf(ka, 'y:').length > 0 !== keysOf(kb, 'y:').length > 0 || ka.has('rel:previous') !== kb.has('rel:previous')
  for (const k of ka) if (kb.has(k)) return {level: 'same', oneSided}
  return {level: 'unknown', oneSided}
}

/**
 * Compare two frames of claims of one kind. `dates`: the claims are dates
 * (their value is the time; an event's concept can only support a pairing).
 */
export function compareFrames(a: ClaimFrame, b: ClaimFrame, dates = false): FrameMatch {
  const matched: string[] = []
  const differences: string[] = []
  const concept = compareConcepts(a.concept, b.concept)
  const owner = compareOwners(a.owner, b.owner)
  const time = dates ? {level: 'unknown' as const, oneSided: false} : compareTimes(a.time, b.time)
  const qa = new Set(a.qualifiers)
  const qb = new Set(b.qualifiers)
  let decisive = false
  let weakOneSided = false
  if ((concept === 'different' || concept === 'unrelated') && !dates) differences.push(`concept: ${both(a.concept, b.concept)}`)
  if (concept === 'different' && !dates) decisive = true
  if (owner === 'different' || owner === 'unlike') {
    differences.push(`owner: ${both(a.owner, b.owner)}`)
    // A date's names are its event's people and places ("Epstein's death", "a Manhattan jail"): they only forbid a conflict.
    if (owner === 'different' && !dates) decisive = true
    else weakOneSided = true
  }
  if (time.level === 'different') {
    differences.push(`time: ${both(a.time ?? 'not stated', b.time ?? 'not stated')}`)
    decisive = true
  }
  for (const [x, y] of CONFLICTING) {
    if ((qa.has(x) && qb.has(y)) || (qa.has(y) && qb.has(x))) {
      differences.push(`qualifiers: ${x} vs ${y}`)
      decisive = true
    }
  }
  for (const q of [...new Set([...qa, ...qb])].sort()) {
    if (qa.has(q) === qb.has(q)) continue
    if (ONE_SIDED.has(q)) {
      differences.push(`qualifier ${q} on one side only`)
      decisive = true
    } else if (ONE_SIDED_WEAK.has(q) && !(dates && q === 'previous')) {
      differences.push(`qualifier ${q} on one side only`)
      weakOneSided = true
    }
  }
  // A conversion ("40km (25 miles)") is derived from the figure before it: two conversions that differ are roundings, not rival figures.
  if (qa.has('converted') || qb.has('converted')) weakOneSided = true
  const sharedQuals = [...qa].filter((q) => qb.has(q)).sort()
  if (concept === 'same' || concept === 'family') matched.push(concept === 'same' ? `concept “${shorter(a.concept, b.concept)}”` : `concept ${both(a.concept, b.concept, ' ~ ')}`)
  if (owner === 'same') matched.push(`owner “${shorter(a.owner, b.owner)}”`)
  if (time.level === 'same') matched.push(`time “${shorter(a.time, b.time)}”`)
  if (sharedQuals.length) matched.push(`qualifiers ${sharedQuals.join(', ')}`)
  const strength = Math.min(1, (concept === 'same' ? 0.5 : concept === 'family' ? 0.35 : 0) + (owner === 'same' ? 0.2 : 0) + (time.level === 'same' ? 0.2 : 0) + (sharedQuals.some((q) => DISTINCTIVE.has(q)) ? 0.1 : 0))
  if (decisive) return {verdict: 'different', conflictOk: false, family: false, dates, strength: 0, matched, differences}
  if (concept === 'same' || concept === 'family') {
    // Dates of a recurring event ("an inspection in 2018", "the inspection in March") share their event: frames never vouch for a date conflict.
    const conflictOk = (concept === 'same' || concept === 'family') && !weakOneSided && !time.oneSided && !dates
    return {verdict: 'same', conflictOk, family: concept === 'family', dates, strength, matched, differences}
  }
  return {verdict: 'unknown', conflictOk: false, family: false, dates, strength, matched, differences}
}

/** How far apart two conflicting amounts may be for frames alone to read them as one fact told differently. */
export const NEAR_FACTOR = 2

/**
 * Are two quantities near enough for a conflict the frames vouch for? Real
 * discrepancies between outlets are rounding, misprints and developing
 * figures; "$3.06 a share" against "17 cents a share" is another measure.
 * Other kinds of value are always near.
 */
export function valuesNear(a: Claim['value'], b: Claim['value']): boolean {
  const x = a as {type?: unknown; low?: unknown; high?: unknown}
  const y = b as {type?: unknown; low?: unknown; high?: unknown}
  if (x.type !== 'quantity' || y.type !== 'quantity' || typeof x.low !== 'number' || typeof y.low !== 'number') return true
  const p = Math.abs(x.low)
  const q = Math.abs(y.low)
  if (p === 0 || q === 0) return p === q
  return Math.max(p, q) / Math.min(p, q) <= NEAR_FACTOR
}

/** Two values quoted, in sorted order (so the text does not depend on which claim comes first). */
function both(a: string | null, b: string | null, sep = ' vs '): string {
  const [x, y] = [a ?? '', b ?? ''].sort()
  return `“${x}”${sep}“${y}”`
}

/** Of two strings, the shorter (ties: the one that sorts first): stable whichever side is first. */
function shorter(a: string | null, b: string | null): string {
  const x = a ?? ''
  const y = b ?? ''
  if (!x) return y
  if (!y) return x
  return x.length < y.length || (x.length === y.length && x <= y) ? x : y
}
