// Story inference scores only the pairs its term index finds (prefix
// filtering); the stories must be exactly those of scoring every pair.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {groupStories, type StoryArticle} from '../../src/align/index.js'
import {generate} from '../../bench/generate.mjs'

describe('story inference with the term index = all pairs', () => {
  test('on a generated day of news (story fields removed)', () => {
    const articles = (generate(400, {seed: 7, story: false}) as Array<{id: string; title: string; published: string; text: string}>).map((a) => ({
      id: a.id,
      title: a.title,
      published: a.published,
      text: a.text
    }))
    const indexed = groupStories(articles)
    expect(indexed.length).toBeGreaterThan(50)
    expect(indexed).toEqual(groupStories(articles, {exhaustive: true}))
  })

  test('on random articles from a small vocabulary (many pairs near the threshold)', () => {
    const word = fc.constantFrom('council', 'Liverpool', 'Sefton', 'school', 'budget', 'strike', 'rail', 'Ofsted', 'report', 'children', 'March', 'match', 'Rovers', 'cup', 'final', 'court', 'judge', 'Smith', 'Jones', 'pay', 'offer', 'union', 'flood', 'river', 'rain')
    const article = fc.record({
      words: fc.array(word, {minLength: 0, maxLength: 25}),
      title: fc.array(word, {maxLength: 4}),
      day: fc.option(fc.integer({min: 1, max: 28}), {nil: undefined})
    })
    fc.assert(
      fc.property(fc.array(article, {minLength: 1, maxLength: 40}), fc.constantFrom(0.05, 0.2, 0.35, 0.6), (list, threshold) => {
        const articles: StoryArticle[] = list.map((a, i) => ({
          id: `a${String(i).padStart(2, '0')}`,
          title: a.title.join(' '),
          text: a.words.join(' '),
          ...(a.day === undefined ? {} : {published: `2024-03-${String(a.day).padStart(2, '0')}`})
        }))
        expect(groupStories(articles, {threshold})).toEqual(groupStories(articles, {threshold, exhaustive: true}))
      }),
      {numRuns: 200, seed: 42}
    )
  })
})
