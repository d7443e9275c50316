/**
 * Matching gold claims to the claims and findings of a report (the rules of
 * docs/evaluation.md "Alignment"). Pure: a gold, the article texts and a
 * report in; matches out. The bundled-corpus acceptance test uses these too.
 *
 * @module
 */
import type {Claim, Finding, Report} from '../../types.js'
import type {AlignGold, GoldClaim, GoldFinding} from './gold.js'

/** Every `[start, end)` where `text` occurs in `source`. */
export function occurrences(source: string, text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  if (text === '') return spans
  for (let at = source.indexOf(text); at !== -1; at = source.indexOf(text, at + 1)) spans.push([at, at + text.length])
  return spans
}

/** The kind family of a gold kind: quantities, dates, categories, or the kind itself. */
export function goldFamily(kind: string): string {
  if (kind === 'money' || kind === 'count' || kind === 'percent') return 'quantity'
  if (kind === 'date' || kind === 'period') return 'date'
  if (kind === 'rating') return 'category'
  return kind
}

/** The kind family of a predicted claim: from its value type where it has one. */
export function claimFamily(claim: Pick<Claim, 'kind' | 'value'>): string {
  const type = (claim.value as {type?: unknown} | undefined)?.type
  if (type === 'quantity' || type === 'date' || type === 'category' || type === 'quote' || type === 'role') return type
  return goldFamily(claim.kind)
}

/** Units of time: a count of them is a duration ("20 years", "30 to 55 years", "five-year"). */
const TIME_UNIT = /^(?:year|month|week|day|hour|minute|second|decade|century|quarter)s?$/

/** Is a claim a duration counted in units of time (the library's convention: a count)? */
export function isDuration(claim: Pick<Claim, 'value'>): boolean {
  const value = claim.value as {type?: unknown; unit?: unknown}
  return value.type === 'quantity' && typeof value.unit === 'string' && TIME_UNIT.test(value.unit.trim().toLowerCase())
}

/**
 * Are a gold kind and a predicted claim's kind compatible? By family; and a
 * gold `period` may be a duration ("sentenced to 20 years"), which the
 * library extracts as a count of a unit of time.
 */
export function kindCompatible(goldKind: string, claim: Pick<Claim, 'kind' | 'value'>): boolean {
  if (goldKind === 'period' && isDuration(claim)) return true
  return goldFamily(goldKind) === claimFamily(claim)
}

/** The kind a predicted finding is scored under (`date/period` for dates). */
export function scoredKind(kind: string): string {
  if (kind === 'date' || kind === 'period') return 'date/period'
  return kind
}

/**
 * A report made ready for matching: claims by id, and the occurrences of
 * every gold text memoized on this object (no module state).
 */
export interface MatchContext {
  gold: AlignGold
  sources: ReadonlyMap<string, string>
  report: Report
  claims: ReadonlyMap<string, Claim>
  /** Gold story of each article id (undefined for articles the gold does not know). */
  storyOf(article: string): string | undefined
  spans(item: GoldClaim): Array<[number, number]>
}

export function matchContext(gold: AlignGold, sources: ReadonlyMap<string, string>, report: Report): MatchContext {
  const memo = new Map<string, Array<[number, number]>>()
  return {
    gold,
    sources,
    report,
    claims: new Map(report.claims.map((c) => [c.id, c])),
    storyOf: (article) => gold.articles[article]?.story,
    spans(item) {
      const key = `${item.article}\u0000${item.text}`
      let spans = memo.get(key)
      if (spans === undefined) {
        spans = occurrences(sources.get(item.article) ?? '', item.text)
        memo.set(key, spans)
      }
      return spans
    }
  }
}

/** Does a claim's source span overlap an occurrence of the gold text (any kind)? */
export function overlapsGold(ctx: MatchContext, claim: Pick<Claim, 'article' | 'start' | 'end'>, item: GoldClaim): boolean {
  return claim.article === item.article && ctx.spans(item).some(([s, e]) => claim.start < e && s < claim.end)
}

/** Does a predicted claim match a gold claim of `kind`: overlapping span, compatible kind? */
export function claimMatches(ctx: MatchContext, claim: Claim, item: GoldClaim, kind: string): boolean {
  return kindCompatible(kind, claim) && overlapsGold(ctx, claim, item)
}

/** The claims of a finding, resolved. */
export function findingClaims(ctx: MatchContext, finding: Finding): Claim[] {
  return finding.claims.flatMap((id) => {
    const claim = ctx.claims.get(id)
    return claim === undefined ? [] : [claim]
  })
}

/**
 * The indices of the gold finding's claims that a predicted finding holds a
 * match of, if they come from at least two different articles; else `[]`.
 */
export function coveredClaims(ctx: MatchContext, finding: Finding, item: GoldFinding): number[] {
  const claims = findingClaims(ctx, finding)
  const covered: number[] = []
  item.claims.forEach((g, i) => {
    if (claims.some((c) => claimMatches(ctx, c, g, item.kind))) covered.push(i)
  })
  const articles = new Set(covered.map((i) => item.claims[i]!.article))
  return articles.size >= 2 ? covered : []
}

/** Is a predicted finding a pairing (agree or differ)? */
export const isPairing = (finding: Finding): boolean => finding.verdict === 'agree' || finding.verdict === 'differ'

/**
 * Is the gold finding reached: do the report's findings with its verdict, each
 * holding matches of at least two of its claims from different articles,
 * together cover every one of its claims? (One finding holding all of them
 * is the common case; a pairwise report may need several.)
 */
export function reached(ctx: MatchContext, item: GoldFinding): Finding[] {
  if (item.verdict === 'unrelated') return []
  const covering: Finding[] = []
  const covered = new Set<number>()
  for (const finding of ctx.report.findings) {
    if (finding.verdict !== item.verdict) continue
    const indices = coveredClaims(ctx, finding, item)
    if (indices.length === 0) continue
    covering.push(finding)
    for (const i of indices) covered.add(i)
  }
  return covered.size === item.claims.length ? covering : []
}

/** Pairings (agree/differ) that hold claims overlapping two gold claims of different articles (any kind). */
export function pairingsOf(ctx: MatchContext, item: GoldFinding): Finding[] {
  return ctx.report.findings.filter((finding) => {
    if (!isPairing(finding)) return false
    const claims = findingClaims(ctx, finding)
    const touched = item.claims.filter((g) => claims.some((c) => overlapsGold(ctx, c, g)))
    return new Set(touched.map((g) => g.article)).size >= 2
  })
}

/** The gold stories of a finding's claims' articles (articles the gold does not know are left out). */
export function goldStoriesOf(ctx: MatchContext, finding: Finding): Set<string> {
  const stories = new Set<string>()
  for (const claim of findingClaims(ctx, finding)) {
    const story = ctx.storyOf(claim.article)
    if (story !== undefined) stories.add(story)
  }
  return stories
}
