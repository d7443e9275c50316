/**
 * The tokens a claim frame is read from: the words of one sentence with a
 * coarse word class, from compromise's stored lexicon (never compromise
 * itself) and a few suffix rules for the words it does not hold.
 *
 * A sentence is tokenized once; every claim of the sentence reads its frame
 * from the same tokens.
 *
 * @module
 */
import {words} from '../align/text.js'
import {lexiconTags} from '../extract/lexicon.js'

/** Coarse word classes: what a frame rule needs to tell apart. */
export type WordClass = 'num' | 'noun' | 'adj' | 'verb' | 'copula' | 'adv' | 'det' | 'prep' | 'conj' | 'pron' | 'name' | 'time'

export interface FrameToken {
  text: string
  /** Lowercase, possessive ending removed. */
  lower: string
  start: number
  end: number
  cls: WordClass
  /** Starts with a capital letter. */
  cap: boolean
  /** Ends in `'s`, `’s` or `s'`. */
  possessive: boolean
  /** A clause boundary (`,` `;` `:` `(` `)` a dash, a quotation mark) stands between this token and the one before. */
  breakBefore: boolean
  /** For a number token with a digit: `money` (a currency sign before or in it), `percent` (`%`, "percent", "per cent" after it), else `number`; null for other tokens. */
  figure: 'money' | 'percent' | 'number' | null
}

/** Verbs of change and measure, which the lexicon files as nouns or does not hold. */
const VERBS: ReadonlySet<string> = new Set(
  (
    'rose rise rises risen rising fell fall falls fallen falling grew grow grows grown growing jumped jump jumps surged surge surges ' +
    'dropped drop drops slumped slump climbed climb climbs soared soar plunged plunge plummeted tumbled slid sank sunk ' +
    'totalled totaled total totals totalling reached reach reaches stood stands hit hits amounted amount amounts came comes ' +
    'increased increase increases decreased decrease decreases doubled tripled halved posted posts recorded record records ' +
    'reported reports paid pay pays spent spend spends cost costs earned earn earns lost lose loses made make makes raised raise ' +
    'invested invest invests committed commit commits estimated estimate estimates forecast forecasts projected expected put ' +
    'valued value values set sets agreed agree signed sign pledged pledge promised promise killed kill injured injure died die ' +
    'claimed claim left leave employ employs employed'
  ).split(/\s+/)
)

const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'should'])

const NUMBER_WORDS: ReadonlySet<string> = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen ' +
    'twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions ' +
    'trillion m bn k tn dozen dozens half'
  ).split(/\s+/)
)

const CLASS_OF_TAG: ReadonlyArray<[string, WordClass]> = [
  ['Copula', 'copula'],
  ['Modal', 'copula'],
  ['Determiner', 'det'],
  ['Preposition', 'prep'],
  ['Conjunction', 'conj'],
  ['Pronoun', 'pron'],
  ['QuestionWord', 'pron'],
  ['Expression', 'adv'],
  ['Possessive', 'pron'],
  ['Cardinal', 'num'],
  ['Month', 'time'],
  ['WeekDay', 'time'],
  ['Date', 'time'],
  ['Duration', 'time'],
  ['Ordinal', 'adj'],
  ['Adverb', 'adv'],
  ['Negative', 'adv'],
  ['PastTense', 'verb'],
  ['PresentTense', 'verb'],
  ['Infinitive', 'verb'],
  ['Gerund', 'verb'],
  ['Participle', 'verb'],
  ['PhrasalVerb', 'verb'],
  ['Verb', 'verb'],
  ['Adjective', 'adj'],
  ['Comparative', 'adj'],
  ['Superlative', 'adj'],
  ['Person', 'name'],
  ['FirstName', 'name'],
  ['MaleName', 'name'],
  ['FemaleName', 'name'],
  ['LastName', 'name'],
  ['Place', 'name'],
  ['City', 'name'],
  ['Country', 'name'],
  ['Region', 'name'],
  ['Organization', 'name'],
  ['SportsTeam', 'name'],
  ['ProperNoun', 'name']
]

function classOfTags(tags: string | string[]): WordClass | null {
  const list = typeof tags === 'string' ? [tags] : tags
  for (const [tag, cls] of CLASS_OF_TAG) if (list.includes(tag)) return cls
  return null
}

