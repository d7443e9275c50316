/**
 * Grouping accepted pairs into findings: one claim per article, every cross
 * pair able to be the same fact, repeats of a fact in one article attached.
 *
 * @module
 */
import type {AlignStats} from './index.js'
import type {Claim} from '../types.js'
import {blockKey} from './candidates.js'
import type {ValueComparison} from './compare.js'
import type {ClaimContext} from './context.js'
import {framesOf, pairBasis, sameFactConfidence} from './decision.js'
import {valuesNear, type FrameMatch} from './frame-match.js'
import {contextScore, THRESHOLDS, type ContextScore, type TermWeights} from './same-fact.js'
import {EquivalenceClasses} from './equivalence.js'
import {compareStrings} from './text.js'
import {compareClaims} from './compare-claims.js'

/** An accepted pairing of two claims. */
export interface Edge {
  i: number
  j: number
  cmp: ValueComparison
  ctx: ContextScore
  frames: FrameMatch | undefined
  confidence: number
}

export function claimOrder(a: Claim, b: Claim): number {
  return compareStrings(a.article, b.article) || a.start - b.start || a.end - b.end || compareStrings(a.id, b.id)
}

export interface Group {
  /** One claim per article: the claims compared. */
  members: number[]
  /** The members' articles. */
  articles: Set<string>
  /** One member per equivalence class of the members. */
  reps: Map<number, number>
  /** Repeated mentions of a member's value in the same article (see {@link attachRestatements}). */
  repeats: number[]
  confidence: number
  /** Why its claims are one fact: from the strongest pairing that built it. */
  basis: string
}

export const RESTATED_REASONS = new Set(['same-value', 'same-words', 'same-category', 'same-date'])

/**
 * An article often states a fact twice (a headline and the body, a summary and
 * a list). A claim left over after pairing whose value is identical to the
 * value of a paired claim of the same article, and whose context ties it to
 * the fact (the same rated subject, or key terms shared with another outlet's
 * claim), is attached to that finding as a repeat: it is not compared (the
 * verdict rests on one claim per article) and is not reported as single-source.
 */
export function attachRestatements(groups: Group[], contexts: readonly ClaimContext[], weights: TermWeights, used: Set<number>): void {
  const byArticleBlock = new Map<string, number[]>()
  contexts.forEach((ctx, i) => {
    const block = blockKey(ctx.claim)
    if (block === null) return
    const key = `${ctx.claim.article}\u0000${block}`
    const list = byArticleBlock.get(key)
    if (list) list.push(i)
    else byArticleBlock.set(key, [i])
  })
  for (const group of groups) {
    for (const m of group.members) {
      const mc = contexts[m] as ClaimContext
      const block = blockKey(mc.claim)
      if (block === null) continue
      for (const u of byArticleBlock.get(`${mc.claim.article}\u0000${block}`) ?? []) {
        if (used.has(u)) continue
        const uc = contexts[u] as ClaimContext
        const cmp = compareClaims(uc.claim, mc.claim)
        if (cmp.relation !== 'agree' || !RESTATED_REASONS.has(cmp.reason)) continue
        if (cmp.evidence !== 'self') {
          if (cmp.evidence !== 'identical') continue
          const tied = group.members.some((o) => {
            if (o === m) return false
            const ctx = contextScore(uc, contexts[o] as ClaimContext, weights)
            return ctx.score >= THRESHOLDS.identical && ctx.shared.length > 0 && ctx.time !== 'conflict'
          })
          if (!tied) continue
        }
        group.repeats.push(u)
        used.add(u)
      }
    }
  }
}

/**
 * Greedy grouping: strongest edges first; two groups merge only when they
 * share no article (one claim per article per finding: the best match) and
 * every cross pair of claims could be the same fact.
 */
export function groupEdges(edges: Edge[], contexts: readonly ClaimContext[], weights: TermWeights, classes: EquivalenceClasses, stats: AlignStats | undefined): Group[] {
  const sorted = [...edges].sort(
    (x, y) =>
      y.confidence - x.confidence ||
      (x.cmp.relation === y.cmp.relation ? 0 : x.cmp.relation === 'agree' ? -1 : 1) ||
      y.ctx.score - x.ctx.score ||
      x.i - y.i ||
      x.j - y.j
  )
  const edgeKey = (i: number, j: number) => (i < j ? `${i},${j}` : `${j},${i}`)
  const accepted = new Map(edges.map((e) => [edgeKey(e.i, e.j), e]))
  const groupOf = new Map<number, Group>()
  const single = (i: number, basis: string): Group => ({members: [i], articles: new Set([(contexts[i] as ClaimContext).claim.article]), reps: new Map([[classes.of(i), i]]), repeats: [], confidence: 1, basis})
  for (const e of sorted) {
    const basis = pairBasis(e.cmp, e.ctx, e.frames)
    const gi = groupOf.get(e.i) ?? single(e.i, basis)
    const gj = groupOf.get(e.j) ?? single(e.j, basis)
    if (gi === gj) continue
    const [small, large] = gi.articles.size <= gj.articles.size ? [gi.articles, gj.articles] : [gj.articles, gi.articles]
    if ([...small].some((a) => large.has(a))) continue
    // Claims of one class compare alike, so one per class is checked; an
    // accepted pair would pass the check, so it is skipped.
    let ok = true
    for (const x of gi.reps.values()) {
      for (const y of gj.reps.values()) {
        if ((x === e.i && y === e.j) || accepted.has(edgeKey(x, y))) continue
        if (stats) stats.crossChecks++
        const cx = contexts[x] as ClaimContext
        const cy = contexts[y] as ClaimContext
        const cmp = compareClaims(cx.claim, cy.claim)
        if (cmp.relation === 'none') ok = false
        else if (cmp.evidence !== 'self') {
          const frames = framesOf(cx, cy)
          if (frames?.verdict === 'different') ok = false
          else if (cmp.relation === 'differ' && sameFactConfidence(cmp, contextScore(cx, cy, weights), frames, valuesNear(cx.claim.value, cy.claim.value)) === null) ok = false
        }
        if (!ok) break
      }
      if (!ok) break
    }
    if (!ok) continue
    const reps = new Map(gi.reps)
    for (const [c, m] of gj.reps) if (!reps.has(c)) reps.set(c, m)
    // The basis of the strongest pairing stays (edges come strongest first).
    const first = gi.members.length > 1 ? gi.basis : gj.members.length > 1 ? gj.basis : basis
    const merged: Group = {members: [...gi.members, ...gj.members], articles: new Set([...gi.articles, ...gj.articles]), reps, repeats: [], confidence: Math.min(gi.confidence, gj.confidence, e.confidence), basis: first}
    for (const m of merged.members) groupOf.set(m, merged)
  }
  const groups = [...new Set(groupOf.values())]
  for (const g of groups) g.members.sort((x, y) => claimOrder((contexts[x] as ClaimContext).claim, (contexts[y] as ClaimContext).claim))
  return groups.sort((x, y) => (x.members[0] as number) - (y.members[0] as number))
}
