// Story inference on look-alikes: the same kind of event about another
// company, place or person never merges; one event in several outlets'
// words never splits. Deterministic, independent of input order, and the
// term index finds what the all-pairs loop finds.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {groupStories, type StoryArticle} from '../../src/align/index.js'
import {storyConflict} from '../../src/align/story-conflicts.js'
import {storyProfiles} from '../../src/align/stories.js'
import {earnings, earthquakes, eventsOf, sentences} from './lookalikes.js'

const sets = {earnings, earthquakes, sentences}

describe('look-alike stories', () => {
  for (const [name, make] of Object.entries(sets)) {
    test(`${name}: one story per event, none merged, none split`, () => {
      const articles = make()
      const stories = groupStories(articles)
      const events = [...new Set(articles.map((a) => a.event))].sort()
      expect(eventsOf(stories, articles)).toEqual(events.map((e) => [e]))
      expect(stories).toHaveLength(events.length)
    })
  }

  test('each event\'s coverage grouped alone stays one story', () => {
    const articles = [...earnings(), ...earthquakes(), ...sentences()]
    for (const event of new Set(articles.map((a) => a.event))) {
      const own = articles.filter((a) => a.event === event)
      expect(groupStories(own).map((s) => s.articles)).toEqual([own.map((a) => a.id).sort()])
    }
  })

  test('all three sets together: ten events, ten stories', () => {
    const articles = [...earnings(), ...earthquakes(), ...sentences()]
    const stories = groupStories(articles)
    expect(stories).toHaveLength(10)
    expect(eventsOf(stories, articles).every((events) => events.length === 1)).toBe(true)
  })

  test('the reason names the shared entities and the publication spread', () => {
    const stories = groupStories(earnings())
    const norvex = stories.find((s) => s.articles.includes('earn-norvex-0'))
    expect(norvex?.reason).toMatch(/^shared names: .*Norvex.*; published within 1 day$/)
    expect(norvex?.reason).toMatch(/Helen|Marsh|Austin/)
  })

  test('an article left alone says which article was closest and what kept them apart', () => {
    // The same outlet's wording about two companies: only the names differ.
    const pair = earnings().filter((a) => a.id === 'earn-norvex-0' || a.id === 'earn-caldera-0')
    const stories = groupStories(pair)
    expect(stories).toHaveLength(2)
    for (const s of stories) expect(s.reason).toMatch(/^not grouped with earn-(norvex|caldera)-0, the closest article: the headlines name different subjects \((Norvex|Caldera Systems) vs (Norvex|Caldera Systems)\)$/)
  })

  test('the same kind of event in another year (title years differ) does not merge', () => {
    const base = earnings().filter((a) => a.event === 'norvex')
    const lastYear = base.map((a) => ({...a, id: `${a.id}-2023`, title: `${a.title} in 2023`, published: undefined}))
    const thisYear = base.map((a) => ({...a, title: `${a.title} in 2024`, published: undefined}))
    const stories = groupStories([...lastYear, ...thisYear])
    expect(stories.map((s) => s.articles.length).sort()).toEqual([3, 3])
    expect(stories.every((s) => s.articles.every((id) => id.endsWith('-2023')) || s.articles.every((id) => !id.endsWith('-2023')))).toBe(true)
  })

  test('articles published months apart are not one story', () => {
    const [a, b] = earthquakes()
    const stories = groupStories([a as StoryArticle, {...(b as StoryArticle), published: '2024-09-20'}])
    expect(stories).toHaveLength(2)
    expect(stories.map((s) => s.reason).join(' ')).toMatch(/published 19\d days apart/)
  })
})

describe('story inference invariants', () => {
  const all = () => [...earnings(), ...earthquakes(), ...sentences()].map(({event: _event, ...a}) => a)

  test('property: input order does not change the stories', () => {
    const articles = all()
    const expected = groupStories(articles)
    fc.assert(
      fc.property(fc.shuffledSubarray(articles, {minLength: articles.length, maxLength: articles.length}), (shuffled) => {
        expect(groupStories(shuffled)).toEqual(expected)
      }),
      {numRuns: 40, seed: 11}
    )
  })

  test('property: any subset is grouped the same way by the index and by all pairs, and deterministically', () => {
    const articles = all()
    fc.assert(
      fc.property(fc.subarray(articles, {minLength: 1}), (subset) => {
        const indexed = groupStories(subset)
        expect(indexed).toEqual(groupStories(subset, {exhaustive: true}))
        expect(groupStories(subset)).toEqual(indexed)
      }),
      {numRuns: 40, seed: 12}
    )
  })

  test('property: a subset of one event stays one story; a subset never mixes events', () => {
    const articles = [...earnings(), ...earthquakes(), ...sentences()]
    fc.assert(
      fc.property(fc.subarray(articles, {minLength: 2}), (subset) => {
        const stories = groupStories(subset)
        for (const events of eventsOf(stories, subset)) expect(events).toHaveLength(1)
        expect(stories).toHaveLength(new Set(subset.map((a) => a.event)).size)
      }),
      {numRuns: 60, seed: 13}
    )
  })

  test('property: a conflict between two articles does not depend on which comes first', () => {
    const profiles = storyProfiles([...earnings(), ...earthquakes(), ...sentences()])
    fc.assert(
      fc.property(fc.nat(profiles.length - 1), fc.nat(profiles.length - 1), (i, j) => {
        const a = profiles[i] as (typeof profiles)[number]
        const b = profiles[j] as (typeof profiles)[number]
        expect(storyConflict(a, b, {maxSpanDays: 28}) === null).toBe(storyConflict(b, a, {maxSpanDays: 28}) === null)
      }),
      {numRuns: 300, seed: 15}
    )
  })

  test('property: every article is in exactly one story', () => {
    fc.assert(
      fc.property(fc.subarray(all(), {minLength: 1}), (subset) => {
        const ids = groupStories(subset).flatMap((s) => s.articles)
        expect([...ids].sort()).toEqual(subset.map((a) => a.id).sort())
      }),
      {numRuns: 30, seed: 14}
    )
  })
})
