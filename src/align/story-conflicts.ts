/**
 * Look-alikes: two articles about the same kind of event (an earnings report,
 * a sentence, an earthquake, an inspection) share most of their words; what
 * tells them apart is who and where, and when. Two articles *conflict*, and
 * never join one story, when their titles or heads name different
 * identifying entities, their heads name different years, they are mostly
 * about different entities, or they were published far apart.
 *
 * @module
 */
import {mentions, type Entity, type StoryTerms} from './story-terms.js'

/** What a conflict check needs of an article. */
export interface ConflictProfile {
  terms: StoryTerms
  day: number | undefined
}

/** Settings of the conflict check. */
export interface ConflictOptions {
  /** Articles published more than this many days apart are never one story. */
  maxSpanDays: number
  /** Name tokens too common in the input to tell events apart (e.g. in more than half the articles). */
  common: ReadonlySet<string>
}

/** Minimum count of an article's most-named entity for it to be called what the article is about. */
const DOMINANT_MIN = 3

/** A dominant entity named at most this share as often in the other article is not its subject. */
const DOMINANT_SHARE = 0.25

function identifying(entities: readonly Entity[], common: ReadonlySet<string>): Entity[] {
  const seen = new Set<string>()
  const out: Entity[] = []
  for (const e of entities) {
    const tokens = e.tokens.filter((t) => !common.has(t))
    if (!tokens.length) continue
    const key = tokens[tokens.length - 1] as string
    if (seen.has(key)) continue
    seen.add(key)
    out.push({display: e.display, tokens})
  }
  return out
}

function list(entities: readonly Entity[]): string {
  return entities
    .slice(0, 3)
    .map((e) => e.display)
    .join(', ')
}

/** The article's most-named identifying token and its count (ties: the first in string order). */
function dominant(terms: StoryTerms, common: ReadonlySet<string>): [string, number] | undefined {
  let best: [string, number] | undefined
  for (const [t, c] of terms.tokenCounts) {
    if (common.has(t)) continue
    if (!best || c > best[1] || (c === best[1] && t < best[0])) best = [t, c]
  }
  return best && best[1] >= DOMINANT_MIN ? best : undefined
}

/**
 * Why two articles cannot be one story, or `null` when nothing says so. The
 * answer is the same whichever article comes first (up to the order of the
 * names in it).
 */
export function storyConflict(a: ConflictProfile, b: ConflictProfile, options: ConflictOptions): string | null {
  if (a.day !== undefined && b.day !== undefined && Math.abs(a.day - b.day) > options.maxSpanDays) return `published ${Math.abs(a.day - b.day)} days apart`
  const ya = a.terms.headYears
  const yb = b.terms.headYears
  if (ya.length && yb.length && !ya.some((y) => yb.includes(y))) return `different years in the headline or first sentence (${ya.join(', ')} vs ${yb.join(', ')})`
  const common = options.common
  const ta = identifying(a.terms.title, common)
  const tb = identifying(b.terms.title, common)
  if (ta.length && tb.length && !ta.some((e) => mentions(b.terms, e)) && !tb.some((e) => mentions(a.terms, e))) {
    return `the headlines name different subjects (${list(ta)} vs ${list(tb)})`
  }
  const ha = identifying(a.terms.head, common)
  const hb = identifying(b.terms.head, common)
  if (ha.length && hb.length) {
    const missA = ha.filter((e) => !mentions(b.terms, e))
    const missB = hb.filter((e) => !mentions(a.terms, e))
    if (missA.length && missB.length && missA.length * 2 >= ha.length && missB.length * 2 >= hb.length) {
      return `the headlines and first sentences name different subjects (${list(missA)} vs ${list(missB)})`
    }
  }
  const da = dominant(a.terms, common)
  const db = dominant(b.terms, common)
  if (da && db && da[0] !== db[0]) {
    const aInB = b.terms.tokenCounts.get(da[0]) ?? 0
    const bInA = a.terms.tokenCounts.get(db[0]) ?? 0
    if (aInB <= DOMINANT_SHARE * db[1] && bInA <= DOMINANT_SHARE * da[1]) {
      const show = (terms: StoryTerms, token: string) => terms.display.get(token) ?? token
      return `mostly about different subjects (${show(a.terms, da[0])} vs ${show(b.terms, db[0])})`
    }
  }
  return null
}
