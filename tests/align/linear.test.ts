/**
 * Alignment is linear in the length of a sentence however many claims it
 * holds (issue 13, point 6: the context of every claim re-tokenized its whole
 * sentence, so 14, 28 and 56 KB took 3.2, 9.5 and 51 s). Two articles, one
 * sentence each of n characters full of figures; the check is on the ratio
 * time(2n) / time(n), median of 3 runs: about 2 is linear, 4 quadratic. The
 * bound (3) leaves room for noise on a shared machine; a ratio over it is
 * measured once more before the test fails. Framing alone is fast, so each
 * of its measures frames the sentence five times, after a warm-up.
 */
import {describe, expect, test} from 'vitest'
import {align, newStats} from '../../src/align/index.js'
import {analyzeSentence, frameAt} from '../../src/frame/index.js'
import type {Claim} from '../../src/types.js'
import {money} from './helpers.js'

const SIZES = [10_000, 20_000, 40_000]
const MAX_RATIO = 3

/** A sentence of about `n` characters: "the grant for ward 7 rose to £7m, …" with varied words. */
function sentence(n: number, salt: number): string {
  const parts: string[] = []
  let length = 0
  for (let i = 0; length < n; i++) {
    const part = `the ${['grant', 'levy', 'budget', 'fund'][i % 4]} for ward ${i} rose to £${(i % 50) + salt}m`
    parts.push(part)
    length += part.length + 2
  }
  return `${parts.join(', ')}.`
}

function claimsOf(article: string, text: string): Claim[] {
  const claims: Claim[] = []
  for (const m of text.matchAll(/£(\d+)m/g)) {
    const start = m.index
    const end = start + m[0].length
    claims.push({id: `${article}#money@${start}-${end}`, article, kind: 'money', text: m[0], start, end, sentence: {start: 0, end: text.length, text, index: 0}, matcher: 'money', value: money(Number(m[1]) * 1e6)})
  }
  return claims
}

function timeAlign(n: number): number {
  const a = claimsOf('a', sentence(n, 0))
  const b = claimsOf('b', sentence(n, 1))
  const articles = [
    {id: 'a', story: 's'},
    {id: 'b', story: 's'}
  ]
  const runs: number[] = []
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now()
    align({articles, claims: [...a, ...b]}, {stats: newStats()})
    runs.push(performance.now() - t0)
  }
  return runs.sort((x, y) => x - y)[1] as number
}

function timeFrames(n: number): number {
  const text = sentence(n, 0)
  const spans = [...text.matchAll(/£\d+m/g)].map((m) => [m.index, m.index + m[0].length] as const)
  const once = () => {
    const analysis = analyzeSentence(text)
    for (const [s, e] of spans) frameAt(analysis, s, e, 'money', money(1))
  }
  once() // warm up: the first call also loads the lexicon
  const runs: number[] = []
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now()
    for (let k = 0; k < 5; k++) once()
    runs.push(performance.now() - t0)
  }
  return runs.sort((x, y) => x - y)[2] as number
}

function ratios(time: (n: number) => number): number[] {
  const times = SIZES.map(time)
  return times.slice(1).map((t, i) => t / Math.max(times[i] as number, 1))
}

describe('linear in the length of a sentence full of figures', () => {
  test('alignment: 10, 20, 40 KB sentences', () => {
    let r = ratios(timeAlign)
    if (r.some((x) => x > MAX_RATIO)) r = ratios(timeAlign)
    for (const x of r) expect(x).toBeLessThan(MAX_RATIO)
  })
  test('frames: 10, 20, 40 KB sentences, every figure framed', () => {
    let r = ratios(timeFrames)
    if (r.some((x) => x > MAX_RATIO)) r = ratios(timeFrames)
    for (const x of r) expect(x).toBeLessThan(MAX_RATIO)
  })
})
