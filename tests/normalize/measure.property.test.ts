/**
 * Properties of the new normalizers (measures, units, changes, ages, word
 * counts): they never throw, every offset slices inside the text and the
 * results do not overlap, they are deterministic, and conversions keep the
 * order of values and bounds.
 */
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {readAgeAt} from '../../src/normalize/age-scan.js'
import {changeAround, withChanges} from '../../src/normalize/change.js'
import {findCounts, readNounPhrase} from '../../src/normalize/count-scan.js'
import {findGroupCounts, readOneOfAt} from '../../src/normalize/count-words.js'
import {findNumbers} from '../../src/normalize/numbers.js'
import {inCanonicalUnit, roundingSlack} from '../../src/normalize/measure-compare.js'
import {findMeasures} from '../../src/normalize/measure-scan.js'
import {findMoney} from '../../src/normalize/money-scan.js'
import {findPercents} from '../../src/normalize/percent-scan.js'
import {canonicalMeasure, unitAt, unitSymbol} from '../../src/normalize/units.js'
import type {FoundQuantity} from '../../src/normalize/quantity-parts.js'

const words = [
  '80', '50', '1,700', '3.5', '0', '12', '2.5', 'five', 'one', 'a', 'six', 'km', 'miles', 'mph', 'km/h', 'hp', 'bhp', 'rpm', 'GB', 'TB', 'kWh', 'mmBtu',
  '°C', '°F', 'C', 'F', 'lb-ft', 'Nm', 'litres', '-liter', '-inch', 'feet', 'times', 'more', 'sixfold', '-fold', 'fold', 'from', 'to', 'down', 'up', 'rose',
  'fell', 'by', 'cut', 'increase', 'lower', 'higher', 'less', 'or', ',', '.', ' ', '-', '–', 'between', 'and', 'aged', 'in', 'his', 'her', '40s', 'early',
  'late', 'mid-', 'over', 'older', 'of', 'the', 'victims', 'pair', 'world’s', 'most', '%', 'per', 'cent', '$', '£', '12p', 'a', 'year', 'barrel', 'day',
  'up to', 'about', 'more than', 'cases', 'people', '\u00a0', 'é'
]
const uniform = (items: readonly string[]): fc.Arbitrary<string> => fc.noBias(fc.integer({min: 0, max: items.length - 1})).map((i) => items[i]!)
const newsish = fc.oneof(
  fc.array(uniform(words), {maxLength: 30}).map((parts) => parts.join(' ')),
  fc.array(uniform(words), {maxLength: 30}).map((parts) => parts.join('')),
  fc.string({maxLength: 60})
)

function wellFormed(text: string, found: readonly FoundQuantity[]): void {
  let last = 0
  for (const f of found) {
    expect(f.start).toBeGreaterThanOrEqual(last)
    expect(f.end).toBeGreaterThan(f.start)
    expect(f.end).toBeLessThanOrEqual(text.length)
    last = f.end
    const v = f.value
    expect(v.low).toBeLessThanOrEqual(v.high)
    if (v.bounds.low !== null) expect(v.bounds.low).toBeLessThanOrEqual(v.low)
    if (v.bounds.high !== null) expect(v.bounds.high).toBeGreaterThanOrEqual(v.high)
    if (v.change?.from !== undefined) expect(v.change.to).toBe(v.low)
  }
}

/** The hits of a per-number reader as a scanner would keep them: left to right, each after the last. */
function nonOverlapping(hits: Array<FoundQuantity | null>): FoundQuantity[] {
  const out: FoundQuantity[] = []
  for (const hit of hits) if (hit && (out.length === 0 || hit.start >= out[out.length - 1]!.end)) out.push(hit)
  return out
}

const scanners: Array<[string, (text: string) => FoundQuantity[]]> = [
  ['findMeasures', findMeasures],
  ['readAgeAt (at every number)', (text) => nonOverlapping(findNumbers(text).map((t) => readAgeAt(text, t)))],
  ['readOneOfAt (at every number)', (text) => nonOverlapping(findNumbers(text).map((t) => readOneOfAt(text, t.start, readNounPhrase)))],
  ['findGroupCounts', (text) => findGroupCounts(text, readNounPhrase)],
  ['findCounts', findCounts],
  ['findMoney', findMoney],
  ['findPercents', findPercents]
]

describe('new quantity normalizers', () => {
  for (const [name, scan] of scanners) {
    test(`${name}: never throws, offsets inside the text, no overlaps, deterministic`, () => {
      fc.assert(
        fc.property(newsish, (text) => {
          const found = scan(text)
          wellFormed(text, found)
          expect(scan(text)).toEqual(found)
        }),
        {numRuns: 400}
      )
    })
  }

  test('changeAround and withChanges never throw and keep spans inside the text', () => {
    fc.assert(
      fc.property(newsish, fc.nat(80), fc.nat(80), (text, a, b) => {
        const start = Math.min(a, b, text.length)
        const end = Math.min(Math.max(a, b), text.length)
        const change = changeAround(text, start, end)
        if (change) expect(['up', 'down']).toContain(change.direction)
        wellFormed(text, withChanges(text, findPercents(text)))
      }),
      {numRuns: 400}
    )
  })

  test('unitAt reads a unit that ends inside the text, and its symbol reads back', () => {
    fc.assert(
      fc.property(newsish, fc.nat(60), (text, at) => {
        const position = Math.min(at, text.length)
        const unit = unitAt(text, position)
        if (!unit) return
        expect(unit.end).toBeGreaterThan(position)
        expect(unit.end).toBeLessThanOrEqual(text.length)
        expect(unitSymbol(unit.symbol)).toBe(unit.symbol)
      }),
      {numRuns: 400}
    )
  })

  const symbols = ['km', 'mi', 'ft', 'in', 'm', 'kg', 'l', 'gal', 'bbl', 'mph', 'km/h', 'kW', 'hp', 'kWh', 'MMBtu', 'lbf*ft', 'GB', 'TB', 'rpm', 'degF', 'degC', 'times']
  test('canonicalMeasure keeps the order of values and bounds, and is deterministic', () => {
    fc.assert(
      fc.property(uniform(symbols), fc.double({min: 0, max: 1e9, noNaN: true}), fc.double({min: 0, max: 1e9, noNaN: true}), (symbol, x, y) => {
        const low = Math.min(x, y)
        const high = Math.max(x, y)
        const q = canonicalMeasure(symbol, low, high, {low, high: null})
        expect(q).toBeDefined()
        expect(q!.low).toBeLessThanOrEqual(q!.high)
        expect(q!.bounds.high).toBeNull()
        expect(canonicalMeasure(symbol, low, high, {low, high: null})).toEqual(q)
      })
    )
  })

  test('roundingSlack is non-negative and never wider than the number itself; widening only loosens bounds', () => {
    fc.assert(
      fc.property(fc.double({min: -1e9, max: 1e9, noNaN: true}), (n) => {
        const slack = roundingSlack(n)
        expect(slack).toBeGreaterThanOrEqual(0)
        expect(slack).toBeLessThanOrEqual(Math.max(Math.abs(n), 0.5))
      })
    )
    const km = findMeasures('It is 80 km.')[0]!.value
    const miles = findMeasures('It is 50 miles.')[0]!.value
    const widened = inCanonicalUnit(km, miles)
    expect(widened.bounds.low!).toBeLessThanOrEqual(80000)
    expect(widened.bounds.high!).toBeGreaterThanOrEqual(80000)
  })
})
