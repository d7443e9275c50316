/**
 * Stories: articles with a `story` are grouped by it; the others are
 * clustered by what they are about: identifying named entities and years
 * (weighted most) and other content words, with publication dates. Look-alikes
 * (the same kind of event about another company, place or person, or another
 * year) never link ({@link storyConflict}); clusters grow by average linkage,
 * and a cluster never holds two conflicting articles, so one article cannot
 * chain two look-alike stories together.
 *
 * @module
 */
import type {Story} from '../types.js'
import {daysApart, storyConflict, type ConflictOptions} from './story-conflicts.js'
import {allPairs, candidateLinks, cosine, norm, type Vectors} from './story-links.js'
import {outletKey, storyTerms, vocabulary, type StoryTerms} from './story-terms.js'
import {compareStrings} from './text.js'

export {NAME_WEIGHT} from './story-links.js'

/** What stories need to know about an article. */
export interface StoryArticle {
  id: string
  story?: string
  published?: string
  title?: string
  text?: string
  /** The outlet's name: its words are not names that identify a story. */
  outlet?: string
}

/** Options for inferring stories. */
export interface StoryOptions {
  /** Similarity at which two articles are the same story (default 0.15). */
  threshold?: number
  /** Days apart beyond which articles need a higher similarity (default 7); more than 4× this apart, never one story. */
  maxDays?: number
  /** Average similarity of the cross pairs two clusters need to merge, as a share of `threshold` (default 0.5). */
  linkage?: number
  /**
   * Score every pair of articles instead of only those the term index finds
   * (same result, O(n²) time; for checking the index).
   */
  exhaustive?: boolean
}

/** The fewest articles rarity (IDF) is counted among: see {@link storyProfiles}. */
export const BACKGROUND_ARTICLES = 50

/** Cross pairs checked when two clusters merge: at most this many members of each (the first by id). */
const MERGE_SAMPLE = 64

/** An article as story inference sees it (exported for tools and tests). */
export interface Profile extends Vectors {
  id: string
  terms: StoryTerms
  days: [number, number] | undefined
}

/**
 * A publication date as a range of days since 1970: `YYYY-MM-DD` (anything
 * after the day, such as a time, is ignored) is one day, `YYYY-MM` its month,
 * `YYYY` its year; undefined for anything else.
 */
export function publishedDays(published: string | undefined): [number, number] | undefined {
  if (!published) return undefined
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d-])/.exec(published)
  if (!m) return undefined
  const year = Number(m[1])
  const day = (y: number, mo: number, d: number) => Math.floor(Date.UTC(y, mo, d) / 86400000)
  if (m[3] !== undefined) {
    const month = Number(m[2]) - 1
    const d = Number(m[3])
    const first = day(year, month, d)
    // Not a real date (2023-02-30): unknown.
    if (new Date(first * 86400000).getUTCDate() !== d || month > 11) return undefined
    return [first, first]
  }
  if (m[2] !== undefined) {
    const month = Number(m[2]) - 1
    if (month < 0 || month > 11) return undefined
    return [day(year, month, 1), day(year, month + 1, 1) - 1]
  }
  return [day(year, 0, 1), day(year + 1, 0, 1) - 1]
}

/** Group articles into stories. Deterministic: ids sorted, ties broken by id. */
export function groupStories(articles: readonly StoryArticle[], options: StoryOptions = {}): Story[] {
  const sorted = [...articles].sort((a, b) => compareStrings(a.id, b.id))
  const stories: Story[] = []
  const given = new Map<string, string[]>()
  const loose: StoryArticle[] = []
  for (const article of sorted) {
    if (article.story) {
      const list = given.get(article.story)
      if (list) list.push(article.id)
      else given.set(article.story, [article.id])
    } else loose.push(article)
  }
  for (const [id, ids] of given) stories.push({id, articles: ids, inferred: false, reason: 'story given in the article metadata'})
  if (loose.length) {
    const outlets = new Set(sorted.map((a) => outletKey(a.outlet ?? '')).filter((k) => k))
    for (const story of inferStories(loose, options, outlets, new Set(given.keys()))) stories.push(story)
  }
  return stories.sort((a, b) => compareStrings(a.id, b.id))
}

