/**
 * What an article is about, for story inference: its named entities (runs of
 * capitalised words: people, organisations, places), split into those that
 * identify an event (a company, a town, a person) and generic ones (months,
 * weekdays, outlets, news agencies, roles, "Police", "Council"); the years it
 * names; and its other content-word stems.
 *
 * The *head* of an article is its title and first sentence: where a news
 * story names who and where. Entities of the head weigh most.
 *
 * @module
 */
import {lexiconTags} from '../extract/lexicon.js'
import {keyTerms, STOPWORDS, words, yearsIn, type Word} from './text.js'

/** A named entity: a run of capitalised words, with its identifying tokens. */
export interface Entity {
  /** The run as written ("Liverpool City Council"). */
  display: string
  /** Identifying tokens, lowercased, accents folded, generic words dropped (`liverpool`). */
  tokens: string[]
}

/** The story-relevant terms of one article. */
export interface StoryTerms {
  /**
   * Identifying entity tokens ({@link nameKey}) with weights (title 3 and
   * first sentence 2, added to 1 for each mention), and figures
   * ({@link figureTerm}, 1 a mention): what identifies the event.
   */
  names: Map<string, number>
  /** Content-word stems with counts (title counted twice). */
  words: Map<string, number>
  /** Identifying entities of the title. */
  title: Entity[]
  /** Identifying entities of the head (title and first sentence). */
  head: Entity[]
  /** Every identifying entity token ({@link nameKey}) of the article, with its count. */
  tokenCounts: Map<string, number>
  /** Years named in the head. */
  headYears: number[]
  /** Years named in the title. */
  titleYears: number[]
  /** First spelling seen of each name token and word stem. */
  display: Map<string, string>
}

/**
 * Capitalised words that never identify an event by themselves: months and
 * weekdays, news agencies and media words, titles and roles, and the generic
 * heads of organisation and place names ("Council", "Court", "Inc").
 */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow ' +
    'reuters ap afp associated press pa bloomberg agency agencies news newsroom media reporter reporters correspondent editor staff wire ' +
    'bbc itv cnn sky times post daily mail guardian telegraph herald echo journal tribune gazette chronicle observer independent express mirror ' +
    'online live update updated breaking exclusive read more share photo photos video image images getty picture pictured copyright subscribe newsletter ' +
    'mr mrs ms miss dr prof professor sir dame lord lady cllr councillor rev judge justice mp mep ' +
    'chief executive officer ceo cfo spokesman spokeswoman spokesperson director chairman chairwoman chair secretary minister president vice ' +
    'mayor governor leader prime deputy senior head general manager analyst analysts inspector inspectors officer officers member members ' +
    'council councils city county borough district town village region government ministry department agency authority service services ' +
    'police force court crown high supreme magistrates university college hospital school trust company group inc ltd plc corp corporation co llc holdings ' +
    'bank party club fc association union committee board commission office parliament senate congress state states federal national international ' +
    'royal united kingdom republic north south east west northern southern eastern western central new great greater the first second third ' +
    'uk us usa eu un nhs'
  ).split(/\s+/)
)

const NO_OUTLETS: ReadonlySet<string> = new Set()

/** An outlet's name as {@link entitiesIn} compares runs with it: `liverpool echo` ("The Liverpool Echo"). */
export function outletKey(outlet: string): string {
  return runKey(words(outlet))
}

/** Folded words of a run, without a leading "the": `liverpool echo`. */
function runKey(run: readonly Word[]): string {
  const keys = run.map((w) => fold(w.text)).filter((t) => t)
  if (keys[0] === 'the') keys.shift()
  return keys.join(' ')
}

/** Small words that may stand inside a name: "Bank of England", "Isle of Man". */
const CONNECTORS = new Set(['of', 'de', 'la', 'du', 'von', 'van', 'der', 'del', 'da', 'al', 'le'])

/** Endings of a place's people's name and of place names, stripped by {@link nameKey}. */
const NAME_ENDINGS = ['ians', 'ian', 'ans', 'an', 'ese', 'ish', 'is', 'i', 'a', 'o', 'e', 'y', 's']

/**
 * The key a name token is counted and compared under: one ending stripped
 * from a token of five letters or more (leaving four or more), so a country
 * and its people's name meet ("Morocco", "Moroccan": `morocc`; "Kenya",
 * "Kenyan": `keny`; "China", "Chinese": `chin`; "Italy", "Italian": `ital`).
 */
