/**
 * Categorical values (ratings, grades, verdicts): same scheme and label agree;
 * the same scheme and subject with another label differ; different subjects
 * are different facts.
 *
 * @module
 */
import type {CategoryValue, Claim} from '../types.js'
import {NO_PAIR, type ValueComparison} from './compare.js'
import {normalizeSpace} from './text.js'

export function isCategory(value: unknown): value is CategoryValue {
  const v = value as CategoryValue
  return !!v && v.type === 'category' && typeof v.scheme === 'string' && typeof v.label === 'string'
}

const norm = (s: string | undefined) => (s === undefined ? undefined : normalizeSpace(s).replace(/^(?:the|a|an)\s+/, ''))

/** Compare two category claims. */
export function compareCategory(a: Claim, b: Claim): ValueComparison {
  const x = a.value
  const y = b.value
  if (!isCategory(x) || !isCategory(y)) return NO_PAIR
  if (norm(x.scheme) !== norm(y.scheme)) return NO_PAIR
  const sx = norm(x.subject)
  const sy = norm(y.subject)
  if (sx !== undefined && sy !== undefined && sx !== sy) return NO_PAIR
  const sameSubject = sx !== undefined && sx === sy
  const notes = sx === sy ? [] : [`subject stated by one only: ${sx ?? sy}`]
  if (norm(x.label) === norm(y.label)) {
    return {relation: 'agree', evidence: sameSubject ? 'self' : 'identical', reason: 'same-category', notes, phrase: `the same ${x.scheme.replace(/-/g, ' ')}`}
  }
  return {
    relation: 'differ',
    // The same rated subject is the fact; without a subject, only strong context says so.
    evidence: sameSubject ? 'self' : 'conflict',
    reason: 'category-conflict',
    notes,
    phrase: `different ${x.scheme.replace(/-/g, ' ')}s for the same subject`
  }
}
