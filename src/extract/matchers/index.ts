import type {Matcher} from '../../types.js'
import {count} from './count.js'
import {date} from './date.js'
import {measure} from './measure.js'
import {money} from './money.js'
import {percent} from './percent.js'
import {quote} from './quote.js'
import {role} from './role.js'

/**
 * The built-in matchers, in the order they run: money, counts, percentages
 * (and fractions), measures (units and multiples), dates and periods, quotations with their speaker, people
 * with roles. Ratings and verdicts are left to custom matchers (see
 * `examples/inspection-rating.js`).
 */
export const builtinMatchers: readonly Matcher[] = Object.freeze([money, count, percent, measure, date, quote, role] as Matcher[])