export function nameKey(token: string): string {
  if (token.length < 5) return token
  for (const ending of NAME_ENDINGS) {
    if (token.endsWith(ending) && token.length - ending.length >= 4) return token.slice(0, -ending.length)
  }
  return token
}

function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s?$/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
}

function capitalised(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false
  return /\p{Ll}/u.test(word) || /^[\p{Lu}\p{N}&.-]{2,}$/u.test(word)
}

const ALL_CAPS = /^[\p{Lu}\p{N}&.-]+$/u

/** Is word `i` part of a run of capitals ("KEY POINTS", a heading in capitals), not an acronym standing alone? */
function shouted(list: readonly Word[], i: number): boolean {
  if (!ALL_CAPS.test((list[i] as Word).text)) return false
  const prev = list[i - 1]
  const next = list[i + 1]
  return (prev !== undefined && ALL_CAPS.test(prev.text) && /\p{Lu}{2}/u.test(prev.text)) || (next !== undefined && ALL_CAPS.test(next.text) && /\p{Lu}{2}/u.test(next.text))
}

/** Does a sentence start at word `i` of `list` (in `text`)? */
function sentenceStart(text: string, list: readonly Word[], i: number): boolean {
  if (i === 0) return true
  const prev = list[i - 1] as Word
  const gap = text.slice(prev.end, (list[i] as Word).start)
  return /[.!?:;“"‘(\n]/.test(gap) || /[.!?]$/.test(prev.text)
}

/** Words a line needs to be a sentence of the article, not a byline, kicker or dateline. */
const LEAD_WORDS = 8

/** The first sentence of a text: of its first line of {@link LEAD_WORDS} words or more, at most 60 words. */
export function firstSentence(text: string): string {
  const line = text.split('\n').find((l) => words(l).length >= LEAD_WORDS) ?? text
  const trimmed = line.trim()
  const m = /[.!?](?=["”’)]?\s+\p{Lu}|["”’)]?\s*$)/u.exec(trimmed)
  const sentence = m ? trimmed.slice(0, m.index + 1) : trimmed
  const list = words(sentence)
  return list.length > 60 ? sentence.slice(0, (list[59] as Word).end) : sentence
}

/** How often each word is written capitalised (not at a sentence's start) and all lowercase, over a set of articles. */
export interface Vocabulary {
  cap: Map<string, number>
  lower: Map<string, number>
}

/** The {@link Vocabulary} of some texts (titles and article texts). */
export function vocabulary(texts: readonly string[]): Vocabulary {
  const cap = new Map<string, number>()
  const lower = new Map<string, number>()
  for (const text of texts.flatMap((t) => t.split('\n'))) {
    // A title-case line's capitals (a headline) say nothing about which words are names.
    if (isTitleCase(text)) continue
    const list = words(text)
    for (let i = 0; i < list.length; i++) {
      const w = list[i] as Word
      if (/^[\p{Ll}]/u.test(w.text) && !/\p{Lu}/u.test(w.text)) {
        const key = fold(w.text)
        lower.set(key, (lower.get(key) ?? 0) + 1)
      } else if (capitalised(w.text) && !sentenceStart(text, list, i)) {
        const key = fold(w.text)
        cap.set(key, (cap.get(key) ?? 0) + 1)
      }
    }
  }
  return {cap, lower}
}

const NAME_TAGS = new Set(['City', 'Country', 'Place', 'Region', 'Organization', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'ProperNoun', 'SportsTeam'])

/** Does compromise's lexicon call the word a name, a common word, or not know it? */
function lexiconKind(word: string): 'name' | 'word' | undefined {
  const tags = lexiconTags(word)
  if (tags === undefined) return undefined
  const list = (Array.isArray(tags) ? tags : [tags]).flat()
  return list.some((t) => NAME_TAGS.has(t)) ? 'name' : 'word'
}

/**
 * Is a capitalised word a name? Written lowercase more often than capitalised
 * in the articles: a common word ("Children's Services"). At a sentence's
 * start or in a title-case headline (`unsure`), where capitals prove nothing:
 * a name when seen capitalised elsewhere more than lowercase, else when the
 * lexicon calls it one, or does not know it and it does not look inflected.
 * A word the lexicon holds as a common word is a name only when written
 * capitalised at least twice, and more often than lowercase ("Reading",
 * "Bath" as places).
 */
