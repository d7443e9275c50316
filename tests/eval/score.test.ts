import {readFileSync} from 'node:fs'
import {describe, expect, test, vi} from 'vitest'
import type {Claim, ClaimValue} from '../../src/types.js'
import {
  formatTable,
  headLemma,
  matchOneToOne,
  parseDevset,
  parsePassage,
  prf,
  sameDateParts,
  sameSpeaker,
  sameUnit,
  scoreDevset,
  scorePassage,
  summarize,
  type GoldPassage,
  type Row
} from '../../src/eval/score.js'
import {datasetChecks} from './dataset-checks.js'
import {main, repoRoot} from '../../src/eval/run.js'

const DEVSET = new URL('../fixtures/devset/devset.jsonl', import.meta.url)
const raw = readFileSync(DEVSET, 'utf8')
const passages = parseDevset(raw)

// ---------------------------------------------------------------------------
// Synthetic claims

let serial = 0
function claim(passage: GoldPassage, kind: string, start: number, end: number, value: ClaimValue): Claim {
  return {
    id: `c${serial++}`,
    article: passage.id,
    kind,
    text: passage.text.slice(start, end),
    start,
    end,
    sentence: {start: 0, end: passage.text.length, text: passage.text, index: 0},
    matcher: 'synthetic',
    value
  }
}

/** Claims that say exactly what the gold says. */
function perfect(passage: GoldPassage): Claim[] {
  const out: Claim[] = []
  for (const q of passage.quantities)
    out.push(
      claim(passage, q.kind, q.start, q.start + q.text.length, {
        type: 'quantity', low: q.low, high: q.high, unit: q.unit, hedge: q.hedge, bounds: {low: q.low, high: q.high},
        ...(q.change === undefined ? {} : {change: {direction: q.change, ...(q.from === undefined ? {} : {from: q.from, to: q.low})}})
      })
    )
  for (const d of passage.dates)
    out.push(claim(passage, 'date', d.start, d.start + d.text.length, {type: 'date', start: d.value.start, end: d.value.end, granularity: d.granularity, assigned: [], implied: [], anchor: 'absolute', relation: 'at'}))
  for (const q of passage.quotes)
    out.push(claim(passage, 'quote', q.start, q.start + q.text.length, {type: 'quote', speaker: q.speaker, speakerMention: null, words: q.text, quotation: `q${q.start}`, scare: false}))
  return out
}

const row = (rows: Row[], area: string, level: string): Row => {
  const found = rows.find((r) => r.area === area && r.level === level)
  if (!found) throw new Error(`no row ${area}/${level}`)
  return found
}

const tiny = parsePassage(
  JSON.stringify({
    id: 't-1',
    topic: 'business',
    source: 'synthetic',
    published: null,
    text: 'Acme cut 1,200 jobs, about 12% of staff, and saved more than $2.3bn in March 2024. "We are on track," said Jane Fraser.',
    quantities: [
      {text: '1,200 jobs', kind: 'count', low: 1200, high: 1200, unit: 'job', hedge: 'exact'},
      {text: 'about 12%', kind: 'percent', low: 12, high: 12, unit: '%', hedge: 'approximate'},
      {text: 'more than $2.3bn', kind: 'money', low: 2.3e9, high: 2.3e9, unit: 'USD', hedge: 'at-least'}
    ],
    dates: [{text: 'in March 2024', start: {year: 2024, month: 3}, end: {year: 2024, month: 3}, granularity: 'month'}],
    quotes: [{text: 'We are on track', speaker: 'Jane Fraser'}]
  })
)

// ---------------------------------------------------------------------------
// The development set itself

