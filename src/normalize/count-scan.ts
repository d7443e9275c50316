/**
 * Find counts in a sentence: a number with the thing it counts ("44 social
 * workers", "nearly 300 homes", "2.5 million people", "dozens of people",
 * "four out of five of the key areas", "one in five adults"), and ages
 * ("homeless 16 and 17-year-olds", "a 14-year-old boy") with the unit
 * `year-old`.
 *
 * What is not a count: years ("2018", "in 2016", "2021/22"), dates
 * ("February 21"), times ("9pm", "10:30"), money, percentages, ordinals
 * ("21st"), phone numbers, scores ("3-1"), labels ("No. 10", "page 5"),
 * multipliers ("three times larger"), a bare "one" ("one of the most…",
 * "One app."). Durations and distances are counts of their unit ("five
 * years" → `year`, "a six-month ban" → `month`, "213 km" → `km`): a
 * sentence length or a distance is a checkable number.
 * See docs/claims-quantities.md#count.
 *
 * @module
 */

import {readAgeAt} from './age-scan.js'
import {isMagnitudeNumber} from './magnitude-scan.js'
import {withChanges} from './change.js'
import {findGroupCounts, readOneOfAt} from './count-words.js'
import {currencyAfter, currencyBefore} from './currency.js'
import {hedgeBefore} from './hedge.js'
import {isPluralNoun, lemmaPhrase} from './lemma.js'
import {readNumber, round, type NumberToken} from './numbers.js'
import {percentMarkerAt, pointsArePercentage} from './percent-scan.js'
import {addNonOverlapping, betweenBefore, changeBefore, quantity, rangeJoinerEnd, readAtNumbers, hedgeAround, vagueQuantity, type FoundQuantity} from './quantity-parts.js'
import {listUnitAhead} from './measure-scan.js'
import {modifiedUnitAt, unitAt} from './units.js'
import {findVagueAmounts} from './vague.js'

/** Words that end a counted noun phrase: function words, auxiliaries, pronouns. */
const STOP = new Set(`a an the of in on at to for from by with and or but nor is are was were be been being has have had will would
could should may might can must shall do does did not no who whom whose which that this these those it its they them their he him his
she her we us our you your i me my as than then so if per cent percent said says say after before since until during about over under
into out up down off each every all both such what when where while how why there here also just only even still yet ago old later
earlier more most less least many much few some any other another than via against between among around`.split(/\s+/))

/** Words between the number and the noun that record a change, not a hedge: "160 more social workers". */
const CHANGE_WORDS = new Set(['more', 'fewer', 'extra', 'additional', 'new', 'further', 'other', 'fewer'])

/**
 * Counted heads that are really money, percentages, scale words or
 * ambiguous measures ("pound" is money or weight; "degree" a temperature, an
 * angle or a qualification). Durations and distances are counted.
 */
const NOT_COUNTED = new Set(`degree percent cent euro dollar pence penny yen pound
rupee franc rouble ruble yuan bps dozen hundred thousand million billion trillion score couple`.split(/\s+/))

const FRACTION_HEADS = new Set(['half', 'third', 'quarter', 'fifth', 'sixth', 'eighth', 'tenth'])

/**
 * A duration or distance written in the singular after a number: the
 * adjective form "a six-month ban", "an 18-month inquiry", "a 40 year
 * sentence", and "1 year" / "one month"; abbreviations "213 km", "10 kg".
 */
