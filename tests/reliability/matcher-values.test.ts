// Custom matchers that return bad values (issue 13, point 9): each is one
// per-article `matcher-error` naming the matcher and the field; every other
// article is still reported, and nothing throws.
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {createChecker, type Matcher} from '../../src/index.js'
import {runCli, tempDir} from './helpers.js'

/** A matcher that returns what `make()` gives on its first sentence with a `£`, and nothing elsewhere. */
function returning(id: string, make: () => unknown): Matcher {
  return {
    meta: {id, kind: 'bad', description: 'returns a bad value (test only)'},
    match: (sentence) => (sentence.text.includes('£') ? (make() as never) : [])
  }
}

const circular: Record<string, unknown> = {type: 'loop'}
circular.self = circular

const cases: Array<[string, () => unknown, RegExp]> = [
  ['[null]', () => [null], /candidate 0 .*`candidate` must be an object/],
  ['a candidate without value', () => [{start: 0, end: 1}], /`value` must be an object .* not missing/],
  ['a value without type', () => [{start: 0, end: 1, value: {label: 'x'}}], /`value.type` must be a non-empty string/],
  ['a circular value', () => [{start: 0, end: 1, value: circular}], /`value.self` is circular/],
  ['a BigInt in the value', () => [{start: 0, end: 1, value: {type: 'big', n: 10n}}], /`value.n` is a BigInt/],
  ['a function in the value', () => [{start: 0, end: 1, value: {type: 'f', f: () => 1}}], /`value.f` is a function/],
  ['NaN in the value', () => [{start: 0, end: 1, value: {type: 'n', x: Number.NaN}}], /`value.x` must be a finite number/],
  ['a non-string speaker', () => [{start: 0, end: 1, value: {type: 'quote', speaker: 42, speakerMention: null, words: 'x', quotation: 'x', scare: false}}], /`value.speaker` must be a string or null, not a number \(42\)/],
  ['a quantity without low', () => [{start: 0, end: 1, value: {type: 'quantity', high: 1, unit: 'GBP', hedge: 'exact', bounds: {low: 1, high: 1}}}], /`value.low` must be a number, not missing/],
  ['a Map as value', () => [{start: 0, end: 1, value: new Map([['type', 'x']])}], /`value` is a Map object/],
  ['a throwing getter', () => [{start: 0, end: 1, get value() { throw new Error('getter boom') }}], /`value` could not be read .*getter boom/],
  ['a value nested 10,000 deep', () => {
    let deep: Record<string, unknown> = {type: 'deep'}
    for (let i = 0; i < 10_000; i++) deep = {type: 'deep', inner: deep}
    return [{start: 0, end: 1, value: deep}]
  }, /nests deeper than 32 levels/],
  ['a non-integer span', () => [{start: 0.5, end: 2, value: {type: 'x'}}], /span .*outside sentence/],
  ['a kind that is not a string', () => [{start: 0, end: 1, kind: 7, value: {type: 'x'}}], /`kind` must be a non-empty string/],
  ['not an array', () => ({start: 0, end: 1}), /must return an array/]
]

const throwing: Array<[string, () => unknown, RegExp]> = [
  ['a plain object', () => ({code: 'E'}), /threw on sentence 1 of `bad`: a non-Error object/],
  ['a null-prototype object', () => Object.create(null), /threw on sentence 1 of `bad`: a non-Error object/],
  ['a string', () => 'no', /threw on sentence 1 of `bad`: "no"/],
  ['undefined', () => undefined, /threw on sentence 1 of `bad`: a non-Error value \(undefined\)/],
  ['an object whose toString throws', () => ({toString() { throw new Error('x') }}), /a non-Error object/]
]

const GOOD = 'Pool\n\nThe pool opened in May.\n'
const BAD = 'Pool\n\nThe pool cost £5m to build.\n'

