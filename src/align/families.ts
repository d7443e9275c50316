/**
 * Source families: articles that share most of their text (a wire story
 * reprinted by several outlets, a press release copied) are one source.
 * Agreement among the members of one family is not independent
 * corroboration.
 *
 * Method: each article's text (title excluded: outlets rewrite headlines) is
 * cut into word 5-gram shingles (lowercased, accents folded, punctuation
 * dropped), each hashed to 32 bits. A fixed share of the hashes is kept (those
 * ≡ 0 mod {@link SAMPLE_MODULUS}: Broder's mod-m sample, the same hashes in
 * every article, so the sample of a shared passage is shared). Two articles are
 * copies when the shingles they share cover at least
 * {@link FamilyOptions.containment} of the shorter one (containment, not
 * Jaccard: a copy with a paragraph added or a sentence cut still contains the
 * other). Pairs are found through an inverted index of sampled shingles, so
 * only articles sharing text are compared; copies are joined transitively
 * (union–find). A family's id is its smallest article id.
 *
 * @module
 */
import {compareStrings, words} from './text.js'

/** What families need to know about an article. */
export interface FamilyArticle {
  id: string
  text?: string
}

export interface FamilyOptions {
  /** Words per shingle (default 5). */
  shingle?: number
  /** Share of the shorter article's sampled shingles the other must contain (default 0.25). */
  containment?: number
}

/** One hash in this many is kept. */
export const SAMPLE_MODULUS = 2

/** Fewer sampled shingles than this (about 16 words): too short to tell a copy from a shared phrase. */
export const MIN_SHINGLES = 6

/**
 * A shingle held by more articles than this is site boilerplate, not a shared
 * text; it is left out of the counts (which can only lower a containment).
 */
export const BOILERPLATE_ARTICLES = 1000

/** 32-bit FNV-1a of a string. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Normalized word tokens of a text: lowercase, accents folded, only letters and digits. */
export function shingleWords(text: string): string[] {
  const out: string[] = []
  for (const w of words(text)) {
    const token = w.text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '')
    if (token) out.push(token)
  }
  return out
}

/**
 * A text without its quotations (“…”, "…", «…» within a line): independent
 * articles quote the same people word for word, so quoted words say nothing
 * about copying. Each quotation leaves a break, so no shingle spans it.
 */
export function withoutQuotations(text: string): string {
  // One pass (no regex backtracking): an opening mark starts a quotation, its
  // closing mark ends it; a line break first abandons it (the text is kept).
  let out = ''
  let kept = 0
  let open = -1
  let close = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (open >= 0) {
      if (c === close) {
        out += `${text.slice(kept, open)} | `
        kept = i + 1
        open = -1
      } else if (c === '\n') open = -1
    } else if (c === '“' || c === '"' || c === '«') {
      open = i
      close = c === '“' ? '”' : c === '«' ? '»' : '"'
    }
  }
  return out + text.slice(kept)
}

/** The sampled shingle hashes of a text (quotations left out), sorted, without repeats. */
export function shingles(text: string, size = 5): number[] {
  const out = new Set<number>()
  for (const part of withoutQuotations(text).split(' | ')) addShingles(part, size, out)
  return [...out].sort((a, b) => a - b)
}

function addShingles(text: string, size: number, out: Set<number>): void {
  const tokens = shingleWords(text)
  for (let i = 0; i + size <= tokens.length; i++) {
    const h = fnv1a(tokens.slice(i, i + size).join(' '))
    if (h % SAMPLE_MODULUS === 0) out.add(h)
  }
}

/** Share of the smaller set's elements found in the other (0 when either is too small). */
export function containment(a: readonly number[], b: readonly number[]): number {
  if (a.length < MIN_SHINGLES || b.length < MIN_SHINGLES) return 0
  const other = new Set(b)
  let shared = 0
  for (const h of a) if (other.has(h)) shared++
  return shared / Math.min(a.length, b.length)
}

/**
 * The family of each article: article id → family id (the smallest article id
 * of the family; a lone article is its own family). Deterministic and
 * independent of input order.
 */
export function sourceFamilies(articles: readonly FamilyArticle[], options: FamilyOptions = {}): Map<string, string> {
  const size = options.shingle ?? 5
  const needed = options.containment ?? 0.25
  const sorted = [...articles].sort((a, b) => compareStrings(a.id, b.id))
  const sets = sorted.map((a) => shingles(a.text ?? '', size))
  const parent = sorted.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number
      i = parent[i] as number
    }
    return i
  }
  const postings = new Map<number, number[]>()
  const shared = new Map<number, number>()
  sets.forEach((set, j) => {
    shared.clear()
    for (const h of set) {
      const list = postings.get(h)
      if (!list) {
        postings.set(h, [j])
        continue
      }
      if (list.length < BOILERPLATE_ARTICLES) for (const i of list) shared.set(i, (shared.get(i) ?? 0) + 1)
      list.push(j)
    }
    if (set.length < MIN_SHINGLES) return
    for (const [i, count] of shared) {
      const other = sets[i] as number[]
      if (other.length < MIN_SHINGLES) continue
      if (count / Math.min(other.length, set.length) < needed) continue
      const ri = find(i)
      const rj = find(j)
      if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj)
    }
  })
  // Roots are the smallest index of each component, and ids are sorted: the root's id is the smallest.
  const out = new Map<string, string>()
  sorted.forEach((a, i) => out.set(a.id, (sorted[find(i)] as FamilyArticle).id))
  return out
}
