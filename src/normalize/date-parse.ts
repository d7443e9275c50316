/**
 * Find date and period expressions in a sentence and normalize them.
 *
 * Designed after chrono's parsers-then-refiners split, but hand-written over
 * tokens for speed and exact spans: {@link parsePoint} reads one calendar
 * expression ("18 January 2019", "March", "2021/22", "the 1990s"),
 * `parseRelative` reads expressions anchored on the publication date ("last
 * year", "two years ago"), `parseCore` joins points into ranges and
 * coordinations ("between February 21 and March 4", "in February and
 * March"), and `finish` anchors implied parts on the publication date.
 *
 * @module
 */
import type {DatePart, DatePoint, DateValue} from '../types.js'
import {abbreviatedMonth, CALENDAR_WORDS_LOWER, daysInMonth, fullMonth, numberWord, SEASONS} from './months.js'
import {type Anchor, parseAnchor, resolveOn} from './date-anchor.js'
import {addDays, addMonths, type Day, isoWeek, nearestYear, point} from './date-relative.js'
import {type Token, tokenize} from './date-tokens.js'

/** A date expression found in a text. */
export interface DateMatch {
  /** Offsets into the text searched. */
  start: number
  end: number
  value: DateValue
}

/** Options of {@link findDates}. */
export interface FindDatesOptions {
  /**
   * Publication date that relative and implied parts are anchored on:
   * `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` for a month or year known only
   * (then only the parts every day of it gives are filled, see `date-anchor.ts`).
   */
  published?: string
  /**
   * The text is known to be a date expression as a whole (as in
   * `parseDate`), so a bare "March" or "2018" at its start needs no context word.
   */
  standalone?: boolean
  /**
   * Try a parse at every token, not only where {@link mayStartCore} allows
   * one. The same result, slower: the reference the token test is checked
   * against in tests.
   */
  exhaustive?: boolean
}

type Granularity = DateValue['granularity']
type Relation = DateValue['relation']
type Unit = 'day' | 'month' | 'year' | 'season' | 'decade' | 'split' | 'relative'

/** A parsed expression before anchoring, over tokens `[from, to)`. */
interface Raw {
  from: number
  to: number
  /** Parts written in the text (a bare month has no year). */
  start: DatePoint
  end: DatePoint
  granularity: Granularity
  assigned: DatePart[]
  unit: Unit
  /** Needs a context word to count as a date (a bare "March", "2018", "summer"). */
  bare: boolean
  period?: 'split-year'
  /** Resolves relative parts on the publication date. */
  relative?: (anchor: Day) => {start: DatePoint; end: DatePoint; implied: DatePart[]}
}

/** Prepositions kept in the claim span, and the relation they state. */
const PREPOSITIONS = new Map<string, Relation>([
  ['in', 'at'], ['on', 'at'], ['during', 'at'], ['throughout', 'at'], ['between', 'at'],
  ['since', 'since'], ['from', 'since'],
  ['until', 'until'], ['till', 'until'], ['through', 'until'],
  ['by', 'before'], ['before', 'before'],
  ['after', 'after']
])

/** Words before a bare month, season or year that make it a date ("of March", "last summer"). */
const CONTEXT_BEFORE = new Set(['of', 'for', 'early', 'late', 'mid', 'every', 'each', 'around', 'over'])

/** Words before a year used as a modifier: "the 2018 report". */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'this', 'that', 'these', 'those', 's'])

/** Plural nouns after a year that still read as events, not counts: "the 2019 elections". */
const EVENT_PLURALS = new Set(['elections', 'games', 'olympics', 'accounts', 'figures', 'results', 'riots', 'floods', 'championships', 'finals', 'awards', 'guidelines', 'regulations', 'rules', 'reforms', 'protests', 'talks', 'midterms', 'polls', 'statistics', 'exams', 'accords', 'negotiations', 'budgets', 'plans', 'proposals'])

/** Counted nouns that do not end in "s". */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'staff', 'police', 'personnel', 'cattle', 'sheep', 'fish', 'feet', 'teeth', 'mice', 'geese', 'residents', 'troops'])

/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL = new Set(['was', 'is', 'has', 'as', 'this', 'its', 'his', 'us', 'thus', 'plus', 'across', 'whereas', 'always', 'perhaps', 'less', 'unless', 'does', 'yes', 'towards', 'afterwards', 'besides', 'news', 'series', 'analysis', 'crisis', 'basis', 'status', 'process', 'success', 'access', 'business'])

/** Names that are also months, when a capitalized name precedes them ("Theresa May"). */
const NAME_MONTHS = new Set([4, 5, 6, 8])
/** Capitalized words that may stand before such a month without making it a name. */
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** "the end of …" reads as "late …". */
const PART_OF = new Map([['start', 'early'], ['beginning', 'early'], ['middle', 'mid'], ['end', 'late']])

const DASHES = new Set(['-', '–', '—', '‐', '‑'])
const RANGE_WORDS = new Set(['to', 'until', 'till', 'through'])
const ORDINAL_WORDS = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['final', 4]])
const CURRENCY = new Set(['£', '$', '€', '¥', '#', '№'])

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

const GRANULARITY_RANK: Record<Granularity, number> = {day: 0, month: 1, year: 2}

