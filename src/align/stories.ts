/**
 * Stories: articles with a `story` are grouped by it; the others are
 * clustered by content (TF-IDF cosine over salient terms of title and text,
 * names counted double) with publication-date proximity.
 *
 * @module
 */
import type {Story} from '../types.js'
import {compareStrings, keyTerms, properNouns, wordTerms, words} from './text.js'

/** What stories need to know about an article. */
export interface StoryArticle {
  id: string
  story?: string
  published?: string
  title?: string
  text?: string
}

/** Options for inferring stories. */
export interface StoryOptions {
  /** Cosine similarity at which two articles are the same story (default 0.2). */
  threshold?: number
  /** Days apart beyond which articles need a higher similarity (default 7). */
  maxDays?: number
  /**
   * Score every pair of articles instead of only those the term index finds
   * (same result, O(n²) time; for checking the index).
   */
  exhaustive?: boolean
}

/** Weight of shared names in the similarity of two articles (the rest: other key terms). */
export const NAME_WEIGHT = 0.6

/** Capitalised words that are not names of a story's actors: months and days. */
const NOT_NAMES = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' ')
)

function norm(vector: Map<string, number>): number {
  let sum = 0
  for (const w of vector.values()) sum += w * w
  return Math.sqrt(sum)
}

interface Profile {
  id: string
  /** Capitalised names (people, places, organisations). */
  names: Map<string, number>
  namesNorm: number
  /** Other content words. */
  vector: Map<string, number>
  norm: number
  display: Map<string, string>
  day: number | undefined
}

function dayOf(published: string | undefined): number | undefined {
  if (!published) return undefined
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published)
  if (!m) return undefined
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000)
}

