// Same fact? Decided from frames (sentences invented for these tests).
import {describe, expect, test} from 'vitest'
import {align, compareConcepts, compareFrames} from '../../src/align/index.js'
import type {ClaimFrame} from '../../src/types.js'
import {articles, claim, count, date, money} from './helpers.js'

const f = (concept: string | null, more: Partial<ClaimFrame> = {}): ClaimFrame => ({concept, owner: null, time: null, qualifiers: [], ...more})

describe('compareConcepts', () => {
  test('same head, a head inside the other phrase, one family', () => {
    expect(compareConcepts('overspend', 'in-year overspend')).toBe('same')
    expect(compareConcepts('death toll', 'deaths')).toBe('same')
    expect(compareConcepts('epicentre', 'epicenter')).toBe('same')
    expect(compareConcepts('killed', 'death toll')).toBe('family')
  })
  test('different families are different concepts', () => {
    expect(compareConcepts('killed', 'injured')).toBe('different')
    expect(compareConcepts('revenue', 'net profit')).toBe('different')
    expect(compareConcepts('passengers', 'crew')).toBe('different')
  })
  test('unrelated words and missing concepts', () => {
    expect(compareConcepts('refurbishment', 'grant')).toBe('unrelated')
    expect(compareConcepts(null, 'grant')).toBe('unknown')
  })
})

describe('compareFrames', () => {
  test('one concept, no owner, time or qualifier against it: the same fact, a conflict may be read', () => {
    const m = compareFrames(f('overspend', {qualifiers: ['forecast']}), f('in-year overspend', {qualifiers: ['forecast']}))
    expect(m.verdict).toBe('same')
    expect(m.conflictOk).toBe(true)
    expect(m.matched).toEqual(['concept “overspend”', 'qualifiers forecast'])
  })
  test('different times, owners or conflicting qualifiers: different facts', () => {
    expect(compareFrames(f('income', {time: 'Q3'}), f('income', {time: 'Q4'})).verdict).toBe('different')
    expect(compareFrames(f('income', {time: '2022'}), f('income', {time: '2023'})).verdict).toBe('different')
    expect(compareFrames(f('deficit', {owner: 'Harlow Council'}), f('deficit', {owner: 'Calder Council'})).verdict).toBe('different')
    expect(compareFrames(f('income', {qualifiers: ['net']}), f('income', {qualifiers: ['gross']})).verdict).toBe('different')
  })
  test('owners: initials match a name; common phrases that differ only forbid a conflict', () => {
    expect(compareFrames(f('loss', {owner: 'AMD'}), f('loss', {owner: 'Advanced Micro Devices'})).matched).toContain('owner “AMD”')
    const m = compareFrames(f('staff', {owner: 'job cuts'}), f('staff', {owner: 'support staff'}))
    expect(m.verdict).toBe('same')
    expect(m.conflictOk).toBe(false)
  })
  test('what was asked for is not what was decided, whatever the values', () => {
    expect(compareFrames(f(null, {qualifiers: ['requested']}), f('sentenced')).verdict).toBe('different')
  })
  test('a quarter is not a full year; a rise is not a fall', () => {
    expect(compareFrames(f('loss', {time: 'Q4, 2007'}), f('loss', {time: 'FY2007'})).verdict).toBe('different')
    expect(compareFrames(f('shares', {qualifiers: ['up']}), f('shares', {qualifiers: ['down']})).verdict).toBe('different')
  })
  test('an earlier figure on one side only: no conflict may be read, equal values may still agree', () => {
    const m = compareFrames(f('income', {time: 'the quarter', qualifiers: ['net']}), f('income', {time: 'a year earlier', qualifiers: ['net', 'previous']}))
    expect(m.verdict).toBe('same')
    expect(m.conflictOk).toBe(false)
  })
  test('dates: a shared event never vouches for a conflict', () => {
    expect(compareFrames(f('audit'), f('appointed'), true).verdict).toBe('unknown')
    expect(compareFrames(f("audit"), f("last audit"), true).verdict).toBe("same")
    expect(compareFrames(f("audit"), f("last audit"), true).conflictOk).toBe(false)
  })
})

