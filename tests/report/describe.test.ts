import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {claimInSentence, formatConfidence, segmentText, summarize} from '../../src/report/describe.js'
import {groupByStory} from '../../src/report/group-by-story.js'
import type {Claim} from '../../src/types.js'
import {makeFixture} from './fixture.js'

describe('segmentText', () => {
  test('cuts at every boundary, overlapping ranges both mark the overlap', () => {
    const a = {start: 0, end: 5, name: 'a'}
    const b = {start: 3, end: 8, name: 'b'}
    const segments = segmentText('0123456789', [a, b])
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.name).join('')])).toEqual([
      ['012', 'a'],
      ['34', 'ab'],
      ['567', 'b'],
      ['89', '']
    ])
    expect(segments[0]?.starts).toEqual([a])
    expect(segments[1]?.starts).toEqual([b])
  })

  test('empty and out-of-range ranges are clamped; empty ones only anchor', () => {
    const segments = segmentText('abc', [{start: 1, end: 1}, {start: 2, end: 99}, {start: -5, end: 0}])
    expect(segments.map((s) => s.text).join('')).toBe('abc')
    expect(segments.find((s) => s.start === 1)?.starts).toHaveLength(1)
  })

  test('property: pieces concatenate to the text; a piece is marked by exactly the ranges covering it', () => {
    fc.assert(
      fc.property(
        fc.string({maxLength: 30}),
        fc.array(fc.tuple(fc.integer({min: -2, max: 35}), fc.integer({min: -2, max: 35})), {maxLength: 8}),
        (text, pairs) => {
          const ranges = pairs.map(([start, end], i) => ({start, end, i}))
          const segments = segmentText(text, ranges)
          expect(segments.map((s) => s.text).join('')).toBe(text)
          for (const s of segments) {
            const end = s.start + s.text.length
            if (s.text.length === 0) continue
            const expected = ranges.filter((r) => {
              const rs = Math.max(0, Math.min(text.length, r.start))
              const re = Math.max(0, Math.min(text.length, Math.max(r.start, r.end)))
              return rs <= s.start && re >= end
            })
            expect(s.marks.map((m) => m.i).sort()).toEqual(expected.map((r) => r.i).sort())
          }
        }
      )
    )
  })
})

describe('claimInSentence', () => {
  const base: Claim = {
    id: 'a#m@10-14',
    article: 'a',
    kind: 'money',
    text: '£10m',
    start: 10,
    end: 14,
    sentence: {start: 0, end: 20, text: 'It cost £5 £10m total', index: 0},
    matcher: 'money',
    value: {type: 'x'}
  }
  test('uses the offsets when they fit, else the text, else null', () => {
    expect(claimInSentence({...base, sentence: {...base.sentence, text: 'It cost £5 £10m total'.replace('It', 'It')}})).toEqual({start: 11, end: 15})
    expect(claimInSentence({...base, start: 11, end: 15})).toEqual({start: 11, end: 15})
    expect(claimInSentence({...base, text: 'nowhere'})).toBeNull()
  })
})

test('summarize and groupByStory on the fixture', () => {
  const {report} = makeFixture()
  const summary = summarize(report)
  expect(summary.articles).toEqual({total: 6, ok: 5, error: 1})
  expect(summary.findings.byVerdict).toEqual([
    ['differ', 3],
    ['agree', 5],
    ['single-source', 3]
  ])
  const groups = groupByStory(report)
  expect(groups.map((g) => g.id)).toEqual(['liverpool-ofsted', 'sefton-ofsted'])
  expect(groups[0]?.findings.map((f) => f.verdict)).toEqual(['differ', 'differ', 'agree', 'agree', 'agree', 'single-source', 'single-source', 'single-source'])
  expect(groups[0]?.articles.map((a) => a.id)).toEqual(['bbc-liverpool', 'echo-liverpool', 'lcc-liverpool'])
  // Findings naming a story the report does not list get their own group.
  const first = report.findings[0]
  if (!first) throw new Error('fixture')
  report.findings.push({...first, id: 'orphan', story: 'ghost'})
  const ghost = groupByStory(report).find((g) => g.id === 'ghost')
  expect(ghost?.story).toBeNull()
  expect(ghost?.articles.length).toBeGreaterThan(0)
  expect(formatConfidence(0.825)).toBe('83%')
  expect(formatConfidence(Number.NaN)).toBe('n/a')
})
