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
  ...['additional', 'extra', 'further', 'more'].map((w) => [w, 'additional'] as const),
  ...['annual', 'annually', 'yearly'].map((w) => [w, 'annual'] as const),
  ...['asked', 'asks', 'asking', 'sought', 'seeks', 'seeking', 'requested', 'wanted', 'recommended', 'recommends', 'recommending', 'urged', 'demanded', 'pleaded', 'pleading', 'argued', 'lobbied', 'request', 'requests', 'demand', 'demands', 'recommendation'].map((w) => [w, 'requested'] as const)
])

/** Change words before a figure that give its direction ("rose 1 cent", "down 54 cents"). */
const UP: ReadonlySet<string> = new Set('rose rise rises up gained gains increased jumped climbed grew surged soared higher added'.split(' '))
const DOWN: ReadonlySet<string> = new Set('fell fall falls down lost dropped declined slid slipped slumped tumbled lower decreased shed sank plunged'.split(' '))

/**
 * The qualifiers of the value on tokens `[first, last]`: words in its
 * concept and within a few words of it in its clause; `per share` / `a
 * share`; the direction of a change it measures ("rose 1 cent": `up`,
 * "down 54 cents": `down`); `previous` for "last"/"previous" inside the span.
 */
export function qualifiersNear(
  tokens: ReadonlyArray<{lower: string}>,
  first: number,
  last: number,
  clauseStart: number,
  clauseEnd: number,
  concept: readonly number[],
  date: boolean
): Set<string> {
  const out = new Set<string>()
  const from = Math.max(clauseStart, first - 6)
  const to = Math.min(clauseEnd, last + 4)
  const look = (i: number) => {
    // "more than", "no more than": a hedge, not an addition.
    if ((tokens[i] as {lower: string}).lower === 'more' && tokens[i + 1]?.lower === 'than') return
    const q = qualifierOf((tokens[i] as {lower: string}).lower)
    if (q && !(date && (q === 'target' || q === 'additional'))) out.add(q)
  }
  for (const i of concept) look(i)
  for (let i = from; i < to; i++) look(i)
  for (let i = first; i <= last; i++) {
    const w = (tokens[i] as {lower: string}).lower
    if (w === 'last' || w === 'previous') out.add('previous')
  }
  for (let i = from; i < Math.min(clauseEnd, last + 3); i++) {
    const w = (tokens[i] as {lower: string}).lower
    const next = tokens[i + 1]
    if (next && (w === 'per' || (w === 'a' && i > first)) && /^(share|diluted)$/.test(next.lower)) out.add('per-share')
  }
  // "a plan that called for the reduction of 10,500 jobs", "calls for 500 homes": a plan or a demand, not a done deed.
  for (let i = from; i < first; i++) if (/^call(s|ed|ing)?$/.test((tokens[i] as {lower: string}).lower) && tokens[i + 1]?.lower === 'for') out.add('target')
  let before = first - 1
  if (before >= clauseStart && tokens[before]?.lower === 'by') before--
  const change = before >= clauseStart ? tokens[before]?.lower : undefined
  if (change !== undefined && UP.has(change)) out.add('up')
  if (change !== undefined && DOWN.has(change)) out.add('down')
  return out
}

/** The qualifier a word expresses, or undefined. */
export function qualifierOf(lower: string): string | undefined {
  return WORDS.get(lower)
}

/** Pairs of qualifiers that cannot both hold of one fact. */
export const CONFLICTING: ReadonlyArray<readonly [string, string]> = [
  ['net', 'gross'],
  ['net', 'pre-tax'],
  ['forecast', 'actual'],
  ['adjusted', 'statutory'],
  // A forecast or a target for now is not the figure of an earlier period.
  ['forecast', 'previous'],
  ['target', 'previous'],
  // A rise is not a fall.
  ['up', 'down']
]

/**
 * Qualifiers that, stated by one side only, make two claims different
 * facts whatever their values: what one party asked for or recommended
 * ("prosecutors sought 30 years") is not what was decided ("sentenced to 30
 * years").
 */
export const ONE_SIDED: ReadonlySet<string> = new Set(['requested'])

/**
 * Qualifiers that, stated by one side only, forbid reading two values as a
 * conflict: "$1.9bn a year earlier" is not a rival figure for "$2.3bn". Two
 * equal values may still agree (an outlet that drops "a year earlier" or
 * "a share" still states that figure).
 */
export const ONE_SIDED_WEAK: ReadonlySet<string> = new Set(['target', 'additional', 'total', 'annual', 'forecast', 'previous', 'per-share', 'pre-tax', 'adjusted', 'converted'])

/** Qualifiers that, shared, say something particular about the fact (and add to a frame match's strength); `net`, `gross` and `total` are too common to. */
export const DISTINCTIVE: ReadonlySet<string> = new Set(['requested', 'forecast', 'actual', 'pre-tax', 'adjusted', 'statutory', 'per-share', 'previous', 'target', 'additional', 'annual', 'converted'])
