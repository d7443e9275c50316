import {setFrames} from '../frame/index.js'
import type {Article, Candidate, Claim, ClaimValue, Matcher, MatchContext, OtherValue, QuoteValue, Sentence} from '../types.js'
import {CandidateFault, checkCandidate} from './candidate-check.js'
import {describeThrown, MatcherError} from './matcher-error.js'
import {segment} from '../segment/sentences.js'

export {MatcherError} from './matcher-error.js'

/**
 * The extraction step of one article, composed once: its sentences (given,
 * or segmented here) and the claims of the matchers. The checker's
 * `extract` and `report`, `runMatcher` / `testMatcher`, the worker threads,
 * the JSON lines and the queue all call it (the per-article run with its
 * errors, `src/pipeline/article-run.ts`, through `claimsOf`).
 *
 * @throws {MatcherError} when a matcher throws or returns a bad value.
 */
export function extractArticle(article: Article, matchers: readonly Matcher[], sentences: readonly Sentence[] = segment(article.view)): Claim[] {
  return extractClaims(article, sentences, matchers)
}

/**
 * Run matchers over the sentences of an article and turn their candidates
 * into claims with source offsets.
 *
 * Claims are ordered by start offset, then end, then matcher id; two claims
 * of one kind from one matcher never overlap (the longer is kept).
 */
export function extractClaims(article: Article, sentences: readonly Sentence[], matchers: readonly Matcher[]): Claim[] {
  const claims: Claim[] = []
  const {view, source} = article
  // One sentence object per sentence, shared by its claims (and by every
  // matcher): a sentence full of figures is held once, not once per claim.
  const sentenceOf: Array<Claim['sentence'] | undefined> = new Array(sentences.length)
  const claimSentence = (sentence: Sentence, at: number): Claim['sentence'] => {
    let shared = sentenceOf[at]
    if (shared === undefined) {
      const start = view.toSource(sentence.start, 'start')
      const end = view.toSource(sentence.end, 'end')
      shared = {start, end, text: source.slice(start, end), index: sentence.index}
      sentenceOf[at] = shared
    }
    return shared
  }
  for (const matcher of matchers) {
    const context = createContext(article, sentences)
    const found: Claim[] = []
    for (const [at, sentence] of sentences.entries()) {
      let returned: unknown
      try {
        returned = matcher.match(sentence, context)
      } catch (error) {
        throw new MatcherError(matcher.meta.id, `threw on sentence ${sentence.index} of \`${article.id}\`: ${describeThrown(error)}`, {cause: error})
      }
      for (const candidate of checkedCandidates(returned, sentence, matcher.meta.id, article.id)) {
        const {start, end} = candidate
        const s = view.toSource(sentence.start + start, 'start')
        const e = view.toSource(sentence.start + end, 'end')
        const kind = candidate.kind ?? matcher.meta.kind
        found.push({
          id: claimId(article.id, matcher.meta.id, s, e),
          article: article.id,
          kind,
          text: source.slice(s, e),
          start: s,
          end: e,
          sentence: claimSentence(sentence, at),
          matcher: matcher.meta.id,
          value: toSourceValue(candidate.value, view, source, matcher.meta.id)
        })
      }
    }
    for (const claim of dropOverlaps(found)) claims.push(claim) // not push(...): over ~100k claims that overflows the stack
  }
  // What each claim is about: each sentence is read once for all its claims.
  return setFrames(claims.sort(compareClaims))
}

/**
 * The candidates a matcher returned for one sentence, each checked and
 * copied ({@link checkCandidate}).
 *
 * @throws {MatcherError} naming the matcher, the sentence, the candidate and the field.
 */
function checkedCandidates(returned: unknown, sentence: Sentence, matcher: string, article: string): Candidate<ClaimValue | OtherValue>[] {
  const where = `sentence ${sentence.index} of \`${article}\``
  if (!Array.isArray(returned)) throw new MatcherError(matcher, `match() must return an array of candidates (on ${where})`)
  const out: Candidate<ClaimValue | OtherValue>[] = []
  for (let i = 0; i < returned.length; i++) {
    try {
      out.push(checkCandidate(returned[i], sentence.text.length))
    } catch (error) {
      if (error instanceof CandidateFault) {
        if (error.path === 'start, end') throw new MatcherError(matcher, `returned span ${error.problem.replace(/^.*not /, '')} outside sentence of length ${sentence.text.length} (candidate ${i} on ${where})`)
        throw new MatcherError(matcher, `candidate ${i} on ${where}: ${error.message}`)
      }
      throw new MatcherError(matcher, `candidate ${i} on ${where} could not be read: ${describeThrown(error)}`)
    }
  }
  return out
}

/**
 * Values may carry spans of their own (a quote's speaker mention); matchers
 * give them in text-view offsets, claims carry source offsets.
 */
function toSourceValue<V extends ClaimValue | OtherValue>(value: V, view: Article['view'], source: string, matcher: string): V {
  if (value.type !== 'quote') return value
  const mention = (value as QuoteValue).speakerMention
  if (!mention) return value
  if (mention.end > view.text.length) throw new MatcherError(matcher, `\`value.speakerMention\` [${mention.start}, ${mention.end}) lies outside the article text (length ${view.text.length})`)
  const start = view.toSource(mention.start, 'start')
  const end = view.toSource(mention.end, 'end')
  return {...value, speakerMention: {start, end, text: source.slice(start, end)}}
}

/** A stable claim id: derived from content position, not from run order. */
export function claimId(article: string, matcher: string, start: number, end: number): string {
  return `${article}#${matcher}@${start}-${end}`
}

function createContext(article: Article, sentences: readonly Sentence[]): MatchContext {
  let memoized = false
  let memo: unknown
  return {
    article: {id: article.id, meta: article.meta},
    text: article.view.text,
    sentences,
    blocks: article.view.blocks,
    memo<T>(compute: () => T): T {
      if (!memoized) {
        memo = compute()
        memoized = true
      }
      return memo as T
    }
  }
}

/**
 * Keep the longest of overlapping claims of the same kind (ties: the first).
 *
 * Claims are taken by start (then longer first); each is checked against the
 * first kept claim of its kind, in keeping order, that it overlaps, and
 * replaces it when longer. Every kept claim starts at or before the claim
 * checked, so it overlaps when it ends after that claim's start. Starts only
 * grow and a replacement only moves a kept end later, so a kept claim that
 * ends at or before the current start never overlaps again: one pointer per
 * kind skips those, and the scan is linear after the sort.
 */
function dropOverlaps(claims: Claim[]): Claim[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Claim[] = []
  /** Per kind: indices into `kept` in keeping order, and the first that may still overlap. */
  const lanes = new Map<string, {at: number[]; first: number}>()
  for (const claim of sorted) {
    let lane = lanes.get(claim.kind)
    if (lane === undefined) {
      lane = {at: [], first: 0}
      lanes.set(claim.kind, lane)
    }
    while (lane.first < lane.at.length && kept[lane.at[lane.first]!]!.end <= claim.start) lane.first++
    if (lane.first === lane.at.length) {
      lane.at.push(kept.length)
      kept.push(claim)
      continue
    }
    const clash = lane.at[lane.first]!
    if (claim.end - claim.start > kept[clash]!.end - kept[clash]!.start) kept[clash] = claim
  }
  return kept
}

function compareClaims(a: Claim, b: Claim): number {
  return a.start - b.start || a.end - b.end || (a.matcher < b.matcher ? -1 : a.matcher > b.matcher ? 1 : 0)
}
