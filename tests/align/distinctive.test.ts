// A distinctive figure (three or more significant digits, identical in two
// outlets) is evidence of one fact even when the sentences share few words.
// Every sentence is invented.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {align, compareClaims} from '../../src/align/index.js'
import {distinctiveFigure} from '../../src/align/quantity.js'
import {count as countMatcher} from '../../src/extract/matchers/count.js'
import {money as moneyMatcher} from '../../src/extract/matchers/money.js'
import {runMatcher} from '../../src/extract/test-matcher.js'
import type {Claim, Matcher} from '../../src/types.js'
import {articles, claim, count} from './helpers.js'

function extracted(article: string, matcher: Matcher, sentence: string): Claim {
  const found = runMatcher(matcher, sentence)
  expect(found, sentence).toHaveLength(1)
  const c = found[0] as Claim
  return {...c, id: `${article}#${c.id}`, article}
}

function pairsOf(a: Claim, b: Claim) {
  const arts = articles([a.article, b.article])
  const both = align({articles: arts, claims: [a, b]}).findings.filter((f) => f.verdict !== 'single-source')
  const swapped = align({articles: [...arts].reverse(), claims: [b, a]}).findings.filter((f) => f.verdict !== 'single-source')
  expect(swapped.map((f) => f.verdict)).toEqual(both.map((f) => f.verdict))
  return both
}

describe('distinctive identical figures', () => {
  test('the same three-digit figure in sentences that share almost no words agrees', () => {
    const a = extracted('a', moneyMatcher, 'Harbourline Shipping posted a deficit of $2.47 a share for the three months to June.')
    const b = extracted('b', moneyMatcher, 'Wall Street had braced for bad news; the tally came to $2.47 a share.')
    const found = pairsOf(a, b)
    expect(found.map((f) => f.verdict)).toEqual(['agree'])
  })

  test('a headcount of 12,350 in two outlets agrees whatever the wording', () => {
    const a = extracted('a', countMatcher, 'Once the plant closes the group will have 12,350 employees worldwide.')
    const b = extracted('b', countMatcher, 'Unions put the figure remaining after the closure at 12,350 employees.')
    expect(pairsOf(a, b).map((f) => f.verdict)).toEqual(['agree'])
  })

  test('a round figure is not evidence on its own', () => {
    const a = extracted('a', moneyMatcher, 'Harbourline Shipping posted a deficit of $2 a share for the three months to June.')
    const b = extracted('b', moneyMatcher, 'Wall Street had braced for bad news; the tally came to $2 a share.')
    expect(pairsOf(a, b)).toEqual([])
  })

  test('different years still rule the pairing out', () => {
    const a = extracted('a', moneyMatcher, 'In 2019 Harbourline Shipping lost $2.47 a share over the year.')
    const b = extracted('b', moneyMatcher, 'The tally for 2023 came to $2.47 a share, the filing showed.')
    expect(pairsOf(a, b)).toEqual([])
  })

  test('different concepts in the frames still rule the pairing out', () => {
    const a = extracted('a', moneyMatcher, 'Harbourline reported revenue of $4.37 billion for the period.')
    const b = extracted('b', moneyMatcher, 'Separately, its net profit was put at $4.37 billion by analysts.')
    expect(pairsOf(a, b)).toEqual([])
  })
})

describe('distinctiveFigure', () => {
  const figure = (n: number) => {
    const text = n.toLocaleString('en-GB')
    return claim('a', `The register listed ${text} members.`, text, 'count', count(n, 'member'))
  }
  test('figures with one or two significant digits are not distinctive', () => {
    fc.assert(fc.property(fc.integer({min: 1, max: 99}), fc.integer({min: 0, max: 4}), (d, k) => !distinctiveFigure(figure(d * 10 ** k))))
  })
  test('figures with three or more significant digits are', () => {
    fc.assert(fc.property(fc.integer({min: 101, max: 99999}).filter((n) => n % 10 !== 0), (n) => distinctiveFigure(figure(n))))
  })
  test('the comparison flag is symmetric', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 99999}), (n) => {
        const a = figure(n)
        const b = {...figure(n), id: 'b#x', article: 'b'}
        return compareClaims(a, b).distinctive === compareClaims(b, a).distinctive
      })
    )
  })
})

describe('a rate written on one side only', () => {
  test('"$1.37" and "$1.37 a share" of one distinctive figure agree, with a note', () => {
    const a = extracted('a', moneyMatcher, 'Excluding the charges, Fenwick Tools earned $1.37 in the quarter.')
    const b = extracted('b', moneyMatcher, 'Fenwick Tools said adjusted earnings came to $1.37 a share.')
    const found = pairsOf(a, b)
    expect(found.map((f) => f.verdict)).toEqual(['agree'])
    expect(found[0]?.notes).toContain('rate: “per share” on one side only')
  })

  test('a round figure with a rate on one side only is not paired', () => {
    const a = extracted('a', moneyMatcher, 'Excluding the charges, Fenwick Tools earned $2 in the quarter.')
    const b = extracted('b', moneyMatcher, 'Fenwick Tools said adjusted earnings came to $2 a share.')
    expect(pairsOf(a, b)).toEqual([])
  })

  test('the comparison is symmetric', () => {
    const a = extracted('a', moneyMatcher, 'Excluding the charges, Fenwick Tools earned $1.37 in the quarter.')
    const b = extracted('b', moneyMatcher, 'Fenwick Tools said adjusted earnings came to $1.37 a share.')
    expect(compareClaims(a, b)).toEqual(compareClaims(b, a))
  })
})
