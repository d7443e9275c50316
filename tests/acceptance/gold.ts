// Reading the hand-labelled gold (tests/fixtures/expected.json) against a report.
// The matching rules live in src/eval/align/ (one home, shared with
// `npm run eval -- --align`); this file binds them to the bundled corpus.
import {fileURLToPath} from 'node:url'
import type {Claim, Finding, Report} from '../../src/index.js'
import type {AlignGold, GoldClaim, GoldFinding} from '../../src/eval/align/gold.js'
import {loadPart, locatePart, type LoadedPart} from '../../src/eval/align/load.js'
import {matchContext, overlapsGold, pairingsOf as goldPairings, reached, type MatchContext} from '../../src/eval/align/match.js'

export type {GoldClaim, GoldFinding}

const root = fileURLToPath(new URL('../..', import.meta.url))
const location = locatePart(root, 'seed')
if ('status' in location) throw new Error(`acceptance: the seed corpus is missing (${location.path})`)
const seed: LoadedPart = loadPart(location)

export const gold: AlignGold = seed.gold

/** A match context per report (built once per report object). */
const contexts = new WeakMap<Report, MatchContext>()
function contextOf(report: Report): MatchContext {
  let ctx = contexts.get(report)
  if (ctx === undefined) {
    ctx = matchContext(gold, seed.sources, report)
    contexts.set(report, ctx)
  }
  return ctx
}
const noReport = matchContext(gold, seed.sources, {version: '', generator: {name: 'corroborate', version: ''}, articles: [], stories: [], sentences: [], claims: [], findings: [], errors: []})

/** Every `[start, end)` where the gold text occurs in the corpus file. */
export function spansOf(item: GoldClaim): Array<[number, number]> {
  return noReport.spans(item)
}

/** Does a claim overlap (one occurrence of) the gold text? */
export function overlaps(claim: Claim, item: GoldClaim): boolean {
  return overlapsGold(noReport, claim, item)
}

/** The report's findings with the gold's verdict that together cover every gold claim (see docs/evaluation.md "Alignment"). */
export function findingsFor(report: Report, item: GoldFinding): Finding[] {
  return reached(contextOf(report), item)
}

/** Findings that pair (agree/differ) claims overlapping both gold claims. */
export function pairingsOf(report: Report, a: GoldClaim, b: GoldClaim): Finding[] {
  return goldPairings(contextOf(report), {id: '(pair)', tier: 'must', kind: 'count', verdict: 'unrelated', claims: [a, b]})
}