const MEASURE_SINGULAR = /(-|[ \u00a0]+)(year|month|week|day|hour|minute|decade|century)(?![A-Za-z\u00C0-\u024F0-9'’-])/iy
const MEASURE_ABBREVIATION = /^(?:km|kg|mph)$/i
const DURATION_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'century'])
/** Words before "over N years" that make it "more than": "for over two years", "after over a decade", "lasted over 12 hours". */
const HEDGED_OVER_BEFORE = /(?<![A-Za-z\u00C0-\u024F])(?:for|of|after|in|within|lasted|lasting|took|taking|spent|served|serving|last|lasts|since|,)\s+$|^\s*$/i
/** A lower-case word after the unit: "a 40 year | sentence". */
const NEXT_WORD = /[ \u00a0]+([a-z][a-z-]*)(?![A-Za-z\u00C0-\u024F0-9])/y
/** After "N times": a comparison, so a multiplier ("three times larger", "ten times as many"), not a count of occasions. */
const MULTIPLIER_AFTER = /[ \u00a0]+(?:as|more|less|fewer|the|that|what|over|[a-z]+er)(?![A-Za-z\u00C0-\u024F0-9])/iy

const MONTHS = /(?<![A-Za-z\u00C0-\u024F])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december)\.?\s+$/i
const MONTH_OR_DAY = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i
// A number used as a label: "No. 10", "page 5", "Section 21", "Year 11".
const LABEL_BEFORE = /(?<![A-Za-z\u00C0-\u024F])(?:no\.?|nos\.?|number|page|pages|section|article|chapter|clause|room|route|flight|platform|level|grade|year|class|ward|category|stage|tier|phase|game|week|day|act|rule|paragraph|item|question|junction|gate|channel|line|bus|seat|figure|table|version|series|season|episode|part|step|box)\s+$/i
const TIME_AFTER = /\s*(?:am|pm|a\.m\.|p\.m\.|gmt|bst|utc|bc|bce|ad|ce|hrs)(?![A-Za-z\u00C0-\u024F])/iy
// Ages: "16-year-old", "16 and 17 year olds", "16- and 17-year-olds", "16-17-year-olds".
const AGE_AFTER = /(?:-?\s*(?:[-–]|to|and|or)\s*(\d{1,3}))?(?:-|\s+)years?(?:-|\s+)olds?(?![A-Za-z\u00C0-\u024F])/iy
const RATIO = /\s+(out\s+of|in(?:\s+every)?|of\s+(?:the|its|their|his|her|our|these|those)|of(?=\s+\d))\s+/iy
const OF_DETERMINER = /\s+of(?:\s+(?:the|its|their|his|her|our|these|those))?(?=\s)/iy
const NP_WORD = /\s+([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*)(?![A-Za-z\u00C0-\u024F0-9])/y
const OF_QUALIFIER = /\s+of\s+([a-z][a-z-]*)(?![A-Za-z\u00C0-\u024F0-9'’])/y
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/

/** A counted noun phrase read after a number. */
export interface NounPhrase {
  end: number
  unit: string
}

/** Every count in `text`, left to right, non-overlapping. */
export function findCounts(text: string): FoundQuantity[] {
  // findNumbers (inside readAtNumbers) is itself the cheap precheck: one linear scan.
  const found = readAtNumbers(text, readCountAt)
  for (const vague of findVagueAmounts(text)) {
    if (found.some((f) => f.start < vague.nounStart && vague.start < f.end)) continue
    const phrase = readNounPhrase(text, vague.nounStart - 1)
    if (!phrase || phrase.unit === '') continue
    found.push(vagueQuantity(text, vague, phrase.end, phrase.unit))
  }
  // "a pair of shoes" ("one of the victims" is read at the number "one").
  return withChanges(text, addNonOverlapping(found.sort((a, b) => a.start - b.start), findGroupCounts(text, readNounPhrase)))
}

/** Is the number one end of a movement "from X to Y" (then its noun may have come before it)? */
function inMovement(text: string, token: NumberToken): boolean {
  if (/(?<![A-Za-z])from\s+$/i.test(text.slice(Math.max(0, token.start - 6), token.start))) return /^\s+to\s+\d/i.test(text.slice(token.end, token.end + 6))
  return /(?<![A-Za-z])from\s+\d[\d,.]*\s+to\s+$/i.test(text.slice(Math.max(0, token.start - 30), token.start))
}

/**
 * A casualty word used as a noun right after a figure ("320 dead", "2,059
 * injured", "five missing"): the end of the word, or -1. Not when a noun
 * follows ("500 injured people" is read with its noun; "12 missing persons
 * cases" too).
 */
const CASUALTY_AFTER = /[ \u00a0]+(dead|injured|wounded|hurt|missing)(?![A-Za-z\u00C0-\u024F0-9'’-])(?![ \u00a0]+(?!and\b|or\b|in\b|on\b|at\b|after\b|by\b|as\b|when\b|while\b|since\b|so\b|from\b|during\b|following\b|across\b|throughout\b|with\b|were\b|are\b|was\b|is\b|have\b|had\b|has\b)[a-z])/iy
export function casualtyEnd(text: string, position: number): number {
  CASUALTY_AFTER.lastIndex = position
  return CASUALTY_AFTER.test(text) ? CASUALTY_AFTER.lastIndex : -1
}

/** The unit of a casualty count: `dead`, `injured` (also "wounded", "hurt") or `missing`. */
export function casualtyUnit(word: string): string {
  const w = word.trim().toLowerCase()
  return w === 'wounded' || w === 'hurt' ? 'injured' : w
}

/** Words before a four-digit number that make it a year ("in 2012 people…", "since 2019 staff…"). */
const YEAR_BEFORE = /(?:^|[^A-Za-z\u00C0-\u024F])(?:in|since|by|from|until|till|to|of|during|before|after|between|and|or|year|summer|spring|autumn|winter|fall|early|late|mid|circa|c\.|’|')[ \u00a0]*$/i
/** Plural nouns that a figure of four digits written without a separator may count ("2012 people", "1404 patients"). */
const YEAR_LIKE_NOUN = /[ \u00a0]+(?:people|persons|victims|residents|homes|houses|buildings|families|patients|children|students|workers|employees|staff|jobs|soldiers|troops|deaths|injuries|cases|passengers)(?![A-Za-z\u00C0-\u024F'’])/iy

/** Is a bare four-digit figure a count ("2012 people were killed"), not a year ("in 2012 people were…")? */
function yearLikeCount(text: string, token: NumberToken): boolean {
  YEAR_LIKE_NOUN.lastIndex = token.end
  if (!YEAR_LIKE_NOUN.test(text)) return false
  return !YEAR_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start))
}

function isYearLike(token: NumberToken): boolean {
  return token.bare && token.value >= 1000 && token.value <= 2999 && token.end - token.start === 4
}

function readCountAt(text: string, first: NumberToken): FoundQuantity | null {
  if (currencyBefore(text, first.start) || currencyAfter(text, first.end)) return null
  // Ages without "-year-old": "aged 35", "in his 40s" (age-scan.ts).
  const age = readAgeAt(text, first)
  if (age) return age
  // "a 6.3-magnitude quake", "magnitude 6.3": a magnitude (a measure, magnitude-scan.ts), not a count.
  if (isMagnitudeNumber(text, first.start, first.end)) return null
  // A physical unit makes it a measure ("80 km", "50 miles", "3,000 and 6,000 mAh"), found by measure-scan.ts.
  if (unitAt(text, first.end) || modifiedUnitAt(text, first.end) || listUnitAhead(text, first.end)) return null
  if (percentMarkerAt(text, first.end)) return null
  TIME_AFTER.lastIndex = first.end
  if (TIME_AFTER.test(text)) return null
  // Months and labels are words followed by a space: skip the look-behind otherwise.
  const previous = text.charCodeAt(first.start - 1)
  if (previous === 32 || previous === 160) {
    const before = text.slice(Math.max(0, first.start - 12), first.start)
    if (MONTHS.test(before) || LABEL_BEFORE.test(before)) return null
  }
  // Leading zeros: phone numbers, codes.
  if (!first.words && text[first.start] === '0' && first.end - first.start > 1 && text[first.start + 1] !== '.') return null
  const prefix = hedgeBefore(text, first.start)
  const casualty = casualtyEnd(text, first.end)
  if (isYearLike(first) && !prefix && casualty < 0 && !yearLikeCount(text, first)) return null
  // "320 dead", "2,059 injured", "five missing": people counted by what befell them; the unit
  // says what ("dead", "injured", "missing"), so the dead and the injured are never one count.
  if (casualty >= 0) {
    const unit = casualtyUnit(text.slice(first.end, casualty))
    return {start: prefix?.start ?? first.start, end: casualty, value: quantity({low: first.value, high: first.value, unit, hedge: prefix?.hedge ?? 'exact', hedgeText: prefix?.text})}
  }

  // Ages.
  if (!first.words || first.value < 150) {
    AGE_AFTER.lastIndex = first.end
    const age = AGE_AFTER.exec(text)
    if (age && first.value < 150) {
      const second = age[1] === undefined ? undefined : Number(age[1])
      const isRange = second !== undefined && second > first.value
      if (second === undefined || isRange) {
        return {
          start: first.start,
          end: first.end + age[0].length,
          value: quantity({low: first.value, high: second ?? first.value, unit: 'year-old', hedge: isRange ? 'range' : 'exact'})
        }
      }
    }
  }

  // "four out of five (of the) key areas", "one in five adults", "two of the five councils".
  RATIO.lastIndex = first.end
  const ratio = RATIO.exec(text)
  if (ratio) {
    const whole = readNumber(text, first.end + ratio[0].length)
    const relation = ratio[1]!.toLowerCase()
    const fits = whole !== null && !isYearLike(whole) && (relation.startsWith('out') ? whole.value >= first.value : whole.value > first.value)
    if (whole && fits && first.value > 0) {
      let phraseFrom = whole.end
      OF_DETERMINER.lastIndex = whole.end
      if (OF_DETERMINER.test(text)) phraseFrom = OF_DETERMINER.lastIndex
      const phrase = readNounPhrase(text, phraseFrom) ?? (phraseFrom === whole.end ? null : readNounPhrase(text, whole.end))
      if (phrase || !percentAfter(text, whole.end)) {
        if (phrase && phrase.unit === '') return null
        return {
          start: prefix?.start ?? first.start,
          end: phrase?.end ?? whole.end,
          value: quantity({low: first.value, high: first.value, unit: phrase?.unit ?? '', hedge: prefix?.hedge ?? 'exact', hedgeText: prefix?.text, of: whole.value})
        }
      }
    }
  }

  // A bare "one" is a pronoun or determiner far more often than a count ("one month" is a count).
  if (first.words && first.value === 1 && !singularMeasure(text, first.end, 1)) return readOneOfAt(text, first.start, readNounPhrase)

  // A range: "20-30 people", "two or three people", "between 50 and 60 jobs".
  let low = first.value
  let high = first.value
  let end = first.end
  let scale = first.scale
  let isRange = false
  const betweenStart = betweenBefore(text, first.start)
  const joinerEnd = rangeJoinerEnd(text, first.end, {between: betweenStart >= 0, allowTo: !changeBefore(text, first.start)})
  if (joinerEnd >= 0) {
    const second = readNumber(text, joinerEnd, {afterJoiner: true})
    // Words and digits mix only after "between" ("between four and 10 years"); "one-2" is no range.
    if (second && (second.words === first.words || betweenStart >= 0)) {
      let a = first.value
      if (first.scale === undefined && second.scale !== undefined && a * second.scale <= second.value) a = round(a * second.scale)
      if (second.value > a) {
        low = a
        high = second.value
        scale = second.scale ?? first.scale
        end = second.end
        isRange = true
      }
    }
  }
  if (isRange && (currencyAfter(text, end) || percentAfter(text, end) || unitAt(text, end))) return null

  const hedged = hedgeAround(text, first.start, end, {isRange, betweenStart}, prefix)
  // "4 or more inches": a measure after its hedge (measure-scan.ts).
  if (hedged.end > end && (unitAt(text, hedged.end) || modifiedUnitAt(text, hedged.end))) return null
  // The "over N years" rule below may take the hedge back.
  let {hedge, hedgeText, start} = hedged
  end = hedged.end
  let phrase = readNounPhrase(text, end) ?? singularMeasure(text, end, high)
  // "two more people per 10,000": the figure after "per" is a rate's denominator, not a count.
  if (!phrase && (isLargeFigure(first) || inMovement(text, first)) && !/(?<![A-Za-z])per\s+$/i.test(text.slice(Math.max(0, start - 5), start))) {
    // "Shipments of iPods were 9.82 million", "jobless claims fell to 623,000": the noun was said before.
    const unit = unitFromContext(text, start)
    if (unit) phrase = {end, unit}
  }
  if (!phrase || phrase.unit === '') return null
  // "paid over five years", "booked over two years": a period something is spread over, not "more than".
  if (prefix && start === prefix.start && /^over$/i.test(prefix.text) && DURATION_UNITS.has(phrase.unit) && !HEDGED_OVER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) {
    hedge = 'exact'
    hedgeText = undefined
    start = first.start
  }
  return {start, end: phrase.end, value: quantity({low, high, unit: phrase.unit, hedge, hedgeText, scale})}
}

/**
 * A figure large enough to be a count on its own: a numeral with a
 * thousands separator ("50,397") or a number with a scale of a million or
 * more ("9.82 million", "seven million"). Small bare numbers ("600", "five")
 * are too often something else (scores, ages, page numbers) to count without
 * their noun.
 */
function isLargeFigure(token: NumberToken): boolean {
  return (token.grouped && token.value >= 1000) || (token.scale !== undefined && token.scale >= 1e6)
}

/** Plural words that are usually verbs ("the figure shows 5,000"), not what a figure counts. */
const VERB_S = new Set(`says shows rises falls adds includes remains means needs wants makes takes gets goes comes puts sets looks seems
appears represents stands continues expects plans estimates suggests reaches totals hits tops nears exceeds was has does`.split(/\s+/))

/**
 * The counted noun of a figure written without one: the nearest plural noun
 * before it in the sentence that is not a duration, measure, currency or
 * verb ("the number of people waiting more than 65 weeks rose from 50,397"
 * → `person`). `null` when there is none: the figure is then not claimed.
 */
function unitFromContext(text: string, position: number): string | null {
  const words = text.slice(Math.max(0, position - 200), position).match(/[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*/g) ?? []
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!
    const lower = word.toLowerCase()
    // A possessive ("the island's capacity") is not what a figure counts.
    if (STOP.has(lower) || VERB_S.has(lower) || /^[A-Z]{2,}$/.test(word) || /['’]s?$/.test(word)) continue
    if (!(PLURAL_ACRONYM.test(word) || isPluralNoun(lower))) continue
    const unit = lemmaPhrase([lower])
    if (NOT_COUNTED.has(unit) || DURATION_UNITS.has(unit) || MEASURE_ABBREVIATION.test(unit) || /^(?:mile|kilometre|kilometer|metre|meter|time)$/.test(unit)) continue
    return unit
  }
  return null
}

/**
 * Does a one-word "of" qualifier end there? A gerund ("counts of
 * possessing …") or a word followed by more of a noun phrase ("cases of
 * heart disease", "trials of new drugs") is only the start of a longer
 * phrase, so it is not kept as the qualifier.
 */
function qualifierEnds(text: string, end: number, word: string): boolean {
  if (/ing$/.test(word)) return false
  NEXT_WORD.lastIndex = end
  const next = NEXT_WORD.exec(text)
  return !next || STOP.has(next[1]!) || isVerbLike(next[1]!)
}

/** A lower-case word that reads as a verb after a noun phrase ("were", "rose", "fell", "increased"). */
function isVerbLike(word: string): boolean {
  return /(?:ed|es)$/.test(word) || /^(?:rose|fell|grew|were|was|are|is|have|has|had|remain|remained|rise|fall)$/.test(word)
}

/**
 * A duration or distance in the singular right after a number at
 * `position`: glued with a hyphen ("six-month"), an abbreviation ("213 km"),
 * after one ("1 year", "one month"), or used as a modifier before a noun
 * ("a 40 year sentence").
 */
function singularMeasure(text: string, position: number, value: number): NounPhrase | null {
  MEASURE_SINGULAR.lastIndex = position
  const m = MEASURE_SINGULAR.exec(text)
  if (!m) return null
  const unit = m[2]!.toLowerCase()
  const end = position + m[0].length
  // "zero-hour contracts" is a name; "one day" is usually "some day".
  if (value <= 0 || (unit === 'day' && /^one$/i.test(text.slice(Math.max(0, position - 3), position)))) return null
  if (m[1] === '-' || MEASURE_ABBREVIATION.test(unit) || value === 1) return {end, unit}
  NEXT_WORD.lastIndex = end
  const next = NEXT_WORD.exec(text)
  if (next && !STOP.has(next[1]!) && !/^old$/.test(next[1]!)) return {end, unit}
  return null
}

/** Is a percent sign or word written right after `position`? */
function percentAfter(text: string, position: number): boolean {
  return percentMarkerAt(text, position) !== null
}

/**
 * Read the counted noun phrase that starts after `position` (at whitespace):
 * an optional change word ("more"), up to two modifiers, and a plural head
 * noun ("social workers"), then an optional "of" + one word qualifier
 * ("areas of improvement"). `null` when no plural head comes first; a unit of
 * `''` when the head is a duration, measure or currency (not a count).
 */
export function readNounPhrase(text: string, position: number): NounPhrase | null {
  const words: string[] = []
  let end = position
  let changeSeen = false
  for (let i = 0; i < 4; i++) {
    NP_WORD.lastIndex = end
    const match = NP_WORD.exec(text)
    if (!match) return null
    // A plural possessive is the noun: "four to seven years' custody".
    const word = match[1]!.replace(/(?<=s)['’]$/, '')
    const lower = word.toLowerCase()
    if (words.length === 0 && !changeSeen && CHANGE_WORDS.has(lower)) {
      changeSeen = true
      end += match[0].length
      continue
    }
    if (STOP.has(lower) || MONTH_OR_DAY.test(lower) || lower.endsWith('ly')) return null
    const plural = PLURAL_ACRONYM.test(word) || (isPluralNoun(lower) && !/^[A-Z]{2,}$/.test(word))
    end += match[0].length - (match[1]!.length - word.length)
    if (plural) {
      words.push(PLURAL_ACRONYM.test(word) ? lower.slice(0, -1) + 's' : lower)
      // "at least 11 others", "28 others were injured": people, as news uses the word.
      let unit = words.length === 1 && words[0] === 'others' ? 'person' : lemmaPhrase(words)
      const head = unit.slice(unit.lastIndexOf(' ') + 1)
      if (NOT_COUNTED.has(head)) return {end, unit: ''}
      // "two thirds of", "three quarters of": a fraction (percent-scan.ts), not a count of thirds.
      if (FRACTION_HEADS.has(head) && /^\s+of\s/i.test(text.slice(end, end + 4))) return {end, unit: ''}
      if (head === 'point' && words.length === 1 && pointsArePercentage(text)) return {end, unit: ''}
      if (head === 'time') {
        MULTIPLIER_AFTER.lastIndex = end
        if (MULTIPLIER_AFTER.test(text)) return {end, unit: ''}
      }
      OF_QUALIFIER.lastIndex = end
      const qualifier = OF_QUALIFIER.exec(text)
      if (qualifier && !STOP.has(qualifier[1]!) && readNumber(qualifier[1]!, 0) === null && qualifierEnds(text, end + qualifier[0].length, qualifier[1]!)) {
        unit += ` of ${qualifier[1]!}`
        end += qualifier[0].length
      }
      return {end, unit}
    }
    if (words.length >= 2 || /\d/.test(word)) return null
    words.push(lower)
  }
  return null
}
