// An article with more claims than a JavaScript call can take as arguments
// (`push(...claims)` overflows the stack somewhere above ~100k): every stage
// must still go through. Found with a 10 MB one-line article.
import {expect, test} from 'vitest'
import {createChecker, type Matcher} from '../../src/index.js'

const N = 150_000
const everyOtherChar: Matcher = {
  meta: {id: 'every-other-char', kind: 'mark', description: 'a claim on every other character (test only)'},
  match: (sentence) => Array.from({length: Math.floor(sentence.text.length / 2)}, (_, i) => ({start: 2 * i, end: 2 * i + 1, value: {type: 'mark'}}))
}

test(`${N.toLocaleString('en')} claims in one article: extracted and reported`, async () => {
  const checker = createChecker({matchers: [everyOtherChar]})
  const article = checker.parse('x'.repeat(2 * N), {id: 'many'})
  const report = await checker.report({articles: [article]})
  expect(report.errors).toEqual([])
  expect(report.claims.length).toBe(N)
  expect(report.claims.every((c) => article.source.slice(c.start, c.end) === c.text)).toBe(true)
}, 60_000)
