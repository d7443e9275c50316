/**
 * When a number or a word is a date here: the context words that make a
 * bare month, season or year a date, and the tests that tell a year or a
 * day from a count ("in 2000 homes", "in May 5 people died") or a month
 * from a name ("Theresa May").
 *
 * @module
 */
import {PREPOSITIONS} from './prepositions.js'
import type {DateScan, Raw} from './scan.js'

/** Words before a bare month, season or year that make it a date ("of March", "last summer"). */
export const CONTEXT_BEFORE: ReadonlySet<string> = new Set(['of', 'for', 'early', 'late', 'mid', 'every', 'each', 'around', 'over'])

/** Words before a year used as a modifier: "the 2018 report". */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'this', 'that', 'these', 'those', 's'])

/** Plural nouns after a year that still read as events, not counts: "the 2019 elections". */
const EVENT_PLURALS = new Set(['elections', 'games', 'olympics', 'accounts', 'figures', 'results', 'riots', 'floods', 'championships', 'finals', 'awards', 'guidelines', 'regulations', 'rules', 'reforms', 'protests', 'talks', 'midterms', 'polls', 'statistics', 'exams', 'accords', 'negotiations', 'budgets', 'plans', 'proposals'])

/** Counted nouns that do not end in "s". */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'staff', 'police', 'personnel', 'cattle', 'sheep', 'fish', 'feet', 'teeth', 'mice', 'geese', 'residents', 'troops'])

/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL = new Set(['was', 'is', 'has', 'as', 'this', 'its', 'his', 'us', 'thus', 'plus', 'across', 'whereas', 'always', 'perhaps', 'less', 'unless', 'does', 'yes', 'towards', 'afterwards', 'besides', 'news', 'series', 'analysis', 'crisis', 'basis', 'status', 'process', 'success', 'access', 'business'])

/** Capitalized words that may stand before a month that is also a name without making it a name. */
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** Is a bare month, season or year used as a date here (a context word before it)? */
export function hasContext(s: DateScan, raw: Raw): boolean {
  if (raw.from === 0 && s.options.standalone) return true
  const before = s.tokens[raw.from - 1]
  if (raw.unit === 'decade') return before?.lower === 'the'
  if (!before) return false
  if (CONTEXT_BEFORE.has(before.lower)) return true
  if (raw.unit === 'year' && raw.start.year === raw.end.year) return isModifierYear(s, raw)
  return false
}

/** "the 2018 report", "Labour's 2019 manifesto": a year before a noun, after a determiner. */
function isModifierYear(s: DateScan, raw: Raw): boolean {
  const before = s.tokens[raw.from - 1]
  const after = s.tokens[raw.to]
  if (!before || !after || !DETERMINERS.has(before.lower) || after.kind !== 'w') return false
  if (before.lower === 's' && !(s.tokens[raw.from - 2]?.text === "'" || s.tokens[raw.from - 2]?.text === '’')) return false
  if (EVENT_PLURALS.has(after.lower) || /^\p{Lu}/u.test(after.text)) return true
  return !isCountNoun(after.lower)
}

/**
 * "in 2000 homes", "by 2000 votes": a year-like number before a counted
 * noun is a count. A round number, or a preposition that often takes a
 * count, tips it; "in 2016 inspectors found…" stays a year.
 */
export function yearIsNotACount(s: DateScan, raw: Raw, preposition: string | undefined): boolean {
  if (raw.unit !== 'year') return true
  const after = s.tokens[raw.to]
  if (!after || after.kind !== 'w' || !isCountNoun(after.lower) || EVENT_PLURALS.has(after.lower)) return true
  // A capitalized word after it is a name: "the 2008 Champions League final".
  if (/^\p{Lu}/u.test(after.text)) return true
  const year = raw.end.year ?? 0
  return !(year % 10 === 0 || preposition === 'by' || preposition === 'from' || preposition === undefined)
}

/** "May" after a capitalized word that is no weekday or preposition is a name: "Theresa May". */
export function followsName(s: DateScan, i: number): boolean {
  const before = s.tokens[i - 1]
  if (!before || before.kind !== 'w' || !/^\p{Lu}/u.test(before.text)) return false
  if (WEEKDAYS.has(before.lower) || PREPOSITIONS.has(before.lower) || CONTEXT_BEFORE.has(before.lower)) return false
  return !['last', 'next', 'this', 'early', 'late', 'mid', 'until', 'published', 'updated'].includes(before.lower)
}

/** "in May 5 people died": a day followed by a counted noun is a count. */
export function dayIsACount(s: DateScan, k: number): boolean {
  const after = s.tokens[k + 1]
  if (!after) return false
  if (!after.spaced && (after.text === ':' || after.text === '%' || after.text === '.' && s.tokens[k + 2]?.kind === 'n' && !s.tokens[k + 2]!.spaced)) return true
  if (after.kind === 'w' && !after.spaced) return !s.tokens[k]!.ordinal
  return after.kind === 'w' && isCountNoun(after.lower)
}

function isCountNoun(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !NOT_PLURAL.has(word)
}
