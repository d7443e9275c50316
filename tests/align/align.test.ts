import {describe, expect, test} from 'vitest'
import type {Claim} from '../../src/types.js'
import {align, groupStories, newStats} from '../../src/align/index.js'
import {articles, claim, count, date, money, quote} from './helpers.js'

const pairs = (result: ReturnType<typeof align>) => result.findings.filter((f) => f.verdict !== 'single-source')

const football = [
  {id: 'f1', outlet: 'Sport Daily', published: '2024-05-12', title: 'Rovers win the cup final at Wembley', text: 'Rovers beat United 2-1 in the FA Cup final at Wembley. Striker Tom Hale scored twice for Rovers. Manager Luis Ortega praised his players after the final.'},
  {id: 'f2', outlet: 'The Courier', published: '2024-05-12', title: 'Hale double wins the FA Cup for Rovers', text: 'Tom Hale scored both goals as Rovers won the FA Cup final against United at Wembley. Ortega said the Rovers players were magnificent.'},
  {id: 'f3', outlet: 'Evening Post', published: '2024-05-13', title: 'Rovers fans celebrate FA Cup win', text: 'Thousands of Rovers fans lined the streets after the FA Cup final win over United at Wembley, with Hale and Ortega on the bus.'}
]
const court = [
  {id: 'c1', outlet: 'Law Times', published: '2024-03-02', title: 'Former mayor jailed for fraud', text: 'Former Bristol mayor Peter Grant was jailed for six years at Bristol Crown Court for fraud. The judge said Grant abused public trust.'},
  {id: 'c2', outlet: 'West News', published: '2024-03-02', title: 'Peter Grant sentenced over council fraud', text: 'Peter Grant, the former mayor of Bristol, was sentenced at Bristol Crown Court after a jury convicted him of fraud involving council contracts.'},
  {id: 'c3', outlet: 'The Courier', published: '2024-03-03', title: 'Ex-mayor Grant starts fraud sentence', text: 'The former mayor Peter Grant began a prison sentence for fraud after the Bristol Crown Court trial, the judge citing public trust.'}
]

describe('stories', () => {
  test('articles with a story are grouped by it', () => {
    const stories = groupStories([{id: 'b', story: 's1'}, {id: 'a', story: 's1'}, {id: 'c', story: 's2'}])
    expect(stories).toEqual([
      {id: 's1', articles: ['a', 'b'], inferred: false, reason: 'story given in the article metadata'},
      {id: 's2', articles: ['c'], inferred: false, reason: 'story given in the article metadata'}
    ])
  })

  test('two clusters of three articles without metadata become two inferred stories with reasons', () => {
    const stories = groupStories([...court, ...football])
    expect(stories.map((s) => s.articles)).toEqual(expect.arrayContaining([['c1', 'c2', 'c3'], ['f1', 'f2', 'f3']]))
    expect(stories).toHaveLength(2)
    for (const story of stories) {
      expect(story.inferred).toBe(true)
      expect(story.reason).toMatch(/^shared names: .+; shared terms: .+; published within 1 day$/)
    }
    const footballStory = stories.find((s) => s.articles.includes('f1'))
    expect(footballStory?.reason).toMatch(/Rovers/)
    expect(footballStory?.id).toMatch(/^[a-z0-9-]+$/)
  })

  test('an article about something else stays on its own', () => {
    const stories = groupStories([...football, {id: 'x', title: 'Rail strike called off', text: 'Train drivers called off a planned strike after a new pay offer from the operator.'}])
    expect(stories.find((s) => s.articles.includes('x'))).toMatchObject({articles: ['x'], inferred: true, reason: 'no other article shares enough names and terms'})
  })

  test('claims are never compared across stories', () => {
    const a = claim('f1', 'Rovers will spend £10m on a new training ground, the club said.', '£10m', 'money', money(10e6))
    const b = claim('c1', 'The council will spend £10m on a new training ground, the club said.', '£10m', 'money', money(10e6))
    const result = align({articles: [...football, ...court], claims: [a, b]})
    expect(pairs(result)).toEqual([])
    expect(result.findings.map((f) => f.story)).not.toEqual([result.findings[0]?.story, result.findings[0]?.story])
  })

  test('a single-article story yields only single-source findings', () => {
    const a = claim('a', 'The bakery sold 5,000 loaves on its first day.', '5,000 loaves', 'count', count(5000, 'loaf'))
    const result = align({articles: [{id: 'a', outlet: 'Local Times', story: 'bakery'}], claims: [a]})
    expect(result.findings).toEqual([
      {
        id: `bakery:count:${a.id}`,
        story: 'bakery',
        kind: 'count',
        verdict: 'single-source',
        claims: [a.id],
        reason: 'only-one-source',
        message: 'Only Local Times covers this story; it says “5,000 loaves”.',
        confidence: 1,
        sources: {articles: 1, families: 1}
      }
    ])
  })
})

