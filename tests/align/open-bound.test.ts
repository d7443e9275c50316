// "at least N" / "more than N" state a figure near N: a figure far above it
// (a later, larger toll) conflicts rather than agrees. Sentences invented.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {align} from '../../src/align/index.js'
import {compareQuantityValues, OPEN_BOUND_REACH} from '../../src/align/quantity.js'
import {quantity} from '../../src/normalize/quantity-parts.js'
import type {Hedge, QuantityValue} from '../../src/types.js'
import {articles, claim} from './helpers.js'

const q = (low: number, hedge: Hedge = 'exact'): QuantityValue => quantity({low, high: low, unit: 'person', hedge})

describe('open lower bounds reach only so far', () => {
  test('a figure within the reach is contained; one beyond it is disjoint', () => {
    fc.assert(
      fc.property(fc.integer({min: 10, max: 1_000_000}), fc.double({min: 1, max: 10, noNaN: true}), (n, factor) => {
        const m = Math.round(n * factor)
        const relation = compareQuantityValues(q(n, 'at-least'), q(m))
        if (m <= n * OPEN_BOUND_REACH * (1 - 1e-9)) expect(relation === 'contains' || relation === 'hedged').toBe(true)
        if (m > n * OPEN_BOUND_REACH * (1 + 1e-9)) expect(relation).toBe('disjoint')
        expect(compareQuantityValues(q(m), q(n, 'at-least'))).toBe(relation)
      })
    )
  })

  test('"at least 600 people" and a later "1,950 people" in the same sentence frame are not one agreeing count', () => {
    const a = claim('a', 'The earthquake in the Tarvel valley killed at least 600 people, officials said.', 'at least 600 people', 'count', q(600, 'at-least'))
    const b = claim('b', 'The earthquake in the Tarvel valley killed 1,950 people, officials said.', '1,950 people', 'count', q(1950))
    const findings = align({articles: articles(['a', 'b']), claims: [a, b]}).findings
    expect(findings.some((f) => f.verdict === 'agree')).toBe(false)
  })
})