describe('align decides from frames', () => {
  const story = articles(['a', 'b'])
  test('"a forecast overspend of £41.6m" and "the in-year overspend is estimated at £41.5m" are one fact, and differ', () => {
    const a = claim('a', 'The authority faces a forecast overspend of £41.6m, papers show.', '£41.6m', 'money', money(41.6e6))
    const b = claim('b', 'The in-year overspend is estimated at £41.5m by finance officers.', '£41.5m', 'money', money(41.5e6))
    const {findings} = align({articles: story, claims: [a, b]})
    const pair = findings.filter((x) => x.verdict !== 'single-source')
    expect(pair).toHaveLength(1)
    expect(pair[0]?.claims).toEqual([a.id, b.id])
    expect(pair[0]?.basis).toContain('concept “overspend”')
  })
  test('"net income of $2.3 billion in the quarter" and "$1.9 billion a year earlier" are two facts', () => {
    const a = claim('a', 'Kestrel reported net income of $2.3 billion in the quarter.', '$2.3 billion', 'money', money(2.3e9, {unit: 'USD'}))
    const b = claim('b', 'Kestrel had net income of $1.9 billion a year earlier, the company said.', '$1.9 billion', 'money', money(1.9e9, {unit: 'USD'}))
    const {findings} = align({articles: story, claims: [a, b]})
    expect(findings.map((x) => x.verdict)).toEqual(['single-source', 'single-source'])
  })
  test('deaths and injured are different concepts however alike the sentences', () => {
    const a = claim('a', 'In the flooding in the valley on Tuesday 31 people were killed, officials in the valley said.', '31 people', 'count', count(31, 'person'))
    const b = claim('b', 'In the flooding in the valley on Tuesday 40 people were injured, officials in the valley said.', '40 people', 'count', count(40, 'person'))
    const {findings} = align({articles: story, claims: [a, b]})
    expect(findings.map((x) => x.verdict)).toEqual(['single-source', 'single-source'])
  })
  test('revenue and profit are different concepts', () => {
    const a = claim('a', 'For the full year Orrin posted revenue of $6.1bn, beating forecasts.', '$6.1bn', 'money', money(6.1e9, {unit: 'USD'}))
    const b = claim('b', 'For the full year Orrin posted profit of $6.4bn, beating forecasts.', '$6.4bn', 'money', money(6.4e9, {unit: 'USD'}))
    const {findings} = align({articles: story, claims: [a, b]})
    expect(findings.map((x) => x.verdict)).toEqual(['single-source', 'single-source'])
  })
  test('two dates of a recurring event are not paired on the event alone', () => {
    const a = claim('a', 'Standards have slipped since an audit in 2017 found gaps.', 'in 2017', 'date', date({year: 2017}))
    const b = claim('b', 'The audit, which took place in May, praised the new team.', 'in May', 'date', date({month: 5}))
    const {findings} = align({articles: story, claims: [a, b]})
    expect(findings.map((x) => x.verdict)).toEqual(['single-source', 'single-source'])
  })
  test('same concept, owner and time: the same fact with few shared words', () => {
    const a = claim('a', "Harlow Council's overspend for 2023/24 reached £2.9m.", '£2.9m', 'money', money(2.9e6))
    const b = claim('b', 'Auditors flagged a 2023/24 overspend of £2.9m at Harlow Council.', '£2.9m', 'money', money(2.9e6))
    const {findings} = align({articles: story, claims: [a, b]})
    expect(findings).toHaveLength(1)
    expect(findings[0]?.verdict).toBe('agree')
    expect(findings[0]?.basis).toBe('frames match: concept “overspend”, owner “Harlow Council”, time “2023/24”')
  })
})
