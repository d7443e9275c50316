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
import {candidatePairs, newCandidateStats, type CandidateStats, type Uncompared} from './candidates.js'
import {claimContext, newContextCache, type ClaimContext} from './context.js'
import {framesOf, sameFactConfidence} from './decision.js'
import {valuesNear} from './frame-match.js'
import {contextScore, termWeights} from './same-fact.js'
import {EquivalenceClasses} from './equivalence.js'
import {groupStories, type StoryOptions} from './stories.js'
import {sourceFamilies} from './families.js'
import {compareStrings} from './text.js'
import {compareClaims} from './compare-claims.js'
import {attachRestatements, claimOrder, groupEdges, type Edge} from './grouping.js'
import {NOT_COMPARED, pairedFinding, show, singleFinding, type Sources} from './findings.js'

export {compareClaims} from './compare-claims.js'

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

