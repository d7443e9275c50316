/**
 * Look-alikes: two articles about the same kind of event (an earnings report,
 * a sentence, an earthquake, an inspection) share most of their words; what
 * tells them apart is who and where, and when. Two articles *conflict*, and
 * never join one story, when their titles or heads name different
 * identifying entities (none named in the other article) or different
 * people, their titles name different years, they are mostly about different
 * entities, or they were published far apart.
 *
 * @module
 */
import {isPerson, mentionedIn, mentions, nameKey, type Entity, type StoryTerms} from './story-terms.js'

/** What a conflict check needs of an article. */
export interface ConflictProfile {
  terms: StoryTerms
  /** TF-IDF weights of the name keys (`#year` keys: years of the head). */
  names: ReadonlyMap<string, number>
  day: number | undefined
}

/** Settings of the conflict check. */
export interface ConflictOptions {
  /** Articles published more than this many days apart are never one story. */
  maxSpanDays: number
}

/** Times a name must be named in an article to be called what the article is about. */
const SUBJECT_MIN = 2

function identifying(entities: readonly Entity[]): Entity[] {
  const seen = new Set<string>()
  const out: Entity[] = []
  for (const e of entities) {
    const tokens = e.tokens
    const key = nameKey(tokens[tokens.length - 1] as string)
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

/**
 * What an article is about: of the entities of its title (or failing that
 * its head, or failing that the whole article), the name with the highest
 * TF-IDF weight (named often here, rarely elsewhere); ties go to the first in
 * string order. Named fewer than {@link SUBJECT_MIN} times: none.
 */
function subject(p: ConflictProfile): string | undefined {
  const from = p.terms.title.length ? p.terms.title : p.terms.head
  const keys = from.length ? new Set(from.flatMap((e) => e.tokens.map(nameKey))) : undefined
  let best: [string, number] | undefined
  for (const [t, w] of p.names) {
    if (keys ? !keys.has(t) : t.startsWith('#')) continue
    if ((p.terms.tokenCounts.get(t) ?? 0) < SUBJECT_MIN) continue
    if (!best || w > best[1] || (w === best[1] && t < best[0])) best = [t, w]
  }
  return best?.[0]
}

/**
 * Why two articles cannot be one story, or `null` when nothing says so. The
 * answer is the same whichever article comes first (up to the order of the
 * names in it).
 */
export function storyConflict(a: ConflictProfile, b: ConflictProfile, options: ConflictOptions): string | null {
  if (a.day !== undefined && b.day !== undefined && Math.abs(a.day - b.day) > options.maxSpanDays) return `published ${Math.abs(a.day - b.day)} days apart`
  const ya = a.terms.titleYears
  const yb = b.terms.titleYears
  if (ya.length && yb.length && !ya.some((y) => yb.includes(y))) return `the headlines name different years (${ya.join(', ')} vs ${yb.join(', ')})`
  const apart = (xs: readonly Entity[], ys: readonly Entity[]) => xs.length > 0 && ys.length > 0 && !xs.some((e) => mentions(b.terms, e)) && !ys.some((e) => mentions(a.terms, e))
  const ta = identifying(a.terms.title)
  const tb = identifying(b.terms.title)
  if (apart(ta, tb)) return `the headlines name different subjects (${list(ta)} vs ${list(tb)})`
  const ha = identifying(a.terms.head)
  const hb = identifying(b.terms.head)
  if (ha.length && hb.length) {
    // Heads that share no entity, each naming only entities the other article never names.
    const keysA = new Set(ha.flatMap((e) => e.tokens.map(nameKey)))
    const keysB = new Set(hb.flatMap((e) => e.tokens.map(nameKey)))
    const disjoint = !ha.some((e) => mentionedIn(keysB, e)) && !hb.some((e) => mentionedIn(keysA, e))
    if (disjoint && apart(ha, hb)) {
      return `the headlines and first sentences name different subjects (${list(ha)} vs ${list(hb)})`
    }
  }
  const pa = ha.filter(isPerson)
  const pb = hb.filter(isPerson)
  if (apart(pa, pb)) return `the headlines and first sentences name different people (${list(pa)} vs ${list(pb)})`
  const sa = subject(a)
  const sb = subject(b)
  if (sa !== undefined && sb !== undefined && sa !== sb && !b.terms.tokenCounts.has(sa) && !a.terms.tokenCounts.has(sb)) {
    return `about different subjects, neither named in the other article (${a.terms.display.get(sa) ?? sa} vs ${b.terms.display.get(sb) ?? sb})`
  }
  return null
}
