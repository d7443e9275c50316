/**
 * Invariants of the segmenter on arbitrary input: it never throws, and the
 * sentences it returns are ordered, non-overlapping, non-empty, trimmed,
 * inside the text, exact slices of it, never split a surrogate pair, and
 * the same on every run.
 */
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {lineBlocks} from '../../src/segment/blocks.js'
import {segmentBlocks, segmentText} from '../../src/segment/sentences.js'
import type {Sentence} from '../../src/types.js'

function checkInvariants(text: string, sentences: Sentence[], pairs = true): void {
  let previousEnd = 0
  sentences.forEach((s, i) => {
    expect(s.index).toBe(i)
    expect(s.start).toBeGreaterThanOrEqual(previousEnd)
    expect(s.end).toBeGreaterThan(s.start)
    expect(s.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(s.text.trim()).toBe(s.text)
    // Never between the halves of a surrogate pair (unless a caller's
    // block starts or ends there).
    if (pairs) for (const at of [s.start, s.end]) {
      const before = text.charCodeAt(at - 1)
      const after = text.charCodeAt(at)
      expect(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff).toBe(false)
    }
    previousEnd = s.end
  })
}

const words = [
  'The', 'council', 'said', 'Mr', 'Mr.', 'Dr.', 'Cllr', 'St.', 'No.', 'Inc.', 'Ltd.', 'etc.', 'e.g.', 'i.e.', 'U.S.', 'U.K.',
  'a.m.', 'p.m.', 'Jan.', 'J.', 'K.', 'vs.', 'v.', '£4.5m', '3.5%', 'v2.0', '1.5bn', '2021/22', '10', '9', 'he', 'she',
  'asked', 'It', 'We', 'fix', 'this', 'Published18', 'end.Next', '…', '...', '.', ',', '!', '?', '?!', ':', ';', '"', '“',
  '”', '‘', '’', "'", '(', ')', '[', ']', '•', '-', '–', '😀', '𝒳', '\n', '\r\n', '\r', '\t', '\u00a0', ' ', '  '
]

/** Strings built from news-like pieces: words, numbers, punctuation, quotes, line breaks. */
const newsish = fc
  .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom('', ' ', ' ', ' ', '\n', '')), {maxLength: 60})
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''))

const runs = {numRuns: 400}

describe('segmentText invariants', () => {
  const arbitraries: [string, fc.Arbitrary<string>][] = [
    ['fc.string', fc.string({maxLength: 200})],
    ['full unicode', fc.string({unit: 'binary', maxLength: 200})],
    ['news-ish', newsish]
  ]
  for (const [name, arbitrary] of arbitraries) {
    test(`${name}: valid, deterministic sentences`, () => {
      fc.assert(
        fc.property(arbitrary, (text) => {
          const first = segmentText(text)
          checkInvariants(text, first)
          expect(segmentText(text)).toEqual(first)
          // Sentences stay inside line blocks and carry their block index.
          const blocks = lineBlocks(text)
          for (const s of first) {
            const block = blocks[s.block]!
            expect(s.start).toBeGreaterThanOrEqual(block.start)
            expect(s.end).toBeLessThanOrEqual(block.end)
          }
        }),
        runs
      )
    })
  }

  test('every non-space character of a block is in some sentence', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        const covered = segmentText(text).reduce((n, s) => n + s.text.replace(/\s/g, '').length, 0)
        const expected = lineBlocks(text).reduce((n, b) => n + text.slice(b.start, b.end).replace(/\s/g, '').length, 0)
        expect(covered).toBe(expected)
      }),
      runs
    )
  })
})

describe('segmentBlocks', () => {
  test('only the given blocks are segmented, with their indices', () => {
    const text = 'Skip me. Not this.\nThe deal closed. Shares rose.\nAlso skipped.'
    const start = text.indexOf('The deal')
    const sentences = segmentBlocks(text, [{start, end: text.indexOf('\nAlso'), kind: 'paragraph'}])
    expect(sentences.map((s) => [s.text, s.block, s.index])).toEqual([
      ['The deal closed.', 0, 0],
      ['Shares rose.', 0, 1]
    ])
  })

  test('out-of-range blocks are clamped to the text', () => {
    fc.assert(
      fc.property(newsish, fc.nat(300), fc.nat(300), (text, a, b) => {
        const sentences = segmentBlocks(text, [{start: Math.min(a, b), end: Math.max(a, b), kind: 'line'}])
        checkInvariants(text, sentences, false)
      }),
      runs
    )
  })
})
