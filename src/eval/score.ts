/**
 * Scoring extracted claims against the hand-labelled development set
 * (`tests/fixtures/devset/devset.jsonl`). See docs/evaluation.md for the
 * labelling conventions and the exact metric definitions.
 *
 * Everything here is pure: gold passages and predicted claims in, counts and
 * P/R/F1 out. `run.ts` does the file reading and printing.
 *
 * @module
 */
import type {Claim, DatePoint, Hedge} from '../types.js'
import {isMeasureUnit, unitSymbol} from '../normalize/units.js'
import {goldSummary, legacyView, sameChange} from './quantity-checks.js'

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

// ---------------------------------------------------------------------------
// Counting

/** True positives, predictions and gold items of one metric. */
export interface Counts {
  tp: number
  predicted: number
  gold: number
}

export interface Prf extends Counts {
  precision: number
  recall: number
  f1: number
}

/** P/R/F1 with 0 (never NaN) where a denominator is 0. */
export function prf(c: Counts): Prf {
  const precision = c.predicted === 0 ? 0 : c.tp / c.predicted
  const recall = c.gold === 0 ? 0 : c.tp / c.gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {...c, precision, recall, f1}
}

const zero = (): Counts => ({tp: 0, predicted: 0, gold: 0})

// ---------------------------------------------------------------------------
// Comparisons

const overlapLength = (aStart: number, aEnd: number, bStart: number, bEnd: number): number => Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart))

/** Equal within a relative tolerance of 1e-9 (absolute near 0). */
export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-300)
}