export function storyProfiles(articles: readonly StoryArticle[], outlets: ReadonlySet<string> = new Set()): Profile[] {
  const vocab = vocabulary(articles.flatMap((a) => [a.title ?? '', a.text ?? '']))
  const raw = articles.map((a) => ({article: a, terms: storyTerms(a.title ?? '', a.text ?? '', outlets, vocab)}))
  const df = new Map<string, number>()
  const nameDf = new Map<string, number>()
  for (const r of raw) {
    for (const t of r.terms.words.keys()) df.set(t, (df.get(t) ?? 0) + 1)
    for (const t of r.terms.names.keys()) nameDf.set(t, (nameDf.get(t) ?? 0) + 1)
  }
  // Rarity is counted as if among at least BACKGROUND_ARTICLES articles: in a
  // handful of articles about one event, the terms they all share are what
  // they have in common, not noise (look-alikes are told apart by conflicts).
  const n = Math.max(articles.length, BACKGROUND_ARTICLES)
  const weigh = (counts: Map<string, number>, freq: Map<string, number>) => {
    const out = new Map<string, number>()
    for (const [t, c] of counts) {
      // Terms in (nearly) every article of many say nothing about which story they tell.
      const idf = Math.log((n + 1) / (freq.get(t) ?? 1))
      if (idf <= 0.01) continue
      out.set(t, (1 + Math.log(c)) * idf)
    }
    return out
  }
  const profiles = raw.map((r): Profile => {
    const names = weigh(r.terms.names, nameDf)
    for (const y of r.terms.headYears) names.set(`#${y}`, 1)
    const vector = weigh(r.terms.words, df)
    return {id: r.article.id, terms: r.terms, days: publishedDays(r.article.published), names, namesNorm: norm(names), vector, norm: norm(vector)}
  })
  return profiles
}

interface Link {
  i: number
  j: number
  sim: number
}

/** Why an article was left out of a story: the closest article and what kept them apart. */
interface Miss {
  other: number
  sim: number
  why: string
}

function inferStories(articles: readonly StoryArticle[], options: StoryOptions, outlets: ReadonlySet<string>, taken: Set<string>): Story[] {
  const threshold = options.threshold ?? 0.15
  const maxDays = options.maxDays ?? 7
  const linkage = (options.linkage ?? 0.5) * threshold
  const profiles = storyProfiles(articles, outlets)
  const conflictOptions: ConflictOptions = {maxSpanDays: 4 * maxDays}
  const conflict = (i: number, j: number) => storyConflict(profiles[i] as Profile, profiles[j] as Profile, conflictOptions)
  const sims = new Map<number, number>()
  const n = profiles.length
  const sim = (i: number, j: number): number => {
    const key = i < j ? i * n + j : j * n + i
    let s = sims.get(key)
    if (s === undefined) {
      s = cosine(profiles[i] as Profile, profiles[j] as Profile)
      sims.set(key, s)
    }
    return s
  }
  const misses = new Map<number, Miss>()
  const miss = (i: number, other: number, s: number, why: string) => {
    const seen = misses.get(i)
    if (!seen || s > seen.sim || (s === seen.sim && other < seen.other)) misses.set(i, {other, sim: s, why})
  }
  const links: Link[] = []
  const pairs = options.exhaustive || !(threshold > 1e-6) ? allPairs(n) : candidateLinks(profiles, threshold)
  for (const [i, j] of pairs) {
    const a = profiles[i] as Profile
    const b = profiles[j] as Profile
    const s = sim(i, j)
    const days = daysApart(a.days, b.days)
    const needed = days !== undefined && days > maxDays ? threshold * 1.75 : threshold
    if (s < needed) {
      // Only pairs at or above the threshold are reported as near misses:
      // those are found by the index and by the all-pairs loop alike.
      if (s >= threshold) {
        const why = `similarity ${s.toFixed(2)}, below the ${needed.toFixed(2)} needed`
        miss(i, j, s, why)
        miss(j, i, s, why)
      }
      continue
    }
    const why = conflict(i, j)
    if (why) {
      miss(i, j, s, why)
      miss(j, i, s, why)
      continue
    }
    links.push({i, j, sim: s})
  }
  links.sort((x, y) => y.sim - x.sim || x.i - y.i || x.j - y.j)
  const clusterOf = profiles.map((_, i) => i)
  const members = new Map<number, number[]>(profiles.map((_, i) => [i, [i]]))
  // A merge refused stays refused until one of the two clusters grows: each
  // cluster has a version, and refusals are remembered by both versions.
  const version = new Int32Array(n)
  const refused = new Map<string, string>()
  for (const link of links) {
    const ci = clusterOf[link.i] as number
    const cj = clusterOf[link.j] as number
    if (ci === cj) continue
    const mi = members.get(ci) as number[]
    const mj = members.get(cj) as number[]
    const key = ci < cj ? `${ci}.${version[ci]}:${cj}.${version[cj]}` : `${cj}.${version[cj]}:${ci}.${version[ci]}`
    let why = refused.get(key) ?? null
    if (why === null) {
      why = mergeBlocked(mi, mj, conflict, sim, linkage)
      if (why) refused.set(key, why)
    }
    if (why) {
      if (mj.length === 1) miss(link.j, link.i, link.sim, why)
      if (mi.length === 1) miss(link.i, link.j, link.sim, why)
      continue
    }
    const [keep, drop] = ci < cj ? [ci, cj] : [cj, ci]
    const merged = [...(members.get(keep) as number[]), ...(members.get(drop) as number[])].sort((x, y) => x - y)
    members.set(keep, merged)
    members.delete(drop)
    version[keep] = (version[keep] as number) + 1
    for (const m of merged) clusterOf[m] = keep
  }
  const out: Story[] = []
  for (const group of [...members.values()].sort((x, y) => (x[0] as number) - (y[0] as number))) {
    const list = group.map((i) => profiles[i] as Profile)
    const ids = list.map((p) => p.id)
    const shared = sharedTerms(list)
    const named = shared.filter((s) => isName(s.key) || !s.key.startsWith('@'))
    let id = slug(named.slice(0, 3).map((s) => s.display).join('-')) || slug(ids[0] as string)
    if (taken.has(id)) id = `${id}-${slug(ids[0] as string)}`
    taken.add(id)
    const reason = group.length === 1 ? aloneReason(group[0] as number, misses, profiles) : groupReason(list, shared)
    out.push({id, articles: ids, inferred: true, reason})
  }
  return out
}

