/**
 * Alignment: group articles into stories, pair claims of different articles
 * of a story that state the same fact, and decide per fact: agree, differ,
 * or single-source. See docs/alignment.md.
 *
 * Deterministic and independent of input order: articles are sorted by id,
 * claims by article, offsets and id; finding ids are derived from content
 * (`${story}:${kind}:${first claim id}`).
 *
 * @module
 */
import type {Claim, Finding, Story} from '../types.js'
import {blockKey, candidatePairs, newCandidateStats, type CandidateStats, type Uncompared} from './candidates.js'
import {compareCategory, isCategory} from './category.js'
import type {ValueComparison} from './compare.js'
import {claimContext, newContextCache, type ClaimContext} from './context.js'
import {framesOf, pairBasis, sameFactConfidence} from './decision.js'
import {valuesNear, type FrameMatch} from './frame-match.js'
import {compareDate, isDate} from './date.js'
import {compareOther} from './other.js'
import {compareQuantity, isQuantity} from './quantity.js'
import {compareQuote, isQuote} from './quote.js'
import {compareRole, isRole} from './role.js'
import {contextScore, termWeights, THRESHOLDS, type ContextScore, type TermWeights} from './same-fact.js'
import {EquivalenceClasses} from './equivalence.js'
import {developing, type ArticleNames} from './published.js'
import {groupStories, type StoryOptions} from './stories.js'
import {sourceFamilies} from './families.js'
import {familyNote, findingSources} from './sources.js'
import {compareStrings, round2} from './text.js'

export {groupStories} from './stories.js'
export type {StoryArticle, StoryOptions} from './stories.js'
export {sourceFamilies, shingles, containment, withoutQuotations} from './families.js'
export type {FamilyArticle, FamilyOptions} from './families.js'
export {claimContext, newContextCache} from './context.js'
export type {ClaimContext, ContextCache} from './context.js'
export {compareFrames, compareConcepts, valuesNear} from './frame-match.js'
export {framesOf, pairBasis, sameFactConfidence, FRAME_CONFLICT_CONTEXT, FRAME_CONFLICT_STRENGTH, FAMILY_CONFLICT_CONTEXT} from './decision.js'
export type {FrameMatch} from './frame-match.js'
export {contextScore, termWeights, strongContext, THRESHOLDS} from './same-fact.js'
export type {ContextScore, TermWeights} from './same-fact.js'
export {candidatePairs, blockKey, valueKeys, postingCap, NEIGHBOURS} from './candidates.js'
export type {CandidateStats, Uncompared} from './candidates.js'
export {compareQuantity, compareQuantityValues, unitsMatch} from './quantity.js'
export type {QuantityRelation} from './quantity.js'
export {compareDate, compareDateValues, compareIntervals, dateInterval} from './date.js'
export type {DateRelation} from './date.js'
export {compareQuote} from './quote.js'
export {diffQuotes, quoteTokens} from './quote-diff.js'
export {compareCategory} from './category.js'
export {compareRole} from './role.js'
export {compareOther} from './other.js'
export type {ValueComparison, Evidence} from './compare.js'

export interface AlignInput {
  articles: Array<{id: string; outlet?: string; story?: string; published?: string; title?: string; text?: string}>
  claims: Claim[]
}

export interface AlignResult {
  stories: Story[]
  findings: Finding[]
  /** The source family of each article: article id → family id (see {@link sourceFamilies}). */
  families: Map<string, string>
}

/** Counters filled in by {@link align} when passed as `options.stats`. */
export interface AlignStats extends CandidateStats {
  /** Candidate pairs whose values could be about the same fact (not `none`). */
  comparedPairs: number
  /** Pairs accepted as the same fact. */
  acceptedPairs: number
  /** Cross pairs checked while merging groups (once per pair of equivalence classes). */
  crossChecks: number
}

