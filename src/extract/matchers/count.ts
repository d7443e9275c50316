import type {Matcher, QuantityValue} from '../../types.js'
import {findCounts} from '../../normalize/count-scan.js'

/**
 * Counts: a number with the thing it counts, the counted noun's lemma as the
 * unit ("44 social workers": `social worker`; "nearly 300 homes"; "dozens of
 * people"; "four out of five of the key areas": 4 `of` 5), and ages
 * ("16 and 17-year-olds": 16–17 `year-old`).
 *
 * Years, dates, times, money, percentages, ordinals, scores, labels
 * ("No. 10"), durations ("five years") and a bare "one" are not counts.
 * See `docs/claims-quantities.md#count`.
 */
export const count: Matcher<QuantityValue> = {
  meta: {
    id: 'count',
    kind: 'count',
    description: 'Counts of things (number + counted noun lemma), with hedges, ranges, "x out of y" and ages.',
    docs: 'docs/claims-quantities.md#count'
  },
  match(sentence) {
    return findCounts(sentence.text).map(({start, end, value}) => ({start, end, value}))
  }
}