/** The word class of one word (`lower` without a possessive ending). */
export function wordClass(lower: string, cap: boolean, first: boolean): WordClass {
  if (/\d/.test(lower) || NUMBER_WORDS.has(lower)) return 'num'
  if (COPULAS.has(lower)) return 'copula'
  if (VERBS.has(lower)) return 'verb'
  const tags = lexiconTags(lower)
  const cls = tags === undefined ? null : classOfTags(tags)
  // A capitalised word inside the sentence is a name unless the lexicon says it is a function word.
  if (cls === 'time') return 'time'
  if (cap && !first && (cls === null || cls === 'noun' || cls === 'adj' || cls === 'name' || cls === 'verb')) return 'name'
  if (cls !== null) return cls === 'name' ? (cap ? 'name' : 'noun') : cls
  if (tags !== undefined) return 'noun'
  // A capitalised first word the lexicon does not know is most often a name ("Nordwind revenue fell").
  if (cap && first && lower.length > 2) return 'name'
  if (/ly$/.test(lower)) return 'adv'
  if (/[^e]ed$/.test(lower)) return 'verb'
  return 'noun'
}

/** At most this many word classes are remembered per run. */
const CLASS_MEMO_SIZE = 200_000

const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'cannot', 'shall'])

const BREAK = /[,;:()\u2013\u2014"\u201c\u201d[\]]|\s-\s/

/**
 * The tokens of a sentence. `classes` remembers each word's class across the
 * sentences of a run (news repeats its words; the lexicon lookup and suffix
 * rules are the larger part of tokenizing): a map the caller owns.
 */
export function frameTokens(text: string, classes: Map<string, WordClass> = new Map()): FrameToken[] {
  const list = words(text)
  const out: FrameToken[] = new Array(list.length)
  let prevEnd = 0
  for (let i = 0; i < list.length; i++) {
    const w = list[i] as {text: string; start: number; end: number}
    const possessive = /[’']s$|s[’']$/u.test(w.text)
    const lower = w.text.toLowerCase().replace(/[’']s$/u, '').replace(/s[’']$/u, 's')
    const cap = /^\p{Lu}/u.test(w.text)
    const gap = text.slice(prevEnd, w.start)
    // "17,000": a thousands separator is no clause boundary.
    const separator = gap === ',' && i > 0 && /\d$/.test((out[i - 1] as FrameToken).text) && /^\d{3}\b/.test(w.text)
    const key = `${cap ? (i === 0 ? 'F' : 'C') : 'l'}${lower}`
    let cls = classes.get(key)
    if (cls === undefined) {
      cls = wordClass(lower, cap, i === 0)
      if (classes.size < CLASS_MEMO_SIZE) classes.set(key, cls)
    }
    out[i] = {text: w.text, lower, start: w.start, end: w.end, cls, cap, possessive, breakBefore: i > 0 && !separator && gap !== ' ' && BREAK.test(gap), figure: null}
    prevEnd = w.end
  }
  // A first word taken for a name stays one only before another noun ("Nordwind revenue fell"; not "Turnover rose").
  const [w0, w1] = out
  if (w0 && w0.cls === 'name' && lexiconTags(w0.lower) === undefined && !(w1 && (w1.cls === 'noun' || w1.cls === 'name') && !w1.breakBefore)) w0.cls = 'noun'
  // After a modal ("will cut", "would eliminate") or "to" before a figure ("to cut 17,000 jobs"), a noun-looking word is a verb.
  for (let i = 1; i < out.length; i++) {
    const t = out[i] as FrameToken
    if (t.cls !== 'noun' || t.breakBefore) continue
    const prev = (out[i - 1] as FrameToken).lower
    const next = out[i + 1]
    if (MODALS.has(prev) || (prev === 'to' && next !== undefined && (next.cls === 'num' || next.cls === 'det' || next.lower === 'about' || next.lower === 'nearly' || next.lower === 'more'))) t.cls = 'verb'
  }
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as FrameToken
    if (!/\d/.test(t.text)) continue
    const next = out[i + 1]
    const next2 = out[i + 2]
    if (/[$£€¥]/.test(t.text) || /[$£€¥]\s?$/.test(text.slice(Math.max(0, t.start - 2), t.start))) t.figure = 'money'
    else if (t.text.endsWith('%') || (next && (next.lower === 'percent' || next.lower === 'pc' || (next.lower === 'per' && next2?.lower === 'cent')))) t.figure = 'percent'
    else t.figure = 'number'
  }
  return out
}

/** Can this token stand inside a noun phrase (before its head, or as its head)? */
export function nominal(t: FrameToken): boolean {
  return t.cls === 'noun' || t.cls === 'adj' || t.cls === 'name' || (t.cls === 'verb' && /ing$/.test(t.lower) && !VERBS.has(t.lower))
}

/** A quantity word: a digit-bearing word, a number word or a currency/scale word. */
export function numeric(t: FrameToken): boolean {
  return t.cls === 'num'
}
