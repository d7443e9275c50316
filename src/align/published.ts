/**
 * Which of two articles was published later, from `meta.published` as the
 * user gave it: a date ("2024-03-01"), a month ("2024-03"), a year, or a
 * date and time ("2024-03-01T09:12", "2024-03-01 09:12:30Z",
 * "2024-03-01T09:12+01:00"). Two values are compared at the precision both
 * have: with times on both sides by the instant (a time without a zone is
 * read as UTC), else by the calendar parts both give. Equal at that
 * precision, or unreadable: no order.
 *
 * @module
 */
import type {Claim} from '../types.js'
import type {ValueComparison} from './compare.js'

const PUBLISHED = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i

interface Parsed {
  /** Calendar parts known: [year, month?, day?]. */
  parts: number[]
  /** Milliseconds since the epoch when a time is given. */
  instant?: number
}

function parse(text: string | undefined): Parsed | undefined {
  if (typeof text !== 'string') return undefined
  const m = PUBLISHED.exec(text.trim())
  if (!m) return undefined
  const parts = [m[1], m[2], m[3]].filter((p) => p !== undefined).map(Number)
  if (parts[1] !== undefined && (parts[1] < 1 || parts[1] > 12)) return undefined
  if (parts[2] !== undefined && (parts[2] < 1 || parts[2] > 31)) return undefined
  if (m[4] === undefined) return {parts}
  const hours = Number(m[4])
  const minutes = Number(m[5])
  if (hours > 23 || minutes > 59) return {parts}
  let offset = 0
  const zone = m[7]
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)))
  }
  const instant = Date.UTC(parts[0]!, parts[1]! - 1, parts[2]!, hours, minutes, Number(m[6] ?? 0)) - offset * 60000
  return {parts, instant}
}

/**
 * `1` when `a` was published after `b`, `-1` when before, `0` when the two
 * cannot be told apart (equal at the precision both give), `undefined` when
 * either is missing or unreadable.
 */
export function publicationOrder(a: string | undefined, b: string | undefined): -1 | 0 | 1 | undefined {
  const x = parse(a)
  const y = parse(b)
  if (!x || !y) return undefined
  if (x.instant !== undefined && y.instant !== undefined) return Math.sign(x.instant - y.instant) as -1 | 0 | 1
  const n = Math.min(x.parts.length, y.parts.length)
  for (let i = 0; i < n; i++) {
    const d = (x.parts[i] as number) - (y.parts[i] as number)
    if (d !== 0) return d > 0 ? 1 : -1
  }
  return 0
}

/** What a finding's message says about each article: its outlet and publication time. */
export interface ArticleNames {
  outlet: Map<string, string>
  published: Map<string, string>
}

/**
 * A conflict between two articles published at different times: the figure
 * may have changed as the story developed (a death toll rising through the
 * day). Still a differ, with reason `value-developing` and a message naming
 * the later article. Ties and unknown times: unchanged.
 */
export function developing(cmp: ValueComparison, a: Claim, b: Claim, names: ArticleNames): ValueComparison {
  if (cmp.reason !== 'value-conflict') return cmp
  const pa = names.published.get(a.article)
  const pb = names.published.get(b.article)
  const order = publicationOrder(pa, pb)
  if (order === undefined || order === 0) return cmp
  const [early, late] = order > 0 ? [b, a] : [a, b]
  const [earlyTime, lateTime] = order > 0 ? [pb, pa] : [pa, pb]
  const name = (c: Claim) => names.outlet.get(c.article) ?? c.article
  return {
    ...cmp,
    reason: 'value-developing',
    notes: [...cmp.notes, `developing: ${name(late)} (published ${lateTime}) is later than ${name(early)} (published ${earlyTime})`],
    phrase: `${cmp.phrase}; ${name(late)} published later (${lateTime} vs ${earlyTime}): the figure may have changed as the story developed`
  }
}

