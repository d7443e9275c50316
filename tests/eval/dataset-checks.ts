// Data checks shared by the labelled sets (devset, held-out): offsets,
// overlaps and value shapes. Call inside a describe block.
import {expect, test} from 'vitest'
import type {GoldPassage} from '../../src/eval/score.js'

export function datasetChecks(passages: readonly GoldPassage[]): void {
  test('every item text is an exact substring of its passage, at its offset', () => {
    for (const p of passages) {
      for (const item of [...p.quantities, ...p.dates, ...p.quotes]) {
        expect(p.text.includes(item.text), `${p.id}: ${item.text}`).toBe(true)
        expect(p.text.slice(item.start, item.start + item.text.length), `${p.id}: ${item.text}`).toBe(item.text)
      }
    }
  })

  test('gold items of one area do not overlap each other', () => {
    for (const p of passages) {
      for (const items of [p.quantities, p.dates, p.quotes] as Array<Array<{start: number; text: string}>>) {
        const sorted = [...items].sort((a, b) => a.start - b.start)
        for (let i = 1; i < sorted.length; i++) {
          const prev = sorted[i - 1]!
          expect(sorted[i]!.start >= prev.start + prev.text.length, `${p.id}: ${prev.text} / ${sorted[i]!.text}`).toBe(true)
        }
      }
    }
  })

  test('values are well formed', () => {
    for (const p of passages) {
      for (const q of p.quantities) {
        expect(Number.isFinite(q.low) && Number.isFinite(q.high) && q.low <= q.high, `${p.id}: ${q.text}`).toBe(true)
        if (q.kind === 'money') expect(q.unit, `${p.id}: ${q.text}`).toMatch(/^[A-Z]{3}$/)
        if (q.kind === 'percent') expect(['%', 'pp'], `${p.id}: ${q.text}`).toContain(q.unit)
        if (q.hedge === 'range') expect(q.low < q.high, `${p.id}: ${q.text}`).toBe(true)
        else expect(q.low, `${p.id}: ${q.text}`).toBe(q.high)
      }
      for (const d of p.dates) {
        for (const point of [d.value.start, d.value.end]) {
          if (point.month !== undefined) expect(point.month >= 1 && point.month <= 12).toBe(true)
          if (point.day !== undefined) expect(point.day >= 1 && point.day <= 31).toBe(true)
        }
      }
    }
  })
}
