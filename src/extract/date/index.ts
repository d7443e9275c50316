/**
 * Find date and period expressions in a sentence and normalize them.
 *
 * Designed after chrono's parsers-then-refiners split, but hand-written over
 * tokens for speed and exact spans. Parsers, one file per kind of
 * expression: `absolute.ts` (day, month and year; ISO), `years.ts` (years,
 * split years "2021/22", decades), `seasons.ts`, `quarters.ts`,
 * `relative.ts` ("last year", "two years ago"), gathered with their
 * early/mid/late modifiers by `points.ts`. Refiners after them:
 * `ranges.ts` joins adjacent points into ranges and coordinations
 * ("between February 21 and March 4", "in February and March"),
 * `relations.ts` reads the relation word before ("since", "until", "by",
 * "after"), `anchoring.ts` anchors implied parts on the publication date.
 * `weekdays.ts` reads days named relative to publication ("on Tuesday",
 * "yesterday"); `guards.ts` holds the context tests shared by all.
 *
 * @module
 */
import {CALENDAR_WORDS_LOWER, SEASONS} from '../../normalize/months.js'
import {parseAnchor} from '../../normalize/date-anchor.js'
import {PREPOSITIONS} from './prepositions.js'
import {ORDINAL_WORDS} from './quarters.js'
import {parseExpression} from './relations.js'
import type {DateMatch, DateScan, FindDatesOptions} from './scan.js'
import {type Token, tokenize} from './tokens.js'
import {DAY_CUE, findDayWords} from './weekdays.js'

export type {DateMatch, FindDatesOptions} from './scan.js'

/**
 * The lower case of every word token at which `parseRelative` or
 * `parsePoint` can read anything: what they compare the token at their start
 * with ("the", "early", "last", "earlier", a season, "first"… of "first
 * quarter", "Q"/"H" of "Q3"/"H1"), or look up in the calendar vocabulary
 * (months, abbreviations, number words of "two years ago").
 */
const CORE_STARTS: ReadonlySet<string> = new Set([
  ...CALENDAR_WORDS_LOWER, ...SEASONS.keys(), ...ORDINAL_WORDS.keys(),
  'the', 'early', 'mid', 'late', 'last', 'this', 'next', 'earlier', 'later', 'q', 'h'
])

/**
 * Can a core expression (`parseCore`) start at this token? Every one starts
 * at a number or at a word of {@link CORE_STARTS}; punctuation starts none.
 * False means `parseCore` finds nothing there.
 */
function mayStartCore(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'n' || (token.kind === 'w' && CORE_STARTS.has(token.lower)))
}

/**
 * Find every date or period expression in `text`, left to right, without
 * overlaps. Never throws; relative and implied parts are anchored on
 * `options.published` when given, else left out (anchor `unknown`).
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMatch[] {
  const found = CUE.test(text) || CUE_WORD.test(text) ? scan({tokens: tokenize(text), options, anchor: parseAnchor(options.published)}) : []
  if (!DAY_CUE.test(text)) return found
  const days = findDayWords(text, found, parseAnchor(options.published))
  return days.length === 0 ? found : [...found, ...days].sort((a, b) => a.start - b.start)
}

// Cheap pre-filter. Every expression the scanner finds holds a year (four
// digits, 1900–2099), a month name (as \`fullMonth\`/\`abbreviatedMonth\` read
// it: capitalized, abbreviated or in capitals), a season or a unit word
// (year, month, week, decade, with "ago", "last"… — compared lower-cased,
// so in any case; the Kelvin sign lower-cases to "k"). A sentence with none
// of these has no date. (Any digit used to let a sentence through: most
// sentences with numbers hold no date.)
const CUE = /(?:19|20)\d\d|January|February|March|April|May|June|July|August|Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER/
const CUE_WORD = /year|month|wee[k\u212a]|decade|ago|quarter|spring|summer|autumn|fall|winter/i

/** One scan over one text: an expression at each token where one may start, left to right. */
function scan(s: DateScan): DateMatch[] {
  const found: DateMatch[] = []
  const {tokens} = s
  const exhaustive = s.options.exhaustive === true
  for (let i = 0; i < tokens.length;) {
    const match = exhaustive || mayStartExpression(s, i) ? parseExpression(s, i) : undefined
    if (match) {
      found.push(match.result)
      i = match.to
    } else {
      i++
    }
  }
  return found
}

/**
 * Can {@link parseExpression} find anything at token `i`? It reads a core
 * expression at `i`, or a preposition at `i` and a core expression at
 * `i + 1`: false when neither can start ({@link mayStartCore}).
 */
function mayStartExpression(s: DateScan, i: number): boolean {
  const token = s.tokens[i]!
  if (mayStartCore(token)) return true
  return token.kind === 'w' && PREPOSITIONS.has(token.lower) && mayStartCore(s.tokens[i + 1])
}
