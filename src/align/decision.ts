/**
 * The same-fact decision for one candidate pair: from its value comparison,
 * its frames (what each claim is about) and its context score, a confidence
 * or no pairing; and the basis a finding reports. See docs/alignment.md,
 * "Same fact? The decision".
 *
 * @module
 */
import type {ValueComparison} from './compare.js'
import type {ClaimContext} from './context.js'
import {isDate} from './date.js'
import {compareFrames, type FrameMatch} from './frame-match.js'
import {isQuantity} from './quantity.js'
import {strongContext, THRESHOLDS, type ContextScore} from './same-fact.js'
import {round2} from './text.js'

/** Least context score for a conflict the frames vouch for (see {@link sameFactConfidence}), unless the frames match in more than their concept. */
export const FRAME_CONFLICT_CONTEXT = 0.15

/** Least context score for a conflict between concepts of one family but not one word ("profit" / "net income"). */
export const FAMILY_CONFLICT_CONTEXT = 0.3

/** Confidence of a pairing made on a distinctive identical figure alone (see `ValueComparison.distinctive`). */
export const DISTINCTIVE_CONFIDENCE = 0.55

/** Frame strength (concept and one more part) that vouches for a conflict however few words the sentences share. */
export const FRAME_CONFLICT_STRENGTH = 0.6

/**
 * The frame comparison of two claims, for the kinds whose frames decide
 * (quantities and dates); undefined for the others (quotes, roles and
 * ratings are identified by their values).
 */
export function framesOf(a: ClaimContext, b: ClaimContext): FrameMatch | undefined {
  if (isQuantity(a.claim.value) && isQuantity(b.claim.value)) return compareFrames(a.frame, b.frame)
  if (isDate(a.claim.value) && isDate(b.claim.value)) return compareFrames(a.frame, b.frame, true)
  return undefined
}

/**
 * Decide whether two claims state the same fact, from their value
 * comparison, their frames (what each is about) and their context score.
 * Returns the confidence, or null when not the same fact.
 *
 * Frames that differ (another concept, owner or time, a conflicting
 * qualifier) rule a pairing out. Frames that match (the same concept, no
 * owner, time or qualifier against it) pair agreeing values on their own
 * and let conflicting values differ with a little shared context. Otherwise
 * the sentence context decides as before.
 */
export function sameFactConfidence(cmp: ValueComparison, ctx: ContextScore, frames?: FrameMatch, near = true): number | null {
  if (cmp.relation === 'none') return null
  const s = ctx.score
  if (frames && cmp.evidence !== 'self') {
    if (frames.verdict === 'different') return null
    // Dates: an event recurs ("an inspection in 2018", "the inspection in March"), so a shared event
    // does not pair dates on its own; their frames only rule pairings out, and the context decides.
    if (frames.verdict === 'same' && !frames.dates) {
      const base = cmp.evidence === 'conflict' ? 0.5 : cmp.evidence === 'identical' ? 0.6 : 0.55
      const fromFrames = round2(Math.min(0.95, base + 0.35 * frames.strength + 0.1 * Math.min(1, s / THRESHOLDS.conflict)))
      if (cmp.evidence !== 'conflict') return Math.max(fromFrames, sameFactConfidence(cmp, ctx) ?? 0)
      // The frames' qualifiers (forecast, target) stand in for the sentence-level intention words here.
      const enough = frames.family ? s >= FAMILY_CONFLICT_CONTEXT : s >= FRAME_CONFLICT_CONTEXT || frames.strength >= FRAME_CONFLICT_STRENGTH
      if (frames.conflictOk && near && enough && ctx.time !== 'conflict') return fromFrames
      // Quantities: what forbade the conflict (an earlier figure, a target…) stands. Dates: the context decides.
      if (!frames.dates) return null
    }
    // Concepts named on both sides that do not match: no conflict on shared words alone.
    if (cmp.evidence === 'conflict' && frames.differences.length > 0) return null
  }
  switch (cmp.evidence) {
    case 'self':
      if (cmp.relation === 'differ') {
        if (ctx.time === 'conflict') return null
        // A grade or role stated for another time ("in 2018 it was rated
        // good") or as an intention is not a contradiction. Quoted words carry
        // their own time, so quotes are exempt.
        if (!cmp.reason.startsWith('quote-') && (ctx.time === 'one-sided' || ctx.intentMismatch)) return null
      }
      return round2(0.8 + 0.2 * Math.min(1, s / THRESHOLDS.conflict))
    case 'identical':
      if (ctx.time === 'conflict') return null
      // A distinctive figure ("$3.06 a share" in two outlets) is itself the evidence; frames against it were ruled out above.
      if (cmp.distinctive === true && (s < THRESHOLDS.identical || ctx.shared.length === 0)) return DISTINCTIVE_CONFIDENCE
      if (s < THRESHOLDS.identical || ctx.shared.length === 0) return null
      return round2(0.55 + 0.4 * Math.min(1, s / THRESHOLDS.conflict))
    case 'compatible':
      if (s < THRESHOLDS.compatible || ctx.time === 'conflict' || ctx.shared.length === 0) return null
      return round2(0.5 + 0.4 * Math.min(1, s / THRESHOLDS.conflict))
    case 'conflict':
      if (!strongContext(ctx)) return null
      return round2(Math.min(0.95, 0.5 + 0.5 * s))
  }
}

/** Why a pairing was taken to be one fact, for the finding's `basis`. */
export function pairBasis(cmp: ValueComparison, ctx: ContextScore, frames: FrameMatch | undefined): string {
  if (cmp.evidence === 'self') return `the values identify the fact (${cmp.reason})`
  if (frames && frames.verdict === 'same') return `frames match: ${frames.matched.join(', ')}`
  const shared = ctx.shared.slice(0, 5)
  return shared.length ? `sentences share: ${shared.join(', ')}` : 'sentences share names or years'
}
