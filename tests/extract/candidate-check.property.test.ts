// Properties of the matcher boundary (src/extract/candidate-check.ts) and of
// the Markdown marker count (src/ingest/markdown-limits.ts).
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {CandidateFault, checkCandidate} from '../../src/extract/candidate-check.js'
import {inlineMarkers} from '../../src/ingest/markdown-limits.js'

describe('checkCandidate', () => {
  const data = fc.jsonValue({maxDepth: 5})
  test('any JSON data with a string type passes, copied deep-equal and not shared', () => {
    fc.assert(fc.property(fc.dictionary(fc.string().filter((k) => k !== 'type'), data, {maxKeys: 5}), fc.string({minLength: 1}), fc.nat(20), (fields, type, start) => {
      fc.pre(!['quantity', 'date', 'quote', 'role', 'category'].includes(type))
      const value = {...fields, type}
      const checked = checkCandidate({start, end: start + 1, value}, start + 1)
      expect(checked.value).toEqual(JSON.parse(JSON.stringify(value)))
      if (Object.keys(value).length > 0) expect(checked.value).not.toBe(value)
    }), {seed: 13, numRuns: 1000})
  })

  test('a value holding something that is not data anywhere is a fault naming its path', () => {
    const bad = fc.constantFrom<unknown>(10n, () => 1, Symbol('s'), Number.NaN, Infinity, new Date(0), new Map(), /x/)
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), {minLength: 1, maxLength: 4}), bad, (path, leaf) => {
      let value: Record<string, unknown> = {x: leaf}
      for (const key of path) value = {[key]: value}
      value.type = 'custom'
      try {
        checkCandidate({start: 0, end: 1, value}, 1)
        expect.unreachable()
      } catch (error) {
        expect(error).toBeInstanceOf(CandidateFault)
        expect((error as CandidateFault).path).toBe(`value.${[...path].reverse().join('.')}.x`)
      }
    }), {seed: 13, numRuns: 500})
  })
})

describe('inlineMarkers', () => {
  const piece = fc.constantFrom('*', '**', '_', '[', ']', 'a', ' ', '\n', '\n\n', '* ', '> ')
  test('a blank line resets the count: a paragraph split off never raises it', () => {
    fc.assert(fc.property(fc.array(piece, {maxLength: 60}).map((p) => p.join('')), fc.array(piece, {maxLength: 60}).map((p) => p.join('')), (a, b) => {
      const joined = inlineMarkers(`${a}\n\n${b}`)
      expect(joined).toBe(Math.max(inlineMarkers(a), inlineMarkers(b)))
    }), {seed: 13, numRuns: 2000})
  })
  test('never more than the marker characters; the limit stops the scan early but never under-counts', () => {
    fc.assert(fc.property(fc.array(piece, {maxLength: 80}).map((p) => p.join('')), fc.nat(10), (text, limit) => {
      const full = inlineMarkers(text)
      expect(full).toBeLessThanOrEqual((text.match(/[*_\]]/g) ?? []).length)
      const limited = inlineMarkers(text, limit)
      expect(limited > limit).toBe(full > limit)
    }), {seed: 13, numRuns: 2000})
  })
})
