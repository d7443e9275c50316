// Casualty counts written without a noun ("320 dead", "2,059 injured") and
// four-digit counts written without a separator ("2012 people"). Sentences invented.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {casualtyUnit, findCounts} from '../../src/normalize/count-scan.js'

const counts = (text: string) => findCounts(text).map((c) => [text.slice(c.start, c.end), c.value.low, c.value.unit])

describe('casualty counts', () => {
  test.each([
    ['The landslide left 37 dead and 112 injured in the valley.', [['37 dead', 37, 'dead'], ['112 injured', 112, 'injured']]],
    ['Rescuers said at least 2,350 wounded were treated overnight.', [['at least 2,350 wounded', 2350, 'injured']]],
    ['Officials listed nine missing after the ferry sank.', [['nine missing', 9, 'missing']]]
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual(expected)
  })

  test('a casualty word followed by its noun is read with the noun', () => {
    expect(counts('The storm left 40 injured hikers stranded.')).toEqual([['40 injured hikers', 40, 'injured hiker']])
  })

  test('the dead and the injured never share a unit', () => {
    fc.assert(fc.property(fc.constantFrom('dead'), fc.constantFrom('injured', 'wounded', 'hurt'), (d, i) => casualtyUnit(d) !== casualtyUnit(i)))
  })
})

describe('four-digit counts', () => {
  test('"2012 people" is a count, "in 2012 people" a year', () => {
    expect(counts('The tremor killed 2012 people across the province.')).toEqual([['2012 people', 2012, 'person']])
    expect(counts('In 2012 people queued for hours to vote.')).toEqual([])
    expect(counts('Since 2019 staff have worked from home.')).toEqual([])
  })

  test('a year followed by a count noun after a preposition is never a count', () => {
    const preps = fc.constantFrom('In', 'Since', 'By', 'Until', 'During', 'After')
    const nouns = fc.constantFrom('people', 'residents', 'patients', 'workers')
    fc.assert(fc.property(preps, fc.integer({min: 1900, max: 2099}), nouns, (p, y, n) => counts(`${p} ${y} ${n} moved to the city.`).length === 0))
  })
})
