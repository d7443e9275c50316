// Verdict rules news needs (issue 11, point 4): implied precision, quotations
// differing only in punctuation or spelling, cuts at the ends of a quotation,
// and figures that change as a story develops. Every sentence is invented.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {align, compareClaims} from '../../src/align/index.js'
import {publicationOrder} from '../../src/align/published.js'
import {count as countMatcher} from '../../src/extract/matchers/count.js'
import {money as moneyMatcher} from '../../src/extract/matchers/money.js'
import {percent as percentMatcher} from '../../src/extract/matchers/percent.js'
import {runMatcher} from '../../src/extract/test-matcher.js'
import type {Claim, Matcher} from '../../src/types.js'
import {articles, claim, money, quote} from './helpers.js'

const pairs = (result: ReturnType<typeof align>) => result.findings.filter((f) => f.verdict !== 'single-source')

/** The one claim `matcher` finds in `sentence`, as a claim of `article`. */
function extracted(article: string, matcher: Matcher, sentence: string): Claim {
  const found = runMatcher(matcher, sentence)
  expect(found, sentence).toHaveLength(1)
  const c = found[0] as Claim
  return {...c, id: `${article}#${c.id}`, article}
}

function pairOf(a: Claim, b: Claim, published: Record<string, string> = {}) {
  const arts = articles([a.article, b.article]).map((x) => (published[x.id] ? {...x, published: published[x.id]} : x))
  const both = pairs(align({articles: arts, claims: [a, b]}))
  const swapped = pairs(align({articles: [...arts].reverse(), claims: [b, a]}))
  expect(swapped.map((f) => [f.verdict, f.reason])).toEqual(both.map((f) => [f.verdict, f.reason]))
  return both[0]
}

describe('implied precision', () => {
  test.each([
    [moneyMatcher, 'Northwind Foods reported quarterly revenue of $4.1 billion on Tuesday.', 'Northwind Foods reported quarterly revenue of $4.06 billion on Tuesday.', '$4.1 billion', '$4.06 billion', 2],
    [moneyMatcher, 'The county council expects an overspend of £41m on adult care this year.', 'The county council expects an overspend of £41.3m on adult care this year.', '£41m', '£41.3m', 2],
    [countMatcher, 'The census counted 3.2 million residents in the region last spring.', 'The census counted 3,214,000 residents in the region last spring.', '3.2 million residents', '3,214,000 residents', 2],
    [percentMatcher, 'Turnout in the mayoral vote reached nearly 60% across the city.', 'Turnout in the mayoral vote reached 59.6% across the city.', 'nearly 60%', '59.6%', 2]
  ])('a figure written with fewer digits agrees with one it rounds to (%#)', (matcher, sa, sb, coarse, fine, digits) => {
    const finding = pairOf(extracted('a', matcher as Matcher, sa), extracted('b', matcher as Matcher, sb))
    expect(finding?.verdict).toBe('agree')
    expect(finding?.reason).toBe('rounded-value')
    expect(finding?.notes).toContain(`rounded: “${coarse}” is “${fine}” rounded to ${digits} significant digits`)
  })

  test.each([
    ['$4.1 billion', '$4.2 billion'],
    ['$4.06 billion', '$4.10 billion'],
    ['$4.1 billion', '$4.16 billion']
  ])('%s and %s conflict', (x, y) => {
    const a = extracted('a', moneyMatcher, `Northwind Foods reported quarterly revenue of ${x} on Tuesday.`)
    const b = extracted('b', moneyMatcher, `Northwind Foods reported quarterly revenue of ${y} on Tuesday.`)
    const finding = pairOf(a, b)
    expect(finding?.verdict).toBe('differ')
    expect(finding?.reason).toBe('value-conflict')
  })
})