/** Salient terms of an article: content stems (title counted twice) and capitalised names (counted double). */
function terms(article: StoryArticle): {counts: Map<string, number>; display: Map<string, string>} {
  const counts = new Map<string, number>()
  const display = new Map<string, string>()
  const add = (t: string, n: number) => counts.set(t, (counts.get(t) ?? 0) + n)
  const text = `${article.title ?? ''}\n${article.title ?? ''}\n${article.text ?? ''}`
  const list = words(text)
  for (const t of keyTerms(text, list)) add(t, 1)
  for (const p of properNouns(text, list)) if (!NOT_NAMES.has(p)) add(`@${p}`, 1)
  // Display forms: the first spelling seen of each stem / name.
  const wordTermList: string[] = []
  for (const w of list) {
    const lower = w.text.toLowerCase().replace(/[’']s?$/u, '')
    const key = `@${lower}`
    if (counts.has(key) && !display.has(key)) display.set(key, w.text.replace(/[’']s?$/u, ''))
    wordTermList.length = 0
    wordTerms(w.text, wordTermList)
    for (const t of wordTermList) if (!display.has(t)) display.set(t, w.text.toLowerCase())
  }
  return {counts, display}
}

/** Group articles into stories. Deterministic: ids sorted, ties broken by id. */
export function groupStories(articles: readonly StoryArticle[], options: StoryOptions = {}): Story[] {
  const threshold = options.threshold ?? 0.2
  const maxDays = options.maxDays ?? 7
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
  if (loose.length) for (const story of inferStories(loose, threshold, maxDays, new Set(given.keys()), options.exhaustive ?? false)) stories.push(story)
  return stories.sort((a, b) => compareStrings(a.id, b.id))
}

function inferStories(articles: readonly StoryArticle[], threshold: number, maxDays: number, taken: Set<string>, exhaustive: boolean): Story[] {
  const raw = articles.map((a) => ({article: a, ...terms(a)}))
  const df = new Map<string, number>()
  for (const r of raw) for (const t of r.counts.keys()) df.set(t, (df.get(t) ?? 0) + 1)
  const n = articles.length
  const profiles: Profile[] = raw.map((r) => {
    const names = new Map<string, number>()
    const vector = new Map<string, number>()
    for (const [t, c] of r.counts) {
      const d = df.get(t) ?? 1
      // Terms in every article say nothing about which story they tell.
      const idf = n > 1 ? Math.log((n + 1) / d) : 1
      if (idf <= 0.01) continue
      const w = (1 + Math.log(c)) * idf
      if (t.startsWith('@')) names.set(t, w)
      else vector.set(t, w)
    }
    return {id: r.article.id, names, namesNorm: norm(names), vector, norm: norm(vector), display: r.display, day: dayOf(r.article.published)}
  })
  // Union-find over pairs above the threshold (single linkage). Only pairs
  // that can reach the threshold are scored (see candidateLinks); the score
  // of each is the same cosine as before, so the links are the same.
  const parent = profiles.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)))
  const links: Array<{i: number; j: number; sim: number; days: number | undefined}> = []
  const pairs = exhaustive || !(threshold > 1e-6) ? allPairs(profiles.length) : candidateLinks(profiles, threshold)
  for (const [i, j] of pairs) {
    const a = profiles[i] as Profile
    const b = profiles[j] as Profile
    const sim = cosine(a, b)
    const days = a.day !== undefined && b.day !== undefined ? Math.abs(a.day - b.day) : undefined
    const needed = days !== undefined && days > maxDays ? threshold * 1.75 : threshold
    if (sim >= needed) {
      links.push({i, j, sim, days})
      parent[find(j)] = find(i)
    }
  }
  const groups = new Map<number, number[]>()
  profiles.forEach((_, i) => {
    const root = find(i)
    const list = groups.get(root)
    if (list) list.push(i)
    else groups.set(root, [i])
  })
  // The links of each group, for its reason (in link order).
  const linksOf = new Map<number, typeof links>()
  for (const link of links) {
    const root = find(link.i)
    const list = linksOf.get(root)
    if (list) list.push(link)
    else linksOf.set(root, [link])
  }
  const out: Story[] = []
  for (const [root, members] of groups) {
    const ids = members.map((i) => (profiles[i] as Profile).id).sort(compareStrings)
    const shared = sharedTerms(members.map((i) => profiles[i] as Profile))
    let id = slug(shared.slice(0, 3).map((s) => s.display).join('-')) || slug(ids[0] as string)
    if (taken.has(id)) id = `${id}-${slug(ids[0] as string)}`
    taken.add(id)
    let reason: string
    if (members.length === 1) reason = 'no other article shares enough terms'
    else {
      const names = shared.slice(0, 5).map((s) => s.display)
      const inGroup = linksOf.get(root) ?? []
      const days = inGroup.map((l) => l.days).filter((d): d is number => d !== undefined)
      const when = days.length === inGroup.length && days.length ? `; published within ${Math.max(...days)} day${Math.max(...days) === 1 ? '' : 's'}` : ''
      reason = `shared terms: ${names.join(', ')}${when}`
    }
    out.push({id, articles: ids, inferred: true, reason})
  }
  return out
}

/**
 * Pairs `[i, j]` (`i < j`) of profiles whose similarity can reach `threshold`,
 * found without scoring all n² pairs (all-pairs similarity search with prefix
 * filtering, Bayardo et al. 2007).
 *
 * The similarity of {@link cosine} is the dot product of two vectors of norm
 * at most 1: each profile's names scaled by √NAME_WEIGHT / |names| and its
 * other terms by √(1 − NAME_WEIGHT) / |terms| (a profile without names gives
 * 0 on that side, as cosine does). Terms are put in one global order, rarest
 * first. The *suffix* of a profile is the longest run of its last terms whose
 * dot product with any profile must stay below the threshold (bounded by the
 * suffix's norm, Cauchy–Schwarz, and by its weights times the largest weight
 * of each term in any profile); the rest is its *prefix*. If the first term
 * two profiles share lay in the suffix of either, all their shared terms would
 * lie there and their similarity would be below the threshold; so every pair
 * that can reach it shares a prefix term: only prefixes are indexed and
 * probed. Rare terms make short posting
 * lists, so the work grows with the pairs that are actually similar, not with
 * n². The pairs found are then scored with the exact cosine, so the links are
 * exactly those of comparing every pair.
 */
function* allPairs(n: number): Generator<[number, number]> {
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) yield [i, j]
}

/** (With a threshold of 0 or less every pair links, even one with no shared term: then {@link allPairs} is used.) */
function candidateLinks(profiles: readonly Profile[], threshold: number): Array<[number, number]> {
  const n = profiles.length
  // Each profile as one vector: its names and its other terms, each scaled to
  // the norm its weight in the similarity gives (see above).
  const vectors = profiles.map((p) => {
    const entries: Array<[string, number]> = []
    const nameScale = p.namesNorm ? Math.sqrt(NAME_WEIGHT) / p.namesNorm : 0
    const wordScale = p.norm ? Math.sqrt(1 - NAME_WEIGHT) / p.norm : 0
    if (nameScale) for (const [t, w] of p.names) entries.push([t, w * nameScale])
    if (wordScale) for (const [t, w] of p.vector) entries.push([t, w * wordScale])
    return entries
  })
  const df = new Map<string, number>()
  const maxWeight = new Map<string, number>()
  for (const entries of vectors) {
    for (const [t, w] of entries) {
      df.set(t, (df.get(t) ?? 0) + 1)
      if (w > (maxWeight.get(t) ?? 0)) maxWeight.set(t, w)
    }
  }
  const order = (x: string, y: string) => (df.get(x) as number) - (df.get(y) as number) || compareStrings(x, y)
  // A margin for rounding: the bound must never drop a pair the cosine would keep.
  const bound = threshold * (1 - 1e-6)
  const postings = new Map<string, number[]>()
  const lastSeen = new Int32Array(n).fill(-1)
  const pairs: Array<[number, number]> = []
  for (let j = 0; j < n; j++) {
    const entries = vectors[j] as Array<[string, number]>
    entries.sort((x, y) => order(x[0], y[0]))
    // The suffix's largest possible dot product with any profile: at most its
    // norm (the other profile's norm is at most 1), and at most the sum of
    // its weights times the largest weight any profile gives the same term.
    let squares = 0
    let byMax = 0
    let cut = entries.length
    while (cut > 0) {
      const [t, w] = entries[cut - 1] as [string, number]
      const nextSquares = squares + w * w
      const nextByMax = byMax + w * (maxWeight.get(t) as number)
      if (Math.min(Math.sqrt(nextSquares), nextByMax) >= bound) break
      squares = nextSquares
      byMax = nextByMax
      cut--
    }
    for (let k = 0; k < cut; k++) {
      const term = (entries[k] as [string, number])[0]
      const list = postings.get(term)
      if (list) {
        for (const i of list) {
          if (lastSeen[i] === j) continue
          lastSeen[i] = j
          pairs.push([i, j])
        }
        list.push(j)
      } else postings.set(term, [j])
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1])
}

function dot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let sum = 0
  for (const [t, w] of small) {
    const v = large.get(t)
    if (v !== undefined) sum += w * v
  }
  return sum
}