/**
 * Why two clusters must not merge, or `null`: a conflicting pair of members
 * (complete linkage on conflicts), or an average similarity of the cross pairs
 * below `linkage` (average linkage). Large clusters are checked on their first
 * {@link MERGE_SAMPLE} members each.
 */
function mergeBlocked(a: readonly number[], b: readonly number[], conflict: (i: number, j: number) => string | null, sim: (i: number, j: number) => number, linkage: number): string | null {
  if (a.length === 1 && b.length === 1) return null
  const xs = a.slice(0, MERGE_SAMPLE)
  const ys = b.slice(0, MERGE_SAMPLE)
  let total = 0
  for (const x of xs) {
    for (const y of ys) {
      const why = conflict(x, y)
      if (why) return `the story it would join has an article it conflicts with: ${why}`
      total += sim(x, y)
    }
  }
  const mean = total / (xs.length * ys.length)
  if (mean < linkage) return `too little in common with the rest of the story it would join (average similarity ${mean.toFixed(2)})`
  return null
}

function aloneReason(i: number, misses: Map<number, Miss>, profiles: readonly Profile[]): string {
  const m = misses.get(i)
  if (!m) return 'no other article shares enough names and terms'
  return `not grouped with ${(profiles[m.other] as Profile).id}, the closest article: ${m.why}`
}

function groupReason(list: readonly Profile[], shared: ReadonlyArray<{key: string; display: string}>): string {
  const names = shared.filter((s) => isName(s.key)).slice(0, 5).map((s) => s.display)
  const years = shared.filter((s) => s.key.startsWith('@#')).map((s) => s.display)
  const figures = shared.filter((s) => s.key.startsWith('@=')).slice(0, 3).map((s) => s.display)
  const words = shared.filter((s) => !s.key.startsWith('@')).slice(0, names.length ? 3 : 5).map((s) => s.display)
  const parts: string[] = []
  if (names.length) parts.push(`shared names: ${names.join(', ')}`)
  if (years.length) parts.push(`year${years.length === 1 ? '' : 's'} named: ${years.join(', ')}`)
  if (figures.length) parts.push(`shared figures: ${figures.join(', ')}`)
  if (words.length) parts.push(`shared terms: ${words.join(', ')}`)
  if (!parts.length) parts.push('similar wording')
  const days = list.map((p) => p.days)
  if (days.every((d): d is [number, number] => d !== undefined && d[0] === d[1])) {
    const span = Math.max(...days.map((d) => d[0])) - Math.min(...days.map((d) => d[0]))
    parts.push(span === 0 ? 'published the same day' : `published within ${span} day${span === 1 ? '' : 's'}`)
  }
  return parts.join('; ')
}

/** Is a shared-term key a name (`@liverpool`), not a year (`@#2023`) or a figure (`@=1.77`)? */
function isName(key: string): boolean {
  return key.startsWith('@') && !key.startsWith('@#') && !key.startsWith('@=')
}

/** Terms most members have (at least half, and two), heaviest first; names (`@…`) before other words. */
function sharedTerms(members: readonly Profile[]): Array<{key: string; display: string}> {
  const score = new Map<string, {count: number; weight: number}>()
  for (const m of members) {
    const entries: Array<[string, number]> = [...[...m.names].map(([t, w]): [string, number] => [`@${t}`, w]), ...m.vector]
    for (const [t, w] of entries) {
      const s = score.get(t) ?? {count: 0, weight: 0}
      s.count++
      s.weight += w
      score.set(t, s)
    }
  }
  const need = members.length === 1 ? 1 : Math.max(2, Math.ceil(members.length / 2))
  const display = (key: string) => {
    if (key.startsWith('@#') || key.startsWith('@=')) return key.slice(2)
    const bare = key.replace(/^@/, '')
    return members.map((m) => m.terms.display.get(bare)).find((d) => d !== undefined) ?? bare
  }
  const ranked = [...score]
    .filter(([, s]) => s.count >= need)
    .sort((x, y) => Number(y[0].startsWith('@')) - Number(x[0].startsWith('@')) || y[1].count - x[1].count || y[1].weight - x[1].weight || compareStrings(x[0], y[0]))
    .map(([key]) => ({key, display: display(key)}))
  // One entry per word: a name ("Rovers") wins over the same word as a plain term ("rovers").
  const byWord = new Map<string, {key: string; display: string}>()
  for (const item of ranked) {
    const word = item.display.toLowerCase()
    if (!byWord.has(word)) byWord.set(word, item)
  }
  return [...byWord.values()]
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
}
