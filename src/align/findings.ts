/**
 * Findings from groups of claims: verdict, reason, confidence, notes,
 * sources and the message a reader sees.
 *
 * @module
 */
import type {Claim, Finding, Story} from '../types.js'
import type {Uncompared} from './candidates.js'
import type {ValueComparison} from './compare.js'
import type {ClaimContext} from './context.js'
import {isQuote} from './quote.js'
import {EquivalenceClasses} from './equivalence.js'
import {developing, type ArticleNames} from './published.js'
import {familyNote, findingSources} from './sources.js'
import {round2} from './text.js'
import {compareClaims} from './compare-claims.js'
import {claimOrder, type Group} from './grouping.js'

export const REASON_PRIORITY = [
  'quote-words-changed',
  'quote-words-cut',
  'value-conflict',
  'value-developing',
  'date-conflict',
  'category-conflict',
  'role-conflict',
  'quote-ellipsis',
  'quote-shortened',
  'quote-fragment',
  'quote-punctuation',
  'same-value-hedged',
  'rounded-value',
  'compatible-value',
  'more-precise',
  'same-role',
  'same-category',
  'same-date',
  'same-words',
  'same-value'
]

export function reasonRank(reason: string): number {
  const r = REASON_PRIORITY.indexOf(reason)
  return r === -1 ? REASON_PRIORITY.length : r
}

/** Who published each article of a story and when, and the source family of each. */
export interface Sources extends ArticleNames {
  family: Map<string, string>
}

export const NOT_COMPARED: Record<Uncompared['why'], string> = {
  'no-block': 'its value gives nothing to compare by: a role with no person named, or a value that is not an object',
  'no-pair': 'the index gave it no candidate pair'
}

export function show(claim: Claim): string {
  const text = shownText(claim)
  const short = text.length > 70 ? `${text.slice(0, 67)}…` : text
  return `“${short}”`
}

export function shownText(claim: Claim): string {
  return isQuote(claim.value) ? claim.value.words : claim.text
}

/**
 * The claims as a message shows them ({@link show}); where two different
 * texts would be cut to the same 70 characters (a long quotation with words
 * cut late in it), both are shown from a little before the first place they
 * differ, so the message shows the difference.
 */
export function showAll(claims: readonly Claim[]): string[] {
  const shown = claims.map(show)
  const texts = claims.map(shownText)
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = texts[i] as string
      const b = texts[j] as string
      if (shown[i] !== shown[j] || a === b) continue
      let at = 0
      while (at < a.length && at < b.length && a[at] === b[at]) at++
      shown[i] = `“${windowAt(a, at)}”`
      shown[j] = `“${windowAt(b, at)}”`
    }
  }
  return shown
}

/** About 67 characters of `text` from a word start some 30 characters before `at`, `…` where cut. */
export function windowAt(text: string, at: number): string {
  let start = Math.max(0, at - 30)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space !== -1 && space < at) start = space + 1
  }
  const end = Math.min(text.length, start + 67)
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trimEnd()}${end < text.length ? '…' : ''}`
}

export function pairedFinding(story: Story, group: Group, contexts: readonly ClaimContext[], articleSources: Sources, classes: EquivalenceClasses): Finding {
  const {outlet, family} = articleSources
  const members = group.members.map((m) => contexts[m] as ClaimContext)
  const claims = members.map((c) => c.claim)
  const first = claims[0] as Claim
  // All pairwise comparisons, in article order (so a diff runs first → second).
  let main: ValueComparison | undefined
  const notes: string[] = []
  let differ = false
  // Pairs of claims of the same classes, published at the same time, compare alike: each is compared once.
  const done = new Set<string>()
  const classOf = group.members.map((m) => `${classes.of(m)}@${articleSources.published.get((contexts[m] as ClaimContext).claim.article) ?? ''}`)
  for (let x = 0; x < claims.length; x++) {
    for (let y = x + 1; y < claims.length; y++) {
      const pairClass = `${classOf[x]}|${classOf[y]}`
      if (done.has(pairClass)) continue
      done.add(pairClass)
      const cmp = developing(compareClaims(claims[x] as Claim, claims[y] as Claim), claims[x] as Claim, claims[y] as Claim, articleSources)
      if (cmp.relation === 'none') continue
      if (cmp.relation === 'differ') differ = true
      for (const note of cmp.notes) if (!notes.includes(note)) notes.push(note)
      if (!main || reasonRank(cmp.reason) < reasonRank(main.reason)) main = cmp
    }
  }
  const cmp = main as ValueComparison
  const repeats = group.repeats.map((r) => (contexts[r] as ClaimContext).claim)
  for (const r of repeats) notes.push(`repeated: ${outlet.get(r.article) ?? r.article} also says ${show(r)}`)
  const all = [...claims, ...repeats].sort(claimOrder)
  const shown = showAll(claims)
  const says = claims.map((c, i) => `${outlet.get(c.article) ?? c.article} ${isQuote(c.value) ? 'quotes' : 'says'} ${shown[i] as string}`)
  const speaker = isQuote(first.value) ? claims.map((c) => (c.value as {speaker: string | null}).speaker).find((s) => s) : undefined
  const sources = findingSources(claims.map((c) => c.article), family)
  const copies = familyNote(sources, differ)
  const message = `${says.join('; ')}${speaker ? ` (${speaker})` : ''}: ${cmp.phrase}.${copies ? ` ${copies}` : ''}`
  const finding: Finding = {
    id: `${story.id}:${first.kind}:${first.id}`,
    story: story.id,
    kind: first.kind,
    verdict: differ ? 'differ' : 'agree',
    claims: all.map((c) => c.id),
    reason: cmp.reason,
    message,
    confidence: group.confidence,
    sources: {articles: sources.articles, families: sources.families},
    basis: group.basis
  }
  if (notes.length) finding.notes = notes
  if (cmp.diff) finding.diff = cmp.diff
  return finding
}

export function singleFinding(story: Story, claim: Claim, outlet: Map<string, string>, nearMiss: number | undefined): Finding {
  const others = story.articles.length - 1
  const message =
    others === 0
      ? `Only ${outlet.get(claim.article) ?? claim.article} covers this story; it says ${show(claim)}.`
      : `Only ${outlet.get(claim.article) ?? claim.article} states ${show(claim)}; no other article of the story reports this fact.`
  return {
    id: `${story.id}:${claim.kind}:${claim.id}`,
    story: story.id,
    kind: claim.kind,
    verdict: 'single-source',
    claims: [claim.id],
    reason: 'only-one-source',
    message,
    // How sure we are that no other article states it: lowered by the best near miss.
    confidence: round2(1 - Math.min(0.5, (nearMiss ?? 0) / 2)),
    sources: {articles: 1, families: 1}
  }
}
