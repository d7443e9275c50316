/**
 * Earthquake magnitudes as `measure` claims of unit `magnitude`, on
 * sentences written for these tests (not from any data set).
 */
import {describe, expect, test} from 'vitest'
import fc from 'fast-check'
import {count} from '../../src/extract/matchers/count.js'
import {measure} from '../../src/extract/matchers/measure.js'
import {runMatcher, testMatcher} from '../../src/extract/test-matcher.js'
import {findMagnitudes} from '../../src/normalize/magnitude-scan.js'
import {compareQuantityValues} from '../../src/align/quantity.js'
import {inCommonUnit} from '../../src/normalize/measure-compare.js'
import type {QuantityValue} from '../../src/types.js'

const relation = (a: QuantityValue, b: QuantityValue) => compareQuantityValues(...inCommonUnit(a, b))
const one = (text: string): QuantityValue => {
  const found = findMagnitudes(text)
  expect(found, text).toHaveLength(1)
  return found[0]!.value
}

describe('earthquake magnitudes', () => {
  test('the ways news writes a magnitude', () =>
    testMatcher(measure, {
      found: [
        {text: 'A magnitude 6.3 earthquake struck the coast at dawn.', claims: [{text: 'magnitude 6.3', value: {low: 6.3, unit: 'magnitude', quantity: {unit: 'magnitude', low: 6.3}}}]},
        {text: 'The 6.3-magnitude quake shook the valley.', claims: [{text: '6.3-magnitude', value: {low: 6.3, unit: 'magnitude'}}]},
        {text: 'Officials said the magnitude-7.8 shock was felt far away.', claims: [{text: 'magnitude-7.8', value: {low: 7.8, unit: 'magnitude'}}]},
        {text: 'The tremor measured 7.7 on the Richter scale.', claims: [{text: '7.7 on the Richter scale', value: {low: 7.7, unit: 'magnitude'}}]},
        {text: 'A 5.9 magnitude tremor hit the island on Tuesday.', claims: [{text: '5.9 magnitude', value: {low: 5.9, unit: 'magnitude'}}]},
        {text: 'An M6.1 event followed an hour later.', claims: [{text: 'M6.1', value: {low: 6.1, unit: 'magnitude'}}]},
        {text: 'The survey put it at a magnitude of 6.4.', claims: [{text: 'magnitude of 6.4', value: {low: 6.4, unit: 'magnitude'}}]}
      ],
      none: [
        'Prices rose by an order of magnitude in a decade.',
        'Nobody grasped the magnitude of the crisis.',
        'The magnitude of 6 million losses stunned them.',
        'Traffic on the M6 stopped for 2 hours.'
      ]
    }))

  test('figures near the word that are not magnitudes', () => {
    for (const text of ['He drove 6.3 miles to the coast.', 'The magnitude 12 figure was a typo.', 'A magnitude 6.3% rise.']) {
      expect(findMagnitudes(text).map((m) => text.slice(m.start, m.end)), text).toEqual([])
    }
  })

  test('a magnitude is not also a count', () => {
    for (const text of ['The 6.3-magnitude quake killed 12 people.', 'A magnitude 6.3 earthquake killed 12 people.']) {
      const counts = runMatcher(count, text).map((c) => c.text)
      expect(counts, text).not.toContain('6.3')
      expect(counts.join(' '), text).not.toMatch(/6\.3/)
    }
  })

  test('"magnitude 6.3" and "6.3-magnitude" agree; 6.3 and 6.8 differ', () => {
    const a = one('A magnitude 6.3 earthquake hit.')
    const b = one('The 6.3-magnitude quake hit.')
    const c = one('It measured 6.8 on the Richter scale.')
    expect(relation(a, b)).toBe('same')
    expect(relation(a, c)).toBe('disjoint')
  })

  test('property: any figure from 1.0 to 9.9 reads back as itself in every form', () =>
    fc.assert(
      fc.property(fc.integer({min: 10, max: 99}), fc.constantFrom('a magnitude %', 'a %-magnitude quake', 'a % magnitude tremor', 'measured % on the Richter scale', 'an M% shock', 'a magnitude-% event'), (tenths, form) => {
        const figure = (tenths / 10).toFixed(1)
        const found = findMagnitudes(`Reports said ${form.replace('%', figure)} hit.`)
        expect(found).toHaveLength(1)
        expect(found[0]!.value.low).toBe(Number(figure))
        expect(found[0]!.value.quantity).toEqual({unit: 'magnitude', dimension: 'magnitude', low: Number(figure), high: Number(figure), bounds: {low: Number(figure), high: Number(figure)}})
      })
    ))
})
