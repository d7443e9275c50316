/**
 * Claims that compare the same way with every other claim: the same kind,
 * text, value and sentence (with the claim at the same place in it). Copies
 * of one wire story are the common case. Grouping and the finding's pairwise
 * comparisons run once per class, not once per claim, so a story that many
 * outlets reprint costs what its distinct wordings cost.
 *
 * @module
 */
import type {Claim} from '../types.js'
import {claimSpanInSentence} from './context.js'

/** Class ids for a story's claims, computed once (a context object, not module state). */
export class EquivalenceClasses {
  readonly #ids = new Map<string, number>()
  readonly #of: number[] = []

  constructor(claims: readonly Claim[]) {
    for (const claim of claims) {
      const span = claimSpanInSentence(claim)
      const key = [claim.kind, claim.text, claim.sentence?.text ?? '', span ? span.start : -1, JSON.stringify(claim.value)].join('\u0000')
      let id = this.#ids.get(key)
      if (id === undefined) {
        id = this.#ids.size
        this.#ids.set(key, id)
      }
      this.#of.push(id)
    }
  }

  /** The class of claim `i` (an index into the claims given). */
  of(i: number): number {
    return this.#of[i] as number
  }
}