export interface AlignOptions {
  /** Pairs below this confidence are not reported as the same fact (default 0.5). */
  minConfidence?: number
  /** Options for inferring stories. */
  stories?: StoryOptions
  /** An object to fill with counters (candidate pairs etc.). */
  stats?: AlignStats
  /** Called with the claims aligned so far and the total: once when the stories are planned, then after each story. */
  onProgress?: (done: number, total: number) => void
}

/** A new, zeroed stats object. */
export function newStats(): AlignStats {
  return {...newCandidateStats(), comparedPairs: 0, acceptedPairs: 0, crossChecks: 0}
}

/** Compare two claims' values with the rule of their kind. */
export function compareClaims(a: Claim, b: Claim): ValueComparison {
  if (isQuantity(a.value)) return compareQuantity(a, b)
  if (isDate(a.value)) return compareDate(a, b)
  if (isQuote(a.value)) return compareQuote(a, b)
  if (isCategory(a.value)) return compareCategory(a, b)
  if (isRole(a.value)) return compareRole(a, b)
  return compareOther(a, b)
}

/** An accepted pairing of two claims. */
interface Edge {
  i: number
  j: number
  cmp: ValueComparison
  ctx: ContextScore
  frames: FrameMatch | undefined
  confidence: number
}

const REASON_PRIORITY = [
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

function reasonRank(reason: string): number {
  const r = REASON_PRIORITY.indexOf(reason)
  return r === -1 ? REASON_PRIORITY.length : r
}

function claimOrder(a: Claim, b: Claim): number {
  return compareStrings(a.article, b.article) || a.start - b.start || a.end - b.end || compareStrings(a.id, b.id)
}

/**
 * One story's share of an alignment: the story, its claims (in claim order)
 * and the outlet of each of its articles. Plain data, so a part can be
 * aligned on another thread or machine ({@link alignPart}); the parts of a
 * {@link planAlignment} are independent of each other.
 */
export interface StoryPart {
  story: Story
  claims: Claim[]
  /** `[article id, outlet]` for each article of the story (the article id where no outlet is known). */
  outlets: Array<[string, string]>
  /** `[article id, meta.published]` for the articles of the story that give one. */
  published?: Array<[string, string]>
  /** `[article id, family id]` for each article of the story (its source family, see {@link sourceFamilies}). */
  families: Array<[string, string]>
}

/** What {@link planAlignment} gives: the stories, and one part per story, in story order. */
export interface AlignmentPlan {
  stories: Story[]
  parts: StoryPart[]
  /** The source family of each article. */
  families: Map<string, string>
}

/**
 * The first step of {@link align}: sort the input, group the articles into
 * stories (given or inferred) and split the claims by story.
 */
export function planAlignment(input: AlignInput, options: Pick<AlignOptions, 'stories'> = {}): AlignmentPlan {
  const articleList = [...input.articles].sort((a, b) => compareStrings(a.id, b.id))
  const known = new Set(articleList.map((a) => a.id))
  const claims = [...input.claims].sort(claimOrder)
  // Claims of articles not listed: each such article is its own article.
  const extraText = new Map<string, string[]>()
  for (const claim of claims) {
    if (known.has(claim.article)) continue
    const list = extraText.get(claim.article) ?? []
    list.push(claim.sentence?.text ?? claim.text)
    extraText.set(claim.article, list)
  }
  const articles: AlignInput['articles'] = [...articleList, ...[...extraText].map(([id, texts]) => ({id, text: texts.join('\n')}))].sort((a, b) => compareStrings(a.id, b.id))
  // Articles without text or title: their claims' sentences stand for the text.
  const claimText = new Map<string, string[]>()
  for (const claim of claims) {
    const list = claimText.get(claim.article)
    if (list) list.push(claim.sentence?.text ?? claim.text)
    else claimText.set(claim.article, [claim.sentence?.text ?? claim.text])
  }
  const withText = articles.map((a) => ({...a, text: a.text || a.title ? a.text : [...new Set(claimText.get(a.id) ?? [])].join('\n')}))
  const stories = groupStories(withText, options.stories)
  const families = sourceFamilies(withText)
  const outlet = new Map(articles.map((a) => [a.id, a.outlet || a.id]))
  const publishedOf = new Map(articles.filter((a) => typeof a.published === 'string' && a.published !== '').map((a) => [a.id, a.published as string]))
  const storyOf = new Map<string, string>()
  for (const story of stories) for (const id of story.articles) storyOf.set(id, story.id)

  // Claims by story in one pass (keeping the claim order), not one scan of all claims per story.
  const claimsOf = new Map<string, Claim[]>()
  for (const claim of claims) {
    const story = storyOf.get(claim.article)
    if (story === undefined) continue
    const list = claimsOf.get(story)
    if (list) list.push(claim)
    else claimsOf.set(story, [claim])
  }
  const parts = stories.map((story) => {
    const outlets = story.articles.map((id): [string, string] => [id, outlet.get(id) ?? id])
    const published = story.articles.filter((id) => publishedOf.has(id)).map((id): [string, string] => [id, publishedOf.get(id) as string])
    const familyOf = story.articles.map((id): [string, string] => [id, families.get(id) ?? id])
    return {story, claims: claimsOf.get(story.id) ?? [], outlets, families: familyOf, ...(published.length ? {published} : {})}
  })
  return {stories, parts, families}
}

/**
 * The second step of {@link align}: the findings of one story (in no
 * particular order; {@link align} sorts them).
 */
export function alignPart(part: StoryPart, options: Pick<AlignOptions, 'minConfidence' | 'stats'> = {}): Finding[] {
  const sources: Sources = {outlet: new Map(part.outlets), published: new Map(part.published ?? []), family: new Map(part.families)}
  return alignStory(part.story, part.claims, sources, options.minConfidence ?? 0.5, options.stats)
}

/** Findings sorted as {@link align} gives them: by story, then id. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => compareStrings(a.story, b.story) || compareStrings(a.id, b.id))
}

/** Align the claims of several articles: {@link planAlignment}, then {@link alignPart} for each story. */
export function align(input: AlignInput, options: AlignOptions = {}): AlignResult {
  const {stories, parts, families} = planAlignment(input, options)
  const findings: Finding[] = []
  const total = parts.reduce((n, part) => n + part.claims.length, 0)
  let done = 0
  options.onProgress?.(0, total)
  for (const part of parts) {
    for (const finding of alignPart(part, options)) findings.push(finding)
    done += part.claims.length
    options.onProgress?.(done, total)
  }
  return {stories, findings: sortFindings(findings), families}
}

/** Who published each article of a story and when, and the source family of each. */
interface Sources extends ArticleNames {
  family: Map<string, string>
}

function alignStory(story: Story, claims: Claim[], sources: Sources, minConfidence: number, stats: AlignStats | undefined): Finding[] {
  const outlet = sources.outlet
  if (story.articles.length === 1) {
    // One article: nothing to compare, so no contexts to build; every claim is
    // single-source with no near miss (what the general path gives too).
    if (stats) stats.claims += claims.length
    return claims.map((claim) => singleFinding(story, claim, outlet, undefined))
  }
  const cache = newContextCache()
  const contexts = claims.map((claim) => claimContext(claim, cache))
  const weights = termWeights(contexts)
  const candidateStats = newCandidateStats()
  const uncompared: Uncompared[] = []
  const pairs = candidatePairs(contexts, candidateStats, uncompared)
  if (stats) {
    stats.claims += contexts.length
    stats.candidatePairs += candidateStats.candidatePairs
    stats.windowedKeys += candidateStats.windowedKeys
    stats.uncomparedClaims += candidateStats.uncomparedClaims
  }
  const edges: Edge[] = []
  const nearMiss = new Map<number, number>()
  for (const [i, j] of pairs) {
    const a = contexts[i] as ClaimContext
    const b = contexts[j] as ClaimContext
    const cmp = compareClaims(a.claim, b.claim)
    if (cmp.relation === 'none') continue
    if (stats) stats.comparedPairs++
    const ctx = contextScore(a, b, weights)
    const frames = framesOf(a, b)
    const confidence = sameFactConfidence(cmp, ctx, frames, valuesNear(a.claim.value, b.claim.value))
    if (confidence === null || confidence < minConfidence) {
      nearMiss.set(i, Math.max(nearMiss.get(i) ?? 0, ctx.score))
      nearMiss.set(j, Math.max(nearMiss.get(j) ?? 0, ctx.score))
      continue
    }
    edges.push({i, j, cmp, ctx, frames, confidence})
  }
  if (stats) stats.acceptedPairs += edges.length
  const classes = new EquivalenceClasses(claims)
  const groups = groupEdges(edges, contexts, weights, classes, stats)
  const findings: Finding[] = []
  const used = new Set<number>()
  for (const group of groups) for (const m of group.members) used.add(m)
  attachRestatements(groups, contexts, weights, used)
  for (const group of groups) findings.push(pairedFinding(story, group, contexts, sources, classes))
  const notCompared = new Map(uncompared.map((u) => [u.index, u.why]))
  contexts.forEach((ctx, i) => {
    if (used.has(i)) return
    const finding = singleFinding(story, ctx.claim, outlet, nearMiss.get(i))
    const why = notCompared.get(i)
    if (why !== undefined) {
      // Never silent: a claim nothing was compared with is said to be uncompared, not single-source.
      finding.reason = 'not-compared'
      finding.message = `${outlet.get(ctx.claim.article) ?? ctx.claim.article} states ${show(ctx.claim)}; it was not compared with the other articles' claims (${NOT_COMPARED[why]}).`
    }
    findings.push(finding)
  })
  return findings
}

const NOT_COMPARED: Record<Uncompared['why'], string> = {
  'no-block': 'its value gives nothing to compare by: a role with no person named, or a value that is not an object',
  'no-pair': 'the index gave it no candidate pair'
}

interface Group {
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

const RESTATED_REASONS = new Set(['same-value', 'same-words', 'same-category', 'same-date'])

/**
 * An article often states a fact twice (a headline and the body, a summary and
 * a list). A claim left over after pairing whose value is identical to the
 * value of a paired claim of the same article, and whose context ties it to
 * the fact (the same rated subject, or key terms shared with another outlet's
 * claim), is attached to that finding as a repeat: it is not compared (the
 * verdict rests on one claim per article) and is not reported as single-source.
 */
function attachRestatements(groups: Group[], contexts: readonly ClaimContext[], weights: TermWeights, used: Set<number>): void {
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
function groupEdges(edges: Edge[], contexts: readonly ClaimContext[], weights: TermWeights, classes: EquivalenceClasses, stats: AlignStats | undefined): Group[] {
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

function show(claim: Claim): string {
  const text = shownText(claim)
  const short = text.length > 70 ? `${text.slice(0, 67)}…` : text
  return `“${short}”`
}

function shownText(claim: Claim): string {
  return isQuote(claim.value) ? claim.value.words : claim.text
}

/**
 * The claims as a message shows them ({@link show}); where two different
 * texts would be cut to the same 70 characters (a long quotation with words
 * cut late in it), both are shown from a little before the first place they
 * differ, so the message shows the difference.
 */
function showAll(claims: readonly Claim[]): string[] {
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
function windowAt(text: string, at: number): string {
  let start = Math.max(0, at - 30)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space !== -1 && space < at) start = space + 1
  }
  const end = Math.min(text.length, start + 67)
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trimEnd()}${end < text.length ? '…' : ''}`
}

function pairedFinding(story: Story, group: Group, contexts: readonly ClaimContext[], articleSources: Sources, classes: EquivalenceClasses): Finding {
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

function singleFinding(story: Story, claim: Claim, outlet: Map<string, string>, nearMiss: number | undefined): Finding {
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


