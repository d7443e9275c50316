/**
 * The shape every per-kind value comparison returns.
 *
 * @module
 */
import type {DiffPart} from '../types.js'

/**
 * How much context evidence a value comparison needs before the two claims
 * count as the same fact:
 * - `self`: the values alone identify the fact (a long shared quotation, the
 *   same person, the same rated subject);
 * - `identical`: equal values, a little shared context needed;
 * - `compatible`: compatible but different values (hedged, more precise);
 * - `conflict`: conflicting values, strong context needed.
 */
export type Evidence = 'self' | 'identical' | 'compatible' | 'conflict'

/** The result of comparing two claim values of the same kind. */
export interface ValueComparison {
  /** `none`: the values cannot be about the same fact (different unit, speaker, subject…). */
  relation: 'agree' | 'differ' | 'none'
  evidence: Evidence
  /** Machine-readable reason id. */
  reason: string
  /** What differs though the verdict is agree. */
  notes: string[]
  /** A short phrase for messages: "the same amount, one hedged". */
  phrase: string
  /** Word-level diff (quotes), from the first claim to the second. */
  diff?: DiffPart[]
  /**
   * Identical quantities written to at least {@link DISTINCTIVE_DIGITS}
   * significant digits on both sides ("$3.06", "10,500", "$1.772 billion"):
   * two different facts of one story rarely share such a figure, so the
   * value is evidence of one fact even when the sentences share few words.
   */
  distinctive?: boolean
}

/** Significant digits from which an identical figure is distinctive (see {@link ValueComparison.distinctive}). */
export const DISTINCTIVE_DIGITS = 3

export const NO_PAIR: ValueComparison = Object.freeze({relation: 'none', evidence: 'conflict', reason: 'unrelated', notes: [], phrase: ''}) as ValueComparison