export function isNameWord(word: string, vocab: Vocabulary, unsure: boolean): boolean {
  const cap = vocab.cap.get(word) ?? 0
  const lower = vocab.lower.get(word) ?? 0
  const kind = lexiconKind(word)
  // A word the lexicon knows as a common word ("Kills", "Home", "Points")
  // needs capitals seen more than once, and more often than lowercase.
  if (kind === 'word') return cap >= 2 && cap > lower
  if (!unsure) return cap >= lower
  if (cap > lower) return true
  if (lower > 0) return false
  if (kind) return kind === 'name'
  return !/(?:ers|ings?|ed|ly|ions?|ments?|ies)$/.test(word)
}

/** Entities of a text: runs of capitalised name words ({@link isNameWord}); `titleCase`: every word's capital is unsure. */
export function entitiesIn(text: string, vocab: Vocabulary, titleCase = false, generic: ReadonlySet<string> = GENERIC_NAME_WORDS, outlets: ReadonlySet<string> = NO_OUTLETS): Entity[] {
  const out: Entity[] = []
  for (const line of text.split('\n')) lineEntities(line, vocab, titleCase || isTitleCase(line), generic, outlets, out)
  return out
}

function lineEntities(text: string, vocab: Vocabulary, titleCase: boolean, generic: ReadonlySet<string>, outlets: ReadonlySet<string>, out: Entity[]): void {
  const list = words(text)
  let run: Word[] = []
  const flush = () => {
    while (run.length && CONNECTORS.has((run[run.length - 1] as Word).text)) run.pop()
    if (run.length && !outlets.has(runKey(run))) {
      const tokens = run.map((w) => fold(w.text)).filter((t) => t.length >= 2 && !generic.has(t) && !STOPWORDS.has(t) && !CONNECTORS.has(t) && !/^\d+$/.test(t))
      if (tokens.length) out.push({display: text.slice((run[0] as Word).start, (run[run.length - 1] as Word).end).replace(/[’']s$/u, ''), tokens})
    }
    run = []
  }
  for (let i = 0; i < list.length; i++) {
    const w = list[i] as Word
    const gap = i === 0 ? '' : text.slice((list[i - 1] as Word).end, w.start)
    if (run.length && !/^[ \t\u00a0&]*$/.test(gap)) flush()
    if (run.length && CONNECTORS.has(w.text)) {
      run.push(w)
      continue
    }
    // A generic word ("City", "Council", "Court") may stand inside a name; alone it identifies nothing.
    const folded = fold(w.text)
    if (!capitalised(w.text) || shouted(list, i) || ((!generic.has(folded) || STOPWORDS.has(folded)) && !isNameWord(folded, vocab, titleCase || sentenceStart(text, list, i)))) {
      flush()
      continue
    }
    run.push(w)
  }
  flush()
}

/** Is a title in title case (most of its longer words capitalised)? */
export function isTitleCase(title: string): boolean {
  const long = words(title).filter((w) => w.text.length > 3 && /\p{L}/u.test(w.text))
  if (long.length < 3) return false
  return long.filter((w) => /^\p{Lu}/u.test(w.text)).length / long.length >= 0.6
}

/**
 * The story terms of an article; `outlets`: the outlets' names
 * ({@link outletKey}), not names of a story's actors; `vocab`: the capitalisation
 * counts of all the articles grouped (default: this article's).
 */
export function storyTerms(title: string, text: string, outlets: ReadonlySet<string> = NO_OUTLETS, vocab: Vocabulary = vocabulary([title, text])): StoryTerms {
  const generic = GENERIC_NAME_WORDS
  const titleEntities = entitiesIn(title, vocab, isTitleCase(title), generic, outlets)
  const lead = firstSentence(text)
  const leadEntities = entitiesIn(lead, vocab, false, generic, outlets)
  const bodyEntities = entitiesIn(text, vocab, false, generic, outlets)
  const names = new Map<string, number>()
  const tokenCounts = new Map<string, number>()
  const display = new Map<string, string>()
  const add = (entities: readonly Entity[], weight: number, count: boolean) => {
    for (const e of entities) {
      const parts = e.display.split(/[\s&]+/)
      for (const token of e.tokens) {
        const t = nameKey(token)
        names.set(t, (names.get(t) ?? 0) + weight)
        if (count) tokenCounts.set(t, (tokenCounts.get(t) ?? 0) + 1)
        if (!display.has(t)) display.set(t, parts.find((p) => fold(p) === token) ?? token)
      }
    }
  }
  add(titleEntities, 3, true)
  add(leadEntities, 2, false)
  add(bodyEntities, 1, true)
  const wordCounts = new Map<string, number>()
  const both = `${title}\n${title}\n${text}`
  const list = words(both)
  for (const t of keyTerms(both, list)) wordCounts.set(t, (wordCounts.get(t) ?? 0) + 1)
  for (const w of list) {
    const figure = figureTerm(w.text)
    // Figures identify an event as names do: weighed with them.
    if (figure) names.set(figure, (names.get(figure) ?? 0) + 1)
  }
  for (const w of list) {
    for (const t of keyTerms(w.text)) if (!display.has(t)) display.set(t, w.text.toLowerCase())
  }
  const head = [...titleEntities, ...leadEntities]
  return {names, words: wordCounts, title: titleEntities, head, tokenCounts, headYears: storyYears(`${title}\n${lead}`), titleYears: storyYears(title), display}
}

/**
 * Years named in a text ({@link yearsIn}), leaving out four-digit counts
 * that look like years: "more than 2000 people", "about 1900 homes".
 */
export function storyYears(text: string): number[] {
  const counted = /\b(?:than|about|around|nearly|almost|over|some|least|killed|kills|killing|injured|destroyed|estimated)\s+(1[89]\d\d|2[01]\d\d)\b|\b(1[89]\d\d|2[01]\d\d)\s+(?:people|persons|dead|deaths|injured|homes|houses|buildings|families|villages|jobs|workers|[a-z]+s)\b/gi
  return yearsIn(text.replace(counted, ' '))
}

/**
 * A figure as a story term (`=1.77`, `=574`): the same event's coverage
 * repeats its figures, a look-alike (the same company a year later) has its
 * own. Numbers of at least two digits or with a decimal point; not years;
 * thousands separators and trailing zeros of decimals dropped. `null` for
 * other words.
 */
export function figureTerm(word: string): string | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(word.replace(/%$/, ''))
  if (!m) return null
  const whole = (m[1] as string).replace(/,/g, '')
  const decimals = (m[2] ?? '').replace(/0+$/, '')
  if (!decimals && whole.length < 2) return null
  if (!decimals && /^(1[89]\d\d|2[01]\d\d)$/.test(whole)) return null
  return `=${whole.replace(/^0+(?=\d)/, '')}${decimals ? `.${decimals}` : ''}`
}

/** Is a token a first name (compromise's lexicon)? A first name alone does not say which person. */
function firstName(token: string): boolean {
  const tags = lexiconTags(token)
  if (tags === undefined) return false
  const list = (Array.isArray(tags) ? tags : [tags]).flat()
  return list.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')
}

/** Is an entity a person's name: two or three tokens, the first a first name? */
export function isPerson(entity: Entity): boolean {
  return entity.tokens.length >= 2 && entity.tokens.length <= 3 && firstName(entity.tokens[0] as string)
}

/**
 * Is an entity named in an article: its last token (the surname, the place)
 * among the article's name tokens, or any token that is not a first name
 * ("Apple" names "Apple Reports"; "John" does not name "John Smith").
 */
export function mentions(terms: Pick<StoryTerms, 'tokenCounts'>, entity: Entity): boolean {
  return mentionedIn(terms.tokenCounts, entity)
}

/** {@link mentions} against any set of name keys. */
export function mentionedIn(keys: ReadonlyMap<string, number> | ReadonlySet<string>, entity: Entity): boolean {
  const tokens = entity.tokens
  const last = nameKey(tokens[tokens.length - 1] as string)
  if (keys.has(last)) return true
  if (tokens.some((t) => keys.has(nameKey(t)) && !firstName(t))) return true
  // A headline cut short ("… Corgarw" for "Corgarwensol"): a long enough start of a name names it.
  if (last.length < TRUNCATED_MIN) return false
  for (const k of keys.keys()) if (k.length > last.length && k.startsWith(last)) return true
  return false
}

/** Letters a cut-short name needs to name the longer one it starts. */
const TRUNCATED_MIN = 6
