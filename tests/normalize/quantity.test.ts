import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {count} from '../../src/extract/matchers/count.js'
import {money} from '../../src/extract/matchers/money.js'
import {percent} from '../../src/extract/matchers/percent.js'
import {runMatcher} from '../../src/extract/test-matcher.js'
import {currencyAfter, currencyBefore} from '../../src/normalize/currency.js'
import {APPROXIMATE_TOLERANCE, boundsFor, hedgeAfter, hedgeBefore} from '../../src/normalize/hedge.js'
import {isPluralNoun, lemmaPhrase, singularize} from '../../src/normalize/lemma.js'
import {findNumbers, parseNumeral, readNumber} from '../../src/normalize/numbers.js'
import {findCounts, findMoney, findPercents, formatQuantity, parseQuantity} from '../../src/normalize/quantity.js'
import {quantity} from '../../src/normalize/quantity-parts.js'
import type {Hedge, QuantityValue} from '../../src/types.js'

const HEDGES: Hedge[] = ['exact', 'approximate', 'at-least', 'at-most', 'range']

describe('numbers', () => {
  test('numerals, separators and scales', () => {
    expect(parseNumeral('1,200')).toBe(1200)
    expect(parseNumeral('1,200.5')).toBe(1200.5)
    expect(parseNumeral('4.5')).toBe(4.5)
    expect(parseNumeral('1 200')).toBeNull()
    expect(parseNumeral('1,20')).toBeNull()
    expect(readNumber('4.5m', 0)).toMatchObject({value: 4.5e6, scale: 1e6, end: 4})
    expect(readNumber('2.3bn', 0)).toMatchObject({value: 2.3e9, scale: 1e9})
    expect(readNumber('300k', 0)).toMatchObject({value: 3e5, scale: 1e3})
    expect(readNumber('1.2tn', 0)).toMatchObject({value: 1.2e12})
    expect(readNumber('2.5 million', 0)).toMatchObject({value: 2.5e6, scale: 1e6, end: 11})
    expect(readNumber('4.1m', 0)?.value).toBe(4.1e6)
    expect(readNumber('2018', 0)).toMatchObject({value: 2018, bare: true})
  })

  test('number words', () => {
    expect(readNumber('ten million pounds', 0)).toMatchObject({value: 1e7, scale: 1e6, end: 11, words: true})
    expect(readNumber('two hundred and fifty thousand', 0)?.value).toBe(250_000)
    expect(readNumber('twenty-five people', 0)).toMatchObject({value: 25, end: 11})
    expect(readNumber('a dozen eggs', 0)).toMatchObject({value: 12, end: 7})
    expect(readNumber('a million', 0)?.value).toBe(1e6)
    expect(readNumber('one hundred', 0)?.value).toBe(100)
    // "two and three" is two numbers, not five.
    expect(readNumber('two and three', 0)).toMatchObject({value: 2, end: 3})
  })

  test('numbers glued to other tokens are skipped', () => {
    const texts = (s: string): string[] => findNumbers(s).map((n) => s.slice(n.start, n.end))
    expect(texts('Covid-19 in 2021/22 at 10:30, 9pm and 21st')).toEqual([])
    expect(texts('A1 and M62 and 3D')).toEqual([])
    expect(texts('44 workers and 1,200 jobs')).toEqual(['44', '1,200'])
  })
})

describe('lemma', () => {
  test('singularize', () => {
    const cases: Array<[string, string]> = [
      ['children', 'child'], ['people', 'person'], ['workers', 'worker'], ['areas', 'area'], ['cases', 'case'], ['policies', 'policy'],
      ['lives', 'life'], ['women', 'woman'], ['men', 'man'], ['staff', 'staff'], ['teeth', 'tooth'], ['boxes', 'box'], ['churches', 'church'],
      ['days', 'day'], ['heroes', 'hero'], ['year-olds', 'year-old'], ['buses', 'bus'], ['crises', 'crisis'], ['analysis', 'analysis'],
      ['employees', 'employee'], ['MPs', 'mp'], ['witnesses', 'witness'], ['series', 'series']
    ]
    for (const [plural, singular] of cases) expect(singularize(plural), plural).toBe(singular)
  })
  test('plural nouns', () => {
    for (const word of ['workers', 'people', 'staff', 'children', 'areas', 'year-olds']) expect(isPluralNoun(word), word).toBe(true)
    for (const word of ['worker', 'bus', 'crisis', 'famous', 'business', 'news']) expect(isPluralNoun(word), word).toBe(false)
    expect(lemmaPhrase(['Key', 'Areas'])).toBe('key area')
  })
})

