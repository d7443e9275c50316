// The one comparison of quantity values (align/quantity.ts), with the cases
// of the former normalize `quantitiesCompatible` twin folded in.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {compareQuantity, compareQuantityValues, unitsMatch} from '../../src/align/quantity.js'
import {quantity} from '../../src/normalize/quantity-parts.js'
import type {Hedge, QuantityValue} from '../../src/types.js'
import {claim} from './helpers.js'

const q = (low: number, unit: string, hedge: Hedge = 'exact', high = low): QuantityValue => quantity({low, high, unit, hedge})

describe('compareQuantityValues', () => {
  test('relations', () => {
    expect(compareQuantityValues(q(1e7, 'GBP', 'approximate'), q(1e7, 'GBP'))).toBe('hedged')
    expect(compareQuantityValues(q(1e7, 'GBP'), q(1e7, 'GBP'))).toBe('same')
    expect(compareQuantityValues(q(7.7e6, 'GBP', 'at-least'), q(1e7, 'GBP'))).toBe('contains')
    expect(compareQuantityValues(q(2e6, 'GBP', 'range', 3e6), q(2.5e6, 'GBP', 'range', 4e6))).toBe('overlaps')
    expect(compareQuantityValues(q(4.5e6, 'GBP'), q(1e7, 'GBP'))).toBe('disjoint')
    expect(compareQuantityValues(q(1e7, 'GBP'), q(1e7, 'USD'))).toBe('unrelated')
    expect(compareQuantityValues(q(160, 'social worker'), q(44, 'social worker'))).toBe('disjoint')
    expect(compareQuantityValues({...q(4, 'area'), of: 5}, {...q(4, 'area'), of: 6})).toBe('unrelated')
    expect(compareQuantityValues({...q(4, 'area'), per: 'year'}, q(4, 'area'))).toBe('unrelated')
  })
  test('count units match by head noun: "44 social workers" and "44 workers" are the same value', () => {
    expect(compareQuantityValues(q(44, 'social worker'), q(44, 'worker'))).toBe('same')
    const a = claim('a', 'The council hired 44 social workers last year.', '44 social workers', 'count', q(44, 'social worker'))
    const b = claim('b', 'The council hired 44 workers last year.', '44 workers', 'count', q(44, 'worker'))
    expect(compareQuantity(a, b).reason).toBe('same-value')
  })
  test('unitsMatch', () => {
    expect(unitsMatch('case of measles', 'case of mumps')).toBe(false)
    expect(unitsMatch('case of measles', 'case')).toBe(true)
    expect(unitsMatch('%', 'pp')).toBe(false)
    expect(unitsMatch('', 'person')).toBe(false)
  })
})

const HEDGES: Hedge[] = ['exact', 'approximate', 'at-least', 'at-most', 'range']
const UNITS = ['GBP', 'USD', '%', 'pp', 'social worker', 'worker', 'area', 'case of fraud', '']
const amount = fc.oneof(fc.integer({min: 0, max: 1e12}), fc.double({min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true}))
const value = fc
  .record({a: amount, b: amount, unit: fc.constantFrom(...UNITS), hedge: fc.constantFrom(...HEDGES), per: fc.option(fc.constantFrom('year', 'month'), {nil: undefined})})
  .map(({a, b, unit, hedge, per}) => {
    const [low, high] = hedge === 'range' ? [Math.min(a, b), Math.max(a, b)] : [a, a]
    return quantity({low, high, unit, hedge, per})
  })
const FLIP = {unrelated: 'unrelated', same: 'same', hedged: 'hedged', contains: 'contains', overlaps: 'overlaps', disjoint: 'disjoint'} as const

describe('properties', () => {
  test('a quantity is the same as itself', () => fc.assert(fc.property(value, (v) => {
    expect(compareQuantityValues(v, v)).toBe('same')
  })))
  test('the relation does not depend on the order', () =>
    fc.assert(fc.property(value, value, (x, y) => {
      expect(compareQuantityValues(y, x)).toBe(FLIP[compareQuantityValues(x, y)])
    })))
})
