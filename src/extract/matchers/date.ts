import type {DateValue, Matcher} from '../../types.js'
import {findDates} from '../date/index.js'

/**
 * Dates and periods: "18 January 2019", "in March", "since 2017", "2021/22",
 * "between February 21 and March 4", "last year", "in the 1990s".
 *
 * The span includes a relational word before the date ("since 2017", "in
 * March") so the claim reads naturally; the word's meaning is in
 * `value.relation`. Implied and relative parts are anchored on the
 * article's publication date (`meta.published`) when there is one.
 * See `docs/claims-dates.md`.
 */
export const date: Matcher<DateValue> = {
  meta: {
    id: 'date',
    kind: 'date',
    description: 'Dates and periods (days, months, years, split years, ranges, seasons, decades, relative dates), normalized to inclusive calendar bounds.',
    docs: 'docs/claims-dates.md'
  },
  match(sentence, context) {
    const published = context.article.meta.published
    const found = findDates(sentence.text, published === undefined ? {} : {published})
    return found.map(({start, end, value}) => ({start, end, value}))
  }
}
