/**
 * The development set's gold shapes and their parser: one JSON object per
 * line of `devset.jsonl` (and of the held-out sets). See docs/evaluation.md.
 *
 * @module
 */
import type {DatePoint, Hedge} from '../types.js'
import {isMeasureUnit, unitSymbol} from '../normalize/units.js'

// ---------------------------------------------------------------------------
// Gold shapes (one JSON object per line of devset.jsonl)

export type QuantityKind = 'money' | 'count' | 'percent' | 'measure'
export const QUANTITY_KINDS: readonly QuantityKind[] = ['money', 'count', 'percent', 'measure']

/** A labelled amount. `start` is the offset of `text` in the passage. */
export interface GoldQuantity {
  text: string
  start: number
  kind: QuantityKind
  low: number
  high: number
  unit: string
  hedge: Hedge
  /** The direction of a change ("rose 12 cents": `up`), if the passage labels changes. */
  change?: 'up' | 'down'
  /** The start level of a movement "from X to Y" (the item's value is Y). */
  from?: number
}

/** A labelled date or period; `start`/`end` give only the parts the text states. */
export interface GoldDate {
  text: string
  start: number
  /** Date bounds; named `from`/`to` in code, `start`/`end` in the file. */
  value: {start: DatePoint; end: DatePoint}
  granularity: 'day' | 'month' | 'year'
}

/** A labelled direct quotation (words without the quotation marks) and its speaker. */
export interface GoldQuote {
  text: string
  start: number
  speaker: string
}

export interface GoldPassage {
  id: string
  topic: string
  source: string
  published: string | null
  text: string
  quantities: GoldQuantity[]
  dates: GoldDate[]
  quotes: GoldQuote[]
  /**
   * Label families this passage was labelled for beyond the base
   * conventions: `change` (directions and movements; only these passages
   * count in `value+change`), `measure` (units as measures).
   */
  labelled: string[]
}

/**
 * Parse one line of devset.jsonl (the file shape: dates have `start`/`end`
 * date points and an optional `at` offset; every item may carry `at`, the
 * offset of its text in the passage, else the first occurrence is used).
 * Throws with the passage id on a malformed line.
 */
