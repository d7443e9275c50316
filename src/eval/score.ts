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
import type {Claim, DatePoint} from '../types.js'
import {goldSummary, legacyView, sameChange} from './quantity-checks.js'
import {QUANTITY_KINDS, type GoldPassage, type QuantityKind} from './devset.js'
import {matchOneToOne, overlapLength, sameDateParts, sameSpeaker, sameUnit, sameNumber, type Spanned} from './matching.js'

// The gold shapes and their parser (devset.ts) and the item comparisons
// (matching.ts) are part of this module's interface.
export * from './devset.js'
export * from './matching.js'

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
