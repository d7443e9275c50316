import {expect, test} from 'vitest'
import {createChecker, testMatcher, type Matcher} from '../src/index.js'

const digits: Matcher = {
  meta: {id: 'digits', kind: 'count', description: 'runs of digits'},
  match(sentence) {
    return [...sentence.text.matchAll(/\d+/g)].map((m) => ({start: m.index, end: m.index + m[0].length, value: {type: 'n', n: Number(m[0])}}))
  }
}

test('a custom matcher runs through the checker with exact offsets', () => {
  const text = 'Headline 1\nIt cost 44 pounds. Then 7 more.'
  const claims = createChecker({matchers: [digits]}).extract(text)
  expect(claims.map((c) => c.text)).toEqual(['1', '44', '7'])
  for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text)
})

test('testMatcher reports failures and passes on correct tables', () => {
  testMatcher(digits, {none: ['No numbers.'], found: [{text: 'A 12 b.', claims: [{text: '12', value: {n: 12}}]}]})
  expect(() => testMatcher(digits, {none: ['1 number.']})).toThrow(/expected no claim/)
})