export function parsePassage(line: string): GoldPassage {
  const raw = JSON.parse(line) as Record<string, unknown>
  const id = typeof raw.id === 'string' ? raw.id : '(no id)'
  const fail = (why: string): never => {
    throw new Error(`devset passage ${id}: ${why}`)
  }
  for (const key of ['id', 'topic', 'source', 'text'] as const) if (typeof raw[key] !== 'string') fail(`\`${key}\` must be a string`)
  if (raw.published !== null && typeof raw.published !== 'string') fail('`published` must be a string or null')
  const text = raw.text as string
  const locate = (item: Record<string, unknown>, what: string): number => {
    if (typeof item.text !== 'string' || item.text === '') return fail(`${what} without \`text\``)
    const at = typeof item.at === 'number' ? item.at : text.indexOf(item.text)
    if (at < 0 || text.slice(at, at + item.text.length) !== item.text) fail(`${what} text ${JSON.stringify(item.text)} is not in the passage`)
    return at
  }
  const list = (key: string): Array<Record<string, unknown>> => {
    const value = raw[key] ?? []
    if (!Array.isArray(value)) return fail(`\`${key}\` must be an array`)
    return value as Array<Record<string, unknown>>
  }
  const quantities = list('quantities').map((item): GoldQuantity => {
    let q = item
    const start = locate(q, 'quantity')
    if (!QUANTITY_KINDS.includes(q.kind as QuantityKind)) fail(`quantity ${JSON.stringify(q.text)}: bad kind ${String(q.kind)}`)
    // Labels made before the measure kind wrote distances as counts of their unit ("213 km"): score them as measures.
    const legacySymbol = q.kind === 'count' && typeof q.unit === 'string' ? unitSymbol(q.unit) : undefined
    if (legacySymbol !== undefined && isMeasureUnit(legacySymbol)) {
      q = {...q, kind: 'measure', unit: legacySymbol}
    }
    if (q.kind === 'measure' && (typeof q.unit !== 'string' || unitSymbol(q.unit) === undefined)) fail(`quantity ${JSON.stringify(q.text)}: unknown measure unit ${String(q.unit)}`)
    if (q.change !== undefined && q.change !== 'up' && q.change !== 'down') fail(`quantity ${JSON.stringify(q.text)}: change must be "up" or "down"`)
    if (q.from !== undefined && (typeof q.from !== 'number' || q.change === undefined)) fail(`quantity ${JSON.stringify(q.text)}: \`from\` must be a number, with a change`)
    if (typeof q.low !== 'number' || typeof q.high !== 'number') fail(`quantity ${JSON.stringify(q.text)}: low/high must be numbers`)
    if (typeof q.unit !== 'string' || q.unit === '') fail(`quantity ${JSON.stringify(q.text)}: unit must be a string`)
    if (!['exact', 'approximate', 'at-least', 'at-most', 'range'].includes(q.hedge as string)) fail(`quantity ${JSON.stringify(q.text)}: bad hedge`)
    const gold: GoldQuantity = {text: q.text as string, start, kind: q.kind as QuantityKind, low: q.low as number, high: q.high as number, unit: q.unit as string, hedge: q.hedge as Hedge}
    if (q.change !== undefined) gold.change = q.change as 'up' | 'down'
    if (q.from !== undefined) gold.from = q.from as number
    return gold
  })
  const dates = list('dates').map((d): GoldDate => {
    const start = locate(d, 'date')
    const point = (p: unknown, which: string): DatePoint => {
      if (typeof p !== 'object' || p === null) return fail(`date ${JSON.stringify(d.text)}: \`${which}\` must be an object`)
      const out: DatePoint = {}
      for (const part of ['year', 'month', 'day'] as const) {
        const v = (p as Record<string, unknown>)[part]
        if (v === undefined || v === null) continue
        if (typeof v !== 'number') fail(`date ${JSON.stringify(d.text)}: ${which}.${part} must be a number`)
        out[part] = v as number
      }
      return out
    }
    if (!['day', 'month', 'year'].includes(d.granularity as string)) fail(`date ${JSON.stringify(d.text)}: bad granularity`)
    return {text: d.text as string, start, value: {start: point(d.start, 'start'), end: point(d.end, 'end')}, granularity: d.granularity as GoldDate['granularity']}
  })
  // Quotation marks labelled as not speech (`"speech": false`: a title, a
  // nickname) are no gold quotations; predicted non-speech pieces are not
  // scored either (see isScare).
  const quotes = list('quotes').filter((q) => q.speech !== false).map((q): GoldQuote => {
    const start = locate(q, 'quote')
    if (typeof q.speaker !== 'string' || q.speaker === '') fail(`quote ${JSON.stringify(q.text)}: speaker must be a string`)
    return {text: q.text as string, start, speaker: q.speaker as string}
  })
  const labelled = raw.labelled === undefined ? [] : raw.labelled
  if (!Array.isArray(labelled) || !labelled.every((l) => typeof l === 'string')) fail('`labelled` must be an array of strings')
  return {id, topic: raw.topic as string, source: raw.source as string, published: (raw.published as string | null) ?? null, text, quantities, dates, quotes, labelled: labelled as string[]}
}

/** Parse the whole JSONL file (blank lines and `//` lines are skipped). */
export function parseDevset(jsonl: string): GoldPassage[] {
  const passages: GoldPassage[] = []
  const ids = new Set<string>()
  for (const line of jsonl.split('\n')) {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('//')) continue
    const passage = parsePassage(trimmed)
    if (ids.has(passage.id)) throw new Error(`devset passage ${passage.id}: duplicate id`)
    ids.add(passage.id)
    passages.push(passage)
  }
  return passages
}

