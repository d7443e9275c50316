/**
 * Scoring a report against the alignment gold (docs/evaluation.md
 * "Alignment"). Pure: a match context in, counts and misses out.
 *
 * @module
 */
import type {Finding} from '../../types.js'
import {sameSpeaker} from '../score.js'
import type {GoldFinding} from './gold.js'
import {claimMatches, coveredClaims, findingClaims, goldStoriesOf, isPairing, overlapsGold, pairingsOf, reached, scoredKind, type MatchContext} from './match.js'

/** `n` of `of`. */
export interface Ratio {
  n: number
  of: number
}

/** Precision and recall of one verdict or kind. */
export interface Pr {
  /** Gold items, and those reached with the right verdict. */
  gold: number
  reached: number
  /** Predicted findings: correct, wrong, unlabelled (neither). */
  predicted: number
  correct: number
  wrong: number
  unlabelled: number
  /** correct / (correct + wrong): over labelled predictions only; 0 when none. */
  precision: number
  /** reached / gold; 0 when no gold. */
  recall: number
}

export const SCORED_VERDICTS = ['agree', 'differ', 'single-source'] as const
export const SCORED_KINDS = ['money', 'count', 'percent', 'date/period', 'quote', 'role', 'rating'] as const

export interface SplitMerge {
  /** Gold groups and predicted groups over the articles both know. */
  gold: number
  predicted: number
  splits: number
  merges: number
}

/** One missed or wrong item, for `--misses`. */
export interface AlignMiss {
  type: 'finding-missed' | 'finding-wrong' | 'unrelated-paired' | 'cross-story' | 'chrome-claim' | 'quote-missed' | 'speaker-wrong' | 'single-missed' | 'single-paired' | 'story-split' | 'story-merge' | 'family-split' | 'family-merge'
  /** Gold finding id, predicted finding or claim id, article or story id. */
  id: string
  detail: string
}

export interface AlignScores {
  must: Ratio
  stretch: Ratio
  /**
   * Gold findings that some finding with their verdict partly reaches: it
   * holds matches of at least two of their claims from different articles
   * (every reached finding counts; so do findings with a claim left out).
   */
  mustPartial: Ratio
  stretchPartial: Ratio
  verdicts: Record<(typeof SCORED_VERDICTS)[number], Pr>
  kinds: Record<string, Pr>
  unrelatedPaired: Ratio
  stories: SplitMerge
  /** Pairings whose claims come from different gold stories, of all pairings. */
  crossStoryPairs: Ratio
  /** Predicted claims overlapping a chrome span, and chrome spans with a claim. */
  chromeClaims: number
  chromeSpans: Ratio
  quoteSpeakers: Ratio
  quoteSpeakersMust: Ratio
  singleSource: Ratio
  /** Present when the report's article records carry a `family` field. */
  families: SplitMerge | null
  misses: AlignMiss[]
}

const emptyPr = (): Pr => ({gold: 0, reached: 0, predicted: 0, correct: 0, wrong: 0, unlabelled: 0, precision: 0, recall: 0})

function finish(pr: Pr): Pr {
  const labelled = pr.correct + pr.wrong
  return {...pr, precision: labelled === 0 ? 0 : pr.correct / labelled, recall: pr.gold === 0 ? 0 : pr.reached / pr.gold}
}

/**
 * Splits and merges of a predicted grouping against a gold one, over the
 * articles both label: a gold group spread over k > 1 predicted groups counts
 * k − 1 splits, a predicted group holding m > 1 gold groups counts m − 1 merges.
 */
export function splitMerge(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): SplitMerge & {split: Map<string, Set<string>>; merged: Map<string, Set<string>>} {
  const split = new Map<string, Set<string>>()
  const merged = new Map<string, Set<string>>()
  for (const [article, g] of gold) {
    const p = predicted.get(article)
    if (p === undefined) continue
    if (!split.has(g)) split.set(g, new Set())
    split.get(g)!.add(p)
    if (!merged.has(p)) merged.set(p, new Set())
    merged.get(p)!.add(g)
  }
  let splits = 0
  let merges = 0
  for (const set of split.values()) splits += set.size - 1
  for (const set of merged.values()) merges += set.size - 1
  return {gold: split.size, predicted: merged.size, splits, merges, split, merged}
}

/** How a predicted pairing is labelled: correct, wrong (with why), or unlabelled. */
export function labelPairing(ctx: MatchContext, finding: Finding): {label: 'correct' | 'wrong' | 'unlabelled'; why: string} {
  const stories = goldStoriesOf(ctx, finding)
  if (stories.size > 1) return {label: 'wrong', why: `pairs claims of ${stories.size} gold stories (${[...stories].sort().join(', ')})`}
  let same: GoldFinding | undefined
  let other: GoldFinding | undefined
  for (const item of ctx.gold.findings) {
    if (coveredClaims(ctx, finding, item).length === 0) continue
    // Pairing a trap's claims is wrong even inside an otherwise right group.
    if (item.verdict === 'unrelated') return {label: 'wrong', why: `pairs the claims of gold ${item.id}, unrelated`}
    if (item.verdict === finding.verdict) same ??= item
    else other ??= item
  }
  if (same !== undefined) return {label: 'correct', why: same.id}
  if (other !== undefined) return {label: 'wrong', why: `gold ${other.id} is ${other.verdict}`}
  return {label: 'unlabelled', why: ''}
}