/** A small story with pairs of every kind, for determinism checks. */
function mixedStory(): {articles: ReturnType<typeof articles>; claims: Claim[]} {
  const q = 'We were outplayed in the first half but the response after the break was superb'
  const claims = [
    claim('a', 'Rovers paid £12m for striker Tom Hale on Monday.', '£12m', 'money', money(12e6), 0),
    claim('b', 'Rovers paid around £12 million for striker Tom Hale.', 'around £12 million', 'money', money(12e6, {hedge: 'approximate', hedgeText: 'around'}), 0),
    claim('c', 'Striker Tom Hale cost Rovers £12m on Monday.', '£12m', 'money', money(12e6), 0),
    claim('a', 'The final was played in May at Wembley.', 'in May', 'date', date({month: 5}), 1),
    claim('b', 'The final was played at Wembley on 18 May 2024.', 'on 18 May 2024', 'date', date({year: 2024, month: 5, day: 18}), 1),
    claim('a', `"${q}," Ortega said.`, q, 'quote', quote(q, 'Luis Ortega'), 2),
    claim('c', 'Ortega said his side "were outplayed in the first half" at Wembley.', 'were outplayed in the first half', 'quote', quote('were outplayed in the first half', 'Luis Ortega'), 2),
    claim('b', 'The club sold 30,000 tickets for the final.', '30,000 tickets', 'count', count(30000, 'ticket'), 3)
  ]
  return {articles: articles(['a', 'b', 'c']), claims}
}

describe('align', () => {
  test('output is independent of input order', () => {
    const {articles: arts, claims} = mixedStory()
    const expected = align({articles: arts, claims})
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    for (let round = 0; round < 5; round++) {
      const shuffled = [...claims].sort(() => random() - 0.5)
      const shuffledArticles = [...arts].sort(() => random() - 0.5)
      expect(align({articles: shuffledArticles, claims: shuffled})).toEqual(expected)
    }
    expect(pairs(expected).map((f) => f.reason).sort()).toEqual(['more-precise', 'quote-fragment', 'same-value-hedged'])
    expect(expected.findings.filter((f) => f.verdict === 'single-source')).toHaveLength(1)
  })

  test('finding ids are derived from the story, kind and first claim; every claim is in exactly one finding', () => {
    const {articles: arts, claims} = mixedStory()
    const result = align({articles: arts, claims})
    const seen = new Map<string, number>()
    for (const f of result.findings) {
      expect(f.id).toBe(`${f.story}:${f.kind}:${f.claims[0]}`)
      for (const id of f.claims) seen.set(id, (seen.get(id) ?? 0) + 1)
    }
    expect([...seen.values()].every((n) => n === 1)).toBe(true)
    expect(seen.size).toBe(claims.length)
    const money3 = result.findings.find((f) => f.kind === 'money')
    expect(money3?.claims).toHaveLength(3)
  })

  test('minConfidence raises the bar', () => {
    const {articles: arts, claims} = mixedStory()
    const base = pairs(align({articles: arts, claims}))
    const lowest = Math.min(...base.map((f) => f.confidence))
    const stricter = pairs(align({articles: arts, claims}, {minConfidence: lowest + 0.001}))
    expect(stricter.length).toBeLessThan(base.length)
    expect(stricter.every((f) => f.confidence > lowest)).toBe(true)
  })

  test('claims of articles not listed get their own story; articles without text are clustered from claim sentences', () => {
    const a = claim('x1', 'Rovers paid £12m for striker Tom Hale on Monday.', '£12m', 'money', money(12e6))
    const b = claim('x2', 'Rovers paid £12m for striker Tom Hale, the club said.', '£12m', 'money', money(12e6))
    const result = align({articles: [], claims: [a, b]})
    expect(result.stories).toHaveLength(1)
    expect(result.stories[0]?.inferred).toBe(true)
    expect(pairs(result)).toHaveLength(1)
  })

  test('scaling: 5,000 claims in one story complete with far fewer than n² candidate pairs', () => {
    const claims: Claim[] = []
    const arts = articles(Array.from({length: 50}, (_, i) => `art${String(i).padStart(2, '0')}`))
    for (let i = 0; i < 5000; i++) {
      const article = `art${String(i % 50).padStart(2, '0')}`
      const topic = i % 499
      const sentence = `The council said project${topic} in ward${topic % 37} will cost £${(topic % 90) + 1}m and employ staff across the city.`
      claims.push(claim(article, sentence, `£${(topic % 90) + 1}m`, 'money', money(((topic % 90) + 1) * 1e6), i))
    }
    const stats = newStats()
    const started = Date.now()
    const result = align({articles: arts, claims}, {stats})
    const elapsed = Date.now() - started
    const n = claims.length
    expect(stats.claims).toBe(n)
    expect(stats.candidatePairs).toBeLessThan((n * (n - 1)) / 2 / 20)
    expect(result.findings.reduce((k, f) => k + f.claims.length, 0)).toBe(n)
    // The same project's claims are paired (one per article), others not.
    const paired = pairs(result)
    expect(paired.length).toBeGreaterThan(0)
    for (const f of paired) expect(new Set(f.claims.map((id) => id.split('#')[0])).size).toBe(f.claims.length)
    expect(elapsed).toBeLessThan(30_000)
  })
})
