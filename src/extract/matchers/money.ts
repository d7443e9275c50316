import type {Matcher, QuantityValue} from '../../types.js'
import {findMoney} from '../../normalize/money-scan.js'

/**
 * Amounts of money: "£10m", "circa £10 million", "more than £7.7m",
 * "between £2m and £3m", "£10m-a-year", "US$5 billion", "5 million euros",
 * "ten million pounds", "50p", "£10 million-plus".
 *
 * The span includes the hedge ("circa £10 million") and the rate ("£10m-a-year");
 * `value.unit` is the ISO 4217 code (a bare "$" is USD). See `docs/claims-quantities.md#money`.
 */
export const money: Matcher<QuantityValue> = {
  meta: {
    id: 'money',
    kind: 'money',
    description: 'Amounts of money with their currency (ISO 4217), scale, hedge (circa, more than, up to, ranges) and rate (a year).',
    docs: 'docs/claims-quantities.md#money'
  },
  match(sentence) {
    return findMoney(sentence.text).map(({start, end, value}) => ({start, end, value}))
  }
}
