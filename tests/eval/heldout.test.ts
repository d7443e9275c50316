import {readFileSync} from 'node:fs'
import {describe, expect, test, vi} from 'vitest'
import {parseDevset, type Row} from '../../src/eval/score.js'
import {datasetChecks} from './dataset-checks.js'
import {main} from '../../src/eval/run.js'

// The held-out test set: labelled by the same conventions as the devset
// (docs/evaluation.md) but never used to tune the extractors. These checks are
// the devset's data checks, plus: no passage or source page is shared with the
// devset. Do not change extractors to fit this file.

const HELDOUT = new URL('../fixtures/heldout/heldout.jsonl', import.meta.url)
const DEVSET = new URL('../fixtures/devset/devset.jsonl', import.meta.url)
const raw = readFileSync(HELDOUT, 'utf8')
const passages = parseDevset(raw)
const devset = parseDevset(readFileSync(DEVSET, 'utf8'))

describe('heldout.jsonl', () => {
  test('every line parses with the required fields', () => {
    const lines = raw.split('\n').filter((l) => l.trim() !== '')
    expect(passages.length).toBe(lines.length)
    for (const line of lines) {
      const p = JSON.parse(line) as Record<string, unknown>
      for (const key of ['id', 'topic', 'source', 'text']) expect(typeof p[key], `${String(p.id)}.${key}`).toBe('string')
      expect(p.published === null || /^\d{4}-\d{2}-\d{2}$/.test(String(p.published)), `${String(p.id)}.published`).toBe(true)
      for (const key of ['quantities', 'dates', 'quotes']) expect(Array.isArray(p[key]), `${String(p.id)}.${key}`).toBe(true)
      expect(String(p.source)).toMatch(/^https?:\/\//)
      expect(String(p.id)).toMatch(/^ho-/)
    }
  })

  datasetChecks(passages)

  test('it is big enough and stays off the acceptance corpus topic', () => {
    const kinds = (k: string): number => passages.reduce((n, p) => n + p.quantities.filter((q) => q.kind === k).length, 0)
    const dates = passages.reduce((n, p) => n + p.dates.length, 0)
    const quotes = passages.reduce((n, p) => n + p.quotes.length, 0)
    expect(passages.length).toBeGreaterThanOrEqual(60)
    expect(kinds('money') + kinds('count') + kinds('percent') + dates + quotes).toBeGreaterThanOrEqual(300)
    for (const k of ['money', 'count', 'percent']) expect(kinds(k), k).toBeGreaterThanOrEqual(30)
    expect(dates).toBeGreaterThanOrEqual(30)
    expect(quotes).toBeGreaterThanOrEqual(30)
    for (const p of passages) expect(p.text, p.id).not.toMatch(/ofsted|children's services|children’s services|local council/i)
  })

  test('shares no passage, sentence or source page with the devset', () => {
    const devText = devset.map((p) => p.text).join('\n')
    const devSources = new Set(devset.map((p) => p.source))
    const devIds = new Set(devset.map((p) => p.id))
    for (const p of passages) {
      expect(devIds.has(p.id), p.id).toBe(false)
      expect(devSources.has(p.source), `${p.id}: ${p.source}`).toBe(false)
      for (const sentence of p.text.split(/(?<=[.!?])\s+|\n+/)) {
        if (sentence.length >= 40) expect(devText.includes(sentence), `${p.id}: ${sentence}`).toBe(false)
      }
    }
  })
})

describe('run --set heldout', () => {
  const capture = (argv: string[]): string => {
    let out = ''
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk)
      return true
    })
    try {
      expect(main(argv)).toBe(0)
    } finally {
      spy.mockRestore()
    }
    return out
  }

  test('scores the held-out file; the default stays the devset', () => {
    const held = JSON.parse(capture(['--set', 'heldout', '--json'])) as {set: string; devset: string; passages: number; rows: Row[]}
    expect(held.set).toBe('heldout')
    expect(held.devset).toMatch(/heldout\.jsonl$/)
    expect(held.passages).toBe(passages.length)
    expect(held.rows.find((r) => r.area === 'quantity' && r.level === 'span')?.gold).toBe(passages.reduce((n, p) => n + p.quantities.length, 0))
    const dev = JSON.parse(capture(['--json'])) as {set: string; passages: number}
    expect(dev.set).toBe('devset')
    expect(dev.passages).toBe(devset.length)
    const file = JSON.parse(capture(['--file', new URL(HELDOUT).pathname, '--json'])) as {set: null; passages: number}
    expect(file.set).toBeNull()
    expect(file.passages).toBe(passages.length)
  })

  test('an unknown set is an error', () => {
    expect(() => main(['--set', 'nope'])).toThrow(/--set needs one of devset, heldout/)
  })
})