describe('a figure that changes as the story develops', () => {
  const a = claim('a', 'Officials said 12 people died when the ferry capsized off the coast of Lorvik.', '12 people', 'count', money(12, {unit: 'person'}))
  const b = claim('b', 'Officials said 15 people died when the ferry capsized off the coast of Lorvik.', '15 people', 'count', money(15, {unit: 'person'}))

  test('a conflict between articles published at different times says which is later', () => {
    const finding = pairOf(a, b, {a: '2024-03-01T09:10Z', b: '2024-03-01T15:45Z'})
    expect(finding?.verdict).toBe('differ')
    expect(finding?.reason).toBe('value-developing')
    expect(finding?.message).toContain('B News published later (2024-03-01T15:45Z vs 2024-03-01T09:10Z)')
    const reversed = pairOf(a, b, {a: '2024-03-02', b: '2024-03-01'})
    expect(reversed?.message).toContain('A News published later (2024-03-02 vs 2024-03-01)')
  })

  test('ties and unknown times keep value-conflict', () => {
    expect(pairOf(a, b, {a: '2024-03-01', b: '2024-03-01T15:45Z'})?.reason).toBe('value-conflict')
    expect(pairOf(a, b, {a: '2024-03-01T10:00+01:00', b: '2024-03-01T09:00Z'})?.reason).toBe('value-conflict')
    expect(pairOf(a, b, {a: '2024-03-01'})?.reason).toBe('value-conflict')
    expect(pairOf(a, b, {a: 'yesterday', b: '2024-03-02'})?.reason).toBe('value-conflict')
    expect(pairOf(a, b)?.reason).toBe('value-conflict')
  })

  test('publicationOrder compares at the precision both give', () => {
    expect(publicationOrder('2024-03', '2024-02-28')).toBe(1)
    expect(publicationOrder('2024-03', '2024-03-28')).toBe(0)
    expect(publicationOrder('2024-03-01T23:30-02:00', '2024-03-02T00:30Z')).toBe(1)
    expect(publicationOrder('2024-13-01', '2024-03-01')).toBeUndefined()
  })

  test('publicationOrder is antisymmetric and reflexive', () => {
    const stamp = fc
      .tuple(fc.integer({min: 2020, max: 2025}), fc.option(fc.integer({min: 1, max: 12})), fc.integer({min: 1, max: 28}), fc.option(fc.tuple(fc.integer({min: 0, max: 23}), fc.integer({min: 0, max: 59}))), fc.constantFrom('', 'Z', '+02:00', '-05:00'))
      .map(([y, m, d, t, z]) => (m === null ? `${y}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${t ? `T${String(t[0]).padStart(2, '0')}:${String(t[1]).padStart(2, '0')}${z}` : ''}`))
    fc.assert(
      fc.property(stamp, stamp, (x, y) => {
        expect(publicationOrder(x, x)).toBe(0)
        const xy = publicationOrder(x, y)
        const yx = publicationOrder(y, x)
        expect(yx === undefined ? undefined : -yx || 0).toBe(xy === undefined ? undefined : xy || 0)
      })
    )
  })
})

function quoted(article: string, sentence: string, words: string, speaker: string | null = 'Dana Whitfield'): Claim {
  return claim(article, sentence, words, 'quote', quote(words, speaker))
}

