import {describe, expect, test} from 'vitest'
import {claimContext, contextScore, strongContext, termWeights} from '../../src/align/index.js'
import {stem, yearsIn} from '../../src/align/text.js'
import {sameName} from '../../src/align/names.js'
import {claim, count, money} from './helpers.js'

describe('text helpers', () => {
  test('stem folds common suffixes', () => {
    expect(['inspection', 'inspected', 'inspects'].map(stem)).toEqual(['inspect', 'inspect', 'inspect'])
    expect(['recruitment', 'recruiting', 'recruit'].map(stem)).toEqual(['recruit', 'recruit', 'recruit'])
    expect(['planned', 'plans', 'plan'].map(stem)).toEqual(['plan', 'plan', 'plan'])
    expect(stem('children')).toBe('child')
  })
  test('years, including split years', () => {
    expect(yearsIn('In 2019/20 and again in 2023, but not 12345')).toEqual([2019, 2020, 2023])
  })
  test('names', () => {
    expect(sameName('Grace Okafor', 'Okafor')).toBe(true)
    expect(sameName('Grace Okafor', 'G. Okafor')).toBe(true)
    expect(sameName('Mrs Grace Okafor', 'Grace Okafor')).toBe(true)
    expect(sameName('Grace Okafor', 'John Okafor')).toBe(false)
    expect(sameName('Grace Okafor', 'Grace Adams')).toBe(false)
  })
})

describe('claimContext', () => {
  test('terms outside the claim, unit words left out, years and intent', () => {
    const c = claim('a', 'In 2019 the club pledged to sign 10 new players for the academy.', '10 new players', 'count', count(10, 'player'))
    const ctx = claimContext(c)
    expect(ctx.terms).toEqual(['academy', 'club', 'pledg', 'sign'])
    expect(ctx.years).toEqual([2019])
    expect(ctx.intent).toBe(true)
    expect(ctx.near).toContain('sign')
  })
  test('a done deed is not an intention', () => {
    const ctx = claimContext(claim('a', 'The club signed 3 players this summer.', '3 players', 'count', count(3, 'player')))
    expect(ctx.intent).toBe(false)
  })
})

describe('contextScore', () => {
  const a = claim('a', 'Rovers paid £12m for striker Tom Hale on Monday.', '£12m', 'money', money(12e6))
  const b = claim('b', 'Rovers paid £15m for striker Tom Hale, the club said.', '£15m', 'money', money(15e6))
  const c = claim('c', 'The council spent £15m on a new bridge in 2020.', '£15m', 'money', money(15e6))
  const contexts = [a, b, c].map((x) => claimContext(x))
  const w = termWeights(contexts)
  test('the same actor and action score high and count as strong context', () => {
    const s = contextScore(contexts[0]!, contexts[1]!, w)
    expect(s.score).toBeGreaterThan(0.45)
    expect(s.shared).toEqual(expect.arrayContaining(['rover', 'paid', 'striker']))
    expect(strongContext(s)).toBe(true)
  })
  test('unrelated sentences score low; a one-sided year is recorded', () => {
    const s = contextScore(contexts[1]!, contexts[2]!, w)
    expect(s.score).toBeLessThan(0.1)
    expect(s.time).toBe('one-sided')
    expect(strongContext(s)).toBe(false)
  })
})
