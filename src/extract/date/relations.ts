/**
 * Refiner: the relation word before an expression ("since 2019", "until
 * March", "by 2030", "after the 2008 crash"), kept in the claim span and
 * stated as the value's relation; a bare expression kept only with context.
 *
 * @module
 */
import {finish} from './anchoring.js'
import {hasContext, yearIsNotACount} from './guards.js'
import {PREPOSITIONS} from './prepositions.js'
import {parseCore} from './ranges.js'
import type {DateMatch, DateScan, Raw, Relation} from './scan.js'

/** A preposition (kept in the span) and a core expression, or a core expression with context. */
export function parseExpression(s: DateScan, i: number): {to: number; result: DateMatch} | undefined {
  const token = s.tokens[i]
  if (!token) return undefined
  const relation = token.kind === 'w' ? PREPOSITIONS.get(token.lower) : undefined
  if (relation !== undefined) {
    const core = parseCore(s, i + 1, token.lower)
    if (core && (token.lower !== 'between' || core.ranged) && yearIsNotACount(s, core.raw, token.lower)) {
      return emit(s, i, core.raw, core.ranged ? 'at' : relation)
    }
  }
  const core = parseCore(s, i, undefined)
  if (!core) return undefined
  if (core.raw.bare && !hasContext(s, core.raw)) return undefined
  if (!yearIsNotACount(s, core.raw, undefined)) return undefined
  return emit(s, core.raw.from, core.raw, 'at')
}

function emit(s: DateScan, from: number, raw: Raw, relation: Relation): {to: number; result: DateMatch} {
  const first = s.tokens[from]!
  const last = s.tokens[raw.to - 1]!
  return {to: raw.to, result: {start: first.start, end: last.end, value: finish(s, raw, relation)}}
}
