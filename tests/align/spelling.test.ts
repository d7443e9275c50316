import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {spellingKey} from '../../src/align/spelling.js'

describe('spellingKey', () => {
  test.each([
    ['organise', 'organize'],
    ['organisation', 'organization'],
    ['realised', 'realized'],
    ['analyse', 'analyze'],
    ['colour', 'color'],
    ['honours', 'honors'],
    ['neighbourhood', 'neighborhood'],
    ['behaviour', 'behavior'],
    ['centre', 'center'],
    ['theatres', 'theaters'],
    ['defence', 'defense'],
    ['licence', 'license'],
    ['catalogue', 'catalog'],
    ['travelled', 'traveled'],
    ['cancelling', 'canceling'],
    ['paediatric', 'pediatric'],
    ['manoeuvre', 'maneuver'],
    ['programme', 'program']
  ])('%s and %s have one key', (british, us) => {
    expect(spellingKey(british)).toBe(spellingKey(us))
  })
  test.each([
    ['four', 'for'],
    ['hour', 'hor'],
    ['wise', 'wize'],
    ['genre', 'gener'],
    ['filled', 'filed'],
    ['pulled', 'puled'],
    ['acre', 'acer'],
    ['does', 'des']
  ])('%s and %s stay apart', (a, b) => {
    expect(spellingKey(a)).not.toBe(spellingKey(b))
  })
  test('words with no variant are kept', () => {
    for (const w of ['council', 'said', 'the', 'inspection', 'budget', 'more', 'there', 'entire']) expect(spellingKey(w)).toBe(w)
  })
  test('the key is stable: applying it twice changes nothing', () =>
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,14}$/), (w) => {
        expect(spellingKey(spellingKey(w))).toBe(spellingKey(w))
      }),
      {numRuns: 2000}
    ))
})