/**
 * Find every date or period expression in `text`, left to right, without
 * overlaps. Never throws; relative and implied parts are anchored on
 * `options.published` when given, else left out (anchor `unknown`).
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMatch[] {
  const found = CUE.test(text) || CUE_WORD.test(text) ? new DateScanner(text, options).scan() : []
  if (!DAY_CUE.test(text)) return found
  const days = findDayWords(text, found, parseAnchor(options.published))
  return days.length === 0 ? found : [...found, ...days].sort((a, b) => a.start - b.start)
}

// -- days named relative to publication: "today", "yesterday", "on Tuesday" --------

const DAY_CUE = /today|tonight|yesterday|tomorrow|day\b/i
// No `u` flag on this global scan; \b is enough for English words.
const DAY_WORD = /\b(?:(on|last|this|next)\s+)?(today|tonight|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi
const WEEKDAY_INDEX: Readonly<Record<string, number>> = {monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 0}
/** Words that say a weekday is ahead of publication: "will meet on Friday", "is due on Monday". */
const FUTURE_CUE = /(?<![A-Za-z])(?:will|'ll|’ll|shall|(?:is|are) due|(?:is|are) set to|(?:is|are) expected to|scheduled|plans? to|planning to|going to)(?![A-Za-z])/gi
/** Words that put the clause in the past, so a later weekday is past: "said on Tuesday it will …". */
const PAST_CUE = /(?<![A-Za-z])(?:said|says|announced|reported|told|confirmed|revealed|was|were|had|did)(?![A-Za-z])/gi

/**
 * "today", "yesterday", "tomorrow", "tonight" and weekdays ("on Tuesday",
 * "last Friday", "next Monday"), as days relative to the publication date.
 * A weekday is the latest such day on or before publication (news reports
 * what happened), unless the clause looks ahead ("will", "is due to") or
 * says "next": then the first such day after it. Without a publication date
 * the value has no parts (anchor `unknown`). Left out: a weekday written
 * next to a full date (that date is the claim: "Tuesday 14 March 2023"), and
 * names ("Black Friday", "the Sunday Times", "BBC Radio 4's Today").
 */
function findDayWords(text: string, found: readonly DateMatch[], anchor: Anchor | undefined): DateMatch[] {
  const out: DateMatch[] = []
  DAY_WORD.lastIndex = 0
  for (let m = DAY_WORD.exec(text); m !== null; m = DAY_WORD.exec(text)) {
    const start = m.index
    const end = start + m[0].length
    const which = m[1]?.toLowerCase()
    const word = m[2]!
    const lower = word.toLowerCase()
    const weekday = WEEKDAY_INDEX[lower]
    // Next to or inside another date ("Tuesday 14 March", "Wednesday, December 9").
    if (found.some((f) => f.start < end + 4 && start - 4 < f.end)) continue
    // A weekday is capitalized; "Today" mid-sentence is a name (the Today programme).
    if (weekday !== undefined && !/^\p{Lu}/u.test(word)) continue
    if (weekday === undefined && /^\p{Lu}/u.test(word) && text.slice(0, start).trim() !== '' && m[1] === undefined) continue
    // A name: "Black Friday", "Super Tuesday", "the Sunday Times", "Sunday Telegraph".
    const previous = lastWord(text.slice(Math.max(0, start - 20), start))
    if (m[1] === undefined && previous !== undefined && /^\p{Lu}/u.test(previous) && !/^(?:Late|Early|By|Until|Since|From|And|But|Then|Also)$/.test(previous)) continue
    if (/^\s+\p{Lu}/u.test(text.slice(end, end + 2)) || /^['’]s(?![A-Za-z])/.test(text.slice(end, end + 3))) continue
    const future = which === 'next' || (which !== 'last' && weekday !== undefined && looksAhead(text.slice(0, start)))
    const dayOn = (on: Day): Day => {
      if (weekday === undefined) return addDays(on, lower === 'yesterday' ? -1 : lower === 'tomorrow' ? 1 : 0)
      const today = new Date(Date.UTC(on.year, on.month - 1, on.day)).getUTCDay()
      const back = (today - weekday + 7) % 7
      const ahead = (weekday - today + 7) % 7 || 7
      return addDays(on, future ? ahead : -(which === 'last' ? back || 7 : back))
    }
    const resolved = anchor
      ? resolveOn(anchor, (on) => {
          const d = dayOn(on)
          const p = point(d.year, d.month, d.day)
          return {start: p, end: {...p}, implied: ['year', 'month', 'day']}
        })
      : undefined
    const known = resolved !== undefined && resolved.implied.length > 0
    out.push({
      start,
      end,
      value: {type: 'date', start: known ? resolved.start : {}, end: known ? resolved.end : {}, granularity: 'day', assigned: [], implied: known ? resolved.implied : [], anchor: known ? 'publication' : 'unknown', relation: 'at'}
    })
  }
  return out
}

/** The last run of non-space characters (a backward scan: an unanchored `\S+\s*$` is quadratic). */
function lastWord(text: string): string | undefined {
  let end = text.length
  while (end > 0 && text[end - 1]!.trim() === '') end--
  let start = end
  while (start > 0 && text[start - 1]!.trim() !== '') start--
  return start < end ? text.slice(start, end) : undefined
}

/** Does the clause before a weekday look ahead (a future cue after the last past-tense cue)? */
function looksAhead(before: string): boolean {
  let future = -1
  let past = -1
  FUTURE_CUE.lastIndex = 0
  for (let m = FUTURE_CUE.exec(before); m !== null; m = FUTURE_CUE.exec(before)) future = m.index
  PAST_CUE.lastIndex = 0
  for (let m = PAST_CUE.exec(before); m !== null; m = PAST_CUE.exec(before)) past = m.index
  return future > past
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

/** One scan over one text; holds only per-call state. */
class DateScanner {
  private readonly tokens: Token[]
  private readonly anchor: Anchor | undefined

  constructor(text: string, private readonly options: FindDatesOptions) {
    this.tokens = tokenize(text)
    this.anchor = parseAnchor(options.published)
  }

  scan(): DateMatch[] {
    const found: DateMatch[] = []
    const {tokens} = this
    const exhaustive = this.options.exhaustive === true
    for (let i = 0; i < tokens.length;) {
      const match = exhaustive || this.mayStartExpression(i) ? this.parseExpression(i) : undefined
      if (match) {
        found.push(match.result)
        i = match.to
      } else {
        i++
      }
    }
    return found
  }

  // -- expressions -----------------------------------------------------------

  /**
   * Can {@link parseExpression} find anything at token `i`? It reads a core
   * expression at `i`, or a preposition at `i` and a core expression at
   * `i + 1`: false when neither can start ({@link mayStartCore}).
   */
  private mayStartExpression(i: number): boolean {
    const token = this.tokens[i]!
    if (mayStartCore(token)) return true
    return token.kind === 'w' && PREPOSITIONS.has(token.lower) && mayStartCore(this.tokens[i + 1])
  }

  /** A preposition (kept in the span) and a core expression, or a core expression with context. */
  private parseExpression(i: number): {to: number; result: DateMatch} | undefined {
    const token = this.tokens[i]
    if (!token) return undefined
    const relation = token.kind === 'w' ? PREPOSITIONS.get(token.lower) : undefined
    if (relation !== undefined) {
      const core = this.parseCore(i + 1, token.lower)
      if (core && (token.lower !== 'between' || core.ranged) && this.yearIsNotACount(core.raw, token.lower)) {
        return this.emit(i, core.raw, core.ranged ? 'at' : relation)
      }
    }
    const core = this.parseCore(i, undefined)
    if (!core) return undefined
    if (core.raw.bare && !this.hasContext(core.raw)) return undefined
    if (!this.yearIsNotACount(core.raw, undefined)) return undefined
    return this.emit(core.raw.from, core.raw, 'at')
  }

  private emit(from: number, raw: Raw, relation: Relation): {to: number; result: DateMatch} {
    const first = this.tokens[from]!
    const last = this.tokens[raw.to - 1]!
    return {to: raw.to, result: {start: first.start, end: last.end, value: this.finish(raw, relation)}}
  }

  /**
   * A point, a range of two points ("March–May 2022", "between 2015 and
   * 2018") or a coordination of two bare months or years ("February and
   * March"). `preposition` is the word before, if any.
   */
  private parseCore(i: number, preposition: string | undefined): {raw: Raw; ranged: boolean} | undefined {
    const left = this.parseRelative(i) ?? this.parsePoint(i)
    if (!left) return undefined
    const joined = this.parseJoin(left, preposition)
    return joined ? {raw: joined, ranged: true} : {raw: left, ranged: false}
  }

  private parseJoin(left: Raw, preposition: string | undefined): Raw | undefined {
    if (left.unit === 'relative' || left.unit === 'decade') return undefined
    const list = this.parseList(left, preposition)
    if (list) return list
    const separator = this.tokens[left.to]
    if (!separator) return undefined
    const word = separator.lower
    const dash = DASHES.has(separator.text)
    const ranging = dash || (RANGE_WORDS.has(word) && preposition !== 'between')
    const and = word === 'and'
    if (!ranging && !and) return undefined
    if (and && preposition !== 'between') {
      // A coordination: only bare months or bare years, read as one envelope.
      if (!(left.bare && (left.unit === 'month' || left.unit === 'year'))) return undefined
    }
    if (word === 'to' && preposition !== 'from' && left.bare && !this.hasContext(left)) return undefined
    const right = this.parsePoint(left.to + 1)
    if (!right || right.unit === 'decade') return undefined
    if ((left.unit === 'split') !== (right.unit === 'split')) return undefined
    if (!compatible(left, right)) return undefined
    if (and && preposition !== 'between' && right.unit !== left.unit) return undefined
    const joined = combine(left, right)
    // A coordination still needs a context word, as its first member would: "in 2016 and 2017".
    if (joined && and && preposition !== 'between') joined.bare = left.bare
    return joined
  }

  /** "January, February and March": a list of bare months, read as one envelope. */
  private parseList(left: Raw, preposition: string | undefined): Raw | undefined {
    if (!left.bare || left.unit !== 'month' || preposition === 'between' || this.tokens[left.to]?.text !== ',') return undefined
    let last = left
    let k = left.to
    for (let members = 1; members < 12; members++) {
      const comma = this.tokens[k]?.text === ','
      if (comma) k++
      const and = this.tokens[k]?.lower === 'and'
      if (and) k++
      if (!comma && !and) return undefined
      const next = this.parsePoint(k)
      if (!next || next.unit !== 'month' || next.relative || (next.start.month ?? 0) <= (last.end.month ?? 13)) return undefined
      last = next
      k = next.to
      if (and) break
    }
    if (last === left) return undefined
    const joined = combine(left, last)
    if (joined) joined.bare = true
    return joined
  }

  // -- points ----------------------------------------------------------------

  /** One calendar expression, with an optional early/mid/late modifier. */
  private parsePoint(i: number): Raw | undefined {
    const token = this.tokens[i]
    if (!token) return undefined
    let k = i
    if (token.lower === 'the' && this.isModifier(i + 1)) k = i + 1
    if (this.isModifier(k)) {
      const modifier = this.tokens[k]!.lower
      let next = k + 1
      if (DASHES.has(this.tokens[next]?.text ?? '') && !this.tokens[next]!.spaced) next++
      const inner = this.parseSimplePoint(next)
      if (inner && (inner.unit === 'month' || inner.unit === 'year' || inner.unit === 'decade') && !(inner.unit === 'decade' && k === i && this.tokens[i - 1]?.lower !== 'the')) {
        return {...modify(inner, modifier), from: i, bare: false}
      }
      return undefined
    }
    return this.parseSimplePoint(i)
  }

  private isModifier(i: number): boolean {
    const word = this.tokens[i]?.lower
    return word === 'early' || word === 'mid' || word === 'late'
  }

  /** "the end of 2024", "the start of March": read as late/early, with the phrase in the span. */
  private parsePartOf(i: number): Raw | undefined {
    const t = this.tokens
    if (t[i]?.lower !== 'the' || t[i + 2]?.lower !== 'of') return undefined
    const modifier = PART_OF.get(t[i + 1]!.lower)
    if (modifier === undefined) return undefined
    const inner = this.parseSimplePoint(i + 3)
    if (!inner || (inner.unit !== 'month' && inner.unit !== 'year') || inner.relative || inner.start.year !== inner.end.year || inner.start.month !== inner.end.month) return undefined
    return {...modify(inner, modifier), from: i, bare: false}
  }

  private parseSimplePoint(i: number): Raw | undefined {
    const t = this.tokens
    const token = t[i]
    if (!token) return undefined
    // "the 1990s", "the summer of 2020", "the first quarter of 2022"
    if (token.lower === 'the') {
      const partOf = this.parsePartOf(i)
      if (partOf) return partOf
      const next = t[i + 1]
      const decade = this.parseDecade(i + 1)
      if (decade) return {...decade, from: i}
      const season = next && SEASONS.has(next.lower) ? this.parseSeason(i + 1) : undefined
      if (season) return {...season, from: i}
      const quarter = this.parseQuarter(i + 1)
      if (quarter) return {...quarter, from: i}
      return undefined
    }
    if (token.kind === 'n') {
      return this.parseIso(i) ?? this.parseDecade(i) ?? this.parseYearPair(i) ?? this.parseDayFirst(i) ?? this.parseYear(i)
    }
    if (token.kind === 'w') {
      if (SEASONS.has(token.lower)) return this.parseSeason(i)
      return this.parseMonthFirst(i) ?? this.parseQuarter(i)
    }
    return undefined
  }

  private isYear(i: number): boolean {
    const token = this.tokens[i]
    return token !== undefined && token.digits === 4 && !token.ordinal && token.value! >= 1900 && token.value! <= 2099
  }

  private isDay(i: number): boolean {
    const token = this.tokens[i]
    return token !== undefined && token.value !== undefined && token.digits! <= 2 && token.value >= 1 && token.value <= 31
  }

  /** A month name at `i` ("March", "Sept."), and the token after it. */
  private month(i: number, allowAbbreviation: boolean): {month: number; next: number; abbreviated: boolean} | undefined {
    const token = this.tokens[i]
    if (!token || token.kind !== 'w') return undefined
    const full = fullMonth(token.text)
    if (full !== undefined) return {month: full, next: i + 1, abbreviated: false}
    if (!allowAbbreviation) return undefined
    const short = abbreviatedMonth(token.text)
    if (short === undefined) return undefined
    const dot = this.tokens[i + 1]
    return {month: short, next: dot?.text === '.' && !dot.spaced ? i + 2 : i + 1, abbreviated: true}
  }

  /** An optional ", 2019" / " 2019" after a day and month. */
  private trailingYear(i: number): {year: number; next: number} | undefined {
    let k = i
    if (this.tokens[k]?.text === ',') k++
    if (this.isYear(k) && !this.isContinuedNumber(k)) return {year: this.tokens[k]!.value!, next: k + 1}
    return undefined
  }

  /** A number that continues into another number or unit ("2019 2020", "2018bn") is no year. */
  private isContinuedNumber(i: number): boolean {
    const next = this.tokens[i + 1]
    if (!next) return false
    // Plain digit groups continue a phone or reference number; "2,000" does not.
    if (next.kind === 'n' && next.spaced && next.value !== undefined) return true
    if (!next.spaced && (next.kind === 'w' || next.text === '%')) return true
    return false
  }

  /** ISO `2019-01-18`. */
  private parseIso(i: number): Raw | undefined {
    const t = this.tokens
    if (!this.isYear(i)) return undefined
    const [d1, m, d2, d] = [t[i + 1], t[i + 2], t[i + 3], t[i + 4]]
    if (d1?.text !== '-' || d2?.text !== '-' || !m || !d || d1.spaced || m.spaced || d2.spaced || d.spaced) return undefined
    if (m.digits !== 2 || d.digits !== 2 || m.value! < 1 || m.value! > 12) return undefined
    const year = t[i]!.value!
    if (d.value! < 1 || d.value! > daysInMonth(m.value!, year)) return undefined
    const p = point(year, m.value, d.value)
    return {from: i, to: i + 5, start: p, end: p, granularity: 'day', assigned: ['year', 'month', 'day'], unit: 'day', bare: false}
  }

  /** "1990s", "1990's" (context: "the" or a modifier). */
  private parseDecade(i: number): Raw | undefined {
    const t = this.tokens
    if (!this.isYear(i) || t[i]!.value! % 10 !== 0) return undefined
    let k = i + 1
    if ((t[k]?.text === "'" || t[k]?.text === '’') && !t[k]!.spaced) k++
    const s = t[k]
    if (!s || s.text !== 's' || s.spaced) return undefined
    const year = t[i]!.value!
    return {from: i, to: k + 1, start: point(year), end: point(year + 9), granularity: 'year', assigned: ['year'], unit: 'decade', bare: t[i - 1]?.lower !== 'the'}
  }

  /** "2021/22", "2021-22", "2021–2022" (split years) and "2019-2021" (year ranges). */
  private parseYearPair(i: number): Raw | undefined {
    const t = this.tokens
    if (!this.isYear(i)) return undefined
    const separator = t[i + 1]
    const second = t[i + 2]
    if (!separator || !second || separator.spaced || second.spaced || second.ordinal || second.value === undefined) return undefined
    const slash = separator.text === '/'
    if (!slash && !DASHES.has(separator.text)) return undefined
    const after = t[i + 3]
    if (after && !after.spaced && (after.kind === 'n' || DASHES.has(after.text) || after.text === '/' || after.kind === 'w')) return undefined
    const first = t[i]!.value!
    let last: number
    if (second.digits === 2) {
      const yy = second.value
      if (yy === (first + 1) % 100) last = first + 1
      else if (yy > first % 100) last = first - (first % 100) + yy
      else return undefined
    } else if (second.digits === 4 && this.isYear(i + 2) && second.value > first) {
      last = second.value
    } else {
      return undefined
    }
    const split = last === first + 1
    if (slash && !split) return undefined
    const raw: Raw = {from: i, to: i + 3, start: point(first), end: point(last), granularity: 'year', assigned: ['year'], unit: split ? 'split' : 'year', bare: false}
    if (split) raw.period = 'split-year'
    return raw
  }

  /** "18 January 2019", "21st of February", "21–23 March 2022". */
  private parseDayFirst(i: number): Raw | undefined {
    const t = this.tokens
    if (!this.isDay(i) || CURRENCY.has(t[i - 1]?.text ?? '')) return undefined
    let k = i + 1
    let lastDay: number | undefined
    if (DASHES.has(t[k]?.text ?? '') && this.isDay(k + 1)) {
      lastDay = t[k + 1]!.value!
      k += 2
    }
    if (t[k]?.lower === 'of') k++
    const month = this.month(k, true)
    if (!month) return undefined
    const firstDay = t[i]!.value!
    if (lastDay !== undefined && lastDay <= firstDay) return undefined
    const year = this.trailingYear(month.next)
    if (firstDay > daysInMonth(month.month, year?.year) || (lastDay ?? 0) > daysInMonth(month.month, year?.year)) return undefined
    const assigned: DatePart[] = year ? ['year', 'month', 'day'] : ['month', 'day']
    return {
      from: i,
      to: year?.next ?? month.next,
      start: point(year?.year, month.month, firstDay),
      end: point(year?.year, month.month, lastDay ?? firstDay),
      granularity: 'day',
      assigned,
      unit: 'day',
      bare: false
    }
  }

  /** "January 18, 2019", "February 21", "October 2021", a bare "March", "March last year". */
  private parseMonthFirst(i: number): Raw | undefined {
    const t = this.tokens
    const month = this.month(i, true)
    if (!month) return undefined
    if (NAME_MONTHS.has(month.month) && this.followsName(i)) return undefined
    let k = month.next
    // Month and day: "February 21", "March 4-6", "January 18, 2019".
    if (this.isDay(k) && t[k]!.spaced && !this.dayIsACount(k)) {
      const firstDay = t[k]!.value!
      let lastDay: number | undefined
      let next = k + 1
      if (DASHES.has(t[next]?.text ?? '') && this.isDay(next + 1) && t[next + 1]!.value! > firstDay) {
        lastDay = t[next + 1]!.value!
        next += 2
      }
      const year = this.trailingYear(next)
      if (firstDay <= daysInMonth(month.month, year?.year) && (lastDay ?? 0) <= daysInMonth(month.month, year?.year)) {
        return {
          from: i,
          to: year?.next ?? next,
          start: point(year?.year, month.month, firstDay),
          end: point(year?.year, month.month, lastDay ?? firstDay),
          granularity: 'day',
          assigned: year ? ['year', 'month', 'day'] : ['month', 'day'],
          unit: 'day',
          bare: false
        }
      }
    }
    // Month and year: "October 2021", "Oct. 2021", "October, 2021".
    if (t[k]?.text === ',' && this.isYear(k + 1)) k++
    if (this.isYear(k) && !this.isContinuedNumber(k) && t[k]!.spaced) {
      const year = t[k]!.value!
      const p = point(year, month.month)
      return {from: i, to: k + 1, start: p, end: p, granularity: 'month', assigned: ['year', 'month'], unit: 'month', bare: false}
    }
    if (month.abbreviated) return undefined
    const p = point(undefined, month.month)
    const bare: Raw = {from: i, to: month.next, start: p, end: p, granularity: 'month', assigned: ['month'], unit: 'month', bare: true}
    return this.withRelativeYear(bare)
  }

  /** "spring 2020", "the summer of 2019", a bare "summer". */
  private parseSeason(i: number): Raw | undefined {
    const t = this.tokens
    const word = t[i]!.lower
    const season = SEASONS.get(word)
    if (!season) return undefined
    let k = i + 1
    if (t[k]?.lower === 'of' && this.isYear(k + 1)) k++
    const wraps = season.last < season.first
    if (this.isYear(k) && !this.isContinuedNumber(k)) {
      const year = t[k]!.value!
      return {from: i, to: k + 1, start: point(year, season.first), end: point(wraps ? year + 1 : year, season.last), granularity: 'month', assigned: ['year', 'month'], unit: 'season', bare: false}
    }
    // "fall" alone is too often the verb.
    if (word === 'fall') return undefined
    const bare: Raw = {from: i, to: i + 1, start: point(undefined, season.first), end: point(undefined, season.last), granularity: 'month', assigned: ['month'], unit: 'season', bare: true}
    return this.withRelativeYear(bare)
  }

  /** "Q1 2022", "first quarter of 2022", "H2 2021", "the second half of 2023". */
  private parseQuarter(i: number): Raw | undefined {
    const t = this.tokens
    const token = t[i]
    if (!token) return undefined
    let quarter: number | undefined
    let k: number
    const number = t[i + 1]
    if ((token.text === 'Q' || token.text === 'H') && number && !number.spaced && number.value !== undefined && number.digits === 1) {
      // "Q3" (quarter) or "H1" (half year).
      const limit = token.text === 'Q' ? 4 : 2
      if (number.value < 1 || number.value > limit) return undefined
      quarter = number.value
      k = i + 2
      if (token.text === 'H') return this.quarterRange(i, k, quarter * 6 - 5, quarter * 6)
    } else {
      quarter = ORDINAL_WORDS.get(token.lower)
      const part = t[i + 1]?.lower
      if (quarter === undefined || (part !== 'quarter' && part !== 'half') || t[i + 2]?.lower !== 'of') return undefined
      k = i + 3
      if (part === 'half') {
        if (quarter > 2 && token.lower !== 'final') return undefined
        const half = Math.min(quarter, 2)
        return this.quarterRange(i, k, half * 6 - 5, half * 6)
      }
    }
    return this.quarterRange(i, k, quarter * 3 - 2, quarter * 3)
  }

  /** A span of months of the year at token `k`. */
  private quarterRange(i: number, k: number, first: number, last: number): Raw | undefined {
    if (!this.isYear(k) || this.isContinuedNumber(k)) return undefined
    const year = this.tokens[k]!.value!
    return {from: i, to: k + 1, start: point(year, first), end: point(year, last), granularity: 'month', assigned: ['year', 'month'], unit: 'month', bare: false}
  }

  /** A year on its own: "2016" (needs context: "in 2016", "the 2018 report"). */
  private parseYear(i: number): Raw | undefined {
    const t = this.tokens
    if (!this.isYear(i) || this.isContinuedNumber(i)) return undefined
    const before = t[i - 1]
    if (before && (CURRENCY.has(before.text) || before.kind === 'n' || (!t[i]!.spaced && before.kind === 'w'))) return undefined
    if (before && (before.lower === 'no' || before.lower === 'number')) return undefined
    const p = point(t[i]!.value!)
    return {from: i, to: i + 1, start: p, end: p, granularity: 'year', assigned: ['year'], unit: 'year', bare: true}
  }

  /** "March last year", "summer of this year": the year relative to publication. */
  private withRelativeYear(raw: Raw): Raw {
    const t = this.tokens
    let k = raw.to
    if (t[k]?.lower === 'of') k++
    const which = t[k]?.lower
    if ((which === 'last' || which === 'this' || which === 'next') && t[k + 1]?.lower === 'year') {
      const offset = which === 'last' ? -1 : which === 'next' ? 1 : 0
      const {start, end} = raw
      return {
        ...raw,
        to: k + 2,
        bare: false,
        relative: (anchor) => {
          const year = anchor.year + offset
          return {start: point(year, start.month, start.day), end: point((end.month ?? 0) < (start.month ?? 0) ? year + 1 : year, end.month, end.day), implied: ['year']}
        }
      }
    }
    return raw
  }

  // -- relative expressions --------------------------------------------------

  /** "last year", "next month", "earlier this year", "two years ago", "the past decade", "last March". */
  private parseRelative(i: number): Raw | undefined {
    const t = this.tokens
    const token = t[i]
    if (!token) return undefined
    if (token.kind === 'n') return this.parseAgo(i)
    if (token.kind !== 'w') return undefined
    const word = token.lower
    const next = t[i + 1]
    if ((word === 'last' || word === 'this' || word === 'next') && next) {
      const offset = word === 'last' ? -1 : word === 'next' ? 1 : 0
      // "the last year" is the past twelve months, handled by parsePast.
      if (t[i - 1]?.lower === 'the') return undefined
      const unit = next.lower
      if (unit === 'year' || unit === 'month' || unit === 'week') return relativeUnit(i, i + 2, unit, offset)
      const month = this.month(i + 1, false)
      if (month) return relativeMonth(i, month.next, month.month, word)
      const season = SEASONS.get(unit)
      if (season && unit !== 'fall') return relativeSeason(i, i + 2, season, word)
      return undefined
    }
    if ((word === 'earlier' || word === 'later') && next?.lower === 'this' && (t[i + 2]?.lower === 'year' || t[i + 2]?.lower === 'month')) {
      return relativePart(i, i + 3, t[i + 2]!.lower as 'year' | 'month', word)
    }
    if (word === 'the') return this.parsePast(i)
    return this.parseAgo(i)
  }

  /** "two years ago", "a decade ago", "18 months ago". */
  private parseAgo(i: number): Raw | undefined {
    const t = this.tokens
    const token = t[i]!
    const count = token.kind === 'n' && token.value !== undefined && !token.ordinal ? token.value : numberWord(token.text)
    if (count === undefined || Number.isNaN(count) || count > 1000) return undefined
    const unit = singular(t[i + 1]?.lower)
    if (!unit || t[i + 2]?.lower !== 'ago') return undefined
    return agoUnit(i, i + 3, unit, count)
  }

  /** "the past year", "the last five years", "the next decade", "the previous 12 months". */
  private parsePast(i: number): Raw | undefined {
    const t = this.tokens
    const direction = t[i + 1]?.lower
    if (direction !== 'past' && direction !== 'last' && direction !== 'previous' && direction !== 'next' && direction !== 'coming') return undefined
    let k = i + 2
    let count: number | undefined
    const number = t[k]
    if (number) {
      const value = number.kind === 'n' && number.value !== undefined && !number.ordinal ? number.value : number.lower === 'a' || number.lower === 'an' ? undefined : numberWord(number.text)
      if (value !== undefined && !Number.isNaN(value)) {
        count = value
        k++
      }
    }
    const unitWord = t[k]?.lower
    const unit = singular(unitWord)
    if (!unit || unit === 'day' || unit === 'week') return undefined
    // "the coming months" has no length; "the past year" is one.
    if (count === undefined && unitWord !== unit) return undefined
    count ??= 1
    if (count > 1000) return undefined
    // "the last year" / "the last two years" but not "the last year's report"? Both are periods.
    const months = unit === 'year' ? 12 * count : unit === 'decade' ? 120 * count : count
    const forward = direction === 'next' || direction === 'coming'
    return {
      from: i,
      to: k + 1,
      start: {},
      end: {},
      granularity: 'month',
      assigned: [],
      unit: 'relative',
      bare: false,
      relative: (anchor) => {
        const other = addMonths(anchor.year, anchor.month, forward ? months : -months)
        const a = point(anchor.year, anchor.month)
        const b = point(other.year, other.month)
        return forward ? {start: a, end: b, implied: ['year', 'month']} : {start: b, end: a, implied: ['year', 'month']}
      }
    }
  }

  // -- guards ----------------------------------------------------------------

  /** Is a bare month, season or year used as a date here (a context word before it)? */
  private hasContext(raw: Raw): boolean {
    if (raw.from === 0 && this.options.standalone) return true
    const before = this.tokens[raw.from - 1]
    if (raw.unit === 'decade') return before?.lower === 'the'
    if (!before) return false
    if (CONTEXT_BEFORE.has(before.lower)) return true
    if (raw.unit === 'year' && raw.start.year === raw.end.year) return this.isModifierYear(raw)
    return false
  }

  /** "the 2018 report", "Labour's 2019 manifesto": a year before a noun, after a determiner. */
  private isModifierYear(raw: Raw): boolean {
    const before = this.tokens[raw.from - 1]
    const after = this.tokens[raw.to]
    if (!before || !after || !DETERMINERS.has(before.lower) || after.kind !== 'w') return false
    if (before.lower === 's' && !(this.tokens[raw.from - 2]?.text === "'" || this.tokens[raw.from - 2]?.text === '’')) return false
    if (EVENT_PLURALS.has(after.lower) || /^\p{Lu}/u.test(after.text)) return true
    return !isCountNoun(after.lower)
  }

  /**
   * "in 2000 homes", "by 2000 votes": a year-like number before a counted
   * noun is a count. A round number, or a preposition that often takes a
   * count, tips it; "in 2016 inspectors found…" stays a year.
   */
  private yearIsNotACount(raw: Raw, preposition: string | undefined): boolean {
    if (raw.unit !== 'year') return true
    const after = this.tokens[raw.to]
    if (!after || after.kind !== 'w' || !isCountNoun(after.lower) || EVENT_PLURALS.has(after.lower)) return true
    // A capitalized word after it is a name: "the 2008 Champions League final".
    if (/^\p{Lu}/u.test(after.text)) return true
    const year = raw.end.year ?? 0
    return !(year % 10 === 0 || preposition === 'by' || preposition === 'from' || preposition === undefined)
  }

  /** "May" after a capitalized word that is no weekday or preposition is a name: "Theresa May". */
  private followsName(i: number): boolean {
    const before = this.tokens[i - 1]
    if (!before || before.kind !== 'w' || !/^\p{Lu}/u.test(before.text)) return false
    if (WEEKDAYS.has(before.lower) || PREPOSITIONS.has(before.lower) || CONTEXT_BEFORE.has(before.lower)) return false
    return !['last', 'next', 'this', 'early', 'late', 'mid', 'until', 'published', 'updated'].includes(before.lower)
  }

  /** "in May 5 people died": a day followed by a counted noun is a count. */
  private dayIsACount(k: number): boolean {
    const after = this.tokens[k + 1]
    if (!after) return false
    if (!after.spaced && (after.text === ':' || after.text === '%' || after.text === '.' && this.tokens[k + 2]?.kind === 'n' && !this.tokens[k + 2]!.spaced)) return true
    if (after.kind === 'w' && !after.spaced) return !this.tokens[k]!.ordinal
    return after.kind === 'w' && isCountNoun(after.lower)
  }

  // -- anchoring -------------------------------------------------------------

  /** Anchor implied and relative parts on the publication date, and build the value. */
  private finish(raw: Raw, relation: Relation): DateValue {
    const value: DateValue = {
      type: 'date',
      start: raw.start,
      end: raw.end,
      granularity: raw.granularity,
      assigned: sortParts(raw.assigned),
      implied: [],
      anchor: 'absolute',
      relation
    }
    if (raw.period) value.period = raw.period
    const {anchor} = this
    const anchored = (resolved: {start: DatePoint; end: DatePoint; implied: DatePart[]}): void => {
      if (resolved.implied.length === 0) {
        value.anchor = 'unknown'
        return
      }
      value.start = resolved.start
      value.end = resolved.end
      value.implied = sortParts(resolved.implied)
      value.anchor = 'publication'
    }
    if (raw.relative) {
      if (anchor) anchored(resolveOn(anchor, raw.relative))
      else value.anchor = 'unknown'
    } else if (raw.start.year === undefined || raw.end.year === undefined) {
      if (anchor) {
        anchored(
          resolveOn(anchor, (on) => {
            const startYear = raw.start.year ?? (raw.unit === 'season' && raw.end.year === undefined ? seasonYear(raw.start.month!, raw.end.month!, on) : undefined) ?? (raw.end.year !== undefined ? raw.end.year - ((raw.start.month ?? 0) > (raw.end.month ?? 13) ? 1 : 0) : nearestYear(raw.start.month ?? 1, on))
            const endYear = raw.end.year ?? startYear + ((raw.end.month ?? 13) < (raw.start.month ?? 0) ? 1 : 0)
            return {start: point(startYear, raw.start.month, raw.start.day), end: point(endYear, raw.end.month, raw.end.day), implied: ['year']}
          })
        )
      } else {
        value.anchor = 'unknown'
      }
    }
    return value
  }
}

// -- helpers ---------------------------------------------------------------------

/**
 * The start year of a season named without one: the instance whose middle
 * is nearest the publication month, the earlier one on a tie.
 */
function seasonYear(first: number, last: number, anchor: Day): number {
  const length = (last - first + 12) % 12
  const middle = first + length / 2
  const at = anchor.year * 12 + anchor.month
  let best = anchor.year
  let distance = Infinity
  for (const year of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    const d = Math.abs(year * 12 + middle - at)
    if (d < distance) {
      distance = d
      best = year
    }
  }
  return best
}

function isCountNoun(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !NOT_PLURAL.has(word)
}

function singular(word: string | undefined): 'year' | 'month' | 'week' | 'day' | 'decade' | undefined {
  switch (word) {
    case 'year': case 'years': return 'year'
    case 'month': case 'months': return 'month'
    case 'week': case 'weeks': return 'week'
    case 'day': case 'days': return 'day'
    case 'decade': case 'decades': return 'decade'
    default: return undefined
  }
}

const PART_ORDER: readonly DatePart[] = ['year', 'month', 'day']
function sortParts(parts: readonly DatePart[]): DatePart[] {
  return PART_ORDER.filter((part) => parts.includes(part))
}

/** Can two points be the ends of one range? */
function compatible(left: Raw, right: Raw): boolean {
  const yearish = (raw: Raw) => raw.unit === 'year' || raw.unit === 'split'
  if (yearish(left) !== yearish(right)) return false
  if (left.unit === 'season' || right.unit === 'season') return left.unit === right.unit
  if (right.relative && left.relative) return false
  // The left end of "March to May 2022" borrows the year of the right end; not the reverse.
  if (left.start.year !== undefined && right.end.year === undefined && !right.relative) return false
  return true
}

/** Join two points into one period, the left borrowing a missing year from the right. */
function combine(left: Raw, right: Raw): Raw | undefined {
  const granularity = GRANULARITY_RANK[left.granularity] <= GRANULARITY_RANK[right.granularity] ? left.granularity : right.granularity
  const assigned = sortParts([...left.assigned, ...right.assigned])
  let start = left.start
  const end = right.end
  if (start.year === undefined && end.year !== undefined) {
    const year = end.year - ((start.month ?? 0) > (end.month ?? 13) ? 1 : 0)
    start = point(year, start.month, start.day)
  }
  if (start.year !== undefined && end.year !== undefined && order(start) > order(end)) return undefined
  if (start.year === undefined && end.year === undefined && left.unit === 'month' && start.month! > end.month! && right.unit !== 'month') return undefined
  const raw: Raw = {from: left.from, to: right.to, start, end, granularity, assigned, unit: left.unit, bare: false}
  if (right.relative) {
    const rightRelative = right.relative
    const {start: leftStart} = left
    raw.relative = (anchor) => {
      const resolved = rightRelative(anchor)
      const endYear = resolved.end.year ?? anchor.year
      const year = endYear - ((leftStart.month ?? 0) > (resolved.end.month ?? 13) ? 1 : 0)
      return {start: point(year, leftStart.month, leftStart.day), end: resolved.end, implied: resolved.implied}
    }
    raw.start = left.start
  }
  return raw
}

function order(p: DatePoint): number {
  return (p.year ?? 0) * 400 + (p.month ?? 0) * 32 + (p.day ?? 0)
}

/** early/mid/late: the first, middle or last third of a month, year or decade. */
function modify(inner: Raw, modifier: string): Raw {
  const third = modifier === 'early' ? 0 : modifier === 'mid' ? 1 : 2
  if (inner.unit === 'month') {
    const {year, month} = inner.start
    const last = daysInMonth(month!, year)
    const bounds = [[1, 10], [11, 20], [21, last]][third]!
    return {...inner, start: point(year, month, bounds[0]), end: point(year, month, bounds[1]), granularity: 'day'}
  }
  if (inner.unit === 'decade') {
    const year = inner.start.year!
    const bounds = [[0, 3], [3, 6], [7, 9]][third]!
    return {...inner, start: point(year + bounds[0]!), end: point(year + bounds[1]!)}
  }
  const year = inner.start.year!
  const bounds = [[1, 4], [5, 8], [9, 12]][third]!
  return {...inner, start: point(year, bounds[0]), end: point(year, bounds[1]), granularity: 'month', unit: 'month'}
}

function relativeUnit(from: number, to: number, unit: 'year' | 'month' | 'week', offset: number): Raw {
  const granularity: Granularity = unit === 'week' ? 'day' : unit
  return {
    from, to, start: {}, end: {}, granularity, assigned: [], unit: 'relative', bare: false,
    relative: (anchor) => {
      if (unit === 'year') {
        const p = point(anchor.year + offset)
        return {start: p, end: p, implied: ['year']}
      }
      if (unit === 'month') {
        const m = addMonths(anchor.year, anchor.month, offset)
        const p = point(m.year, m.month)
        return {start: p, end: p, implied: ['year', 'month']}
      }
      const week = isoWeek(anchor, offset)
      return {start: point(week.start.year, week.start.month, week.start.day), end: point(week.end.year, week.end.month, week.end.day), implied: ['year', 'month', 'day']}
    }
  }
}

/** "last March": the most recent March before the publication month; "next March": the next one after it. */
function relativeMonth(from: number, to: number, month: number, which: string): Raw {
  const p = point(undefined, month)
  return {
    from, to, start: p, end: p, granularity: 'month', assigned: ['month'], unit: 'month', bare: false,
    relative: (anchor) => {
      let year = anchor.year
      if (which === 'last' && month >= anchor.month) year--
      if (which === 'next' && month <= anchor.month) year++
      const q = point(year, month)
      return {start: q, end: q, implied: ['year']}
    }
  }
}

function relativeSeason(from: number, to: number, season: {first: number; last: number}, which: string): Raw {
  return {
    from, to, start: point(undefined, season.first), end: point(undefined, season.last), granularity: 'month', assigned: ['month'], unit: 'season', bare: false,
    relative: (anchor) => {
      const wraps = season.last < season.first
      // The year of the latest instance of the season that has begun by the publication month.
      const latest = anchor.month >= season.first ? anchor.year : anchor.year - 1
      const inside = wraps ? anchor.month >= season.first || anchor.month <= season.last : anchor.month >= season.first && anchor.month <= season.last
      let year: number
      if (which === 'last') year = inside ? latest - 1 : latest
      else if (which === 'next') year = latest + 1
      else year = wraps ? (anchor.month <= season.last ? anchor.year - 1 : anchor.year) : anchor.year
      return {start: point(year, season.first), end: point(wraps ? year + 1 : year, season.last), implied: ['year']}
    }
  }
}

/** "earlier this year" (January to the publication month), "later this month". */
function relativePart(from: number, to: number, unit: 'year' | 'month', which: string): Raw {
  return {
    from, to, start: {}, end: {}, granularity: unit === 'year' ? 'month' : 'day', assigned: [], unit: 'relative', bare: false,
    relative: (anchor) => {
      if (unit === 'year') {
        return which === 'earlier'
          ? {start: point(anchor.year, 1), end: point(anchor.year, anchor.month), implied: ['year', 'month']}
          : {start: point(anchor.year, anchor.month), end: point(anchor.year, 12), implied: ['year', 'month']}
      }
      const last = daysInMonth(anchor.month, anchor.year)
      return which === 'earlier'
        ? {start: point(anchor.year, anchor.month, 1), end: point(anchor.year, anchor.month, anchor.day), implied: ['year', 'month', 'day']}
        : {start: point(anchor.year, anchor.month, anchor.day), end: point(anchor.year, anchor.month, last), implied: ['year', 'month', 'day']}
    }
  }
}

function agoUnit(from: number, to: number, unit: 'year' | 'month' | 'week' | 'day' | 'decade', count: number): Raw {
  const granularity: Granularity = unit === 'decade' ? 'year' : unit === 'week' ? 'day' : unit
  return {
    from, to, start: {}, end: {}, granularity, assigned: [], unit: 'relative', bare: false,
    relative: (anchor) => {
      if (unit === 'year' || unit === 'decade') {
        const p = point(anchor.year - count * (unit === 'decade' ? 10 : 1))
        return {start: p, end: p, implied: ['year']}
      }
      if (unit === 'month') {
        const m = addMonths(anchor.year, anchor.month, -count)
        const p = point(m.year, m.month)
        return {start: p, end: p, implied: ['year', 'month']}
      }
      if (unit === 'week') {
        const week = isoWeek(anchor, -count)
        return {start: point(week.start.year, week.start.month, week.start.day), end: point(week.end.year, week.end.month, week.end.day), implied: ['year', 'month', 'day']}
      }
      const day = addDays(anchor, -count)
      const p = point(day.year, day.month, day.day)
      return {start: p, end: p, implied: ['year', 'month', 'day']}
    }
  }
}
