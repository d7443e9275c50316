import {describe, expect, test} from 'vitest'
import {align, compareDate, compareDateValues, compareIntervals} from '../../src/align/index.js'
import {articles, claim, date} from './helpers.js'

const pairs = (result: ReturnType<typeof align>) => result.findings.filter((f) => f.verdict !== 'single-source')

describe('compareIntervals', () => {
  test('full dates', () => {
    expect(compareIntervals({year: 2020, month: 6}, {year: 2020, month: 6}, {year: 2020, month: 6, day: 3}, {year: 2020, month: 6, day: 9})).toBe('contains')
    expect(compareIntervals({year: 2020}, {year: 2020}, {year: 2020}, {year: 2020})).toBe('same')
    expect(compareIntervals({year: 2019}, {year: 2019}, {year: 2020}, {year: 2020})).toBe('disjoint')
    expect(compareIntervals({year: 2020, month: 1}, {year: 2020, month: 3}, {year: 2020, month: 3}, {year: 2020, month: 5})).toBe('overlaps')
  })
  test('a missing year compares months as if in the same year', () => {
    expect(compareIntervals({month: 6, day: 3}, {month: 6, day: 9}, {year: 2021, month: 6}, {year: 2021, month: 6})).toBe('contained')
    expect(compareIntervals({month: 6}, {month: 6}, {month: 8}, {month: 8})).toBe('disjoint')
  })
  test('nothing known is unknown', () => {
    expect(compareIntervals({}, {}, {year: 2021}, {year: 2021})).toBe('unknown')
  })
  test('relations: since compares starts; different relations are not comparable', () => {
    expect(compareDateValues(date({year: 2015}, {}, {relation: 'since'}), date({year: 2017}, {}, {relation: 'since'}))).toBe('disjoint')
    expect(compareDateValues(date({year: 2015}, {}, {relation: 'since'}), date({year: 2015}))).toBe('unknown')
  })
})

describe('date findings', () => {
  test('"in June" and "between 3 and 9 June" for the same trial agree: one more precise', () => {
    const a = claim('a', 'The murder trial at Leeds Crown Court was held in June, the jury heard evidence from 30 witnesses.', 'in June', 'date', date({month: 6}))
    const b = claim('b', 'The murder trial, held at Leeds Crown Court between 3 and 9 June, heard evidence from witnesses.', 'between 3 and 9 June', 'date', date({month: 6, day: 3}, {month: 6, day: 9}))
    const [finding] = pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))
    expect(finding?.verdict).toBe('agree')
    expect(finding?.reason).toBe('more-precise')
    expect(finding?.notes?.[0]).toBe('precision: "between 3 and 9 June" is more precise than "in June"')
  })

  test('a two-month period restated with days needs little context', () => {
    const a = claim('a', 'The audit, which took place in May and June, found missing receipts.', 'in May and June', 'date', date({month: 5}, {month: 6}))
    const b = claim('b', 'The audit, carried out between May 12 and June 2, noted gaps in the accounts.', 'between May 12 and June 2', 'date', date({month: 5, day: 12}, {month: 6, day: 2}))
    expect(compareDate(a, b).evidence).toBe('identical')
    const [finding] = pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))
    expect(finding?.reason).toBe('more-precise')
  })

  test('"since 2015" and "since 2017" for the same tenure differ', () => {
    const a = claim('a', 'Sarah Jones has managed the city orchestra since 2015, the board said.', 'since 2015', 'date', date({year: 2015}, {}, {relation: 'since'}))
    const b = claim('b', 'Sarah Jones has managed the city orchestra since 2017, according to the board.', 'since 2017', 'date', date({year: 2017}, {}, {relation: 'since'}))
    const [finding] = pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))
    expect(finding?.verdict).toBe('differ')
    expect(finding?.reason).toBe('date-conflict')
  })

  test('different dates of different events are not a conflict', () => {
    const a = claim('a', 'The factory opened in 1998 on the edge of town.', 'in 1998', 'date', date({year: 1998}))
    const b = claim('b', 'Workers went on strike in 2023 over pay.', 'in 2023', 'date', date({year: 2023}))
    expect(pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))).toEqual([])
  })

  test('the same year in the same context agrees; "since" never pairs with "at"', () => {
    const a = claim('a', 'The bridge was last repaired in 2012, engineers said.', 'in 2012', 'date', date({year: 2012}))
    const b = claim('b', 'Engineers said the bridge was last repaired in 2012.', 'in 2012', 'date', date({year: 2012}))
    const c = claim('c', 'The bridge has not been repaired since 2012, engineers said.', 'since 2012', 'date', date({year: 2012}, {}, {relation: 'since'}))
    const found = pairs(align({articles: articles(['a', 'b', 'c']), claims: [a, b, c]}))
    expect(found).toHaveLength(1)
    expect(found[0]?.claims).toEqual([a.id, b.id])
    expect(found[0]?.reason).toBe('same-date')
  })
})
