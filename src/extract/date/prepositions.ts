/** The relation words before a date expression ("since 2019", "until March"). @module */
import type {Relation} from './scan.js'

/** Prepositions kept in the claim span, and the relation they state. */
export const PREPOSITIONS: ReadonlyMap<string, Relation> = new Map<string, Relation>([
  ['in', 'at'], ['on', 'at'], ['during', 'at'], ['throughout', 'at'], ['between', 'at'],
  ['since', 'since'], ['from', 'since'],
  ['until', 'until'], ['till', 'until'], ['through', 'until'],
  ['by', 'before'], ['before', 'before'],
  ['after', 'after']
])
