import type {Matcher} from '../../types.js'
import {count} from './count.js'
import {date} from './date.js'
import {money} from './money.js'
import {percent} from './percent.js'
import {quote} from './quote.js'
import {role} from './role.js'

/**
 * The built-in matchers, in the order they run: money, counts, percentages
 * (and fractions), dates and periods, quotations with their speaker, people
 * with roles. Ratings and verdicts are left to custom matchers (see
 * `examples/inspection-rating.js`).
 */
export const builtinMatchers: readonly Matcher[] = Object.freeze([money, count, percent, date, quote, role] as Matcher[])