describe('quotations', () => {
  test('a quotation whose only change is two commas agrees, with a note', () => {
    const a = quoted('a', '"We will, as a council, keep every library in the county open next year," Whitfield said.', 'We will, as a council, keep every library in the county open next year')
    const b = quoted('b', '"We will as a council keep every library in the county open next year," she said.', 'We will as a council keep every library in the county open next year')
    const finding = pairOf(a, b)
    expect(finding?.verdict).toBe('agree')
    expect(finding?.reason).toBe('quote-punctuation')
    expect(finding?.notes?.[0]).toBe('punctuation: the same words, differing only in punctuation')
  })

  test('case, quote marks, hyphenation and British/US spelling are not changes', () => {
    const a = quoted('a', '"We’ll organise a long-term plan to restore the colour of the town centre," she said.', 'We’ll organise a long-term plan to restore the colour of the town centre')
    const b = quoted('b', '"we\'ll organize a long term plan to restore the color of the town center," she said.', "we'll organize a long term plan to restore the color of the town center")
    const finding = pairOf(a, b)
    expect(finding?.verdict).toBe('agree')
    expect(finding?.reason).toBe('quote-punctuation')
    expect(finding?.notes?.[0]).toMatch(/^punctuation: the same words, differing only in hyphenation or word breaks/)
    const c = quoted('c', '"We will organise the colour scheme for the centre," she said.', 'We will organise the colour scheme for the centre')
    const d = quoted('d', '"We will organize the color scheme for the center," she said.', 'We will organize the color scheme for the center')
    expect(pairOf(c, d)?.notes?.[0]).toBe('punctuation: the same words, differing only in spelling (organise/organize, colour/color, centre/center)')
  })

  test('words cut at the end of a quotation presented as a whole sentence differ, naming the cut', () => {
    const a = quoted('a', '"We knew the road would be closed for weeks while the bridge was rebuilt," the engineer said.', 'We knew the road would be closed for weeks while the bridge was rebuilt')
    const b = quoted('b', '"We knew the road would be closed for weeks." Work started on Monday.', 'We knew the road would be closed for weeks')
    const finding = pairOf(a, b)
    expect(finding?.verdict).toBe('differ')
    expect(finding?.reason).toBe('quote-words-cut')
    expect(finding?.notes).toContain('cut without an ellipsis at the end: “while the bridge was rebuilt”')
  })

  test('a long quotation cut late: the message shows each side from where they differ, not the same 70 characters twice', () => {
    const long = 'Our main task for the coming year must now be to focus on better planning for the children in our care, so that they all feel safe'
    const cutWords = long.replace(' for the children in our care', '')
    const a = quoted('a', `"${long}," Whitfield said.`, long)
    const b = quoted('b', `"${cutWords}," Whitfield said.`, cutWords)
    const finding = pairOf(a, b)
    expect(finding?.reason).toBe('quote-words-cut')
    const shown = [...(finding?.message ?? '').matchAll(/quotes “([^”]*)”/g)].map((m) => m[1])
    expect(shown).toHaveLength(2)
    expect(shown[0]).not.toBe(shown[1])
    expect(shown.some((q) => q?.includes('for the children in our care'))).toBe(true)
    expect(shown.every((q) => q?.startsWith('…') && q.includes('better planning'))).toBe(true)
    // Short quotations are shown whole, as before.
    expect(pairOf(quoted('c', '"We knew the road would be closed for weeks while the bridge was rebuilt," the engineer said.', 'We knew the road would be closed for weeks while the bridge was rebuilt'), quoted('d', '"We knew the road would be closed for weeks." Work started on Monday.', 'We knew the road would be closed for weeks'))?.message).toContain('“We knew the road would be closed for weeks”')
  })

  test('words cut at the start of a quotation presented as complete differ, naming the cut', () => {
    const a = quoted('a', '"Frankly the council has failed the families of this estate for a decade," Whitfield said.', 'Frankly the council has failed the families of this estate for a decade')
    const b = quoted('b', '"The council has failed the families of this estate for a decade," Whitfield said.', 'The council has failed the families of this estate for a decade')
    const finding = pairOf(a, b)
    expect(finding?.verdict).toBe('differ')
    expect(finding?.reason).toBe('quote-words-cut')
    expect(finding?.notes).toContain('cut without an ellipsis at the start: “Frankly”')
  })

  test('a quotation taken up mid-sentence, or resumed after the attribution, is a fragment', () => {
    const full = 'The council has failed the families of this estate for a decade and it must now act'
    const a = quoted('a', `"${full}," Whitfield said.`, full)
    const b = quoted('b', 'Whitfield said the council "has failed the families of this estate for a decade".', 'has failed the families of this estate for a decade')
    expect(pairOf(a, b)?.reason).toBe('quote-fragment')
    const c = quoted('c', '"The council has failed the families of this estate for a decade," Whitfield said, "and it must now act."', 'The council has failed the families of this estate for a decade')
    expect(pairOf(a, c)?.reason).toBe('quote-fragment')
  })

  test('words cut inside and words changed at the end are named', () => {
    const a = quoted('a', '"There is no evidence at all that the dam was inspected last winter," the engineer said.', 'There is no evidence at all that the dam was inspected last winter')
    const b = quoted('b', '"There is no evidence that the dam was inspected last winter," the engineer said.', 'There is no evidence that the dam was inspected last winter')
    const cut = pairOf(a, b)
    expect(cut?.reason).toBe('quote-words-cut')
    expect(cut?.notes).toEqual(['cut without an ellipsis inside: “at all”'])
    const c = quoted('c', '"There is no evidence at all that the dam was inspected last summer," the engineer said.', 'There is no evidence at all that the dam was inspected last summer')
    const changed = pairOf(a, c)
    expect(changed?.reason).toBe('quote-words-changed')
    // Of two of the same length, the one whose words sort first is read as the shorter: "summer" < "winter".
    expect(changed?.notes).toEqual(['words changed at the end: “summer” ↔ “winter”'])
  })
})