describe('custom matcher values are checked at the boundary', () => {
  test.each(cases)('%s: one matcher-error naming the matcher and the field; the other article is reported', async (_what, make, message) => {
    const checker = createChecker({matchers: [returning('bad-values', make)]})
    const report = await checker.report({articles: [checker.parse(BAD, {id: 'bad'}), checker.parse(GOOD, {id: 'good'})]})
    expect(report.errors).toHaveLength(1)
    expect(report.errors[0]!.code).toBe('matcher-error')
    expect(report.errors[0]!.message).toMatch(/matcher `bad-values`/)
    expect(report.errors[0]!.message).toMatch(message)
    expect(report.articles.map((a) => [a.id, a.status])).toEqual([['bad', 'error'], ['good', 'ok']])
  })

  test.each(throwing)('throwing %s: a matcher-error, not a crash', async (_what, make, message) => {
    const matcher: Matcher = {meta: {id: 'thrower', kind: 'bad', description: ''}, match: (s) => {
      if (s.text.includes('£')) throw make()
      return []
    }}
    const checker = createChecker({matchers: [matcher]})
    const report = await checker.report({articles: [checker.parse(BAD, {id: 'bad'}), checker.parse(GOOD, {id: 'good'})]})
    expect(report.errors.map((e) => e.code)).toEqual(['matcher-error'])
    expect(report.errors[0]!.message).toMatch(/matcher `thrower`/)
    expect(report.errors[0]!.message).toMatch(message)
  })

  test('a good custom value is copied as data (a __proto__ key stays a key)', async () => {
    const value = JSON.parse('{"type": "rating", "__proto__": {"polluted": true}, "label": "good", "skip": null}')
    const checker = createChecker({matchers: [returning('good-values', () => [{start: 0, end: 3, value}])]})
    const report = await checker.report({articles: [checker.parse(BAD, {id: 'bad'})]})
    expect(report.errors).toEqual([])
    expect(report.claims[0]!.value).toEqual(value)
    expect(report.claims[0]!.value).not.toBe(value)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('through the CLI with a config file', () => {
  let tmp: ReturnType<typeof tempDir>
  beforeAll(() => {
    tmp = tempDir('matcher-values')
    mkdirSync(join(tmp.dir, 'articles'))
    writeFileSync(join(tmp.dir, 'articles', 'bad.txt'), BAD)
    writeFileSync(join(tmp.dir, 'articles', 'good.txt'), GOOD)
  })
  afterAll(() => tmp?.cleanup())

  const configs: Array<[string, string]> = [
    ['[null]', 'return [null]'],
    ['a BigInt value', 'return [{start: 0, end: 1, value: {type: "x", n: 1n}}]'],
    ['a circular value', 'const v = {type: "x"}; v.v = v; return [{start: 0, end: 1, value: v}]'],
    ['a non-string speaker', 'return [{start: 0, end: 1, value: {type: "quote", speaker: {}, words: "x", quotation: "x", scare: false}}]'],
    ['a thrown non-Error', 'throw {oops: true}']
  ]
  test.each(configs)('%s: exit 2, a per-file matcher-error, the other file reported, no stack trace', async (what, body) => {
    const file = join(tmp.dir, `m-${what.replace(/\W+/g, '-')}.config.mjs`)
    writeFileSync(file, `export default {matchers: [{meta: {id: "custom", kind: "x", description: ""}, match(s) { if (!s.text.includes("£")) return []; ${body} }}]}\n`)
    for (const format of ['json', 'markdown', 'html']) {
      const result = await runCli(['report', join(tmp.dir, 'articles'), '--format', format, '--config', file], tmp.dir)
      expect(result.thrown, String(result.thrown)).toBeUndefined()
      expect(result.code).toBe(2)
      expect(result.stderr).not.toMatch(/\n\s+at /)
      if (format === 'json') {
        const json = JSON.parse(result.stdout)
        expect(json.errors.map((e: {code: string}) => e.code)).toEqual(['matcher-error'])
        expect(json.errors[0].message).toMatch(/matcher `custom`/)
        expect(json.articles.map((a: {status: string}) => a.status).sort()).toEqual(['error', 'ok'])
      }
    }
  })
})