/** Score one report. */
export function scoreAlignment(ctx: MatchContext): AlignScores {
  const {gold, report} = ctx
  const misses: AlignMiss[] = []
  const verdicts = {agree: emptyPr(), differ: emptyPr(), 'single-source': emptyPr()}
  const kinds: Record<string, Pr> = Object.fromEntries(SCORED_KINDS.map((k) => [k, emptyPr()]))
  const kindPr = (kind: string): Pr => (kinds[kind] ??= emptyPr())
  const must: Ratio = {n: 0, of: 0}
  const stretch: Ratio = {n: 0, of: 0}
  const mustPartial: Ratio = {n: 0, of: 0}
  const stretchPartial: Ratio = {n: 0, of: 0}
  const unrelatedPaired: Ratio = {n: 0, of: 0}

  // --- gold findings: recall, unrelated traps
  for (const item of gold.findings) {
    if (item.verdict === 'unrelated') {
      unrelatedPaired.of++
      const paired = pairingsOf(ctx, item)
      if (paired.length > 0) {
        unrelatedPaired.n++
        misses.push({type: 'unrelated-paired', id: item.id, detail: `paired by ${paired.map((f) => `${f.id} (${f.verdict})`).join(', ')}`})
      }
      continue
    }
    const ok = reached(ctx, item).length > 0
    const tier = item.tier === 'must' ? must : stretch
    tier.of++
    const partial = item.tier === 'must' ? mustPartial : stretchPartial
    partial.of++
    if (ok || report.findings.some((f) => f.verdict === item.verdict && coveredClaims(ctx, f, item).length > 0)) partial.n++
    const v = verdicts[item.verdict]
    const k = kindPr(scoredKind(item.kind))
    v.gold++
    k.gold++
    if (ok) {
      tier.n++
      v.reached++
      k.reached++
      continue
    }
    const extracted = item.claims.map((g) => report.claims.some((c) => claimMatches(ctx, c, g, item.kind)))
    const touching = report.findings.filter((f) => coveredClaims(ctx, f, item).length > 0).map((f) => f.verdict)
    misses.push({
      type: 'finding-missed',
      id: item.id,
      detail: `${item.tier} ${item.kind} ${item.verdict}; claims extracted ${extracted.filter(Boolean).length}/${extracted.length}; ${touching.length === 0 ? 'never paired' : `paired as ${[...new Set(touching)].join('/')}`}: ${item.claims.map((g, i) => `${g.article} ${JSON.stringify(g.text)}${extracted[i] ? '' : ' (not extracted)'}`).join(' | ')}`
    })
  }

  // --- predicted pairings: precision, cross-story pairs
  const crossStoryPairs: Ratio = {n: 0, of: 0}
  for (const finding of report.findings) {
    if (!isPairing(finding)) continue
    const v = verdicts[finding.verdict as 'agree' | 'differ']
    const k = kindPr(scoredKind(finding.kind))
    crossStoryPairs.of++
    if (goldStoriesOf(ctx, finding).size > 1) {
      crossStoryPairs.n++
      misses.push({type: 'cross-story', id: finding.id, detail: `${finding.verdict}: ${findingClaims(ctx, finding).map((c) => `${c.article} ${JSON.stringify(c.text)}`).join(' / ')}`})
    }
    const {label, why} = labelPairing(ctx, finding)
    for (const pr of [v, k]) {
      pr.predicted++
      if (label === 'correct') pr.correct++
      else if (label === 'wrong') pr.wrong++
      else pr.unlabelled++
    }
    if (label === 'wrong') misses.push({type: 'finding-wrong', id: finding.id, detail: `${finding.verdict} ${finding.kind} (${finding.reason}): ${why}: ${findingClaims(ctx, finding).map((c) => `${c.article} ${JSON.stringify(c.text)}`).join(' | ')}`})
  }

  // --- single-source: recall over gold items, precision over predicted single-source findings
  const single = verdicts['single-source']
  const singleSource: Ratio = {n: 0, of: gold.single_source.length}
  const pairedClaims = new Set(report.findings.filter(isPairing).flatMap((f) => f.claims))
  const singleClaims = new Set(report.findings.filter((f) => f.verdict === 'single-source').flatMap((f) => f.claims))
  for (const item of gold.single_source) {
    single.gold++
    const matching = report.claims.filter((c) => claimMatches(ctx, c, item, item.kind))
    const paired = matching.filter((c) => pairedClaims.has(c.id))
    if (matching.length > 0 && paired.length === 0 && matching.some((c) => singleClaims.has(c.id))) {
      single.reached++
      singleSource.n++
    } else if (matching.length === 0) misses.push({type: 'single-missed', id: item.article, detail: `${item.kind} ${JSON.stringify(item.text)} not extracted`})
    else misses.push({type: 'single-paired', id: item.article, detail: `${item.kind} ${JSON.stringify(item.text)} paired as ${[...new Set(report.findings.filter((f) => isPairing(f) && paired.some((c) => f.claims.includes(c.id))).map((f) => f.verdict))].join('/') || 'nothing'}`})
  }
  for (const finding of report.findings) {
    if (finding.verdict !== 'single-source') continue
    single.predicted++
    const claims = findingClaims(ctx, finding)
    if (claims.some((c) => gold.single_source.some((g) => claimMatches(ctx, c, g, g.kind)))) single.correct++
    else if (claims.some((c) => gold.findings.some((g) => g.verdict !== 'unrelated' && g.claims.some((gc) => claimMatches(ctx, c, gc, g.kind))))) single.wrong++
    else single.unlabelled++
  }

  // --- stories and families
  const goldStory = new Map(Object.entries(gold.articles).map(([id, a]) => [id, a.story]))
  const predictedStory = new Map<string, string>()
  for (const story of report.stories) for (const id of story.articles) predictedStory.set(id, story.id)
  const stories = splitMerge(goldStory, predictedStory)
  for (const [g, set] of stories.split) if (set.size > 1) misses.push({type: 'story-split', id: g, detail: `into ${[...set].sort().join(', ')}`})
  for (const [p, set] of stories.merged) if (set.size > 1) misses.push({type: 'story-merge', id: p, detail: `holds ${[...set].sort().join(', ')}`})
  let families: SplitMerge | null = null
  if (report.articles.some((a) => Object.hasOwn(a, 'family'))) {
    const goldFamily = new Map(Object.entries(gold.articles).map(([id, a]) => [id, a.family ?? `(alone) ${id}`]))
    const predictedFamily = new Map(report.articles.filter((a) => a.status === 'ok').map((a) => {
      const family = (a as {family?: unknown}).family
      return [a.id, typeof family === 'string' && family !== '' ? family : `(alone) ${a.id}`]
    }))
    const fm = splitMerge(goldFamily, predictedFamily)
    for (const [g, set] of fm.split) if (set.size > 1) misses.push({type: 'family-split', id: g, detail: `into ${[...set].sort().join(', ')}`})
    for (const [p, set] of fm.merged) if (set.size > 1) misses.push({type: 'family-merge', id: p, detail: `holds ${[...set].sort().join(', ')}`})
    families = {gold: fm.gold, predicted: fm.predicted, splits: fm.splits, merges: fm.merges}
  }

  // --- chrome
  let chromeClaims = 0
  const chromeSpans: Ratio = {n: 0, of: gold.not_article_text.length}
  const hitSpans = new Set<number>()
  for (const claim of report.claims) {
    const spans = gold.not_article_text.flatMap((g, i) => (overlapsGold(ctx, claim, g) ? [i] : []))
    if (spans.length === 0) continue
    chromeClaims++
    for (const i of spans) hitSpans.add(i)
    misses.push({type: 'chrome-claim', id: claim.id, detail: `${claim.kind} ${JSON.stringify(claim.text)} in chrome ${JSON.stringify(gold.not_article_text[spans[0]!]!.text)}`})
  }
  chromeSpans.n = hitSpans.size

  // --- quote speakers
  const quoteSpeakers: Ratio = {n: 0, of: gold.quotes.length}
  const quoteSpeakersMust: Ratio = {n: 0, of: 0}
  for (const item of gold.quotes) {
    if (item.tier === 'must') quoteSpeakersMust.of++
    const quotes = report.claims.filter((c) => claimMatches(ctx, c, item, 'quote'))
    const speakers = quotes.map((c) => (c.value as {speaker?: unknown}).speaker).map((s) => (typeof s === 'string' ? s : null))
    if (speakers.some((s) => sameSpeaker(item.speaker, s))) {
      quoteSpeakers.n++
      if (item.tier === 'must') quoteSpeakersMust.n++
    } else if (quotes.length === 0) misses.push({type: 'quote-missed', id: item.article, detail: `${item.tier} ${JSON.stringify(item.text)} (${item.speaker}) not extracted`})
    else misses.push({type: 'speaker-wrong', id: item.article, detail: `${item.tier} ${JSON.stringify(item.text)}: gold ${item.speaker}, predicted ${[...new Set(speakers.map((s) => s ?? 'null'))].join(' / ')}`})
  }

  return {
    must,
    stretch,
    mustPartial,
    stretchPartial,
    verdicts: {agree: finish(verdicts.agree), differ: finish(verdicts.differ), 'single-source': finish(single)},
    kinds: Object.fromEntries(Object.entries(kinds).map(([k, pr]) => [k, finish(pr)])),
    unrelatedPaired,
    stories: {gold: stories.gold, predicted: stories.predicted, splits: stories.splits, merges: stories.merges},
    crossStoryPairs,
    chromeClaims,
    chromeSpans,
    quoteSpeakers,
    quoteSpeakersMust,
    singleSource,
    families,
    misses
  }
}
