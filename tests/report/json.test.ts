import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {renderJson, renderReport} from '../../src/report/index.js'
import type {Report} from '../../src/types.js'
import {makeFixture, makeHostileFixture} from './fixture.js'
import {unpackClaims} from '../../src/pipeline/claim-sentences.js'

/** A parsed JSON report with claim sentence texts put back (the in-memory form). */
function readBack(json: string): Report {
  const parsed = JSON.parse(json) as Report
  return {...parsed, claims: unpackClaims(parsed.claims as never, parsed.sentences)}
}

/** A deep copy with every object's keys inserted in reverse (or shuffled) order. */
function reorder(value: unknown, pick: (keys: string[]) => string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => reorder(v, pick))
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of pick(Object.keys(value))) out[key] = reorder((value as Record<string, unknown>)[key], pick)
    return out
  }
  return value
}

describe('renderJson', () => {
  test('round-trips: JSON.parse(renderJson(r)) deep-equals r', () => {
    for (const {report} of [makeFixture(), makeHostileFixture()]) {
      expect(readBack(renderJson(report))).toStrictEqual(JSON.parse(JSON.stringify(report)))
      expect(readBack(renderJson(report))).toEqual(report)
    }
  })

  test('2-space indent and a trailing newline', () => {
    const out = renderJson(makeFixture().report)
    expect(out.endsWith('}\n')).toBe(true)
    expect(out.endsWith('\n\n')).toBe(false)
    expect(out.split('\n')[1]).toBe('  "version": "2.0.0",')
  })

  test('keys are in the contract order whatever order the object was built in', () => {
    const {report} = makeFixture()
    const reversed = reorder(report, (keys) => [...keys].reverse()) as Report
    expect(Object.keys(reversed)[0]).toBe('errors')
    const out = renderJson(reversed)
    expect(out).toBe(renderJson(report))
    const parsed = JSON.parse(out) as Report
    expect(Object.keys(parsed)).toEqual(['version', 'generator', 'articles', 'stories', 'sentences', 'claims', 'findings', 'errors'])
    expect(Object.keys(parsed.sentences[0] ?? {})).toEqual(['article', 'index', 'start', 'end', 'text'])
    expect(Object.keys(parsed.claims[0] ?? {})).toEqual(['id', 'article', 'kind', 'text', 'start', 'end', 'sentence', 'matcher', 'value'])
    expect(Object.keys(parsed.claims[0]?.sentence ?? {})).toEqual(['start', 'end', 'index'])
    expect(Object.keys(parsed.findings.find((f) => f.diff && f.notes === undefined) ?? {})).toEqual([
      'id', 'story', 'kind', 'verdict', 'claims', 'reason', 'message', 'confidence', 'sources', 'diff'
    ])
    expect(Object.keys(parsed.findings.find((f) => f.diff)?.sources ?? {})).toEqual(['articles', 'families'])
    const record = parsed.articles.find((a) => a.status === 'error')
    expect(Object.keys(record ?? {})).toEqual([
      'id', 'path', 'format', 'outlet', 'title', 'published', 'story', 'storyInferred', 'family', 'status', 'error', 'sentences', 'excluded'
    ])
    const echo = parsed.articles.find((a) => a.id === 'echo-liverpool')
    expect(Object.keys(echo?.excluded[0] ?? {})).toEqual(['start', 'end', 'rule', 'reason'])
    const quantity = parsed.claims.find((c) => c.value.type === 'quantity')
    expect(Object.keys(quantity?.value ?? {}).slice(0, 5)).toEqual(['type', 'low', 'high', 'unit', 'hedge'])
  })

  test('byte-identical for equal reports built in any key order (property)', () => {
    const {report} = makeFixture()
    const expected = renderJson(report)
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let state = seed >>> 0
        const shuffle = (keys: string[]) => {
          const out = [...keys]
          for (let i = out.length - 1; i > 0; i--) {
            state = (Math.imul(state, 1103515245) + 12345) >>> 0
            const j = state % (i + 1)
            ;[out[i], out[j]] = [out[j] as string, out[i] as string]
          }
          return out
        }
        return renderJson(reorder(report, shuffle) as Report) === expected
      }),
      {numRuns: 50}
    )
  })

  test('unknown keys (custom claim values, future fields) are kept, sorted after the known ones', () => {
    const {report} = makeFixture()
    const claim = report.claims[0]
    if (!claim) throw new Error('fixture has claims')
    claim.value = {zeta: 1, type: 'rating', alpha: {b: 2, a: 1}} as never
    ;(report as unknown as Record<string, unknown>).extra = true
    const out = renderJson(report)
    const parsed = readBack(out) as Report & {extra: boolean}
    expect(parsed).toEqual(report)
    expect(Object.keys(parsed.claims[0]?.value ?? {})).toEqual(['type', 'alpha', 'zeta'])
    expect(Object.keys(parsed).at(-1)).toBe('extra')
    expect(out).toContain('"alpha": {\n')
    expect(out.indexOf('"a": 1')).toBeLessThan(out.indexOf('"b": 2'))
  })

  test('a key named __proto__ in a custom value (read from JSON) is written as a key', () => {
    const {report} = makeFixture()
    const claim = report.claims[0]
    if (!claim) throw new Error('fixture has claims')
    claim.value = JSON.parse('{"type": "rating", "__proto__": {"polluted": true}, "label": "good"}') as never
    const out = renderJson(report)
    expect(out).toContain('"__proto__": {')
    expect(JSON.parse(out).claims[0].value).toEqual(claim.value)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  test('renderReport(json) is renderJson', () => {
    const {report} = makeFixture()
    expect(renderReport(report, 'json')).toBe(renderJson(report))
  })

  test('does not mutate the report', () => {
    const {report} = makeFixture()
    const before = JSON.stringify(report)
    renderJson(report)
    renderReport(report, 'html')
    renderReport(report, 'markdown')
    renderReport(report, 'terminal', {color: true})
    expect(JSON.stringify(report)).toBe(before)
  })
})
