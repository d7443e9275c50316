/**
 * The sentence scan is linear: runs of terminators without spaces
 * ("1.1.1.…"), many unclosed brackets before a long tail, and long runs of
 * apostrophes used to make it walk back (or forward) over the whole block
 * at every terminator. The linear scan must give exactly the sentences the
 * old walking scan gave (kept in ./reference/boundaries.ts), and its time
 * must grow linearly.
 */
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {blockSentenceSpans} from '../../src/segment/boundaries.js'
import {segmentBlocks, segmentText} from '../../src/segment/sentences.js'
import {blockSentenceSpans as referenceSpans} from './reference/boundaries.js'

const spans = (scan: typeof blockSentenceSpans, text: string): number[] => {
  const out: number[] = []
  scan(text, 0, text.length, out)
  return out
}

const pieces = [
  'The', 'council', 'said', 'Mr', 'Mr.', 'Dr.', 'St.', 'No.', 'Inc.', 'etc.', 'e.g.', 'U.S.', 'a.m.', 'Jan.', 'J.', 'v.', 'end.Next',
  'players', "players'", "'Mr", '£4.5m', '1.1.1.', '1.', 'a.b.c', 'word.Word', 'ab.Cd', "ab'.Cd", 'x-y.Zz', '10', 'He', 'It', 'asked',
  '.', '..', '...', '…', '!', '?', '?!', ',', ':', '"', '“', '”', '‘', '’', "'", '(', ')', '[', ']', '((', '))', ' ', ' ', '  ', '\t',
  '\u00a0', '😀', 'É', 'é'
]
const newsish = fc.array(fc.constantFrom(...pieces), {maxLength: 60}).map((parts) => parts.join(''))

describe('linear scan agrees with the reference scan', () => {
  test('news-like strings', () => {
    fc.assert(fc.property(newsish, (text) => {
      expect(spans(blockSentenceSpans, text)).toEqual(spans(referenceSpans, text))
    }), {numRuns: 3000, seed: 7})
  })
  test('arbitrary strings over a small alphabet', () => {
    const alphabet = fc.constantFrom(...'aZ1. \'"()[]’“?!…-'.split(''))
    fc.assert(fc.property(fc.array(alphabet, {maxLength: 80}).map((a) => a.join('')), (text) => {
      expect(spans(blockSentenceSpans, text)).toEqual(spans(referenceSpans, text))
    }), {numRuns: 3000, seed: 11})
  })
  test('blocks that start inside the text', () => {
    fc.assert(fc.property(newsish, fc.nat(), fc.nat(), (text, a, b) => {
      const start = text.length === 0 ? 0 : a % text.length
      const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1))
      const ours: number[] = []
      const theirs: number[] = []
      blockSentenceSpans(text, start, end, ours)
      referenceSpans(text, start, end, theirs)
      expect(ours).toEqual(theirs)
    }), {numRuns: 2000, seed: 13})
  })
})

describe('linear time', () => {
  const cases: Array<[string, (n: number) => string]> = [
    ['"1.1.1.…"', (n) => '1.'.repeat(n / 2)],
    ['"a.a.a.…"', (n) => 'a.'.repeat(n / 2)],
    ['"ab.Cd" repeated', (n) => 'ab.Cd'.repeat(n / 5)],
    ['unclosed brackets, then stops', (n) => '('.repeat(n / 2) + '. a'.repeat(n / 6)],
    ['bracket closed at the end', (n) => `(${'1. a '.repeat(n / 5)})`],
    ['apostrophes, then stops', (n) => "'".repeat(n / 2) + 'a.'.repeat(n / 4)]
  ]
  test.each(cases)('%s: 200k characters in well under a second', (_name, make) => {
    const small = make(20_000)
    const big = make(200_000)
    segmentText(small)
    const t0 = performance.now()
    segmentText(small)
    const t1 = performance.now()
    segmentText(big)
    const t2 = performance.now()
    // Ten times the input: allow up to 40 times the time (noise on a loaded
    // machine) and a floor; a quadratic scan takes 100 times and seconds.
    expect(t2 - t1).toBeLessThan(Math.max(250, 40 * (t1 - t0)))
  })
})

describe('many blocks', () => {
  test('10,000 short blocks without terminators: linear, not a search to the end of the text per block', () => {
    const make = (n: number): {text: string; blocks: Array<{start: number; end: number; kind: 'paragraph'}>} => {
      const text = '£1m x\n'.repeat(n)
      return {text, blocks: Array.from({length: n}, (_, k) => ({start: 6 * k, end: 6 * k + 5, kind: 'paragraph' as const}))}
    }
    const small = make(2_000)
    const big = make(20_000)
    segmentBlocks(small.text, small.blocks)
    const t0 = performance.now()
    segmentBlocks(small.text, small.blocks)
    const t1 = performance.now()
    expect(segmentBlocks(big.text, big.blocks)).toHaveLength(20_000)
    const t2 = performance.now()
    expect(t2 - t1).toBeLessThan(Math.max(250, 40 * (t1 - t0)))
  })
})
