import type {Matcher, QuantityValue} from '../../types.js'
import {findPercents} from '../../normalize/percent-scan.js'

/**
 * Percentages: "12%", "12 per cent", "12.5 percent", "between 10% and 15%",
 * "a 5 percentage point rise" (unit `pp`), and fractions of a whole ("a
 * third of patients", "more than half") as percentages.
 * See `docs/claims-quantities.md#percent`.
 */
export const percent: Matcher<QuantityValue> = {
  meta: {
    id: 'percent',
    kind: 'percent',
    description: 'Percentages and percentage points (unit % or pp), with hedges and ranges; fractions such as "a third of" as percentages.',
    docs: 'docs/claims-quantities.md#percent'
  },
  match(sentence) {
    return findPercents(sentence.text).map(({start, end, value}) => ({start, end, value}))
  }
}