/** Similarity of two articles: shared names (weighted {@link NAME_WEIGHT}) and shared key terms. */
function cosine(a: Profile, b: Profile): number {
  const words = a.norm && b.norm ? dot(a.vector, b.vector) / (a.norm * b.norm) : 0
  if (!a.namesNorm || !b.namesNorm) return words * (1 - NAME_WEIGHT)
  const names = dot(a.names, b.names) / (a.namesNorm * b.namesNorm)
  return NAME_WEIGHT * names + (1 - NAME_WEIGHT) * words
}

/** Terms every member has (or, failing that, most members), heaviest first; names before other words. */
function sharedTerms(members: Profile[]): Array<{key: string; display: string}> {
  const score = new Map<string, {count: number; weight: number}>()
  for (const m of members) {
    for (const [t, w] of [...m.names, ...m.vector]) {
      const s = score.get(t) ?? {count: 0, weight: 0}
      s.count++
      s.weight += w
      score.set(t, s)
    }
  }
  const need = members.length === 1 ? 1 : Math.max(2, Math.ceil(members.length / 2))
  const first = members[0] as Profile
  const ranked = [...score]
    .filter(([, s]) => s.count >= need)
    .sort((x, y) => y[1].count - x[1].count || y[1].weight - x[1].weight || compareStrings(x[0], y[0]))
    .map(([key]) => ({key, display: members.map((m) => m.display.get(key)).find((d) => d !== undefined) ?? first.display.get(key) ?? key.replace(/^@/, '')}))
  // One entry per word: a name ("Rovers") wins over the same word as a plain term ("rovers").
  const byWord = new Map<string, {key: string; display: string}>()
  for (const item of ranked) {
    const word = item.display.toLowerCase()
    const seen = byWord.get(word)
    if (!seen) byWord.set(word, item)
    else if (item.key.startsWith('@') && !seen.key.startsWith('@')) byWord.set(word, {key: seen.key, display: item.display})
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
