import {describe, expect, test} from 'vitest'
import {align, compareQuantity} from '../../src/align/index.js'
import {articles, claim, count, money} from './helpers.js'

const pairs = (result: ReturnType<typeof align>) => result.findings.filter((f) => f.verdict !== 'single-source')

describe('money', () => {
  test('"£25m" and "around £25 million" for the same stadium deal agree, with a hedge note', () => {
    const a = claim('a', 'The club agreed a £25m deal to redevelop the north stand of the stadium.', '£25m', 'money', money(25e6))
    const b = claim(
      'b',
      'Around £25 million will be spent redeveloping the stadium north stand under the deal agreed by the club.',
      'Around £25 million',
      'money',
      money(25e6, {hedge: 'approximate', hedgeText: 'around'})
    )
    const result = align({articles: articles(['a', 'b']), claims: [a, b]})
    const [finding] = pairs(result)
    expect(finding?.verdict).toBe('agree')
    expect(finding?.reason).toBe('same-value-hedged')
    expect(finding?.notes).toEqual(['hedge: exact vs around'])
    expect(finding?.message).toContain('A News says “£25m”')
    expect(finding?.message).toContain('B News says “Around £25 million”')
    expect(finding?.claims).toEqual([a.id, b.id])
    expect(finding?.id).toBe(`story-1:money:${a.id}`)
  })

  test('different amounts for the same transfer fee, same actor and action, differ', () => {
    const a = claim('a', 'Rovers paid a club-record £12m transfer fee for striker Tom Hale on Monday.', '£12m', 'money', money(12e6))
    const b = claim('b', 'Rovers paid a club-record £15m transfer fee for striker Tom Hale, the club confirmed.', '£15m', 'money', money(15e6))
    const [finding] = pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))
    expect(finding?.verdict).toBe('differ')
    expect(finding?.reason).toBe('value-conflict')
  })

  test('conflicting amounts with weak context are left single-source', () => {
    const a = claim('a', 'The company reported revenue of £40m for the quarter.', '£40m', 'money', money(40e6))
    const b = claim('b', 'Shareholders approved a £90m buyback on Tuesday.', '£90m', 'money', money(90e6))
    const result = align({articles: articles(['a', 'b']), claims: [a, b]})
    expect(pairs(result)).toEqual([])
    expect(result.findings.map((f) => f.verdict)).toEqual(['single-source', 'single-source'])
  })

  test('a year in one sentence and none in the other blocks a conflict', () => {
    const a = claim('a', 'In 2019 the council promised to spend £3m repairing roads in the borough.', '£3m', 'money', money(3e6))
    const b = claim('b', 'The council is spending £5m repairing roads in the borough.', '£5m', 'money', money(5e6))
    expect(pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))).toEqual([])
  })

  test('different currencies and different rates are never compared', () => {
    const a = claim('a', 'The airline will invest $2bn in new aircraft.', '$2bn', 'money', money(2e9, {unit: 'USD'}))
    const b = claim('b', 'The airline will invest £2bn in new aircraft.', '£2bn', 'money', money(2e9))
    expect(compareQuantity(a, b).relation).toBe('none')
    const c = claim('c', 'The airline will invest £2bn a year in new aircraft.', '£2bn a year', 'money', money(2e9, {per: 'year'}))
    expect(compareQuantity(b, c).relation).toBe('none')
  })

  test('"more than £7m" and "£7.4m" are compatible (bounds overlap)', () => {
    const a = claim('a', 'The hospital trust overspent by more than £7m last year, its board heard.', 'more than £7m', 'money', money(7e6, {hedge: 'at-least', hedgeText: 'more than'}))
    const b = claim('b', 'The hospital trust board heard it overspent by £7.4m last year.', '£7.4m', 'money', money(7.4e6))
    const [finding] = pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))
    expect(finding?.verdict).toBe('agree')
    expect(finding?.reason).toBe('compatible-value')
  })
})

describe('counts', () => {
  test('a past pledge and a recent signing count are different facts (the pledge-vs-recruitment trap)', () => {
    const a = claim(
      'a',
      'After relegation in 2019, the club pledged to cut wages, sign 10 new players and rebuild the academy.',
      '10 new players',
      'count',
      count(10, 'player')
    )
    const b = claim('b', 'Despite the signing of 3 players this summer, the squad remains too thin, the manager said.', '3 players', 'count', count(3, 'player'))
    const result = align({articles: articles(['a', 'b']), claims: [a, b]})
    expect(pairs(result)).toEqual([])
    expect(result.findings.every((f) => f.verdict === 'single-source' && f.reason === 'only-one-source')).toBe(true)
  })

  test('a pledge and an achievement in otherwise similar sentences do not conflict', () => {
    const a = claim('a', 'The hospital pledged to hire 200 nurses for its emergency department.', '200 nurses', 'count', count(200, 'nurse'))
    const b = claim('b', 'The hospital hired 120 nurses for its emergency department.', '120 nurses', 'count', count(120, 'nurse'))
    expect(pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))).toEqual([])
  })

  test('the same count of arrests agrees; different counted nouns are not compared', () => {
    const a = claim('a', 'Police arrested 14 people after the protest in the city centre.', '14 people', 'count', count(14, 'person'))
    const b = claim('b', 'Fourteen people were arrested by police after the city centre protest.', 'Fourteen people', 'count', count(14, 'person'))
    const c = claim('c', 'Police said 14 officers were injured at the city centre protest.', '14 officers', 'count', count(14, 'officer'))
    const result = align({articles: articles(['a', 'b', 'c']), claims: [a, b, c]})
    const found = pairs(result)
    expect(found).toHaveLength(1)
    expect(found[0]?.claims).toEqual([a.id, b.id])
    expect(found[0]?.reason).toBe('same-value')
  })
})
