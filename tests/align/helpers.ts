// Hand-built claims for alignment tests (sentences invented, not from the seed corpus).
import type {CategoryValue, Claim, DatePoint, DateValue, Hedge, QuantityValue, QuoteValue, RoleValue} from '../../src/types.js'

/**
 * A claim whose sentence is `sentence` and whose text is the first occurrence
 * of `text` in it. `at` places the sentence in the article (sentence index).
 */
export function claim(article: string, sentence: string, text: string, kind: string, value: Claim['value'], at = 0): Claim {
  const rel = sentence.indexOf(text)
  if (rel === -1) throw new Error(`"${text}" not in "${sentence}"`)
  const base = at * 1000
  const start = base + rel
  return {
    id: `${article}#${kind}@${start}-${start + text.length}`,
    article,
    kind,
    text,
    start,
    end: start + text.length,
    sentence: {start: base, end: base + sentence.length, text: sentence, index: at},
    matcher: kind,
    value
  }
}

export function money(low: number, options: {hedge?: Hedge; high?: number; unit?: string; hedgeText?: string; per?: string} = {}): QuantityValue {
  const hedge = options.hedge ?? 'exact'
  const high = options.high ?? low
  const bounds =
    hedge === 'approximate' ? {low: low * 0.9, high: high * 1.1} : hedge === 'at-least' ? {low, high: null} : hedge === 'at-most' ? {low: 0, high} : {low, high}
  return {
    type: 'quantity',
    low,
    high,
    unit: options.unit ?? 'GBP',
    hedge,
    bounds,
    ...(options.hedgeText ? {hedgeText: options.hedgeText} : {}),
    ...(options.per ? {per: options.per} : {})
  }
}

export function count(n: number, unit: string, hedge: Hedge = 'exact'): QuantityValue {
  return money(n, {unit, hedge})
}

export function date(start: DatePoint, end: DatePoint = start, options: Partial<DateValue> = {}): DateValue {
  const granularity = start.day !== undefined ? 'day' : start.month !== undefined ? 'month' : 'year'
  const assigned = (['year', 'month', 'day'] as const).filter((p) => start[p] !== undefined)
  return {type: 'date', start, end, granularity, assigned: [...assigned], implied: [], anchor: start.year === undefined ? 'unknown' : 'absolute', relation: 'at', ...options}
}

export function quote(words: string, speaker: string | null, options: {scare?: boolean; quotation?: string} = {}): QuoteValue {
  return {type: 'quote', speaker, speakerMention: null, words, quotation: options.quotation ?? `q-${words.slice(0, 10)}`, scare: options.scare ?? false}
}

export function category(scheme: string, label: string, subject?: string): CategoryValue {
  return {type: 'category', scheme, label, ...(subject ? {subject} : {})}
}

export function role(person: string, title: string): RoleValue {
  return {type: 'role', person, role: title}
}

/** Articles with outlets, all in one story unless `story` is null. */
export function articles(ids: string[], story: string | null = 'story-1'): Array<{id: string; outlet: string; story?: string}> {
  return ids.map((id) => ({id, outlet: `${id.toUpperCase()} News`, ...(story ? {story} : {})}))
}
