// "a year ago", "a week earlier" name a time, not a rate: "$565 million a year
// ago" is not "$565 million per year". Sentences invented.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {money as moneyMatcher} from '../../src/extract/matchers/money.js'
import {runMatcher} from '../../src/extract/test-matcher.js'
import {perAfter} from '../../src/normalize/quantity-parts.js'
import type {QuantityValue} from '../../src/types.js'

const perOf = (sentence: string) => (runMatcher(moneyMatcher, sentence)[0]?.value as QuantityValue | undefined)?.per

describe('a time offset after a figure is not a rate', () => {
  test.each([
    ['Profit was $412 million, up from $380 million a year ago.', undefined],
    ['Sales reached $9.1 billion, against $8.8 billion a year earlier.', undefined],
    ['The fare had been $3.20 a day before the strike.', undefined],
    ['The scheme costs $412 million a year to run.', 'year'],
    ['Members pay $30 a month and $2 per day extra.', 'month']
  ])('%s', (sentence, per) => {
    expect(perOf(sentence)).toBe(per)
  })

  test('any time unit followed by an offset word is not a rate; with "per" it still is', () => {
    const units = fc.constantFrom('year', 'month', 'week', 'day', 'hour')
    const offsets = fc.constantFrom('ago', 'earlier', 'before', 'later', 'previously', 'prior')
    fc.assert(
      fc.property(units, offsets, (unit, offset) => {
        expect(perAfter(`£5m a ${unit} ${offset}`, 3)).toBeNull()
        expect(perAfter(`£5m per ${unit} ${offset}`, 3)?.per).toBe(unit)
        expect(perAfter(`£5m a ${unit}, officials said`, 3)?.per).toBe(unit)
      })
    )
  })
})
