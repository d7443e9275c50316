/**
 * Compare two claims' values with the rule of their kind.
 *
 * @module
 */
import type {Claim} from '../types.js'
import {compareCategory, isCategory} from './category.js'
import type {ValueComparison} from './compare.js'
import {compareDate, isDate} from './date.js'
import {compareOther} from './other.js'
import {compareQuantity, isQuantity} from './quantity.js'
import {compareQuote, isQuote} from './quote.js'
import {compareRole, isRole} from './role.js'

/** Compare two claims' values with the rule of their kind. */
export function compareClaims(a: Claim, b: Claim): ValueComparison {
  if (isQuantity(a.value)) return compareQuantity(a, b)
  if (isDate(a.value)) return compareDate(a, b)
  if (isQuote(a.value)) return compareQuote(a, b)
  if (isCategory(a.value)) return compareCategory(a, b)
  if (isRole(a.value)) return compareRole(a, b)
  return compareOther(a, b)
}
