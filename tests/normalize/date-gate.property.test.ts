import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {findDates} from '../../src/normalize/date-parse.js'
import {abbreviatedMonth, CALENDAR_WORDS_LOWER, fullMonth, MONTH_NAMES, numberWord} from '../../src/normalize/months.js'

// The date scanner tries a parse only at tokens where one can start
// (`mayStartCore`); `exhaustive: true` tries every token. Both must agree.

const words = [
  'in', 'on', 'since', 'between', 'and', 'from', 'to', 'until', 'through', 'by', 'before', 'after', 'during', 'of', 'for',
  'March', 'MARCH', 'march', 'May', 'MAY', 'Theresa', 'Sept', 'Sept.', 'Oct', 'DEC', 'Jan', 'January', 'JANUARY', 'December',
  '2021', '2019', '1990', '1990s', "1990's", '2021/22', '2021-22', '2019-01-18', '18', '21st', '4', '31', '2,000', '10:30', '£', '$',
  '/', '-', '–', '—', ',', '.', ' ', '  ', '\n', "'", '’', 's', '%', 'bn',
  'last', 'this', 'next', 'year', 'years', 'month', 'months', 'week', 'weeks', 'decade', 'ago', 'the', 'The', 'THE',
  'summer', 'Summer', 'fall', 'winter', 'spring', 'autumn', 'early', 'mid', 'late', 'Late', 'earlier', 'later',
  'two', 'Two', 'a', 'an', 'several', 'twelve', 'Q', 'Q1', 'Q4', 'H', 'H2', 'first', 'second', 'final', 'quarter', 'half',
  'past', 'previous', 'coming', 'start', 'end', 'middle', 'beginning', 'people', 'elections', 'report', 'homes',
  'Monday', 'today', 'K', '\u212a', 'é', 'İ'
]
/** Each item equally likely (fast-check's constantFrom favours the first ones). */
const uniform = (items: readonly string[]): fc.Arbitrary<string> => fc.noBias(fc.integer({min: 0, max: items.length - 1})).map((i) => items[i]!)
const newsish = fc.array(uniform(words), {maxLength: 40}).map((parts) => parts.join(' '))
const glued = fc.array(uniform(words), {maxLength: 40}).map((parts) => parts.join(''))
// A small vocabulary, so that the parser's multi-word entries ("the coming year", "a decade ago") come up often.
const dateish = fc
  .array(
    uniform([
      'the', 'The', 'a', 'an', 'past', 'last', 'previous', 'next', 'coming', 'early', 'mid', 'late', 'start', 'beginning', 'middle', 'end', 'of',
      'summer', 'fall', 'first', 'final', 'quarter', 'half', 'Q', 'Q1', 'H2', 'year', 'years', 'month', 'months', 'week', 'decade', 'ago', '2019', '1990',
      's', 'two', 'in', 'since', 'between', 'and', 'March', 'this', 'earlier', '-', ','
    ]),
    {maxLength: 8}
  )
  .map((parts) => parts.join(' '))
// Phrases slot by slot, so that every entry of the parser comes up: "in the coming year", "a decade ago", "the end of 2024".
const slot = (...items: string[]): fc.Arbitrary<string> => uniform(['', ...items])
const phrase = fc
  .tuple(
    slot('in', 'since', 'between', 'by', 'over', 'of', 'Theresa'),
    slot('the', 'The', 'a', 'an', 'two', 'last', 'this', 'next', 'earlier', 'early', 'mid', 'late'),
    slot('past', 'last', 'previous', 'next', 'coming', 'early', 'mid', 'late', 'start', 'beginning', 'middle', 'end', 'first', 'final', 'Q', 'H2', 'Q3', 'summer', 'fall', 'this'),
    slot('1990', '2019', '2', '12', 'two', 'year', 'years', 'month', 'months', 'week', 'decade', 'summer', 'quarter', 'half', 'March', 'May', 'of', '-'),
    slot("'", 's', 'year', 'years', 'ago', 'of', 'quarter', 'half', '2021', 'and', '-', '–', '/'),
    slot('ago', 'of', '2019', '22', 'year', 'March', 's'),
    slot('2019', 'year', 'people', 'report', '.')
  )
  .map((parts) => parts.filter((part) => part !== '').join(' '))
const published = fc.constantFrom(undefined, '2022-06-01', '2020-02-29')

function same(text: string, date: string | undefined, standalone: boolean): void {
  const options = {...(date === undefined ? {} : {published: date}), standalone}
  expect(findDates(text, options)).toEqual(findDates(text, {...options, exhaustive: true}))
}

describe('date scanner: the token entry test changes nothing', () => {
  test('random news-like and arbitrary texts', () => {
    fc.assert(
      fc.property(fc.oneof(newsish, glued, dateish, fc.string({maxLength: 120}), fc.string({unit: 'binary', maxLength: 60})), published, fc.boolean(), same),
      {numRuns: 6000}
    )
  })

  test('date-like phrases', () => {
    fc.assert(fc.property(phrase, published, fc.boolean(), same), {numRuns: 40000})
  })

  test('every development-set passage', () => {
    const url = new URL('../fixtures/devset/devset.jsonl', import.meta.url)
    const texts = readFileSync(url, 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as {text: string}).text)
    for (const text of texts) same(text, '2022-06-01', false)
  })

  test('a word whose lower case is not a calendar word is no month, abbreviation or number word', () => {
    const casings = (w: string): string[] => [w, w.toUpperCase(), w.toLowerCase(), w[0]! + w.slice(1).toUpperCase()]
    const known = [...MONTH_NAMES, 'Jan', 'Sept', 'Sep', 'Dec', 'two', 'several', 'an'].flatMap(casings)
    const letters = fc.string({unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u212aİıſéΣσς'), maxLength: 10})
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...known), letters, fc.string({maxLength: 10})), (word) => {
        const accepted = fullMonth(word) !== undefined || abbreviatedMonth(word) !== undefined || numberWord(word) !== undefined
        if (accepted) expect(CALENDAR_WORDS_LOWER.has(word.toLowerCase())).toBe(true)
      }),
      {numRuns: 3000}
    )
  })
})
