/**
 * Shared wording and small computations for all renderers, so the terminal,
 * Markdown and HTML reports say the same thing the same way.
 *
 * @module
 */
import {parseEntities} from 'parse-entities'
import type {ArticleFormat, ArticleRecord, Claim, DiffPart, ExcludedRange, Finding, QuoteValue, Report, Verdict} from '../types.js'

/** The order findings are shown in: conflicts first. */
export const VERDICT_ORDER: readonly Verdict[] = ['differ', 'agree', 'single-source']

/** Short human labels for verdicts. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  differ: 'Differ',
  agree: 'Agree',
  'single-source': 'Single source'
}

/** Rank of a verdict in {@link VERDICT_ORDER}; unknown verdicts go last. */
export function verdictRank(verdict: string): number {
  const rank = VERDICT_ORDER.indexOf(verdict as Verdict)
  return rank === -1 ? VERDICT_ORDER.length : rank
}

/** The label of a verdict, or the verdict itself when unknown. */
export function verdictLabel(verdict: string): string {
  return VERDICT_LABEL[verdict as Verdict] ?? verdict
}

/** `1 claim`, `2 claims`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}

/** A confidence 0..1 as a whole percentage: `92%`. */
export function formatConfidence(confidence: number): string {
  if (typeof confidence !== 'number' || !Number.isFinite(confidence)) return 'n/a'
  return `${Math.round(Math.min(1, Math.max(0, confidence)) * 100)}%`
}

/**
 * How many independent sources back a finding, briefly: `2 independent
 * sources of 3 articles`, or `1 source (3 copies of one text)`; `null` when
 * the finding has no valid `sources` or rests on one article.
 */
export function formatSources(finding: Finding): string | null {
  const sources = (finding as {sources?: unknown}).sources
  if (typeof sources !== 'object' || sources === null) return null
  const {articles, families} = sources as {articles?: unknown; families?: unknown}
  if (!Number.isSafeInteger(articles) || !Number.isSafeInteger(families)) return null
  const a = articles as number
  const f = families as number
  if (a < 2 || f < 1 || f > a) return null
  if (f === a) return `${plural(f, 'independent source')}`
  if (f === 1) return `1 independent source (${a} copies of one text)`
  return `${plural(f, 'independent source')} of ${plural(a, 'article')}`
}

/** Lookups the renderers need over a report. */
export interface ReportIndex {
  article(id: string): ArticleRecord | undefined
  claim(id: string): Claim | undefined
  /** The outlet name of an article, falling back to its id. */
  outlet(articleId: string): string
  /** Findings that cite a claim. */
  findingsOf(claimId: string): Finding[]
}

export function indexReport(report: Report): ReportIndex {
  const articles = new Map(report.articles.map((a) => [a.id, a]))
  const claims = new Map(report.claims.map((c) => [c.id, c]))
  const findingsByClaim = new Map<string, Finding[]>()
  for (const finding of report.findings) {
    for (const id of finding.claims) {
      const list = findingsByClaim.get(id) ?? []
      if (!list.includes(finding)) list.push(finding)
      findingsByClaim.set(id, list)
    }
  }
  return {
    article: (id) => articles.get(id),
    claim: (id) => claims.get(id),
    outlet: (id) => articles.get(id)?.outlet || id,
    findingsOf: (id) => findingsByClaim.get(id) ?? []
  }
}

// ---------------------------------------------------------------------------
// Summary

export interface Summary {
  articles: {total: number; ok: number; error: number}
  stories: number
  claims: {total: number; byKind: [kind: string, count: number][]}
  findings: {total: number; byVerdict: [verdict: string, count: number][]}
  errors: number
  excluded: number
}

export function summarize(report: Report): Summary {
  const ok = report.articles.filter((a) => a.status === 'ok').length
  const kinds = new Map<string, number>()
  for (const claim of report.claims) kinds.set(claim.kind, (kinds.get(claim.kind) ?? 0) + 1)
  const verdicts = new Map<string, number>(VERDICT_ORDER.map((v) => [v, 0]))
  for (const finding of report.findings) verdicts.set(finding.verdict, (verdicts.get(finding.verdict) ?? 0) + 1)
  return {
    articles: {total: report.articles.length, ok, error: report.articles.length - ok},
    stories: report.stories.length,
    claims: {total: report.claims.length, byKind: [...kinds].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))},
    findings: {total: report.findings.length, byVerdict: [...verdicts].sort((a, b) => verdictRank(a[0]) - verdictRank(b[0]) || compare(a[0], b[0]))},
    errors: report.errors.length,
    excluded: report.articles.reduce((n, a) => n + a.excluded.length, 0)
  }
}

