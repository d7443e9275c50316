// What story inference reads from an article: entities (identifying and
// generic), the head, years, figures, publication ranges.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {publishedDays} from '../../src/align/stories.js'
import {entitiesIn, figureTerm, firstSentence, isPerson, isTitleCase, mentions, nameKey, outletKey, storyTerms, storyYears, vocabulary} from '../../src/align/story-terms.js'
import {yearsIn} from '../../src/align/text.js'

const displays = (text: string, extra = '') => entitiesIn(text, vocabulary([text, extra])).map((e) => `${e.display}:${e.tokens.join(',')}`)

describe('entities', () => {
  test('a run of capitalised words, identified by its specific words', () => {
    expect(displays('Inspectors said Liverpool City Council had failed.')).toEqual(['Liverpool City Council:liverpool'])
    expect(displays('Rates were set by the Bank of England on Thursday.')).toEqual(['Bank of England:england'])
  })

  test('generic names identify nothing: months, weekdays, agencies, roles', () => {
    expect(displays('On Monday in March, Reuters said the Police and the Chief Executive met.')).toEqual([])
  })

  test('a common word at a sentence start is not a name; a place is', () => {
    expect(displays('Shares of Norvex rose. Profits fell at the group.', 'shares were up; profits fell')).toEqual(['Norvex:norvex'])
    expect(displays('Liverpool has a new plan. The council in Liverpool agreed.')).toEqual(['Liverpool:liverpool', 'Liverpool:liverpool'])
  })

  test('capitalised common words ("Children’s Services") are not names when mostly written lowercase', () => {
    const text = 'The Children’s Services department failed children. Many children were at risk, and children waited.'
    expect(displays(text)).toEqual([])
  })

  test('a run of capitals is a heading, not a name; an acronym alone is a name', () => {
    expect(displays('KEY POINTS: profit fell.')).toEqual([])
    expect(displays('The company said Norvex and ASML would pay.')).toEqual(['Norvex:norvex', 'ASML:asml'])
  })

  test("the outlets' own names are skipped as whole runs only", () => {
    const text = 'The Liverpool Echo reported that Liverpool lost.'
    const outlets = new Set([outletKey('Liverpool Echo')])
    expect(entitiesIn(text, vocabulary([text]), false, undefined, outlets).map((e) => e.display)).toEqual(['Liverpool'])
  })

  test('a title-case headline: only words known as names elsewhere, or by the lexicon', () => {
    const body = 'Norvex said profit rose. Analysts at Norvex were pleased.'
    const title = 'Norvex Profit Rises As Demand Holds Up'
    expect(isTitleCase(title)).toBe(true)
    expect(storyTerms(title, body).title.map((e) => e.display)).toEqual(['Norvex'])
  })

  test('people: a first name then a surname; named by the surname, not the first name', () => {
    const [smith] = entitiesIn('The court heard that John Smith lied.', vocabulary(['The court heard that John Smith lied.']))
    expect(smith && isPerson(smith)).toBe(true)
    const other = storyTerms('', 'The judge told John Brown he would be jailed. Brown said nothing.')
    const same = storyTerms('', 'The judge told Smith he would be jailed. Smith wept.')
    expect(mentions(other, smith as never)).toBe(false)
    expect(mentions(same, smith as never)).toBe(true)
  })
})

describe('head, years, figures', () => {
  test('the first sentence skips bylines and kickers (lines of fewer than eight words)', () => {
    expect(firstSentence('By Ian King\nBloomberg News\nIntel said profit fell 39 per cent in the quarter. Shares fell.')).toBe('Intel said profit fell 39 per cent in the quarter.')
  })

  test('story years leave out four-digit counts', () => {
    expect(storyYears('The quake killed more than 2000 people in 2023, after 1900 homes fell.')).toEqual([2023])
  })

  test('property: story years are years the text names', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('in', '2019', 'more', 'than', '2000', 'people', 'the', '2021/22', 'season', 'about', 'homes', '1999,'), {maxLength: 12}), (parts) => {
        const text = parts.join(' ')
        const all = yearsIn(text)
        for (const y of storyYears(text)) expect(all).toContain(y)
      }),
      {numRuns: 200, seed: 3}
    )
  })

  test('figures: separators and trailing zeros do not matter; years and single digits are not figures', () => {
    expect(figureTerm('1,500')).toBe('=1500')
    expect(figureTerm('1.50')).toBe('=1.5')
    expect(figureTerm('2023')).toBeNull()
    expect(figureTerm('7')).toBeNull()
    expect(figureTerm('profit')).toBeNull()
  })

  test('property: a number written with or without thousands separators is one figure', () => {
    fc.assert(
      fc.property(fc.integer({min: 10, max: 10_000_000}), (n) => {
        fc.pre(n < 1800 || n > 2199)
        expect(figureTerm(n.toLocaleString('en-US'))).toBe(`=${n}`)
        expect(figureTerm(String(n))).toBe(`=${n}`)
      }),
      {numRuns: 300, seed: 4}
    )
  })

  test('property: a name key is a prefix of the token, at most one ending shorter', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,14}$/), (token) => {
        const key = nameKey(token)
        expect(token.startsWith(key)).toBe(true)
        expect(token.length - key.length).toBeLessThanOrEqual(4)
        expect(key.length >= 4 || key === token).toBe(true)
      }),
      {numRuns: 300, seed: 5}
    )
    expect(nameKey('morocco')).toBe(nameKey('moroccan'))
    expect(nameKey('kenya')).toBe(nameKey('kenyan'))
    expect(nameKey('williams')).not.toBe(nameKey('williamson'))
    expect(nameKey('stanasolquin')).not.toBe(nameKey('stanasolbri'))
  })
})

describe('publication dates as day ranges', () => {
  test('a day, a month, a year', () => {
    const day = publishedDays('2024-03-05') as [number, number]
    expect(day[0]).toBe(day[1])
    const month = publishedDays('2024-02') as [number, number]
    expect(month[1] - month[0]).toBe(28)
    const year = publishedDays('2023') as [number, number]
    expect(year[1] - year[0]).toBe(364)
    expect(publishedDays('2023-02-30')).toBeUndefined()
    expect(publishedDays('soon')).toBeUndefined()
    expect(publishedDays('2024-03-05T10:00:00Z')).toEqual(day)
  })

  test('property: a day lies in its month and its year', () => {
    fc.assert(
      fc.property(fc.date({min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true}), (date) => {
        const iso = date.toISOString().slice(0, 10)
        const [d] = publishedDays(iso) as [number, number]
        const [m0, m1] = publishedDays(iso.slice(0, 7)) as [number, number]
        const [y0, y1] = publishedDays(iso.slice(0, 4)) as [number, number]
        expect(m0 <= d && d <= m1).toBe(true)
        expect(y0 <= m0 && m1 <= y1).toBe(true)
      }),
      {numRuns: 200, seed: 6}
    )
  })
})
