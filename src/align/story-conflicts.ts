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
  /** Publication date as days since 1970: `[first, last]` (a month or a year is a range), or undefined. */
  days: readonly [number, number] | undefined
}

/** Days between two publication ranges (0 when they overlap), or undefined when either is unknown. */
export function daysApart(a: readonly [number, number] | undefined, b: readonly [number, number] | undefined): number | undefined {
  if (!a || !b) return undefined
  return Math.max(0, a[0] - b[1], b[0] - a[1])
}

/** Settings of the conflict check. */
export interface ConflictOptions {
  /** Articles published more than this many days apart are never one story. */
  maxSpanDays: number
}

/** Times a name must be named in an article to be called what the article is about. */
const SUBJECT_MIN = 5

/** An article names another's subject at most this share as often as its own: not about it. */
const SUBJECT_SHARE = 0.25

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
 * its head, or failing that the whole article), the one it names most often
 * (by last token: "Ghislaine Maxwell" is `maxwell`); ties go to the higher
 * TF-IDF weight, then the first in string order. Named fewer than
 * {@link SUBJECT_MIN} times: none.
 */
function subject(p: ConflictProfile): [string, number] | undefined {
  const from = p.terms.title.length ? p.terms.title : p.terms.head
  const keys = from.length ? new Set(from.map((e) => nameKey(e.tokens[e.tokens.length - 1] as string))) : undefined
  let best: [string, number, number] | undefined
  for (const [t, c] of p.terms.tokenCounts) {
    if (keys && !keys.has(t)) continue
    const w = p.names.get(t) ?? 0
    if (!best || c > best[1] || (c === best[1] && (w > best[2] || (w === best[2] && t < best[0])))) best = [t, c, w]
  }
  return best && best[1] >= SUBJECT_MIN ? [best[0], best[1]] : undefined
}

/** Shortest name key that counts as a short form of a longer one ("Citi" of "Citigroup"). */
const SHORT_FORM = 4

/**
 * How often an article names a subject: the subject's key, or a key one is a
 * short form of the other ("Citi" and "Citigroup": `citi`, `citigr`).
 */
function namedCount(terms: StoryTerms, key: string): number {
  let n = 0
  for (const [t, c] of terms.tokenCounts) {
    if (t === key || (Math.min(t.length, key.length) >= SHORT_FORM && (t.startsWith(key) || key.startsWith(t)))) n += c
  }
  return n
}

/**
 * Why two articles cannot be one story, or `null` when nothing says so. The
 * answer is the same whichever article comes first (up to the order of the
 * names in it).
 */
export function storyConflict(a: ConflictProfile, b: ConflictProfile, options: ConflictOptions): string | null {
  const apartDays = daysApart(a.days, b.days)
  if (apartDays !== undefined && apartDays > options.maxSpanDays) return `published ${apartDays} days apart`
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
  if (sa && sb && sa[0] !== sb[0]) {
    const aInB = namedCount(b.terms, sa[0])
    const bInA = namedCount(a.terms, sb[0])
    if (aInB <= SUBJECT_SHARE * sb[1] && bInA <= SUBJECT_SHARE * sa[1]) {
      return `about different subjects (${a.terms.display.get(sa[0]) ?? sa[0]}, named ${sa[1]} times, vs ${b.terms.display.get(sb[0]) ?? sb[0]}, named ${sb[1]} times)`
    }
  }
  return null
}