describe('hedges and currencies', () => {
  test('hedge phrases', () => {
    expect(hedgeBefore('a further circa ', 16)).toMatchObject({hedge: 'approximate', text: 'circa', start: 10})
    expect(hedgeBefore('spent more than ', 16)).toMatchObject({hedge: 'at-least', text: 'more than'})
    expect(hedgeBefore('grants of up to ', 16)).toMatchObject({hedge: 'at-most', text: 'up to'})
    expect(hedgeBefore('was just over ', 14)).toMatchObject({hedge: 'at-least', text: 'just over'})
    expect(hedgeBefore('shares were up ', 15)).toBeNull()
    expect(hedgeBefore('the handover ', 13)).toBeNull()
    expect(hedgeAfter('£10m-plus', 4)).toMatchObject({hedge: 'at-least', end: 9})
    expect(hedgeAfter('40 or fewer', 2)).toMatchObject({hedge: 'at-most'})
  })
  test('bounds', () => {
    expect(boundsFor('exact', 10, 10)).toEqual({low: 10, high: 10})
    const approximate = boundsFor('approximate', 100, 100)
    expect(approximate.low).toBeCloseTo(100 * (1 - APPROXIMATE_TOLERANCE), 9)
    expect(approximate.high).toBeCloseTo(100 * (1 + APPROXIMATE_TOLERANCE), 9)
    expect(boundsFor('at-least', 5, 5)).toEqual({low: 5, high: null})
    expect(boundsFor('at-most', 5, 5)).toEqual({low: 0, high: 5})
    expect(boundsFor('range', 2, 3)).toEqual({low: 2, high: 3})
  })
  test('currencies', () => {
    expect(currencyBefore('cost US$', 8)).toMatchObject({code: 'USD', start: 5})
    expect(currencyBefore('cost £', 6)).toMatchObject({code: 'GBP'})
    expect(currencyBefore('cost NHS ', 9)).toBeNull()
    expect(currencyAfter('5 million euros', 9)).toMatchObject({code: 'EUR'})
    expect(currencyAfter('50p', 2)).toMatchObject({code: 'GBP', factor: 0.01})
    expect(currencyAfter('10 pounds of flour', 2)).toBeNull()
  })
})

describe('format, parse and compare', () => {
  test('format', () => {
    expect(formatQuantity(quantity({low: 1e7, high: 1e7, unit: 'GBP', hedge: 'approximate', hedgeText: 'circa'}))).toBe('about 10,000,000 GBP')
    expect(formatQuantity(quantity({low: 2e6, high: 3e6, unit: 'GBP', hedge: 'range', per: 'year'}))).toBe('between 2,000,000 and 3,000,000 GBP per year')
    expect(formatQuantity(quantity({low: 4, high: 4, unit: 'key area', hedge: 'exact', of: 5}))).toBe('4 out of 5 key area')
    expect(formatQuantity(quantity({low: 12.5, high: 12.5, unit: '%', hedge: 'exact'}))).toBe('12.5%')
  })
  test('parse prose and canonical forms', () => {
    expect(parseQuantity('circa £10 million')).toMatchObject({low: 1e7, unit: 'GBP', hedge: 'approximate', hedgeText: 'circa'})
    expect(parseQuantity('more than 40 countries')).toMatchObject({low: 40, unit: 'country', hedge: 'at-least'})
    expect(parseQuantity('about 300 homes')).toMatchObject({low: 300, unit: 'home', hedge: 'approximate'})
    expect(parseQuantity('44 social worker')).toMatchObject({low: 44, unit: 'social worker', hedge: 'exact'})
    expect(parseQuantity('between 10% and 15%')).toMatchObject({low: 10, high: 15, unit: '%', hedge: 'range'})
    expect(parseQuantity('nothing here')).toBeNull()
    expect(parseQuantity('')).toBeNull()
  })

})

// Values as the matchers produce them: non-negative amounts, known units.
const UNITS = ['GBP', 'USD', 'EUR', 'JPY', '%', 'pp', 'social worker', 'area', 'person', 'year-old', 'key area', 'case of fraud', '']
const amount = fc.oneof(fc.integer({min: 0, max: 1e12}), fc.double({min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true}))
const quantityArbitrary = fc
  .record({a: amount, b: amount, unit: fc.constantFrom(...UNITS), hedge: fc.constantFrom(...HEDGES), per: fc.option(fc.constantFrom('year', 'month', 'person'), {nil: undefined}), of: fc.option(fc.integer({min: 1, max: 1000}), {nil: undefined})})
  .map(({a, b, unit, hedge, per, of}) => {
    // Ranges, and approximate spans such as "dozens" (24 to 100), have two ends.
    const [low, high] = hedge === 'range' || (hedge === 'approximate' && a % 2 === 0) ? [Math.min(a, b), Math.max(a, b)] : [a, a]
    return quantity({low, high, unit, hedge, per, of})
  })