/** `4 ok, 1 error`. */
export function articlesPhrase(summary: Summary): string {
  return `${plural(summary.articles.total, 'article')} read (${summary.articles.ok} ok, ${plural(summary.articles.error, 'error')})`
}

/** `money 5, quote 3` or `none`. */
export function kindsPhrase(summary: Summary): string {
  return summary.claims.byKind.length ? summary.claims.byKind.map(([k, n]) => `${k} ${n}`).join(', ') : 'none'
}

/** `2 differ, 3 agree, 4 single-source`. */
export function verdictsPhrase(summary: Summary): string {
  return summary.findings.byVerdict.map(([v, n]) => `${n} ${v}`).join(', ')
}

// ---------------------------------------------------------------------------
// Claims in their sentence

/** A piece of a sentence: plain or inside one or more marked ranges. */
export interface Segment<T> {
  text: string
  /** Offset of the piece in the text it was cut from. */
  start: number
  /** The ranges covering this piece (empty: plain text). */
  marks: T[]
  /** Ranges that start exactly here (for anchors). */
  starts: T[]
}

/**
 * Cut `text` into pieces at every range boundary, so that overlapping ranges
 * can be rendered without nesting problems. Ranges are clamped to the text;
 * empty ones only produce an anchor.
 */
export function segmentText<T extends {start: number; end: number}>(text: string, ranges: readonly T[]): Segment<T>[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, Number.isFinite(n) ? n : 0))
  const rs = ranges
    .map((range, order) => ({range, order, start: clamp(range.start), end: clamp(Math.max(range.start, range.end))}))
    .sort((a, b) => a.start - b.start || a.order - b.order)
  const cuts = new Set<number>([0, text.length])
  for (const r of rs) {
    cuts.add(r.start)
    cuts.add(r.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment<T>[] = []
  let next = 0
  let active: typeof rs = []
  for (let i = 0; i < points.length; i++) {
    const start = points[i] as number
    const end = points[i + 1] ?? start
    const starting: typeof rs = []
    while (next < rs.length && (rs[next] as (typeof rs)[number]).start === start) starting.push(rs[next++] as (typeof rs)[number])
    active = [...active.filter((r) => r.end > start), ...starting.filter((r) => r.end > r.start)].sort((a, b) => a.order - b.order)
    if (end === start && starting.length === 0) continue
    segments.push({
      text: text.slice(start, end),
      start,
      marks: end > start ? active.map((r) => r.range) : [],
      starts: starting.map((r) => r.range)
    })
  }
  return segments
}

/**
 * Where a claim lies in its sentence text: `claim.start - claim.sentence.start`
 * when that slice really is the claim's text, else the first occurrence of
 * the claim's text, else `null` (offsets that do not fit the sentence).
 */
export function claimInSentence(claim: Claim): {start: number; end: number} | null {
  const sentence = claim.sentence
  if (!sentence || typeof sentence.text !== 'string') return null
  const relative = claim.start - sentence.start
  if (relative >= 0 && sentence.text.slice(relative, relative + claim.text.length) === claim.text && claim.text.length > 0) {
    return {start: relative, end: relative + claim.text.length}
  }
  const found = claim.text ? sentence.text.indexOf(claim.text) : -1
  return found === -1 ? null : {start: found, end: found + claim.text.length}
}

/** HTML tags (and comments) in an HTML source: `<p>`, `</em>`, `<br/>`, `<!-- … -->`. */
export const HTML_TAG = /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>/g

/**
 * Source text as a reader sees it. Claim sentences are source slices, so for
 * an HTML article they hold tags and character references: tags are
 * dropped and references decoded (the result is text, escaped later like
 * any other). Other formats are shown as written.
 */
export function readableSource(text: string, format: ArticleFormat | null | undefined): string {
  if (format !== 'html') return text
  return parseEntities(text.replace(HTML_TAG, ''), {nonTerminated: true})
}

/**
 * How much of a claim's sentence a finding shows on each side of the claim
 * (characters of source text). A finding's context is bounded, so a report
 * grows linearly with a sentence full of claims, not with its square; the
 * whole sentence is shown once, in the article's section (HTML) or the JSON
 * `sentences[]`.
 */
export const CONTEXT_CHARS = 160

/** The last `max` characters of `text` (cut at a space where one is near), `…` first when cut. */
export function clipStart(text: string, max = CONTEXT_CHARS): string {
  if (text.length <= max) return text
  let from = text.length - max
  const space = text.indexOf(' ', from)
  if (space !== -1 && space - from < 24) from = space + 1
  if (isLowSurrogate(text.charCodeAt(from))) from++
  return `…${text.slice(from)}`
}

/** The first `max` characters of `text` (cut at a space where one is near), `…` last when cut. */
export function clipEnd(text: string, max = CONTEXT_CHARS): string {
  if (text.length <= max) return text
  let to = max
  const space = text.lastIndexOf(' ', to)
  if (space !== -1 && to - space < 24) to = space
  if (isLowSurrogate(text.charCodeAt(to))) to--
  return `${text.slice(0, to)}…`
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** A claim's sentence for a finding when the claim cannot be placed in it: at most twice {@link CONTEXT_CHARS}. */
export function clippedSentence(claim: Claim): string {
  return clipEnd(claim.sentence?.text ?? '', 2 * CONTEXT_CHARS)
}

/**
 * The sentence of a claim cut into before / claim / after, readable for the
 * article's format (whitespace trimmed at the ends), before and after at
 * most {@link CONTEXT_CHARS} of source each (`…` where cut).
 */
export function splitSentence(claim: Claim, format?: ArticleFormat | null): {before: string; claim: string; after: string} | null {
  const at = claimInSentence(claim)
  if (!at) return null
  const text = claim.sentence.text
  return {
    before: readableSource(clipStart(text.slice(Math.max(0, at.start - 4 * CONTEXT_CHARS), at.start)), format).trimStart(),
    claim: readableSource(text.slice(at.start, at.end), format),
    after: readableSource(clipEnd(text.slice(at.end, at.end + 4 * CONTEXT_CHARS)), format).trimEnd()
  }
}

/** The speaker of a quote claim, or null for other claims. */
export function speakerOf(claim: Claim): string | null {
  if (claim.value?.type !== 'quote') return null
  const value = claim.value as QuoteValue
  if (typeof value.speaker === 'string' && value.speaker) return value.speaker
  if (value.speakerMention && typeof value.speakerMention.text === 'string') return `${value.speakerMention.text} (unresolved)`
  return 'unknown speaker'
}

/** Whether a claim is a scare quote (one or two words in quotation marks). */
export function isScareQuote(claim: Claim): boolean {
  return claim.value?.type === 'quote' && (claim.value as QuoteValue).scare === true
}

// ---------------------------------------------------------------------------
// Diffs

/** A diff part with its outer whitespace split off (emphasis markers must hug words). */
export function splitDiffWhitespace(part: DiffPart): {lead: string; core: string; trail: string} {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.text)
  return {lead: match?.[1] ?? '', core: match?.[2] ?? part.text, trail: match?.[3] ?? ''}
}

/** Whether a diff has any change at all. */
export function diffChanges(diff: readonly DiffPart[]): {deleted: number; inserted: number} {
  let deleted = 0
  let inserted = 0
  for (const part of diff) {
    if (part.op === 'delete') deleted++
    if (part.op === 'insert') inserted++
  }
  return {deleted, inserted}
}

// ---------------------------------------------------------------------------
// Excluded ranges

/** Rules that are not page chrome but the format's own syntax. */
export const SYNTAX_RULES = new Set(['markup', 'front-matter'])

/** `chrome/read-more ×2, markup ×14`, sorted by count. */
export function excludedByRule(excluded: readonly ExcludedRange[]): [rule: string, count: number][] {
  const counts = new Map<string, number>()
  for (const range of excluded) counts.set(range.rule, (counts.get(range.rule) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
}

export function excludedPhrase(excluded: readonly ExcludedRange[]): string {
  if (excluded.length === 0) return 'none'
  return `${excluded.length} (${excludedByRule(excluded).map(([rule, n]) => `${rule} ×${n}`).join(', ')})`
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** A claim's normalized value in one line ("exact 10000000 GBP", "speaker: Jane Smith"). */
export function describeValue(claim: Claim): string {
  const v = claim.value as unknown as Record<string, unknown>
  switch (v.type) {
    case 'quantity':
      return `${v.hedge} ${v.low === v.high ? v.low : `${v.low}..${v.high}`} ${v.unit}`
    case 'quote':
      return `speaker: ${v.speaker ?? 'unknown'}${v.scare ? ' (scare quote)' : ''}`
    case 'date':
      return `${JSON.stringify(v.start)}..${JSON.stringify(v.end)} ${v.relation}`
    case 'role':
      return `${v.person}: ${v.role}`
    case 'category':
      return `${v.scheme}: ${v.label}${v.subject ? ` (${v.subject})` : ''}`
    default:
      return JSON.stringify(v)
  }
}
