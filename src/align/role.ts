/**
 * People with roles: the same person (same surname, compatible first name);
 * roles compared by their key words. Wording differences are notes; a role
 * sharing no key word with the other is left unpaired rather than called a
 * conflict (titles are too often partial: "leader" vs "opposition leader").
 *
 * @module
 */
import type {Claim, RoleValue} from '../types.js'
import {NO_PAIR, type ValueComparison} from './compare.js'
import {sameName} from './names.js'
import {keyTerms} from './text.js'

export function isRole(value: unknown): value is RoleValue {
  const v = value as RoleValue
  return !!v && v.type === 'role' && typeof v.person === 'string' && typeof v.role === 'string'
}

/** Words that reverse or qualify a role strongly enough to call two roles contradictory. */
const EXCLUSIVE = ['former', 'ex', 'deputy', 'vice', 'assistant', 'shadow']

/** Key words of a role: content stems, minus words naming the organisation by possession ("council's"). */
export function roleTerms(role: string): Set<string> {
  return new Set(keyTerms(role.replace(/\b[\p{L}-]+[’']s\b/gu, ' ')))
}

/** Compare two role claims. */
export function compareRole(a: Claim, b: Claim): ValueComparison {
  const x = a.value
  const y = b.value
  if (!isRole(x) || !isRole(y)) return NO_PAIR
  if (!sameName(x.person, y.person)) return NO_PAIR
  const rx = roleTerms(x.role)
  const ry = roleTerms(y.role)
  if (!rx.size || !ry.size) return NO_PAIR
  const shared = [...rx].filter((t) => ry.has(t)).length
  const smaller = Math.min(rx.size, ry.size)
  if (shared === 0 || shared / smaller < 0.5) return NO_PAIR
  const same = x.role.trim().toLowerCase() === y.role.trim().toLowerCase()
  const exclusiveX = EXCLUSIVE.filter((w) => rx.has(w))
  const exclusiveY = EXCLUSIVE.filter((w) => ry.has(w))
  const contradictory = exclusiveX.length + exclusiveY.length > 0 && shared === smaller && exclusiveX.join() !== exclusiveY.join() && (exclusiveX.length === 0 || exclusiveY.length === 0)
  if (contradictory) {
    return {relation: 'differ', evidence: 'conflict', reason: 'role-conflict', notes: [`role: "${x.role}" vs "${y.role}"`], phrase: 'different roles for the same person'}
  }
  return {
    relation: 'agree',
    evidence: 'self',
    reason: 'same-role',
    notes: same ? [] : [`wording: "${x.role}" vs "${y.role}"`],
    phrase: same ? 'the same role' : 'the same role, worded differently'
  }
}
