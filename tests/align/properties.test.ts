import {describe, expect, test} from 'vitest'
import fc from 'fast-check'
import {compareIntervals, compareQuantity, compareQuote} from '../../src/align/index.js'
import {claim, money, quote} from './helpers.js'

const flip: Record<string, string> = {contains: 'contained', contained: 'contains'}

describe('properties', () => {
  test('date interval comparison is antisymmetric', () => {
    const point = fc.record({year: fc.option(fc.integer({min: 2015, max: 2020}), {nil: undefined}), month: fc.integer({min: 1, max: 12})})
    fc.assert(
      fc.property(point, point, point, point, (a1, a2, b1, b2) => {
        const clean = (p: {year: number | undefined; month: number}) => (p.year === undefined ? {month: p.month} : {year: p.year, month: p.month})
        const ab = compareIntervals(clean(a1), clean(a2), clean(b1), clean(b2))
        const ba = compareIntervals(clean(b1), clean(b2), clean(a1), clean(a2))
        expect(ba).toBe(flip[ab] ?? ab)
      })
    )
  })

  test('quantity comparison is symmetric', () => {
    const hedge = fc.constantFrom('exact', 'approximate', 'at-least', 'at-most') as fc.Arbitrary<'exact' | 'approximate' | 'at-least' | 'at-most'>
    fc.assert(
      fc.property(fc.integer({min: 1, max: 30}), hedge, fc.integer({min: 1, max: 30}), hedge, (x, hx, y, hy) => {
        const a = claim('a', `They paid £${x}m.`, `£${x}m`, 'money', money(x * 1e6, {hedge: hx}))
        const b = claim('b', `They paid £${y}m.`, `£${y}m`, 'money', money(y * 1e6, {hedge: hy}))
        expect(compareQuantity(a, b).relation).toBe(compareQuantity(b, a).relation)
      })
    )
  })

  test('quote comparison relation and reason are symmetric', () => {
    const words = fc.array(fc.constantFrom('we', 'will', 'fix', 'the', 'roads', 'this', 'year', 'and', 'next', 'for', 'everyone'), {minLength: 1, maxLength: 12})
    fc.assert(
      fc.property(words, words, (x, y) => {
        const [ab, ba] = bothWays(x.join(' '), y.join(' '))
        expect([ba.relation, ba.reason]).toEqual([ab.relation, ab.reason])
      })
    )
  })

  // A small vocabulary makes repeated words, so several equally short diffs,
  // and ellipses on both sides; these cases once gave a verdict that depended
  // on which article came first.
  test.each([
    ['we we we will we', 'we we we everyone will', 'quote-words-cut'],
    ['we we we we we and', 'we we we and we', 'quote-words-changed'],
    ['we we we will we', 'we we we we we will', 'quote-words-changed'],
    ['will … fix', 'will … we fix we', 'quote-ellipsis']
  ])('quote verdict symmetric: %s / %s', (qa, qb, reason) => {
    const [ab, ba] = bothWays(qa, qb)
    expect(ab.reason).toBe(reason)
    expect(ba.reason).toBe(reason)
  })

  test('quote comparison is symmetric on a small vocabulary with ellipses', () => {
    const words = fc.array(fc.constantFrom('we', 'will', 'everyone', 'the', 'fix', '…'), {minLength: 1, maxLength: 10})
    fc.assert(
      fc.property(words, words, (x, y) => {
        const [ab, ba] = bothWays(x.join(' '), y.join(' '))
        expect([ba.relation, ba.reason, ba.evidence]).toEqual([ab.relation, ab.reason, ab.evidence])
      }),
      {numRuns: 3000}
    )
  })
})

/** The same quotation by the same speaker in two articles, compared both ways. */
function bothWays(qa: string, qb: string): [ReturnType<typeof compareQuote>, ReturnType<typeof compareQuote>] {
  const a = claim('a', `"${qa}," she said.`, qa, 'quote', quote(qa, 'Ann Lee'))
  const b = claim('b', `"${qb}," she said.`, qb, 'quote', quote(qb, 'Ann Lee'))
  return [compareQuote(a, b), compareQuote(b, a)]
}
