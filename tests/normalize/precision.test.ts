import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {roundsTo, significantDigits, writtenStep} from '../../src/normalize/precision.js'

describe('writtenStep', () => {
  test.each([
    ['$4.1 billion', 4.1e9, 1e8],
    ['$4.06 billion', 4.06e9, 1e7],
    ['c£41m', 41e6, 1e6],
    ['£41.3m', 41.3e6, 1e5],
    ['3.2 million', 3.2e6, 1e5],
    ['3,214,000', 3214000, 1],
    ['3,200,000 people', 3200000, 1],
    ['nearly 60%', 60, 1],
    ['59.6%', 59.6, 0.1],
    ['4.10bn', 4.1e9, 1e7]
  ])('%s is written to a step of %d', (text, value, step) => {
    expect(writtenStep(text, value)).toBeCloseTo(step, 6)
  })
  test('a figure not written in digits has no step', () => {
    expect(writtenStep('half a million', 5e5)).toBeUndefined()
    expect(writtenStep('Fourteen people', 14)).toBeUndefined()
    expect(writtenStep('in 2023, £5m', 7e6)).toBeUndefined()
  })
  test('the number that stands for the value is used, not the first one', () => {
    expect(writtenStep('in 2023, £5.5m', 5.5e6)).toBeCloseTo(1e5, 6)
  })
})

describe('roundsTo', () => {
  const f = (value: number, step: number) => ({value, step})
  test('a coarser figure agrees with a precise one it rounds to', () => {
    expect(roundsTo(f(4.1e9, 1e8), f(4.06e9, 1e7))).toBe(true)
    expect(roundsTo(f(3.2e6, 1e5), f(3214000, 1))).toBe(true)
    expect(roundsTo(f(60, 1), f(59.6, 0.1))).toBe(true)
    expect(significantDigits(f(4.1e9, 1e8))).toBe(2)
    expect(significantDigits(f(41e6, 1e6))).toBe(2)
    expect(significantDigits(f(3214000, 1))).toBe(7)
  })
  test('a figure that does not round to the other, or the same precision, conflicts', () => {
    expect(roundsTo(f(4.1e9, 1e8), f(4.2e9, 1e8))).toBe(false)
    expect(roundsTo(f(4.06e9, 1e7), f(4.1e9, 1e7))).toBe(false)
    expect(roundsTo(f(4.1e9, 1e8), f(4.16e9, 1e7))).toBe(false)
  })
})

const mantissa = fc.integer({min: 1, max: 99999})
const decimals = fc.integer({min: 0, max: 3})
const scales = fc.constantFrom<[string, number]>(['', 1], [' million', 1e6], ['bn', 1e9], ['m', 1e6], [' thousand', 1e3])

describe('precision properties', () => {
  test('the step of a written figure is its last written digit times the scale', () =>
    fc.assert(
      fc.property(mantissa, decimals, scales, (m, d, [word, scale]) => {
        const written = (m / 10 ** d).toFixed(d)
        const value = Number(written) * scale
        const step = writtenStep(`£${written}${word}`, value)
        expect(step).toBeDefined()
        expect(step! / (scale / 10 ** d)).toBeCloseTo(1, 9)
      })
    ))

  test('a precise value rounded to a coarser step agrees with it, both ways; never with itself', () =>
    fc.assert(
      fc.property(fc.double({min: 1, max: 1e9, noNaN: true}), fc.integer({min: -2, max: 6}), (x, e) => {
        const fine = {value: Math.round(x * 1000) / 1000, step: 0.001}
        const coarseStep = 10 ** e
        const coarse = {value: Math.round(fine.value / coarseStep) * coarseStep, step: coarseStep}
        if (coarse.value <= 0) return
        expect(roundsTo(coarse, fine)).toBe(true)
        expect(roundsTo(fine, coarse)).toBe(true)
        expect(roundsTo(fine, fine)).toBe(false)
      })
    ))

  test('a half step at a large magnitude still rounds (floating-point error of the values absorbed)', () => {
    // fast-check found it: 61925106.265 written to 0.01 is 61925106.27, but the doubles differ by 0.0050000027.
    const fine = {value: Math.round(61925106.2645 * 1000) / 1000, step: 0.001}
    const coarse = {value: Math.round(fine.value / 0.01) * 0.01, step: 0.01}
    expect(roundsTo(coarse, fine)).toBe(true)
    expect(roundsTo({value: 61925106.28, step: 0.01}, fine)).toBe(false)
  })

  test('roundsTo is symmetric', () =>
    fc.assert(
      fc.property(fc.double({min: 0.01, max: 1e6, noNaN: true}), fc.integer({min: -2, max: 4}), fc.double({min: 0.01, max: 1e6, noNaN: true}), fc.integer({min: -2, max: 4}), (a, ea, b, eb) => {
        const x = {value: a, step: 10 ** ea}
        const y = {value: b, step: 10 ** eb}
        expect(roundsTo(x, y)).toBe(roundsTo(y, x))
      })
    ))
})