describe('properties', () => {
  test('parseQuantity(formatQuantity(v)) keeps low, high, unit, hedge, per and of', () =>
    fc.assert(
      fc.property(quantityArbitrary, (v) => {
        const back = parseQuantity(formatQuantity(v))
        expect(back, formatQuantity(v)).not.toBeNull()
        expect({low: back!.low, high: back!.high, unit: back!.unit, hedge: back!.hedge, per: back!.per, of: back!.of}).toEqual({low: v.low, high: v.high, unit: v.unit, hedge: v.hedge, per: v.per, of: v.of})
      }),
      {numRuns: 500}
    ))

  test('bounds always contain [low, high], for every hedge', () =>
    fc.assert(
      fc.property(amount, amount, fc.constantFrom(...HEDGES), (a, b, hedge) => {
        const bounds = boundsFor(hedge, Math.min(a, b), Math.max(a, b))
        expect(bounds.low === null || bounds.low <= Math.min(a, b)).toBe(true)
        expect(bounds.high === null || bounds.high >= Math.max(a, b)).toBe(true)
      })
    ))


  test('normalizers never throw on arbitrary strings', () =>
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 80}), (s) => {
        findNumbers(s)
        findMoney(s)
        findCounts(s)
        findPercents(s)
        parseQuantity(s)
        for (let i = 0; i <= s.length; i++) {
          readNumber(s, i)
          hedgeBefore(s, i)
          currencyBefore(s, i)
        }
      }),
      {numRuns: 300}
    ))

  // Text built from the pieces the matchers look for, so they fire often.
  const piece = fc.constantFrom('£', '$', '€', '10', '4.5', '1,200', 'm', 'bn', ' million', 'ten', 'two hundred', 'and', 'between', ' ', ' ', '-', 'to', '%', ' per cent', 'more than', 'about', 'up to', 'people', 'workers', 'of the', 'out of', 'five', '-year-olds', 'a year', 'half', 'a third', '.', ',', 'plus', 'or more', '2021/22', '9pm', 'No.', 'dozens of', 'pounds', 'p', 'in', 'one', '+', '16', 'and 17', 'year olds', 'a dozen', 'pp', 'bps')
  const newsish = fc.array(piece, {maxLength: 20}).map((parts) => parts.join(' '))

  test('matchers never throw, claims slice back exactly, values round-trip, and runs are deterministic', () =>
    fc.assert(
      fc.property(fc.oneof(newsish, newsish.map((t) => t.replaceAll(' ', '')), fc.string({maxLength: 60})), (text) => {
        for (const matcher of [money, count, percent]) {
          const claims = runMatcher(matcher as never, text)
          for (const claim of claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text)
          for (const claim of claims) {
            const v = claim.value as QuantityValue
            expect(v.low <= v.high).toBe(true)
            expect(v.bounds.low === null || v.bounds.low <= v.low).toBe(true)
            expect(v.bounds.high === null || v.bounds.high >= v.high).toBe(true)
            // Every value a matcher makes survives the canonical form.
            const back = parseQuantity(formatQuantity(v))
            expect([back?.low, back?.high, back?.unit, back?.hedge, back?.per, back?.of], formatQuantity(v)).toEqual([v.low, v.high, v.unit, v.hedge, v.per, v.of])
          }
          expect(runMatcher(matcher as never, text)).toEqual(claims)
        }
      }),
      {numRuns: 300}
    ))

  test('long adversarial inputs stay linear', () => {
    const inputs = [
      '1'.repeat(20_000), '1,'.repeat(10_000), '1.'.repeat(10_000), ' '.repeat(20_000) + 'x', 'one '.repeat(5_000), 'two hundred and '.repeat(2_000),
      '£'.repeat(20_000), '£1m-'.repeat(5_000), 'between '.repeat(3_000), 'more than '.repeat(3_000), 'dozens of '.repeat(3_000),
      '44 social '.repeat(3_000), '-'.repeat(20_000) + '1', 'a '.repeat(10_000) + 'million', '10 or '.repeat(5_000), 'half of '.repeat(3_000)
    ]
    for (const input of inputs) {
      const started = performance.now()
      findMoney(input)
      findCounts(input)
      findPercents(input)
      parseQuantity(input)
      expect(performance.now() - started, input.slice(0, 20)).toBeLessThan(2_000)
    }
  })
})
