// Properties of claim frames and of the same-fact decision drawn from them.
import {describe, expect, test} from 'vitest'
import fc from 'fast-check'
import {align, compareFrames, sameFactConfidence} from '../../src/align/index.js'
import type {ValueComparison} from '../../src/align/index.js'
import {analyzeSentence, claimFrame, frameAt, isClaimFrame, newFrameCache, withFrames} from '../../src/frame/index.js'
import type {Claim, ClaimFrame} from '../../src/types.js'
import {money} from '../align/helpers.js'

const WORDS = ['net', 'income', 'rose', 'to', 'from', 'up', 'a', 'year', 'earlier', 'of', 'the', 'quarter', 'Apple', "Apple's", 'revenue', 'was', 'estimated', 'at', 'forecast', 'overspend', 'killed', 'injured', 'people', 'in', '2021/22', 'Q3', 'per', 'share', 'compared', 'with', 'versus', ',', '(', ')', '“', '”', '£4m', '$2.3bn', '31', 'percent', 'last', 'previous', 'which', 'took', 'place', 'March']

/** Sentence-like text: words of frame rules in any order, or any string at all. */
const text = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), {minLength: 1, maxLength: 40}).map((w) => w.join(' ')),
  fc.string({maxLength: 120}),
  fc.string({unit: 'binary', maxLength: 60})
)

/** A claim on `[start, end)` of a sentence (a span of at least one character). */
function claimOn(article: string, sentence: string, start: number, end: number, at = 0, kind = 'money'): Claim {
  const base = at * 1000
  return {
    id: `${article}#${kind}@${base + start}-${base + end}`,
    article,
    kind,
    text: sentence.slice(start, end),
    start: base + start,
    end: base + end,
    sentence: {start: base, end: base + sentence.length, text: sentence, index: at},
    matcher: kind,
    value: money(4e6)
  }
}

const spanOf = (s: string) => fc.tuple(fc.nat(Math.max(0, s.length - 1)), fc.nat(Math.max(0, s.length))).map(([a, b]) => [Math.min(a, b), Math.max(a, b) + 1] as const)
const withSpan = text.filter((s) => s.length > 0).chain((s) => spanOf(s).map((span) => ({s, span: [span[0], Math.min(s.length, span[1])] as const})))

describe('frame extraction', () => {
  test('a claim read back with a malformed frame gets one read from its sentence', () => {
    fc.assert(
      fc.property(withSpan, fc.anything(), ({s, span}, junk) => {
        const c = {...claimOn('a', s, span[0], span[1]), frame: junk as ClaimFrame}
        const [framed] = withFrames([c])
        expect(framed?.frame).toEqual(isClaimFrame(junk) ? junk : claimFrame(c))
        expect(() => align({articles: [{id: 'a', story: 's'}, {id: 'b', story: 's'}], claims: [c, {...c, id: 'b#x', article: 'b'}]})).not.toThrow()
      }),
      {numRuns: 200}
    )
  })
  test('never throws, and gives a well-formed frame', () => {
    fc.assert(
      fc.property(withSpan, fc.constantFrom('quantity', 'date', 'quote', 'role', 'category', 'custom'), ({s, span}, type) => {
        const value = type === 'quantity' ? money(1) : type === 'quote' ? {type, speaker: 'Ann Lee', speakerMention: null, words: 'x', quotation: 'q', scare: false} : {type}
        const f = frameAt(analyzeSentence(s), span[0], span[1], 'x', value as Claim['value'])
        expect(typeof f.concept === 'string' || f.concept === null).toBe(true)
        expect(typeof f.owner === 'string' || f.owner === null).toBe(true)
        expect(typeof f.time === 'string' || f.time === null).toBe(true)
        expect([...f.qualifiers].sort()).toEqual(f.qualifiers)
      }),
      {numRuns: 400}
    )
  })
  test('is deterministic', () => {
    fc.assert(
      fc.property(withSpan, ({s, span}) => {
        const c = claimOn('a', s, span[0], span[1])
        expect(claimFrame(c)).toEqual(claimFrame(c))
      }),
      {numRuns: 300}
    )
  })
  test('depends only on the claim and its own sentence (not on other sentences, their order, or a shared cache)', () => {
    fc.assert(
      fc.property(withSpan, fc.array(withSpan, {maxLength: 4}), ({s, span}, others) => {
        const mine = claimOn('a', s, span[0], span[1], 0)
        const rest = others.map(({s: o, span: sp}, i) => claimOn('a', o, sp[0], sp[1], i + 1))
        const alone = claimFrame(mine)
        const cache = newFrameCache()
        const framed = withFrames([...rest, mine, ...rest.reverse()], cache)
        expect(framed[rest.length]?.frame).toEqual(alone)
      }),
      {numRuns: 200}
    )
  })
})

const frame: fc.Arbitrary<ClaimFrame> = fc.record({
  concept: fc.option(fc.constantFrom('overspend', 'in-year overspend', 'net income', 'income', 'revenue', 'killed', 'injured', 'death toll', 'grant', 'crew'), {nil: null}),
  owner: fc.option(fc.constantFrom('Harlow Council', 'Harlow', 'Calder Trust', 'Apple'), {nil: null}),
  time: fc.option(fc.constantFrom('2021/22', '2022', 'Q3', 'Q4', 'a year earlier', 'the quarter', 'last year', 'March'), {nil: null}),
  qualifiers: fc.uniqueArray(fc.constantFrom('forecast', 'actual', 'net', 'gross', 'previous', 'per-share', 'target', 'total'), {maxLength: 3}).map((q) => q.sort())
})

const evidence = fc.constantFrom('identical', 'compatible', 'conflict') as fc.Arbitrary<ValueComparison['evidence']>

describe('the same-fact decision from frames', () => {
  test('compareFrames is symmetric (verdict, conflict, strength, what matched and what differed)', () => {
    fc.assert(
      fc.property(frame, frame, fc.boolean(), (a, b, dates) => {
        const ab = compareFrames(a, b, dates)
        const ba = compareFrames(b, a, dates)
        expect(ba.verdict).toBe(ab.verdict)
        expect(ba.conflictOk).toBe(ab.conflictOk)
        expect(ba.strength).toBe(ab.strength)
        expect(ba.matched).toEqual(ab.matched)
        expect(ba.differences).toEqual(ab.differences)
      }),
      {numRuns: 1000}
    )
  })
  test('sameFactConfidence is symmetric, and frames that differ never pair', () => {
    fc.assert(
      fc.property(frame, frame, evidence, fc.double({min: 0, max: 1, noNaN: true}), (a, b, ev, score) => {
        const cmp: ValueComparison = {relation: ev === 'conflict' ? 'differ' : 'agree', evidence: ev, reason: 'x', notes: [], phrase: ''}
        const ctx = {score, shared: ['t'], time: 'none' as const, intentMismatch: false}
        const ab = sameFactConfidence(cmp, ctx, compareFrames(a, b))
        expect(sameFactConfidence(cmp, ctx, compareFrames(b, a))).toBe(ab)
        if (compareFrames(a, b).verdict === 'different') expect(ab).toBeNull()
      }),
      {numRuns: 1000}
    )
  })
})