const IRREGULAR: Record<string, string> = {people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', lives: 'life', wives: 'wife', knives: 'knife', staff: 'staff', data: 'data', police: 'police', series: 'series', species: 'species', news: 'news'}

/** A light English singular of one lowercase word. */
export function singular(word: string): string {
  const w = word.toLowerCase()
  const irregular = IRREGULAR[w]
  if (irregular !== undefined) return irregular
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`
  if (w.length > 4 && /(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2)
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1)
  return w
}

/** The head-noun lemma of a count unit: its last word, singularized ("social workers" → "worker"). */
export function headLemma(unit: string): string {
  const words = unit
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/[\s-]+/)
    .filter((w) => w !== '')
  const last = words[words.length - 1]
  return last === undefined ? '' : singular(last)
}

/** Does a predicted unit match the gold unit, given the kind? */
export function sameUnit(kind: QuantityKind, gold: string, predicted: unknown): boolean {
  if (typeof predicted !== 'string') return false
  if (kind === 'money') return gold.trim().toUpperCase() === predicted.trim().toUpperCase()
  if (kind === 'percent') return normalizePercentUnit(gold) === normalizePercentUnit(predicted)
  if (kind === 'measure') return unitSymbol(gold) !== undefined && unitSymbol(gold) === unitSymbol(predicted)
  return headLemma(gold) === headLemma(predicted)
}

function normalizePercentUnit(unit: string): string {
  const u = unit.trim().toLowerCase()
  if (u === 'pp' || u === 'percentage point' || u === 'percentage points' || u === 'points') return 'pp'
  if (u === '%' || u === 'percent' || u === 'per cent') return '%'
  return u
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'judge', 'president', 'prime', 'minister', 'rev', 'st'])

function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((t) => t !== '')
}

/**
 * Speaker equality: case- and punctuation-insensitive equality of the whole
 * name, or, for names of people, equality of the last name ("Cook" = "Tim Cook").
 */
export function sameSpeaker(gold: string, predicted: string | null | undefined): boolean {
  if (typeof predicted !== 'string' || predicted.trim() === '') return false
  const g = nameTokens(gold)
  const p = nameTokens(predicted)
  if (g.length === 0 || p.length === 0) return false
  if (g.join(' ') === p.join(' ')) return true
  // Leading titles and "the" ("Mr Cook", "the judge") are dropped; the last word stays.
  const strip = (tokens: string[]): string[] => {
    let i = 0
    while (i < tokens.length - 1 && (TITLES.has(tokens[i] as string) || tokens[i] === 'the')) i++
    return tokens.slice(i)
  }
  const gCore = strip(g)
  const pCore = strip(p)
  if (gCore.length > 0 && gCore.join(' ') === pCore.join(' ')) return true
  const gLast = gCore[gCore.length - 1]
  const pLast = pCore[pCore.length - 1]
  return gLast !== undefined && gLast === pLast
}

/** Do the date parts the gold states equal the predicted ones? */
export function sameDateParts(gold: {start: DatePoint; end: DatePoint}, predicted: {start?: DatePoint; end?: DatePoint}): boolean {
  for (const side of ['start', 'end'] as const) {
    const g = gold[side]
    const p = predicted[side] ?? {}
    for (const part of ['year', 'month', 'day'] as const) {
      const want = g[part]
      if (want !== undefined && p[part] !== want) return false
    }
  }
  return true
}

// ---------------------------------------------------------------------------
// Matching

interface Spanned {
  start: number
  end: number
}

/**
 * One-to-one matching by span overlap: all overlapping (gold, predicted)
 * pairs, longest overlap first (ties: the pair `prefer` likes, then text
 * order), each item used at most once.
 */
export function matchOneToOne<G extends Spanned, P extends Spanned>(gold: readonly G[], predicted: readonly P[], prefer: (g: G, p: P) => boolean = () => false): Array<[G, P]> {
  const pairs: Array<{gi: number; pi: number; overlap: number; preferred: boolean}> = []
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const overlap = overlapLength(g.start, g.end, p.start, p.end)
      if (overlap > 0) pairs.push({gi, pi, overlap, preferred: prefer(g, p)})
    })
  )
  pairs.sort((a, b) => b.overlap - a.overlap || Number(b.preferred) - Number(a.preferred) || a.gi - b.gi || a.pi - b.pi)
  const usedG = new Set<number>()
  const usedP = new Set<number>()
  const out: Array<[G, P]> = []
  for (const pair of pairs) {
    if (usedG.has(pair.gi) || usedP.has(pair.pi)) continue
    usedG.add(pair.gi)
    usedP.add(pair.pi)
    out.push([gold[pair.gi] as G, predicted[pair.pi] as P])
  }
  return out
}

// ---------------------------------------------------------------------------
// Scores

/** Quantity metric levels, each stricter than `span`. */
export const QUANTITY_LEVELS = ['span', 'value', 'value+unit', 'value+hedge', 'value+change', 'all'] as const
export type QuantityLevel = (typeof QUANTITY_LEVELS)[number]
export const DATE_LEVELS = ['span', 'value'] as const
export type DateLevel = (typeof DATE_LEVELS)[number]
export const QUOTE_LEVELS = ['span', 'speaker'] as const
export type QuoteLevel = (typeof QUOTE_LEVELS)[number]

/** A problem found for developers (`--misses`). */
export interface Miss {
  passage: string
  area: 'quantity' | 'date' | 'quote'
  /** `missed`: gold item no prediction overlaps; `wrong`: overlapped but not right at the strictest level; `spurious`: prediction overlapping no gold item. */
  type: 'missed' | 'wrong' | 'spurious'
  text: string
  /** What the gold says (absent for spurious). */
  gold?: unknown
  /** What was predicted (absent for missed). */
  predicted?: unknown
  /** Which checks failed, for `wrong`. */
  failed?: string[]
}

export interface Scores {
  passages: number
  /** `quantity` (all kinds together), `money`, `count`, `percent`, `measure` → level → counts. `value+change` counts only passages labelled for `change`. */
  quantities: Record<'quantity' | QuantityKind, Record<QuantityLevel, Counts>>
  dates: Record<DateLevel, Counts>
  quotes: Record<QuoteLevel, Counts>
  misses: Miss[]
}

function emptyScores(): Scores {
  const levels = <L extends string>(names: readonly L[]): Record<L, Counts> => Object.fromEntries(names.map((n) => [n, zero()])) as Record<L, Counts>
  return {
    passages: 0,
    quantities: {quantity: levels(QUANTITY_LEVELS), money: levels(QUANTITY_LEVELS), count: levels(QUANTITY_LEVELS), percent: levels(QUANTITY_LEVELS), measure: levels(QUANTITY_LEVELS)},
    dates: levels(DATE_LEVELS),
    quotes: levels(QUOTE_LEVELS),
    misses: []
  }
}

const isQuantityKind = (kind: string): kind is QuantityKind => (QUANTITY_KINDS as readonly string[]).includes(kind)

const valueOf = (claim: Claim): Record<string, unknown> => (typeof claim.value === 'object' && claim.value !== null ? (claim.value as unknown as Record<string, unknown>) : {})

const describeQuantity = (c: Claim): unknown => {
  const v = valueOf(c)
  return {kind: c.kind, text: c.text, low: v.low, high: v.high, unit: v.unit, hedge: v.hedge, ...(v.change === undefined ? {} : {change: v.change})}
}

/** Is a predicted quote piece a scare quote or other marks that are not speech (a title, a nickname: not scored)? */
const isScare = (c: Claim): boolean => valueOf(c).scare === true || valueOf(c).speech === false

/** Score one passage's predicted claims; add into `into`. */
export function scorePassage(passage: GoldPassage, claims: readonly Claim[], into: Scores = emptyScores()): Scores {
  into.passages++
  const miss = (m: Omit<Miss, 'passage'>): void => {
    into.misses.push({passage: passage.id, ...m})
  }

  // --- quantities
  const goldQ = passage.quantities.map((q) => ({...q, end: q.start + q.text.length}))
  const predQ = claims.filter((c) => isQuantityKind(c.kind)).flatMap((c) => legacyView(passage, c))
  // value+change is scored only where the passage labels changes (older passages do not).
  const levelsHere = QUANTITY_LEVELS.filter((level) => level !== 'value+change' || passage.labelled.includes('change'))
  for (const q of goldQ) for (const level of levelsHere) { into.quantities.quantity[level].gold++; into.quantities[q.kind][level].gold++ }
  for (const c of predQ) for (const level of levelsHere) { into.quantities.quantity[level].predicted++; into.quantities[c.kind as QuantityKind][level].predicted++ }
  const qPairs = matchOneToOne(goldQ, predQ, (g, p) => g.kind === p.kind)
  const pairedQ = new Set<Claim>()
  for (const [g, p] of qPairs) {
    pairedQ.add(p)
    const v = valueOf(p)
    const checks = {
      kind: p.kind === g.kind,
      value: typeof v.low === 'number' && typeof v.high === 'number' && sameNumber(v.low, g.low) && sameNumber(v.high, g.high),
      unit: sameUnit(g.kind, g.unit, v.unit),
      hedge: v.hedge === g.hedge,
      change: sameChange(g, v.change)
    }
    const ok: Record<QuantityLevel, boolean> = {
      span: checks.kind,
      value: checks.kind && checks.value,
      'value+unit': checks.kind && checks.value && checks.unit,
      'value+hedge': checks.kind && checks.value && checks.hedge,
      'value+change': checks.kind && checks.value && checks.change,
      all: checks.kind && checks.value && checks.unit && checks.hedge
    }
    for (const level of levelsHere) {
      if (!ok[level]) continue
      into.quantities.quantity[level].tp++
      into.quantities[g.kind][level].tp++
    }
    const changeScored = passage.labelled.includes('change')
    if (!ok.all || (changeScored && !checks.change)) {
      const failed = Object.entries(checks).filter(([name, good]) => !good && (name !== 'change' || changeScored)).map(([name]) => name)
      miss({area: 'quantity', type: 'wrong', text: g.text, gold: goldSummary(g), predicted: describeQuantity(p), failed})
    }
  }
  const pairedGoldQ = new Set(qPairs.map(([g]) => g))
  for (const g of goldQ) if (!pairedGoldQ.has(g)) miss({area: 'quantity', type: 'missed', text: g.text, gold: goldSummary(g)})
  for (const c of predQ) if (!pairedQ.has(c)) miss({area: 'quantity', type: 'spurious', text: c.text, predicted: describeQuantity(c)})

  // --- dates (a passage whose `labelled` list names what was labelled, and not
  // `date`, was not labelled for dates: its date predictions are not scored)
  const datesLabelled = passage.labelled.length === 0 || passage.labelled.includes('date')
  const goldD = datesLabelled ? passage.dates.map((d) => ({...d, end: d.start + d.text.length})) : []
  const predD = datesLabelled ? claims.filter((c) => c.kind === 'date') : []
  for (const level of DATE_LEVELS) {
    into.dates[level].gold += goldD.length
    into.dates[level].predicted += predD.length
  }
  const dPairs = matchOneToOne(goldD, predD)
  for (const [g, p] of dPairs) {
    into.dates.span.tp++
    const v = valueOf(p) as {start?: DatePoint; end?: DatePoint}
    if (sameDateParts(g.value, v)) into.dates.value.tp++
    else miss({area: 'date', type: 'wrong', text: g.text, gold: g.value, predicted: {text: p.text, start: v.start, end: v.end}, failed: ['value']})
  }
  const pairedGoldD = new Set(dPairs.map(([g]) => g))
  const pairedD = new Set(dPairs.map(([, p]) => p))
  for (const g of goldD) if (!pairedGoldD.has(g)) miss({area: 'date', type: 'missed', text: g.text, gold: g.value})
  for (const c of predD) if (!pairedD.has(c)) { const v = valueOf(c); miss({area: 'date', type: 'spurious', text: c.text, predicted: {start: v.start, end: v.end}}) }

  // --- quotes (many-to-many by overlap; see docs/evaluation.md)
  const goldQu = passage.quotes.map((q) => ({...q, end: q.start + q.text.length}))
  const predQu = claims.filter((c) => c.kind === 'quote' && !isScare(c))
  const best = <A extends Spanned, B extends Spanned>(a: A, among: readonly B[]): B | undefined => {
    let chosen: B | undefined
    let longest = 0
    for (const b of among) {
      const o = overlapLength(a.start, a.end, b.start, b.end)
      if (o > longest) { longest = o; chosen = b }
    }
    return chosen
  }
  const speakerOf = (c: Claim): string | null => {
    const s = valueOf(c).speaker
    return typeof s === 'string' && s.trim() !== '' ? s : null
  }
  into.quotes.span.gold += goldQu.length
  into.quotes.speaker.gold += goldQu.length
  for (const g of goldQu) {
    const p = best(g, predQu)
    if (p === undefined) {
      miss({area: 'quote', type: 'missed', text: g.text, gold: {speaker: g.speaker}})
      continue
    }
    into.quotes.span.tp++
    if (sameSpeaker(g.speaker, speakerOf(p))) into.quotes.speaker.tp++
    else miss({area: 'quote', type: 'wrong', text: g.text, gold: {speaker: g.speaker}, predicted: {text: p.text, speaker: speakerOf(p)}, failed: ['speaker']})
  }
  // Precision: per predicted piece. Span: does it overlap a gold quote?
  // Speaker: over pieces that name a speaker; right if the gold quote it
  // overlaps most has that speaker (a piece overlapping no gold quote is wrong).
  let spanCorrect = 0
  let attributed = 0
  let attributedCorrect = 0
  for (const p of predQu) {
    const g = best(p, goldQu)
    if (g !== undefined) spanCorrect++
    else miss({area: 'quote', type: 'spurious', text: p.text, predicted: {speaker: speakerOf(p)}})
    const speaker = speakerOf(p)
    if (speaker === null) continue
    attributed++
    if (g !== undefined && sameSpeaker(g.speaker, speaker)) attributedCorrect++
  }
  into.quotes.span.predicted += predQu.length
  into.quotes.speaker.predicted += attributed
  // Precision-side true positives can differ from recall-side ones (pieces vs
  // quotations), so the quote counts keep both: `tp` is the recall side and
  // `tpPredicted` the precision side.
  addPrecisionTp(into.quotes.span, spanCorrect)
  addPrecisionTp(into.quotes.speaker, attributedCorrect)
  return into
}

/** Quote counts keep a separate precision-side true-positive count. */
export interface QuoteCounts extends Counts {
  tpPredicted?: number
}

function addPrecisionTp(c: QuoteCounts, n: number): void {
  c.tpPredicted = (c.tpPredicted ?? 0) + n
}

/** P/R/F1 of quote counts: precision from the predicted-side tp. */
export function quotePrf(c: QuoteCounts): Prf {
  const precision = c.predicted === 0 ? 0 : (c.tpPredicted ?? 0) / c.predicted
  const recall = c.gold === 0 ? 0 : c.tp / c.gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {...c, precision, recall, f1}
}

/** Score a whole development set: `predict` gives each passage's claims. */
export function scoreDevset(passages: readonly GoldPassage[], predict: (passage: GoldPassage) => readonly Claim[]): Scores {
  const scores = emptyScores()
  for (const passage of passages) scorePassage(passage, predict(passage), scores)
  return scores
}

/** One row of the summary table. */
export interface Row extends Prf {
  area: string
  level: string
}

/** The summary rows, in a stable order. */
export function summarize(scores: Scores): Row[] {
  const rows: Row[] = []
  for (const area of ['quantity', ...QUANTITY_KINDS] as const) for (const level of QUANTITY_LEVELS) rows.push({area, level, ...prf(scores.quantities[area][level])})
  for (const level of DATE_LEVELS) rows.push({area: 'date', level, ...prf(scores.dates[level])})
  for (const level of QUOTE_LEVELS) rows.push({area: 'quote', level, ...quotePrf(scores.quotes[level])})
  return rows
}

/** A fixed-width text table of the summary rows. */
export function formatTable(rows: readonly Row[]): string {
  const pct = (x: number): string => (x * 100).toFixed(1).padStart(6)
  const header = `${'kind'.padEnd(9)}${'metric'.padEnd(13)}${'P'.padStart(6)}${'R'.padStart(7)}${'F1'.padStart(7)}${'tp'.padStart(6)}${'pred'.padStart(6)}${'gold'.padStart(6)}`
  const lines = [header, '-'.repeat(header.length)]
  let last = ''
  for (const r of rows) {
    if (last !== '' && r.area !== last) lines.push('')
    last = r.area
    lines.push(`${r.area.padEnd(9)}${r.level.padEnd(13)}${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}${String(r.tp).padStart(6)}${String(r.predicted).padStart(6)}${String(r.gold).padStart(6)}`)
  }
  return lines.join('\n')
}