describe('devset.jsonl', () => {
  test('every line parses with the required fields', () => {
    const lines = raw.split('\n').filter((l) => l.trim() !== '')
    expect(passages.length).toBe(lines.length)
    for (const line of lines) {
      const p = JSON.parse(line) as Record<string, unknown>
      for (const key of ['id', 'topic', 'source', 'text']) expect(typeof p[key], `${String(p.id)}.${key}`).toBe('string')
      expect(p.published === null || /^\d{4}-\d{2}-\d{2}$/.test(String(p.published)), `${String(p.id)}.published`).toBe(true)
      for (const key of ['quantities', 'dates', 'quotes']) expect(Array.isArray(p[key]), `${String(p.id)}.${key}`).toBe(true)
      expect(String(p.source)).toMatch(/^https?:\/\//)
    }
  })

  datasetChecks(passages)

  test('it is big enough and stays off the acceptance corpus topic', () => {
    const kinds = (k: string): number => passages.reduce((n, p) => n + p.quantities.filter((q) => q.kind === k).length, 0)
    expect(passages.length).toBeGreaterThanOrEqual(120)
    expect(kinds('money')).toBeGreaterThanOrEqual(120)
    expect(kinds('count')).toBeGreaterThanOrEqual(100)
    expect(kinds('percent')).toBeGreaterThanOrEqual(60)
    expect(passages.reduce((n, p) => n + p.dates.length, 0)).toBeGreaterThanOrEqual(80)
    expect(passages.reduce((n, p) => n + p.quotes.length, 0)).toBeGreaterThanOrEqual(60)
    expect(passages.filter((p) => p.quotes.length > 0).length).toBeGreaterThanOrEqual(25)
    for (const p of passages) expect(p.text, p.id).not.toMatch(/ofsted|children's services|children’s services/i)
  })
})

// ---------------------------------------------------------------------------
// The scorer

describe('scorer', () => {
  test('value+change: direction and start level must agree, only in passages labelled for changes', () => {
    const line = (labelled: string[]): string =>
      JSON.stringify({id: 'c-1', topic: 'business', source: 'synthetic', published: null, labelled, text: 'Shares rose 12 cents. The rate went from 7% to 5%.',
        quantities: [{text: '12 cents', kind: 'money', low: 0.12, high: 0.12, unit: 'USD', hedge: 'exact', change: 'up'}, {text: 'from 7% to 5%', kind: 'percent', low: 5, high: 5, unit: '%', hedge: 'exact', change: 'down', from: 7}]})
    const p = parsePassage(line(['change']))
    const good = perfect(p)
    expect(row(summarize(scoreDevset([p], () => good)), 'quantity', 'value+change').f1).toBe(1)
    const wrongFrom = good.map((c) => (c.kind === 'percent' ? {...c, value: {...(c.value as object), change: {direction: 'down', from: 8}} as ClaimValue} : c))
    expect(row(summarize(scoreDevset([p], () => wrongFrom)), 'quantity', 'value+change').tp).toBe(1)
    const noChange = good.map((c) => ({...c, value: {...(c.value as object), change: undefined} as ClaimValue}))
    expect(row(summarize(scoreDevset([p], () => noChange)), 'quantity', 'value+change').tp).toBe(0)
    expect(row(summarize(scoreDevset([p], () => noChange)), 'quantity', 'value').tp).toBe(2)
    const old = parsePassage(line([]))
    expect(row(summarize(scoreDevset([old], () => perfect(old))), 'quantity', 'value+change').gold).toBe(0)
  })

  test('a count of a physical unit in an older label is scored as a measure', () => {
    const p = parsePassage(JSON.stringify({id: 'm-1', topic: 'weather', source: 'synthetic', published: null, text: 'The pipeline runs for 800 miles.',
      quantities: [{text: '800 miles', kind: 'count', low: 800, high: 800, unit: 'mile', hedge: 'exact'}]}))
    expect(p.quantities[0]!.kind).toBe('measure')
    expect(p.quantities[0]!.unit).toBe('mi')
  })

  test('perfect predictions score F1 = 1 everywhere', () => {
    const rows = summarize(scoreDevset(passages, perfect))
    for (const r of rows) {
      expect(r.f1, `${r.area}/${r.level}`).toBe(1)
      expect(r.tp, `${r.area}/${r.level}`).toBe(r.gold)
    }
  })

  test('empty predictions: recall 0, precision 0, no NaN', () => {
    const scores = scoreDevset(passages, () => [])
    for (const r of summarize(scores)) {
      expect(r.precision).toBe(0)
      expect(r.recall).toBe(0)
      expect(r.f1).toBe(0)
      expect(r.predicted).toBe(0)
      expect(r.gold).toBeGreaterThan(0)
    }
    expect(scores.misses.every((m) => m.type === 'missed')).toBe(true)
    expect(prf({tp: 0, predicted: 0, gold: 0})).toEqual({tp: 0, predicted: 0, gold: 0, precision: 0, recall: 0, f1: 0})
  })

  test('a wrong unit lowers value+unit but not value', () => {
    const claims = perfect(tiny).map((c) => (c.kind === 'count' ? {...c, value: {...(c.value as object), unit: 'worker'} as ClaimValue} : c))
    const scores = scorePassage(tiny, claims)
    const rows = summarize(scores)
    expect(row(rows, 'count', 'value').f1).toBe(1)
    expect(row(rows, 'count', 'value+unit').tp).toBe(0)
    expect(row(rows, 'count', 'value+hedge').tp).toBe(1)
    expect(row(rows, 'quantity', 'value+unit').tp).toBe(2)
    expect(row(rows, 'quantity', 'value+unit').recall).toBeCloseTo(2 / 3)
    expect(scores.misses).toEqual([expect.objectContaining({area: 'quantity', type: 'wrong', text: '1,200 jobs', failed: ['unit']})])
  })

  test('a wrong hedge lowers value+hedge only; a wrong value lowers all value levels', () => {
    const claims = perfect(tiny).map((c) => {
      if (c.kind === 'money') return {...c, value: {...(c.value as object), hedge: 'exact'} as ClaimValue}
      if (c.kind === 'percent') return {...c, value: {...(c.value as object), low: 13, high: 13} as ClaimValue}
      return c
    })
    const rows = summarize(scorePassage(tiny, claims))
    expect(row(rows, 'money', 'value').tp).toBe(1)
    expect(row(rows, 'money', 'value+unit').tp).toBe(1)
    expect(row(rows, 'money', 'value+hedge').tp).toBe(0)
    expect(row(rows, 'percent', 'span').tp).toBe(1)
    expect(row(rows, 'percent', 'value').tp).toBe(0)
  })

  test('spans only need to overlap; a wrong kind is not a match; spurious claims cost precision', () => {
    const at = tiny.text.indexOf('1,200')
    const claims = [
      // "1,200" alone overlaps "1,200 jobs"; head lemma of "jobs" is "job".
      claim(tiny, 'count', at, at + 5, {type: 'quantity', low: 1200, high: 1200, unit: 'jobs', hedge: 'exact', bounds: {low: 1200, high: 1200}}),
      // a percent claim on the money span: paired, but not right
      claim(tiny, 'percent', tiny.text.indexOf('$2.3bn'), tiny.text.indexOf('$2.3bn') + 6, {type: 'quantity', low: 2.3e9, high: 2.3e9, unit: '%', hedge: 'exact', bounds: {low: null, high: null}}),
      // "2024" as a count: overlaps no quantity
      claim(tiny, 'count', tiny.text.indexOf('2024'), tiny.text.indexOf('2024') + 4, {type: 'quantity', low: 2024, high: 2024, unit: '', hedge: 'exact', bounds: {low: 2024, high: 2024}})
    ]
    const scores = scorePassage(tiny, claims)
    const rows = summarize(scores)
    expect(row(rows, 'quantity', 'all').tp).toBe(1)
    expect(row(rows, 'quantity', 'all').predicted).toBe(3)
    expect(row(rows, 'quantity', 'all').precision).toBeCloseTo(1 / 3)
    expect(row(rows, 'money', 'span').tp).toBe(0)
    expect(row(rows, 'percent', 'span').predicted).toBe(1)
    expect(scores.misses.filter((m) => m.area === 'quantity').map((m) => `${m.type}:${m.text}`).sort()).toEqual(['missed:about 12%', 'spurious:2024', 'wrong:more than $2.3bn'])
  })

  test('dates: only the parts the gold gives are compared', () => {
    const at = tiny.text.indexOf('March 2024')
    const value = (start: object, end: object): ClaimValue => ({type: 'date', start, end, granularity: 'day', assigned: [], implied: [], anchor: 'absolute', relation: 'at'})
    const good = scorePassage(tiny, [claim(tiny, 'date', at, at + 10, value({year: 2024, month: 3, day: 1}, {year: 2024, month: 3, day: 31}))])
    expect(good.dates.value.tp).toBe(1)
    const bad = scorePassage(tiny, [claim(tiny, 'date', at, at + 5, value({month: 3}, {month: 3}))])
    expect(bad.dates.span.tp).toBe(1)
    expect(bad.dates.value.tp).toBe(0)
    expect(sameDateParts({start: {}, end: {}}, {start: {year: 1999}, end: {year: 1999}})).toBe(true)
  })

  test('quotes: speaker recall over gold quotations, precision over attributed pieces', () => {
    const at = tiny.text.indexOf('We are on track')
    const q = (start: number, end: number, speaker: string | null, scare = false): Claim =>
      claim(tiny, 'quote', start, end, {type: 'quote', speaker, speakerMention: null, words: tiny.text.slice(start, end), quotation: 'q', scare})
    const right = summarize(scorePassage(tiny, [q(at, at + 6, 'Fraser'), q(at + 7, at + 15, 'Jane Fraser')]))
    expect(row(right, 'quote', 'speaker').recall).toBe(1)
    expect(row(right, 'quote', 'speaker').precision).toBe(1)
    const wrong = summarize(scorePassage(tiny, [q(at, at + 15, 'Acme')]))
    expect(row(wrong, 'quote', 'span').f1).toBe(1)
    expect(row(wrong, 'quote', 'speaker').f1).toBe(0)
    // No speaker: an abstention costs recall, not precision.
    const none = summarize(scorePassage(tiny, [q(at, at + 15, null)]))
    expect(row(none, 'quote', 'speaker').recall).toBe(0)
    expect(row(none, 'quote', 'speaker').predicted).toBe(0)
    expect(row(none, 'quote', 'speaker').precision).toBe(0)
    // A piece outside every gold quotation counts against precision; scare quotes are ignored.
    const extra = summarize(scorePassage(tiny, [q(at, at + 15, 'Jane Fraser'), q(0, 4, 'Jane Fraser'), q(5, 8, null, true)]))
    expect(row(extra, 'quote', 'speaker').precision).toBe(0.5)
    expect(row(extra, 'quote', 'span').predicted).toBe(2)
  })

  test('helpers', () => {
    expect(headLemma('social workers')).toBe('worker')
    expect(headLemma('people')).toBe('person')
    expect(headLemma('trophies')).toBe('trophy')
    expect(headLemma('reporter and editor')).toBe('editor')
    expect(sameUnit('count', 'iPhone', 'iPhones')).toBe(true)
    expect(sameUnit('money', 'GBP', 'gbp')).toBe(true)
    expect(sameUnit('percent', '%', 'pp')).toBe(false)
    expect(sameSpeaker('Tim Cook', 'Mr Cook')).toBe(true)
    expect(sameSpeaker('Tim Cook', 'cook')).toBe(true)
    expect(sameSpeaker('Tim Cook', 'Tim Jobs')).toBe(false)
    expect(sameSpeaker('sentencing judge', 'the judge')).toBe(true)
    expect(sameSpeaker('Stéphane Dujarric', 'Stephane Dujarric')).toBe(true)
    expect(sameSpeaker('Jane Fraser', null)).toBe(false)
    const pairs = matchOneToOne([{start: 0, end: 10}, {start: 12, end: 20}], [{start: 5, end: 15}, {start: 0, end: 4}])
    // Longest overlap first, each side used once: [5,15) goes to [0,10), so [12,20) is left unmatched.
    expect(pairs).toEqual([[{start: 0, end: 10}, {start: 5, end: 15}]])
    expect(formatTable(summarize(scorePassage(tiny, perfect(tiny))))).toContain('quantity')
  })

  test('parsePassage rejects an item that is not in the text', () => {
    expect(() => parsePassage(JSON.stringify({...JSON.parse(raw.split('\n')[0]!), quantities: [{text: 'not there', kind: 'count', low: 1, high: 1, unit: 'x', hedge: 'exact'}]}))).toThrow(/not in the passage/)
  })
})

describe('run', () => {
  test('repoRoot finds the folder holding package.json', () => {
    expect(readFileSync(`${repoRoot()}/package.json`, 'utf8')).toContain('"name": "corroborate"')
  })

  test('--json prints the rows', () => {
    let out = ''
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk)
      return true
    })
    try {
      expect(main(['--json'])).toBe(0)
    } finally {
      spy.mockRestore()
    }
    const parsed = JSON.parse(out) as {passages: number; rows: Row[]}
    expect(parsed.passages).toBe(passages.length)
    expect(parsed.rows.some((r) => r.area === 'quote' && r.level === 'speaker')).toBe(true)
  })
})
