import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {closest, editDistance} from '../../src/cli/suggest.js'

const COMMANDS = ['report', 'extract', 'align', 'inspect', 'matchers', 'queue', 'help']

describe('editDistance', () => {
  test('known distances', () => {
    expect(editDistance('reprot', 'report')).toBe(1)
    expect(editDistance('fromat', 'format')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
  })

  test('property: zero iff equal, symmetric, bounded by the lengths', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 12}), fc.string({maxLength: 12}), fc.string({maxLength: 12}), (a, b, c) => {
        expect(editDistance(a, b) === 0).toBe(a === b)
        expect(editDistance(a, b)).toBe(editDistance(b, a))
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length))
        expect(editDistance(a, b)).toBeGreaterThanOrEqual(Math.abs(a.length - b.length))
      }),
      {numRuns: 300}
    )
  })
})

describe('closest', () => {
  test('typos of commands and flags', () => {
    expect(closest('reprot', COMMANDS)).toBe('report')
    expect(closest('extarct', COMMANDS)).toBe('extract')
    expect(closest('matcher', COMMANDS)).toBe('matchers')
    expect(closest('rep', COMMANDS)).toBe('report')
    expect(closest('fromat', ['format', 'out', 'config', 'no-config', 'fail-on', 'jobs', 'verbose'])).toBe('format')
    expect(closest('jbos', ['format', 'out', 'jobs'])).toBe('jobs')
  })

  test('no suggestion for a word unlike any', () => {
    expect(closest('banana', COMMANDS)).toBeUndefined()
    expect(closest('', COMMANDS)).toBeUndefined()
    expect(closest('x', ['format'])).toBeUndefined()
  })

  test('property: one edit of a known word is always traced back to a known word at most one edit away', () => {
    const word = fc.constantFrom(...COMMANDS)
    fc.assert(
      fc.property(word, fc.nat(), fc.constantFrom('a', 'e', 'x', 'z'), (known, at, letter) => {
        const i = at % known.length
        const typo = known.slice(0, i) + letter + known.slice(i + 1)
        const found = closest(typo, COMMANDS)
        expect(found).toBeDefined()
        expect(editDistance(typo.toLowerCase(), found!)).toBeLessThanOrEqual(1)
      })
    )
  })
})
