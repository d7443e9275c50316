/**
 * Ages in apposition after a person: "Jane Doe, 34, was charged", "the
 * singer, 55, said", "John Smith, 60, of Leeds". The figure must sit between
 * commas right after a person's name (a capitalised word that is not a
 * weekday, month or date word) or a person noun ("the singer", "a teacher":
 * compromise's `Actor` words), and before a verb, "who" or "of". Not "In
 * 2019, 60 people…", "On Monday, 5 May, …", nor lists of figures.
 *
 * The value is as for "aged 35" (age-scan.ts): unit `year-old`, exact.
 *
 * @module
 */

import {lexiconTags, type LexiconTags} from '../extract/lexicon.js'
import type {NumberToken} from './numbers.js'
import {quantity, type FoundQuantity} from './quantity-parts.js'

/** The word before ", N,": its letters, read back from the comma. */
const WORD_BEFORE = /(?:^|[^A-Za-z\u00C0-\u024F'’-])([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*)$/
/** After ", N,": one space and the next word. */
const WORD_AFTER = /,[ \u00a0]+([a-z]+)(?![A-Za-z\u00C0-\u024F])/y
/** A capitalised word that opens the sentence after a preposition ("In London, 60, …") is a place, not a name. */
const PREPOSITION_BEFORE = /(?:^|[.!?]\s+)(?:In|On|At|By|Since|From|Until|After|Before|For|Across|Near)\s+$/
const NOT_NAMES: ReadonlySet<string> = new Set(['WeekDay', 'Month', 'Date', 'Duration', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Value', 'Cardinal'])
const VERB_TAGS: ReadonlySet<string> = new Set(['PastTense', 'PresentTense', 'Copula', 'Verb', 'Modal', 'Infinitive'])
const AFTER_WORDS: ReadonlySet<string> = new Set(['of', 'who', 'from'])

const tagsOf = (tags: LexiconTags | undefined): readonly string[] => (tags === undefined ? [] : typeof tags === 'string' ? [tags] : tags)

/** Is `word` (as written) a person's name or a person noun? */
function isPersonWord(word: string, textBefore: string): boolean {
  const tags = tagsOf(lexiconTags(word.toLowerCase()))
  const capital = word[0] !== word[0]!.toLowerCase()
  if (capital) return !tags.some((t) => NOT_NAMES.has(t)) && !PREPOSITION_BEFORE.test(textBefore)
  // "the singer", "a retired teacher": a singular person noun.
  return (tags.includes('Actor') && !tags.includes('Plural')) || /(?:man|woman)$/.test(word)
}

/** Is the word after the second comma a verb, "who" or "of"? */
function verbOrOf(word: string): boolean {
  if (AFTER_WORDS.has(word)) return true
  return tagsOf(lexiconTags(word)).some((t) => VERB_TAGS.has(t))
}

/** The age in apposition at this number (", 34, "), or `null`. The span is the figure. */
export function readAppositionAgeAt(text: string, token: NumberToken): FoundQuantity | null {
  if (token.words || token.scale !== undefined || !Number.isInteger(token.value) || token.value < 1 || token.value > 119) return null
  if (text.charCodeAt(token.end) !== 44 || text.charCodeAt(token.start - 2) !== 44) return null
  const digits = text.slice(token.start, token.end)
  if (!/^\d{1,3}$/.test(digits)) return null
  WORD_AFTER.lastIndex = token.end
  const after = WORD_AFTER.exec(text)
  if (!after || !verbOrOf(after[1]!)) return null
  const before = text.slice(Math.max(0, token.start - 60), token.start - 2)
  const word = WORD_BEFORE.exec(before)
  if (!word || !isPersonWord(word[1]!, before.slice(0, before.length - word[1]!.length))) return null
  return {start: token.start, end: token.end, value: quantity({low: token.value, high: token.value, unit: 'year-old', hedge: 'exact'})}
}
