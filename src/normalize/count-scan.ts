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
 * durations and measures ("five years", "10 miles"), a bare "one" ("one of
 * the most…", "One app."). See docs/claims-quantities.md#count.
 *
 * @module
 */

import type {Hedge} from '../types.js'
import {currencyAfter, currencyBefore} from './currency.js'
import {hedgeAfter, hedgeBefore} from './hedge.js'
import {isPluralNoun, lemmaPhrase} from './lemma.js'
import {findNumbers, readNumber, round, type NumberToken} from './numbers.js'
import {percentMarkerAt} from './percent-scan.js'
import {betweenBefore, changeBefore, quantity, rangeJoinerEnd, type FoundQuantity} from './quantity-parts.js'
import {findVagueAmounts} from './vague.js'

/** Words that end a counted noun phrase: function words, auxiliaries, pronouns. */
const STOP = new Set(`a an the of in on at to for from by with and or but nor is are was were be been being has have had will would
could should may might can must shall do does did not no who whom whose which that this these those it its they them their he him his
she her we us our you your i me my as than then so if per cent percent said says say after before since until during about over under
into out up down off each every all both such what when where while how why there here also just only even still yet ago old later
earlier more most less least many much few some any other another than via against between among around`.split(/\s+/))

/** Words between the number and the noun that record a change, not a hedge: "160 more social workers". */
const CHANGE_WORDS = new Set(['more', 'fewer', 'extra', 'additional', 'new', 'further', 'other', 'fewer'])

/** Counted heads that are really durations, measures, money or multipliers. */
const NOT_COUNTED = new Set(`year month week day hour minute second decade century millennium time mile kilometre kilometer km metre
meter foot inch yard kg kilogram gram tonne ton pound ounce stone litre liter gallon degree percent cent euro dollar pence penny yen
rupee franc rouble ruble yuan bps mph acre hectare calorie volt watt byte megabyte gigabyte pixel dozen hundred thousand
million billion trillion score couple`.split(/\s+/))

const MONTHS = /(?<![A-Za-z\u00C0-\u024F])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december)\.?\s+$/i
const MONTH_OR_DAY = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i
// A number used as a label: "No. 10", "page 5", "Section 21", "Year 11".
const LABEL_BEFORE = /(?<![A-Za-z\u00C0-\u024F])(?:no\.?|nos\.?|number|page|pages|section|article|chapter|clause|room|route|flight|platform|level|grade|year|class|ward|category|stage|tier|phase|game|week|day|act|rule|paragraph|item|question|junction|gate|channel|line|bus|seat|figure|table|version|series|season|episode|part|step|box)\s+$/i
const TIME_AFTER = /\s*(?:am|pm|a\.m\.|p\.m\.|gmt|bst|utc|bc|bce|ad|ce|hrs)(?![A-Za-z\u00C0-\u024F])/iy
// Ages: "16-year-old", "16 and 17 year olds", "16- and 17-year-olds", "16-17-year-olds".
const AGE_AFTER = /(?:-?\s*(?:[-–]|to|and|or)\s*(\d{1,3}))?(?:-|\s+)years?(?:-|\s+)olds?(?![A-Za-z\u00C0-\u024F])/iy
const RATIO = /\s+(out\s+of|in(?:\s+every)?|of\s+(?:the|its|their|his|her|our|these|those))\s+/iy
const OF_DETERMINER = /\s+of(?:\s+(?:the|its|their|his|her|our|these|those))?(?=\s)/iy
const NP_WORD = /\s+([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*)(?![A-Za-z\u00C0-\u024F0-9])/y
const OF_QUALIFIER = /\s+of\s+([a-z][a-z-]*)(?![A-Za-z\u00C0-\u024F0-9'’])/y
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/

/** A counted noun phrase read after a number. */
interface NounPhrase {
  end: number
  unit: string
}

/** Every count in `text`, left to right, non-overlapping. */
export function findCounts(text: string): FoundQuantity[] {
  // findNumbers is itself the cheap precheck: one linear scan.
  const numbers = findNumbers(text)
  const found: FoundQuantity[] = []
  let consumed = 0
  for (const token of numbers) {
    if (token.start < consumed) continue
    const hit = readCountAt(text, token)
    if (hit) {
      found.push(hit)
      consumed = hit.end
    }
  }
  for (const vague of findVagueAmounts(text)) {
    if (found.some((f) => f.start < vague.nounStart && vague.start < f.end)) continue
    const phrase = readNounPhrase(text, vague.nounStart - 1)
    if (!phrase || phrase.unit === '') continue
    const hedge = hedgeBefore(text, vague.start)
    found.push({
      start: hedge?.start ?? vague.start,
      end: phrase.end,
      value: quantity({low: vague.low, high: vague.high, unit: phrase.unit, hedge: 'approximate', hedgeText: hedge?.text ?? text.slice(vague.start, vague.end)})
    })
  }
  return found.sort((a, b) => a.start - b.start)
}

function isYearLike(token: NumberToken): boolean {
  return token.bare && token.value >= 1000 && token.value <= 2999 && token.end - token.start === 4
}

function readCountAt(text: string, first: NumberToken): FoundQuantity | null {
  if (currencyBefore(text, first.start) || currencyAfter(text, first.end)) return null
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
  if (isYearLike(first) && !prefix) return null

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

  // A bare "one" is a pronoun or determiner far more often than a count.
  if (first.words && first.value === 1) return null

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
    if (second && second.words === first.words) {
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
  if (isRange && (currencyAfter(text, end) || percentAfter(text, end))) return null

  let hedge: Hedge = isRange ? 'range' : 'exact'
  let hedgeText: string | undefined
  let start = first.start
  if (isRange && betweenStart >= 0) {
    start = betweenStart
    hedgeText = 'between'
  } else if (!isRange) {
    if (prefix) {
      hedge = prefix.hedge
      hedgeText = prefix.text
      start = prefix.start
    } else {
      const suffix = hedgeAfter(text, end)
      if (suffix) {
        hedge = suffix.hedge
        hedgeText = suffix.text
        end = suffix.end
      }
    }
  }
  const phrase = readNounPhrase(text, end)
  if (!phrase || phrase.unit === '') return null
  return {start, end: phrase.end, value: quantity({low, high, unit: phrase.unit, hedge, hedgeText, scale})}
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
function readNounPhrase(text: string, position: number): NounPhrase | null {
  const words: string[] = []
  let end = position
  let changeSeen = false
  for (let i = 0; i < 4; i++) {
    NP_WORD.lastIndex = end
    const match = NP_WORD.exec(text)
    if (!match) return null
    const word = match[1]!
    const lower = word.toLowerCase()
    if (words.length === 0 && !changeSeen && CHANGE_WORDS.has(lower)) {
      changeSeen = true
      end += match[0].length
      continue
    }
    if (STOP.has(lower) || MONTH_OR_DAY.test(lower) || lower.endsWith('ly')) return null
    const plural = PLURAL_ACRONYM.test(word) || (isPluralNoun(lower) && !/^[A-Z]{2,}$/.test(word))
    end += match[0].length
    if (plural) {
      words.push(PLURAL_ACRONYM.test(word) ? lower.slice(0, -1) + 's' : lower)
      let unit = lemmaPhrase(words)
      const head = unit.slice(unit.lastIndexOf(' ') + 1)
      if (NOT_COUNTED.has(head)) return {end, unit: ''}
      OF_QUALIFIER.lastIndex = end
      const qualifier = OF_QUALIFIER.exec(text)
      if (qualifier && !STOP.has(qualifier[1]!) && readNumber(qualifier[1]!, 0) === null) {
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
