// Values as people read them, from one formatter (the CLI and the unified plugin).
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {formatValue, pluralOf} from '../../src/report/format-value.js'
import {docsUrl} from '../../src/unified/docs-url.js'
import {createChecker} from '../../src/index.js'
import type {ClaimValue} from '../../src/types.js'

const checker = createChecker()
const valueOf = (text: string, kind: string) => {
  const claim = checker.extract(text).find((c) => c.kind === kind)
  expect(claim, `${kind} in ${text}`).toBeDefined()
  return formatValue(claim!.value)
}

describe('formatValue', () => {
  test('money, counts, percentages and dates read as written by people', () => {
    expect(valueOf('The club paid £12m for the striker.', 'money')).toBe('£12m')
    expect(valueOf('The deal is worth circa £2.5 billion, the firm said.', 'money')).toBe('about £2.5bn')
    expect(valueOf('The council employs 1,200 social workers.', 'count')).toBe('1,200 social workers')
    expect(valueOf('Turnout rose to 67% on Thursday.', 'percent')).toBe('67%')
    expect(valueOf('The bridge has been shut since March 2017.', 'date')).toBe('since March 2017')
    expect(valueOf('It opened on 18 January 2019.', 'date')).toBe('18 January 2019')
  })

  test('quotes, roles and categories', () => {
    expect(formatValue({type: 'quote', speaker: 'Anna Lee', speakerMention: null, words: 'We will reopen', quotation: 'q1', scare: false})).toBe('“We will reopen” (Anna Lee)')
    expect(formatValue({type: 'quote', speaker: null, speakerMention: null, words: 'flawless', quotation: 'q2', scare: true})).toBe('“flawless” (scare quote)')
    expect(formatValue({type: 'role', person: 'Jane Smith', role: 'chief executive'})).toBe('Jane Smith, chief executive')
    expect(formatValue({type: 'category', scheme: 'verdict', label: 'not guilty'})).toBe('verdict: not guilty')
  })

  test('a date never prints as raw JSON', () => {
    const date: ClaimValue = {type: 'date', start: {year: 2019}, end: {year: 2019}, granularity: 'year', assigned: ['year'], implied: [], anchor: 'absolute', relation: 'at'}
    expect(formatValue(date)).toBe('2019')
  })

  test('property: one line, no control characters, whatever the text in a value', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), fc.string({unit: 'binary'}), (words, person) => {
        for (const value of [
          {type: 'quote', speaker: person, speakerMention: null, words, quotation: 'q', scare: false},
          {type: 'role', person, role: words},
          {type: 'category', scheme: person, label: words},
          {type: 'custom', note: words}
        ] as ClaimValue[]) {
          const out = formatValue(value)
          expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/)
        }
      }),
      {numRuns: 300}
    )
  })

  test('property: an exact count of n names n, grouped by thousands', () => {
    fc.assert(
      fc.property(fc.integer({min: 2, max: 10_000_000}), (n) => {
        const out = formatValue({type: 'quantity', low: n, high: n, unit: 'school', hedge: 'exact', bounds: {low: n, high: n}})
        expect(out).toBe(`${n.toLocaleString('en-GB')} schools`)
        expect(Number(out.split(' ')[0]!.replaceAll(',', ''))).toBe(n)
      })
    )
  })

  test('plurals of lemmas', () => {
    expect(['worker', 'social worker', 'person', 'child', 'church', 'county', 'day', 'box'].map(pluralOf)).toEqual(['workers', 'social workers', 'people', 'children', 'churches', 'counties', 'days', 'boxes'])
  })
})

describe('docsUrl', () => {
  test('absolute URLs as given, package docs as file URLs, other paths left out', () => {
    expect(docsUrl('https://example.org/rules#x')).toBe('https://example.org/rules#x')
    expect(docsUrl('docs/claims-dates.md')).toMatch(/^file:\/\/.*\/docs\/claims-dates\.md$/)
    expect(docsUrl('../secret.md')).toBeUndefined()
    expect(docsUrl('docs/../x.md')).toBeUndefined()
    expect(docsUrl(undefined)).toBeUndefined()
  })
})
