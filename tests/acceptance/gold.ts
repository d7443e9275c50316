// Reading the hand-labelled gold (tests/fixtures/expected.json) against a report.
import {readFileSync} from 'node:fs'
import type {Claim, Finding, Report} from '../../src/index.js'

export interface GoldClaim {
  article: string
  text: string
}
export interface GoldFinding {
  id: string
  tier: 'must' | 'stretch'
  kind: string
  verdict: 'agree' | 'differ' | 'unrelated'
  claims: GoldClaim[]
}
export interface Gold {
  articles: Record<string, {file: string; outlet: string; story: string; kind: string}>
  findings: GoldFinding[]
  single_source: Array<GoldClaim & {kind: string}>
  quotes: Array<GoldClaim & {speaker: string; tier: 'must' | 'stretch'}>
  not_article_text: GoldClaim[]
}

export const gold = JSON.parse(readFileSync(new URL('../fixtures/expected.json', import.meta.url), 'utf8')) as Gold

const sources = new Map<string, string>()

/** The corpus file text of an article. */
export function corpusSource(article: string): string {
  let source = sources.get(article)
  if (source === undefined) {
    source = readFileSync(new URL(`../../corpus/${article}.txt`, import.meta.url), 'utf8')
    sources.set(article, source)
  }
  return source
}

/** Every `[start, end)` where the gold text occurs in the corpus file. */
export function spansOf(item: GoldClaim): Array<[number, number]> {
  const source = corpusSource(item.article)
  const spans: Array<[number, number]> = []
  for (let at = source.indexOf(item.text); at !== -1; at = source.indexOf(item.text, at + 1)) spans.push([at, at + item.text.length])
  return spans
}

/** Does a claim overlap (one occurrence of) the gold text? */
export function overlaps(claim: Claim, item: GoldClaim): boolean {
  return claim.article === item.article && spansOf(item).some(([s, e]) => claim.start < e && s < claim.end)
}

/** Kinds the gold uses that the library folds into other kinds. */
export function kindMatches(goldKind: string, claimKind: string): boolean {
  if (goldKind === 'period') return claimKind === 'date'
  return goldKind === claimKind
}

/** The report's findings that contain claims overlapping every gold claim, with the gold's verdict. */
export function findingsFor(report: Report, item: GoldFinding): Finding[] {
  const claims = new Map(report.claims.map((c) => [c.id, c]))
  return report.findings.filter(
    (finding) =>
      finding.verdict === item.verdict &&
      item.claims.every((g) => finding.claims.some((id) => {
        const claim = claims.get(id)
        return claim !== undefined && kindMatches(item.kind, claim.kind) && overlaps(claim, g)
      }))
  )
}

/** Findings that pair (agree/differ) claims overlapping both gold claims. */
export function pairingsOf(report: Report, a: GoldClaim, b: GoldClaim): Finding[] {
  const claims = new Map(report.claims.map((c) => [c.id, c]))
  const touches = (finding: Finding, g: GoldClaim) => finding.claims.some((id) => {
    const claim = claims.get(id)
    return claim !== undefined && overlaps(claim, g)
  })
  return report.findings.filter((f) => f.verdict !== 'single-source' && touches(f, a) && touches(f, b))
}