describe('verdict properties', () => {
  const scale = fc.constantFrom<[string, number]>(['', 1], [' million', 1e6], ['bn', 1e9])
  const figure = fc.tuple(fc.integer({min: 1, max: 9999}), fc.integer({min: 0, max: 3}), scale, fc.constantFrom('exact', 'approximate')).map(([m, d, [word, s], hedge]) => {
    const written = (m / 10 ** d).toFixed(d)
    const text = `${hedge === 'approximate' ? 'about ' : ''}£${written}${word}`
    return {text, value: money(Number(written) * s, {hedge: hedge as 'exact' | 'approximate'})}
  })
  test('quantity verdicts are symmetric and a value agrees with itself', () =>
    fc.assert(
      fc.property(figure, figure, (x, y) => {
        const a = claim('a', `The deal was worth ${x.text} to the club.`, x.text, 'money', x.value)
        const b = claim('b', `The deal was worth ${y.text} to the club.`, y.text, 'money', y.value)
        const ab = compareClaims(a, b)
        const ba = compareClaims(b, a)
        expect([ba.relation, ba.reason]).toEqual([ab.relation, ab.reason])
        expect(compareClaims(a, {...a, article: 'c'}).relation).toBe('agree')
      }),
      {numRuns: 500}
    ))

  const word = fc.constantFrom('we', 'will', 'organise', 'organize', 'the', 'long-term', 'long', 'term', 'plan', 'colour', 'color', 'and', 'rebuild', 'it,', 'now.')
  const form = fc.constantFrom('full', 'comma', 'mid')
  const sentenceFor = (words: string, f: string) => (f === 'full' ? `"${words}." She left.` : f === 'comma' ? `"${words}," she said.` : `She said they "${words}" on Monday.`)
  const quotation = fc.tuple(fc.array(word, {minLength: 1, maxLength: 12}), fc.boolean(), form).map(([list, cap, f]) => {
    const text = list.join(' ')
    const words = cap ? text.charAt(0).toUpperCase() + text.slice(1) : text
    return {words, sentence: sentenceFor(words, f)}
  })
  test('quotation verdicts are symmetric, however each is presented, and a quotation agrees with itself', () =>
    fc.assert(
      fc.property(quotation, quotation, (x, y) => {
        const a = quoted('a', x.sentence, x.words)
        const b = quoted('b', y.sentence, y.words)
        const ab = compareClaims(a, b)
        const ba = compareClaims(b, a)
        expect([ba.relation, ba.reason, ba.evidence]).toEqual([ab.relation, ab.reason, ab.evidence])
        const self = compareClaims(a, {...a, article: 'c'})
        expect([self.relation, self.reason]).toEqual(['agree', 'same-words'])
      }),
      {numRuns: 2000}
    ))
})

describe('quotations in another house style for numbers', () => {
  test('"$7bn" and "$7 billion", "64%" and "64 per cent" are the same words', () => {
    const a = quoted('a', '"We are pleased to report revenue of over $7bn and a margin of 64%," she said.', 'We are pleased to report revenue of over $7bn and a margin of 64%')
    const b = quoted('b', '"We are pleased to report revenue of over $7 billion and a margin of 64 per cent," she said.', 'We are pleased to report revenue of over $7 billion and a margin of 64 per cent')
    const finding = pairOf(a, b)
    expect(finding?.reason).toBe('quote-punctuation')
    expect(finding?.notes?.[0]).toBe('punctuation: the same words, differing only in number style')
  })
  test('a hedge dropped with the number restyled is still a cut, named', () => {
    const a = quoted('a', '"The council agreed a further circa £10 million investment in the service," she said.', 'The council agreed a further circa £10 million investment in the service')
    const b = quoted('b', '"The council agreed a further £10m investment in the service," she said.', 'The council agreed a further £10m investment in the service')
    const finding = pairOf(a, b)
    expect(finding?.verdict).toBe('differ')
    expect(finding?.reason).toBe('quote-words-cut')
    expect(finding?.notes).toEqual(['cut without an ellipsis inside: “circa”'])
    expect(finding?.diff?.map((p) => p.text).join('')).not.toContain('  ')
  })
})
