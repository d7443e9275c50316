/**
 * Ages in apposition after a person ("Jane Doe, 34, was charged"), as count
 * claims of unit `year-old` like "aged 35", on sentences written for these
 * tests (not from any data set).
 */
import {describe, expect, test} from 'vitest'
import fc from 'fast-check'
import {count} from '../../src/extract/matchers/count.js'
import {runMatcher, testMatcher} from '../../src/extract/test-matcher.js'

const ages = (text: string) => runMatcher(count, text).filter((c) => (c.value as {unit?: string}).unit === 'year-old')

describe('ages in apposition', () => {
  test('after a name or a person noun, before a verb, "who" or "of"', () =>
    testMatcher(count, {
      found: [
        {text: 'Jane Doe, 34, was charged on Friday.', claims: [{text: '34', value: {low: 34, high: 34, unit: 'year-old', hedge: 'exact'}}]},
        {text: 'Jane Doe, 34, of Leeds, appeared in court.', claims: [{text: '34', value: {low: 34, unit: 'year-old'}}]},
        {text: 'The singer, 55, said she would tour again.', claims: [{text: '55', value: {low: 55, unit: 'year-old'}}]},
        {text: 'Mark Oduya, 61, who founded the firm, resigned.', claims: [{text: '61', value: {low: 61, unit: 'year-old'}}]},
        {text: 'A local teacher, 42, has been named as the victim.', claims: [{text: '42', value: {low: 42, unit: 'year-old'}}]},
        // Was a "not a count" case of tests/extract/count.test.ts before ages in apposition were read.
        {text: 'A boy, 14, appeared in court.', claims: [{text: '14', value: {low: 14, unit: 'year-old'}}]},
        {text: 'Police said Priya Nandakumar, 28, died at the scene.', claims: [{text: '28', value: {low: 28, unit: 'year-old'}}]}
      ],
      none: []
    }))

  test('the same value shape as "aged 35"', () => {
    const [apposition] = ages('Tom Reyes, 35, was arrested.')
    const [aged] = ages('A man aged 35 was arrested.')
    expect(apposition?.value).toEqual(aged?.value)
  })

  test('not an age: dates, years, lists of figures, a figure before a noun', () => {
    for (const text of [
      'In 2019, 60 people were hurt.',
      'On Monday, 5 May, the council met.',
      'On Monday, 5, the team trained.',
      'Scores of 12, 15, 18, were recorded.',
      'The counts were 4, 6, and 9.',
      'In London, 60, were arrested.',
      'Jane Doe, 34 years a nurse, retired.',
      'The singers, 55, said nothing.',
      'Jane Doe, 34, 35 and 36 are the codes.',
      'Jane Doe, 340, was the ticket.'
    ]) {
      expect(ages(text).map((c) => c.text), text).toEqual([])
    }
  })

  test('property: any age from 1 to 119 between a name and a verb reads back', () =>
    fc.assert(
      fc.property(fc.integer({min: 1, max: 119}), fc.constantFrom('was', 'has', 'said', 'of', 'who', 'died', 'is'), (age, next) => {
        const found = ages(`Officers named Alan Whitcombe, ${age}, ${next} the town.`)
        expect(found.map((c) => c.value)).toEqual([expect.objectContaining({low: age, high: age, unit: 'year-old', hedge: 'exact'})])
      }),
      {numRuns: 60}
    ))
})
