/**
 * Qualifiers that make a figure a different fact: a forecast or an actual,
 * net or gross, adjusted, per share, an earlier figure, a target, a total or
 * an addition, a yearly rate.
 *
 * @module
 */

/** Qualifier ids by the words that express them. */
const WORDS: ReadonlyMap<string, string> = new Map([
  ...['forecast', 'forecasts', 'forecasted', 'projected', 'projection', 'projections', 'expected', 'estimate', 'estimated', 'estimates', 'predicted', 'budgeted', 'anticipated', 'guidance', 'outlook', 'provisional', 'preliminary'].map((w) => [w, 'forecast'] as const),
  ...['actual', 'outturn', 'final', 'confirmed'].map((w) => [w, 'actual'] as const),
  ['net', 'net'],
  ['gross', 'gross'],
  ...['pre-tax', 'pretax', 'pre-tax'].map((w) => [w, 'pre-tax'] as const),
  ...['adjusted', 'underlying', 'core', 'non-gaap', 'like-for-like', 'organic'].map((w) => [w, 'adjusted'] as const),
  ...['statutory', 'unadjusted', 'gaap'].map((w) => [w, 'statutory'] as const),
  ...['previous', 'prior', 'earlier', 'former', 'preceding'].map((w) => [w, 'previous'] as const),
  ...['target', 'targets', 'pledge', 'pledged', 'pledges', 'promise', 'promised', 'promises', 'plan', 'plans', 'planned', 'aim', 'aims', 'goal', 'ambition', 'vow', 'vowed', 'intends', 'intend', 'proposed', 'would', 'will'].map((w) => [w, 'target'] as const),
  ...['total', 'overall', 'cumulative', 'combined', 'in total', 'altogether'].map((w) => [w, 'total'] as const),
  ...['additional', 'extra', 'further', 'another', 'more'].map((w) => [w, 'additional'] as const),
  ...['annual', 'annually', 'yearly'].map((w) => [w, 'annual'] as const)
])

/** The qualifier a word expresses, or undefined. */
export function qualifierOf(lower: string): string | undefined {
  return WORDS.get(lower)
}

/** Pairs of qualifiers that cannot both hold of one fact. */
export const CONFLICTING: ReadonlyArray<readonly [string, string]> = [
  ['net', 'gross'],
  ['net', 'pre-tax'],
  ['forecast', 'actual'],
  ['adjusted', 'statutory']
]

/**
 * Qualifiers that, stated by one side only, forbid reading two values as a
 * conflict: "$1.9bn a year earlier" is not a rival figure for "$2.3bn". Two
 * equal values may still agree (an outlet that drops "a year earlier" or
 * "a share" still states that figure).
 */
export const ONE_SIDED_WEAK: ReadonlySet<string> = new Set(['target', 'additional', 'total', 'annual', 'forecast', 'previous', 'per-share'])
