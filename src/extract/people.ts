/**
 * Person names and their titles in news text: shared by the `quote` matcher
 * (speakers) and the `role` matcher (people with a role).
 *
 * Names are found by shape, not by a list of people: a run of capitalized
 * words ("Carl Cashman", "Erik ten Hag", "J. K. Rowling"), optionally led by
 * an honorific ("Cllr", "Ms", "Dr") or a capitalized title ("Chancellor",
 * "Prime Minister"). Runs that look like organisations ("Liverpool City
 * Council", "Manchester United"), places, months or sentence-initial common
 * words ("Despite", "Following") are not people. compromise's lexicon tells
 * a known first name ("Carl": male) from a common word ("Related").
 *
 * @module
 */
import type {Span} from '../types.js'
import {lexiconTags} from './lexicon.js'
import {matchesIn, nextMatch} from './next-match.js'
import {overlapsAny} from './span-index.js'

/** A person named in the text. Offsets are absolute in the string searched. */
export interface PersonName extends Span {
  /** The mention as written, honorific included ("Cllr Liz Makinson"). */
  text: string
  /** The name without honorific or title ("Liz Makinson"; "Joyner" for "Ms Joyner"). */
  name: string
  /** The last name word ("Makinson"). */
  surname: string
  /** The honorific as written ("Cllr", "Mr Justice"), or null. */
  honorific: string | null
  /** True when more than a surname is given ("Liz Makinson", not "Ms Joyner"). */
  full: boolean
  /** Gender suggested by the first name (compromise's name lexicon), else null. */
  gender: 'male' | 'female' | null
}

/** Honorifics that may precede a name (matched case-sensitively, optional full stop). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Cllr', 'Councillor', 'Sir', 'Dame', 'Lord', 'Lady',
  'Baroness', 'Baron', 'Rev', 'Revd', 'Reverend', 'Fr', 'Father', 'Sister', 'Sgt', 'Sergeant', 'Insp', 'Inspector',
  'Det', 'Detective', 'Supt', 'Ch', 'PC', 'DC', 'DS', 'DI', 'DCI', 'Capt', 'Captain', 'Col', 'Gen', 'Lt', 'Maj',
  'Cmdr', 'Hon', 'Rt', 'MP', 'Sen', 'Rep', 'Gov', 'Judge', 'Justice'
])

/**
 * Capitalized titles that lead a name and are a role, not part of it
 * ("Chancellor Rachel Reeves", "Prime Minister Keir Starmer").
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'Chancellor', 'President', 'Prime', 'Minister', 'Secretary', 'Senator', 'Governor', 'Mayor', 'King', 'Queen',
  'Prince', 'Princess', 'Pope', 'Chief', 'Executive', 'Director', 'Deputy', 'Leader', 'Chair', 'Chairman',
  'Chairwoman', 'Chairperson', 'Coach', 'Manager', 'Constable', 'Superintendent', 'Commissioner', 'Speaker',
  'Bishop', 'Archbishop', 'General', 'Colonel', 'Admiral', 'Interim', 'Acting', 'Vice', 'Head', 'Officer', 'Editor',
  'Shadow', 'Foreign', 'Home', 'Health', 'Education', 'Justice', 'Attorney', 'Sheriff', 'Ambassador',
  'Spokesperson', 'Spokesman', 'Spokeswoman', 'Founder', 'Presenter', 'Councillor', 'Assistant'
])

/** Words that make a capitalized run an organisation, team, place or thing. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'Council', 'Councils', 'Police', 'Ltd', 'Limited', 'Plc', 'PLC', 'Inc', 'Corp', 'Corporation', 'Company', 'Co',
  'Department', 'Dept', 'Service', 'Services', 'University', 'College', 'School', 'Academy', 'Hospital', 'Hospitals',
  'Trust', 'Party', 'Government', 'Committee', 'Board', 'Commission', 'Authority', 'Agency', 'Office', 'Ministry',
  'Court', 'Tribunal', 'Parliament', 'Assembly', 'Senate', 'Congress', 'House', 'Bank', 'Group', 'Association',
  'Society', 'Union', 'Federation', 'League', 'Club', 'United', 'City', 'Town', 'County', 'Rovers', 'Wanderers',
  'Athletic', 'Albion', 'FC', 'Villa', 'Palace', 'Forest', 'Hotspur', 'Rangers', 'Celtic', 'Argyle', 'Orient', 'Institute', 'Foundation', 'Charity', 'Centre', 'Center', 'Network', 'Partnership',
  'Hub', 'Unit', 'Team', 'Cabinet', 'Treasury', 'Echo', 'News', 'Times', 'Guardian', 'Telegraph', 'Mail',
  'Herald', 'Press', 'Media', 'Radio', 'Television', 'Road', 'Avenue', 'Square', 
  'Station', 'Airport', 'Stadium', 'Arena', 'Cathedral', 'Museum', 'Library', 'Prison', 'Report',
  'Act', 'Plan', 'Fund', 'Review', 'Inquiry', 'Inspection', 'Standards', 'Skills', 'Care', 'Health',
  'Education', 'Safeguarding', 'Fostering', 'Improvement', 'Programme', 'Project', 'Scheme', 'Award', 'Awards',
  'Cup', 'Championship', 'Premier', 'Olympics', 'Games', 'Democrat', 'Democrats', 'Labour', 'Conservative',
  'Conservatives', 'Republican', 'Republicans', 'Liberal', 'Greens', 'Reform', 'Tory', 'Tories',
  'Kingdom', 'States', 'Republic', 'Europe', 'European', 'Nations', 'North', 'South', 'East', 'West', 'Northern',
  'Southern', 'Eastern', 'Western', 'Central', 'Greater', 'Stories', 'Topics', 'Picks', 'Island', 'Islands',
  'Valley', 'River', 'Mountains', 'Region', 'Province', 'State', 'Capital', 'Holdings', 'Partners', 'Industries',
  'Systems', 'Technologies', 'Motors', 'Airlines', 'Airways', 'Energy', 'Water', 'Rail', 'Railway', 'Railways'
])

/** Capitalized words that never start a name: sentence openers, months, days. */
const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His',
  'Her', 'Their', 'Our', 'My', 'Your', 'When', 'While', 'Whilst', 'Where', 'Why', 'What', 'Who', 'How', 'If', 'But',
  'And', 'Or', 'So', 'Yet', 'As', 'At', 'By', 'For', 'From', 'In', 'Into', 'On', 'Of', 'To', 'With', 'Without',
  'After', 'Before', 'During', 'Since', 'Until', 'Following', 'Despite', 'However', 'Meanwhile', 'Elsewhere',
  'Also', 'Although', 'Though', 'Because', 'Instead', 'Now', 'Then', 'Today', 'Yesterday', 'Tomorrow', 'Last',
  'Next', 'Mr', 'Some', 'Many', 'Most', 'All', 'Every', 'Each', 'No', 'Not', 'Only', 'Other', 'Another', 'One',
  'Two', 'Three', 'Read', 'More', 'Sign', 'Join', 'Share', 'Related', 'Top', 'Start', 'Published', 'Updated',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Government',
  'Officials', 'Inspectors', 'According', 'Responding', 'Speaking', 'Asked', 'Writing', 'Under',
  'Over', 'Here', 'There', 'Los', 'Las', 'San', 'Santa', 'Saint', 'St', 'Fort', 'Port', 'Mount', 'Lake', 'Cape', 'Such', 'Both', 'Either', 'Neither', 'Several', 'Few', 'Any', 'Earlier', 'Later'
])

/** Lowercase name particles allowed inside a name ("Erik ten Hag", "Ursula von der Leyen"). */
const PARTICLES = ['ten', 'ter', 'van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'dos', 'das', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'y']

/** compromise's tags for a lowercase word, as an array. */
function lexTags(word: string): string[] {
  const tags = lexiconTags(word.toLowerCase())
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags]
}

/** Gender suggested by a first name in compromise's lexicon. */
export function firstNameGender(word: string): 'male' | 'female' | null {
  const tags = lexTags(word)
  if (tags.includes('MaleName')) return 'male'
  if (tags.includes('FemaleName')) return 'female'
  return null
}

/**
 * Does a noun phrase look like a proper name ("Ofsted", "Merseyside
 * Police") rather than a capitalized common phrase ("Officials", "The report",
 * "Analysts at Shore Capital")?
 */
export function looksProper(phrase: string): boolean {
  const words = phrase.split(/[\s\u00a0]+/).filter(Boolean)
  const first = words[0]
  if (!first || !/^\p{Lu}/u.test(first)) return false
  const common = NON_NAME_WORDS.has(first) || lexTags(first).some((t) => !/Name$/.test(t) && !['Organization', 'ProperNoun', 'Person'].includes(t))
  if (words.length === 1) return !common
  // Several words: all capitalized ("Liverpool City Council"), or a proper first word and another capitalized one.
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length
  return capitalized === words.length || (!common && capitalized > 1)
}

/** Is the word a verb form in compromise's lexicon ("did", "criticised", "has")? */
export function isVerbWord(word: string): boolean {
  const tags = lexTags(word)
  if (tags.some((t) => ['PastTense', 'PresentTense', 'Infinitive', 'Modal', 'Copula', 'Auxiliary', 'Verb', 'Gerund', 'PerfectTense'].includes(t))) return true
  // Unknown regular past forms: "criticised", "slammed".
  return tags.length === 0 && /^\p{Ll}{3,}ed$/u.test(word)
}

/** Is the word a nationality noun ("Spaniard", "Italian", "Frenchman")? */
export function isDemonym(word: string): boolean {
  return lexTags(word).includes('Demonym') || /^(?:French|Welsh|Dutch|English|Irish|Scots|Swiss|Cornish)(?:man|woman)$/.test(word)
}

/** Is this capitalized word plausibly the first word of a person's name? */
function canStartName(word: string): boolean {
  if (NON_NAME_WORDS.has(word) || ORG_WORDS.has(word)) return false
  const tags = lexTags(word)
  if (tags.length === 0) return true
  if (tags.some((t) => NAME_TAGS.has(t))) return true
  // A common English word ("Related", "Despite") or a place ("Manchester").
  return false
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person'])
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Town'])

/** A place word that is also a first name ("Jordan", "Paris") starts a name when a non-word follows ("Paris Okafor"). */
function placeThenName(word: string, next: string | undefined): boolean {
  if (next === undefined || !lexTags(word).some((t) => PLACE_TAGS.has(t))) return false
  const nextTags = lexTags(next)
  return !ORG_WORDS.has(next) && (nextTags.length === 0 || nextTags.some((t) => NAME_TAGS.has(t)))
}

const UPPER = 'A-ZÀ-ÖØ-Þ'
const LOWER = 'a-zß-öø-ÿ'
/** One capitalized name word: Smith, McDonald, O'Brien, Smith-Jones, Zoë. */
const WORD = `[${UPPER}](?:[${LOWER}]+(?:[${UPPER}][${LOWER}]+)?(?:['’][${UPPER}][${LOWER}]+)?|['’][${UPPER}][${LOWER}]+)(?:-[${UPPER}][${LOWER}]+)*`
/** An initial: "J." */
const INITIAL = `[${UPPER}]\\.`
/** A full stop may follow only an abbreviated honorific inside a name ("Dr. Jane Smith"). */
const ABBREV_DOT = `(?:(?<=(?:^|[^\\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|Rev|Revd|Sgt|Insp|Det|Supt|Capt|Col|Gen|Lt|Maj|Cmdr|Hon|Rt|St|Fr|Cllr|Jr|Sr))\\.)?`
const RUN_SOURCE = `(?:${WORD}|${INITIAL})(?:${ABBREV_DOT}[ \\u00a0]+(?:(?:${PARTICLES.join('|')})[ \\u00a0]+)*(?:${WORD}|${INITIAL}))*`

/** Scanned with {@link matchesIn}, which remembers its last search: one instance for all calls. */
const RUN = new RegExp(RUN_SOURCE, 'gu')

interface Token {
  text: string
  start: number
  end: number
}

function tokensOf(run: string, offset: number): Token[] {
  const tokens: Token[] = []
  const re = /[^\s\u00a0]+/g
  let m: RegExpExecArray | null
  while ((m = re.exec(run)) !== null) tokens.push({text: m[0], start: offset + m.index, end: offset + m.index + m[0].length})
  return tokens
}

function bare(token: Token): string {
  return token.text.replace(/\.$/, '')
}

/**
 * Find person names in `text` between `start` and `end` (absolute offsets).
 * A single capitalized word counts only with an honorific ("Ms Joyner");
 * bare surnames are found with {@link findSurnameMentions} once full names are known.
 */
export function findPersonNames(text: string, start = 0, end = text.length): PersonName[] {
  const names: PersonName[] = []
  for (const m of runsIn(text, start, end)) {
    if (m.index + m[0].length > end) break
    // A run glued to a preceding letter or digit is inside a word ("iPhone").
    const before = m.index > 0 ? text[m.index - 1]! : ' '
    if (/[\p{L}\p{N}]/u.test(before)) continue
    const tokens = tokensOf(m[0], m.index)
    // "U.S. President Donald Trump", "the U.N. Secretary-General": initials glued to an abbreviation are not a name's.
    if (before === '.' && m.index > 1 && /\p{L}/u.test(text[m.index - 2]!)) {
      while (tokens.length > 0 && /^\p{Lu}\.$/u.test(tokens[0]!.text)) tokens.shift()
    }
    if (tokens.length > 0) for (const name of namesInRun(text, tokens)) names.push(name)
  }
  return names
}

/** Person names of whole blocks, per blocks list (an article's blocks): the quote and role matchers both need them. */
const blockNamesCache = new WeakMap<readonly Span[], {text: string; names: readonly PersonName[]}>()

/**
 * `blocks.flatMap((b) => findPersonNames(text, b.start, b.end))`, computed
 * once per (blocks list, text) and shared: treat the list as read-only.
 */
export function findPersonNamesInBlocks(text: string, blocks: readonly Span[]): readonly PersonName[] {
  const cached = blockNamesCache.get(blocks)
  if (cached !== undefined && cached.text === text) return cached.names
  const names = blocks.flatMap((b) => findPersonNames(text, b.start, b.end))
  blockNamesCache.set(blocks, {text, names})
  return names
}

/** Characters a capitalized run can consume (a superset: letters of Latin-1, apostrophes, hyphen, dot, spaces). */
const RUN_CHAR = /[A-Za-z\u00C0-\u00FF'’\-. \u00a0]/
/** How far past the window's end a run is looked for before the whole rest of the text is read. */
const RUN_LOOKAHEAD = 256

/**
 * The capitalized runs of `text` that start in [start, end), as
 * `matchesIn(RUN, text, start, end)` finds them, without reading far past
 * `end`. The caller stops at the first run that crosses `end`.
 *
 * A run can be as long as the text ("A. B. C. D. …"), so matching from each
 * sentence start would read the rest of the text once per sentence. Here
 * the regex runs on the text cut a little after `end` (`cut`). RUN has no
 * lookahead and no end anchor, so cutting the text only makes matches fail
 * or shorter, and a match differs from the uncut one only by consuming
 * characters at or after `cut`. Hence:
 * - a match in the cut text that crosses `end` (or none before `end`):
 *   the uncut search also crosses `end` or finds nothing before it; the
 *   caller stops either way;
 * - a match inside the window is the uncut one when some character in
 *   [end, cut) cannot be part of a run: no uncut match starting before
 *   `end` can then reach `cut`. Otherwise the uncut text is searched.
 */
function* runsIn(text: string, start: number, end: number): Generator<RegExpExecArray> {
  let cut = Math.min(text.length, end + RUN_LOOKAHEAD)
  // Never split a surrogate pair (RUN is a unicode regex).
  if (cut < text.length && isLeadSurrogate(text.charCodeAt(cut - 1))) cut++
  let stopper = false
  for (let i = end; i < cut; i++) {
    if (!RUN_CHAR.test(text[i]!)) {
      stopper = true
      break
    }
  }
  const window = cut === text.length ? text : text.slice(0, cut)
  let from = start
  for (;;) {
    RUN.lastIndex = from
    let match = RUN.exec(window)
    if (match === null || match.index >= end) return
    if (match.index + match[0].length > end) {
      yield match // crosses `end`: the caller stops
      return
    }
    if (window !== text && !stopper) match = nextMatch(RUN, text, from)
    if (match === null || match.index >= end) return
    yield match
    from = match.index + match[0].length
  }
}

function isLeadSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** Split a capitalized run into person names (a run may hold "Chancellor Rachel Reeves"). */
function namesInRun(text: string, tokens: Token[]): PersonName[] {
  const out: PersonName[] = []
  let i = 0
  while (i < tokens.length) {
    let j = i
    // Honorifics, possibly several ("Rt Hon", "Mr Justice", "Det Insp").
    const honorStart = j
    while (j < tokens.length - 1 && HONORIFICS.has(bare(tokens[j]!)) && !(bare(tokens[j]!) === 'Justice' && j === honorStart)) j++
    if (j === honorStart) {
      // Not an honorific: skip titles and words that cannot start a name.
      const word = bare(tokens[j]!)
      if (isTitle(word)) {
        // "Pope Leo", "President Macron": a title with a single name is like an honorific.
        let t = j
        while (t < tokens.length && isTitle(bare(tokens[t]!))) t++
        const single = tokens[t]
        if (single && t === tokens.length - 1 && !ORG_WORDS.has(bare(single)) && !NON_NAME_WORDS.has(bare(single)) && !/\.$/.test(single.text)) {
          out.push(personFrom(text, tokens.slice(j, t), [single], [single]))
          break
        }
        i = j + 1
        continue
      }
      const midSentence = j > 0 || !sentenceInitial(text, tokens[j]!.start)
      if (!canStartName(word) && !placeThenName(word, tokens[j + 1] && bare(tokens[j + 1]!)) && !(midSentence && nounFirstName(word, tokens[j + 1]))) {
        i = j + 1
        continue
      }
    }
    const honorific = j > honorStart ? tokens.slice(honorStart, j).map((t) => t.text).join(' ') : null
    // The name: words up to an organisation word (which voids the whole run).
    let k = j
    let org = false
    while (k < tokens.length) {
      const word = bare(tokens[k]!)
      if (ORG_WORDS.has(word)) {
        org = true
        break
      }
      k++
    }
    if (org) {
      // "Liverpool City Council", "Manchester United": the rest of the run is not a person.
      break
    }
    const nameTokens = tokens.slice(j, k).filter((t) => !PARTICLES.includes(t.text))
    const words = tokens.slice(j, k)
    const last = words[words.length - 1]
    const enough = nameTokens.length >= 2 || (nameTokens.length === 1 && honorific !== null)
    if (last && enough && !/^[A-Z]\.$/.test(last.text) && !followedByOrgPossessive(text, last.end) && !notPersonEnd(text, bare(last), last.end, honorific)) {
      out.push(personFrom(text, tokens.slice(honorStart, j), words, nameTokens))
    }
    i = Math.max(k, i + 1)
  }
  return out
}

/** Does the offset start a sentence (nothing but spaces and opening marks since a full stop, colon or line start)? */
function sentenceInitial(text: string, offset: number): boolean {
  let i = offset - 1
  while (i >= 0 && /[ \t\u00a0"“‘'(]/.test(text[i]!)) i--
  return i < 0 || /[.!?:\n\r]/.test(text[i]!)
}

/**
 * Mid-sentence, a capitalized common noun followed by another name word is a
 * first name ("Labour MP Dawn Butler", "Holly Willoughby"); at a sentence
 * start it is not ("Rose gardens").
 */
function nounFirstName(word: string, next: Token | undefined): boolean {
  if (!next || ORG_WORDS.has(bare(next))) return false
  const tags = lexTags(word)
  return tags.length > 0 && tags.every((t) => t === 'Noun' || t === 'Singular')
}

function isTitle(word: string): boolean {
  if (TITLE_WORDS.has(word) || ROLE_HEADS.has(word.toLowerCase())) return true
  // "Secretary-General", "Attorney-General".
  const dash = word.indexOf('-')
  return dash > 0 && (TITLE_WORDS.has(word.slice(0, dash)) || ROLE_HEADS.has(word.slice(0, dash).toLowerCase()))
}

/** Build a PersonName from its honorific tokens, its words and its name words (particles left out). */
function personFrom(text: string, honorTokens: Token[], words: Token[], nameTokens: Token[]): PersonName {
  const first = honorTokens[0] ?? words[0]!
  const last = words[words.length - 1]!
  const honorific = honorTokens.length > 0 ? honorTokens.map((t) => t.text).join(' ') : null
  return {
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    name: text.slice(words[0]!.start, last.end).replace(/\s+/g, ' '),
    surname: bare(last),
    honorific,
    full: nameTokens.length >= 2,
    gender: nameTokens.length >= 2 ? firstNameGender(bare(nameTokens[0]!)) : honorificGender(honorific)
  }
}

/**
 * A capitalized run that ends like a role, an abstract noun or a place is no
 * person: "Regional Director" (a title without a name), "Border
 * Protection", "Homeland Security" (surnames do not end in -tion, -ness,
 * -ity …), "Palo Alto, California" (a town followed by its state or country).
 */
function notPersonEnd(text: string, lastWord: string, end: number, honorific: string | null): boolean {
  if (honorific === null && isTitle(lastWord)) return true
  if (lastWord.length >= 6 && /(?:tion|sion|ness|ism|ship|ity)$/.test(lastWord)) return true
  const place = /^,[ \u00a0]+(\p{Lu}\p{Ll}+)(?=[,.;:!?]|[ \u00a0]+\p{Ll}|$)/u.exec(text.slice(end, end + 40))
  return place !== null && lexTags(place[1]!).some((t) => PLACE_TAGS.has(t) || t === 'Region' || t === 'Country')
}

/**
 * People named by one word, found by what they do in the sentence: the
 * subject of a reporting verb (`Rajan said`, `said Kumar,`) or a word with an
 * age in apposition (`Jobs, 55,`). The word must be capitalized, not a
 * common word, title, organisation or place word (compromise's lexicon, as
 * for names), not part of a longer capitalized run and not after "the".
 */
export function findSingleNames(text: string, verbs: readonly Span[], taken: readonly Span[], start = 0, end = text.length): PersonName[] {
  const out: PersonName[] = []
  const starts = new Set<number>()
  const add = (s: number, e: number) => {
    if (s < start || e > end || overlapsAny(taken, s, e) || starts.has(s)) return
    const word = text.slice(s, e)
    if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(word) || !canStartName(word) || TITLE_WORDS.has(word) || ROLE_HEADS.has(word.toLowerCase())) return
    // Part of a longer capitalized run, or "the Guardian".
    const before = precedingWord(text, s, start)
    if (before && ((/^\p{Lu}/u.test(before) && !/[.!?:,]$/.test(before)) || /^(?:the|a|an)$/i.test(before))) return
    if (/^[ \u00a0]+\p{Lu}/u.test(text.slice(e, e + 2))) return
    out.push({text: word, start: s, end: e, name: word, surname: word, honorific: null, full: false, gender: null})
    starts.add(s)
  }
  for (const verb of verbs) {
    // "Rajan said", "Rajan also said".
    const b = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]+)[ \u00a0]+(?:(?:also|then|later|has|had)[ \u00a0]+)?$/u.exec(text.slice(Math.max(start, verb.start - 40), verb.start))
    if (b) {
      const s = verb.start - b[0].length
      add(s, s + b[1]!.length)
    }
    // "said Kumar, who …", "said Kumar."
    const a = /^[ \u00a0]+(\p{Lu}[\p{L}'’-]+)(?=[,.;:!?]|[ \u00a0]+(?:who|in|on|at|after|before|when|as)\b)/u.exec(text.slice(verb.end, verb.end + 40))
    if (a) {
      const s = verb.end + a[0].length - a[1]!.length
      add(s, s + a[1]!.length)
    }
  }
  // "Jobs, 55, who …": an age in apposition.
  // Every match holds AGE_TAIL after its start: with no AGE_TAIL from `start` on, the (slower) scan finds nothing.
  if (nextMatch(AGE_TAIL, text, start) !== null) {
    for (const m of matchesIn(AGE_APPOSITION, text, start, end)) add(m.index, m.index + m[1]!.length)
  }
  return out.sort((x, y) => x.start - y.start)
}

/** "Jobs, 55,": a capitalized word with an age in apposition. */
const AGE_APPOSITION = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]+),[ \u00a0]+\d{1,3},/gu
/** The end of {@link AGE_APPOSITION}: ", 55,". */
const AGE_TAIL = /,[ \u00a0]+\d{1,3},/g

/** "Smith Street", "Jones Ltd" are caught by ORG_WORDS; this catches "Smith & Sons". */
function followedByOrgPossessive(text: string, end: number): boolean {
  return /^\s*&\s*[A-Z]/.test(text.slice(end, end + 6))
}

function honorificGender(honorific: string | null): 'male' | 'female' | null {
  if (honorific === null) return null
  const first = honorific.split(/\s+/)[0]!.replace(/\.$/, '')
  if (['Mr', 'Sir', 'Lord', 'Baron', 'Father', 'Fr'].includes(first)) return 'male'
  if (['Mrs', 'Ms', 'Miss', 'Dame', 'Lady', 'Baroness', 'Sister'].includes(first)) return 'female'
  return null
}

interface Surnames {
  length: number
  surnames: Map<string, PersonName>
  /**
   * The surnames by their first UTF-16 unit, each list in the order of
   * `surnames` (the order in which an alternation of them would try them).
   */
  byFirst: Map<number, string[]>
  /**
   * Bit `c` (bit `c & 31` of word `c >> 5`) is set when a surname starts with
   * the unit `c` (< 256). Eight 32-bit words: small enough for V8 to keep
   * inside the object heap (a 256-byte array gets a separately allocated buffer).
   */
  small: Uint32Array
  /** Does a surname start with a unit of 256 or more? */
  wide: boolean
}
/** The surnames of a list of known people, per list (a list is searched once per sentence or paragraph). */
const surnameCache = new WeakMap<readonly PersonName[], Surnames>()

function surnamesOf(known: readonly PersonName[]): Surnames {
  const cached = surnameCache.get(known)
  if (cached !== undefined && cached.length === known.length) return cached
  const surnames = new Map<string, PersonName>()
  for (const person of known) if (person.full && !surnames.has(person.surname)) surnames.set(person.surname, person)
  // One-word names found by their role in a sentence ("Rajan said") are known by that word too.
  for (const person of known) if (!person.full && person.honorific === null && !surnames.has(person.surname)) surnames.set(person.surname, person)
  const byFirst = new Map<number, string[]>()
  for (const surname of surnames.keys()) {
    if (surname === '') continue
    const first = surname.charCodeAt(0)
    const list = byFirst.get(first)
    if (list === undefined) byFirst.set(first, [surname])
    else list.push(surname)
  }
  const small = new Uint32Array(8)
  let wide = false
  for (const first of byFirst.keys()) {
    if (first < 256) small[first >> 5]! |= 1 << (first & 31)
    else wide = true
  }
  const found = {length: known.length, surnames, byFirst, small, wide}
  surnameCache.set(known, found)
  return found
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** The code point that ends right before `offset`, or -1 at the start (a surrogate pair read as one). */
function codePointBefore(text: string, offset: number): number {
  if (offset <= 0) return -1
  const low = text.charCodeAt(offset - 1)
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = text.charCodeAt(offset - 2)
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
  }
  return low
}

/** Is the code point a letter or a digit (`\p{L}`, `\p{N}`)? ASCII is answered without a regex. */
function isLetterOrDigit(cp: number): boolean {
  if (cp < 0) return false
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp))
}

/**
 * The first surname of `names` at or after `from`, starting before `end`,
 * as the unicode regex `(?<![\p{L}\p{N}'’])(?:S1|S2|…)(?![\p{L}\p{N}])`
 * (the surnames escaped, in map order) would find it: the leftmost
 * position, and there the first surname in order that fits. A plain scan:
 * a regex of an article's surnames would be compiled again for every article.
 */
function nextSurname(names: Surnames, text: string, from: number, end: number): {index: number; surname: string} | null {
  const {byFirst, small, wide} = names
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code < 256 ? (small[code >> 5]! & (1 << (code & 31))) === 0 : !wide) continue
    const list = byFirst.get(code)
    if (list === undefined) continue
    const before = codePointBefore(text, i)
    if (before === 0x27 || before === 0x2019 || isLetterOrDigit(before)) continue
    for (const surname of list) {
      if (!text.startsWith(surname, i)) continue
      if (isLetterOrDigit(text.codePointAt(i + surname.length) ?? -1)) continue
      return {index: i, surname}
    }
  }
  return null
}

/**
 * Find bare-surname mentions ("Birch said") of people already known by full
 * name, outside the spans already found.
 */
export function findSurnameMentions(text: string, known: readonly PersonName[], taken: readonly Span[], start = 0, end = text.length): PersonName[] {
  const names = surnamesOf(known)
  if (names.surnames.size === 0) return []
  const out: PersonName[] = []
  let from = start
  for (;;) {
    const m = nextSurname(names, text, from, end)
    if (m === null) break
    const s = m.index
    const e = s + m.surname.length
    if (e > end) break
    from = e
    if (overlapsAny(taken, s, e)) continue
    const person = names.surnames.get(m.surname)!
    out.push({text: m.surname, start: s, end: e, name: m.surname, surname: m.surname, honorific: null, full: false, gender: person.gender})
  }
  return out
}

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Resolve a mention to a full name: a full name stays; a surname or
 * honorific+surname ("Ms Joyner") takes the full name with that surname
 * mentioned earlier (else anywhere) in the article; failing that, the
 * mention as written.
 */
export function resolvePerson(mention: PersonName, known: readonly PersonName[]): string {
  if (mention.full) return mention.name
  const same = known.filter((p) => p.full && p.surname === mention.surname)
  const earlier = same.filter((p) => p.start < mention.start)
  const pick = earlier[earlier.length - 1] ?? same[0]
  return pick ? pick.name : mention.text
}

// ---------------------------------------------------------------------------
// Roles

/** Head nouns of a role ("leader", "chief executive", "director"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'leader', 'director', 'executive', 'chief', 'manager', 'minister', 'secretary', 'spokesperson', 'spokesman',
  'spokeswoman', 'chair', 'chairman', 'chairwoman', 'chairperson', 'president', 'officer', 'head', 'coach',
  'captain', 'judge', 'inspector', 'commissioner', 'mayor', 'councillor', 'governor', 'editor', 'founder', 'ceo',
  'cfo', 'coo', 'professor', 'lawyer', 'barrister', 'solicitor', 'analyst', 'economist', 'chancellor', 'senator',
  'mp', 'member', 'deputy', 'superintendent', 'constable', 'sergeant', 'detective', 'prosecutor', 'attorney',
  'ambassador', 'principal', 'headteacher', 'headmaster', 'headmistress', 'owner', 'partner', 'boss', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'player', 'champion', 'presenter',
  'correspondent', 'reporter', 'researcher', 'scientist', 'doctor', 'surgeon', 'consultant', 'nurse', 'adviser',
  'advisor', 'campaigner', 'activist', 'trustee', 'administrator', 'controller', 'treasurer', 'cabinet', 'lead',
  'portfolio', 'holder', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'archbishop', 'general',
  'colonel', 'admiral', 'representative', 'organiser', 'organizer', 'supervisor', 'commander',
  'chief-executive', 'vice-chancellor', 'vice-president', 'md', 'cto', 'premier', 'speaker', 'congressman',
  'congresswoman', 'councilman', 'councilwoman', 'lawmaker', 'legislator'
])

/** Words that end a role phrase when reading leftwards from a name. */
const ROLE_STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'by', 'for', 'from', 'with', 'at', 'in', 'on', 'as', 'that',
  'this', 'when', 'while', 'who', 'which', 'said', 'says', 'told', 'added', 'according', 'is', 'was', 'were', 'are',
  'be', 'been', 'has', 'had', 'have', 'his', 'her', 'their', 'its', 'our', 'it', 'he', 'she', 'they', 'we', 'after',
  'before', 'since', 'between', 'praised', 'criticised', 'criticized', 'appointed', 'named', 'new', 'newly', 'former', 'ex',
  'then', 'also', 'not', 'about', 'against', 'into', 'over', 'under', 'than', 'like', 'including', 'did', 'does',
  'do', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'if', 'so', 'because', 'why', 'how'
])

/** A person with a role; offsets absolute. */
export interface RoleMention extends Span {
  person: PersonName
  /** The role as written, whitespace-normalized, leading article dropped. */
  role: string
  /** Where the role words are. */
  roleSpan: Span
  /** `before`: "council leader Liam Robinson"; `after`: "Tim Cook, Apple's chief executive". */
  position: 'before' | 'after'
}

/** Does this phrase (any case) contain a role head noun? */
export function hasRoleHead(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/[\s\u00a0]+/)
    .some((w) => ROLE_HEADS.has(w.replace(/['’]s$/, '').replace(/[^a-z-]/g, '')))
}

/**
 * Find people with a role in `text` between `start` and `end`, given the
 * person names found there. Two forms:
 * - role before the name: "council leader Liam Robinson", "Chancellor Rachel
 *   Reeves", "the council's director of children's services, Martin Birch";
 * - role after the name, as an appositive: "Martin Birch, Director of
 *   Education and Children's Services, said", "Tim Cook, Apple's chief executive,".
 */
export function findRoles(text: string, people: readonly PersonName[], start = 0, end = text.length): RoleMention[] {
  const out: RoleMention[] = []
  for (const person of people) {
    if (person.start < start || person.end > end) continue
    const before = roleBefore(text, person, start)
    if (before) {
      out.push(before)
      continue
    }
    const after = roleAfter(text, person, end)
    if (after) out.push(after)
  }
  return out
}

function normalizeRole(raw: string): string {
  return raw.replace(/[\s\u00a0]+/g, ' ').replace(/^(?:the|a|an)\s+/i, '').trim()
}

/** Role words right before a name, read leftwards. */
function roleBefore(text: string, person: PersonName, limit: number): RoleMention | null {
  // Capitalized title inside the run, left out of the name: "Chancellor Rachel Reeves".
  let cursor = person.start
  let gap = text.slice(Math.max(limit, cursor - 3), cursor)
  let appositive = false
  if (/,\s*$/.test(gap)) {
    // "the council's director of children's services, Martin Birch"
    cursor = text.lastIndexOf(',', cursor - 1)
    appositive = true
  }
  // Read words leftwards.
  const words: Token[] = []
  const re = /[^\s\u00a0]+$/
  let pos = cursor
  for (let n = 0; n < 12; n++) {
    let p = pos
    while (p > limit && /[\s\u00a0]/.test(text[p - 1]!)) p--
    if (p <= limit) break
    const m = re.exec(text.slice(Math.max(limit, p - 60), p))
    if (!m) break
    const wordStart = p - m[0].length
    const word = m[0]
    if (/[.,;:!?"“”‘’()[\]—–]$/.test(word) || /^[("“‘'[]/.test(word)) break
    // "head of service Lee Chan": "of" right after a role head stays in the role.
    const ofAfterHead = /^(?:of|for)$/i.test(word) && isRoleHead(precedingWord(text, wordStart, limit))
    if (ROLE_STOP.has(word.toLowerCase()) && !ofAfterHead && !(appositive && /^(?:of|and|for|the)$/i.test(word))) break
    if (/^\p{N}/u.test(word)) break
    words.unshift({text: word, start: wordStart, end: p})
    pos = wordStart
  }
  if (appositive) {
    // Appositive-before needs a determiner or possessive start and a role head: "the bank's chief executive, Jane Fraser".
    while (words.length > 0 && /^(?:of|and|for|the)$/i.test(words[0]!.text)) words.shift()
  }
  // The phrase must end in (or, for an appositive, contain) a role head.
  const headOf = words.some((w, i) => i > 0 && /^(?:of|for)$/i.test(w.text) && isRoleHead(words[i - 1]!.text))
  while (words.length > 0 && !appositive && !headOf && !isRoleHead(words[words.length - 1]!.text)) words.pop()
  if (words.length === 0) return null
  if (!hasRoleHead(words.map((w) => w.text).join(' '))) return null
  // A possessive that is a person ("Smith's spokesman") is not this person's role.
  const first = words[0]!
  const roleSpan = {start: first.start, end: words[words.length - 1]!.end}
  let roleText = text.slice(roleSpan.start, roleSpan.end)
  // Capitalized titles the name finder left out ("Chancellor" in "Chancellor Rachel Reeves") follow directly.
  const between = text.slice(roleSpan.end, person.start)
  if (!appositive && /\S/.test(between)) return null
  roleText = normalizeRole(roleText)
  if (!roleText) return null
  return {start: roleSpan.start, end: person.end, person, role: roleText, roleSpan, position: 'before'}
}

/** The word before `offset` (to `limit`), or ''. */
function precedingWord(text: string, offset: number, limit: number): string {
  // A backward scan (linear): trailing white space, then the run of non-space before it.
  const from = Math.max(limit, offset - 40)
  let end = offset
  while (end > from && isSpaceChar(text[end - 1]!)) end--
  if (end === offset) return ''
  let start = end
  while (start > from && !isSpaceChar(text[start - 1]!)) start--
  return text.slice(start, end)
}

/** White space as `\s` matches it (`\u00a0` included). */
function isSpaceChar(ch: string): boolean {
  return ch.trim() === ''
}

function isRoleHead(word: string): boolean {
  return ROLE_HEADS.has(word.toLowerCase().replace(/['’]s$/, '').replace(/[^a-z-]/g, ''))
}

/** An appositive role after a name: ", Director of …," / ", Apple's chief executive, said". */
function roleAfter(text: string, person: PersonName, limit: number): RoleMention | null {
  const rest = text.slice(person.end, Math.min(limit, person.end + 240))
  const m = /^,[ \u00a0]+([^,;:()"“”‘.!?\n]{3,200}?)(?=[ \u00a0]*(?:,|;|:|\.(?:\s|$)|$|\(|[ \u00a0]+(?:who|which|said|says|told|added|has|had|is|was|will|would)\b))/.exec(rest)
  if (!m) return null
  let raw = m[1]!
  // "and"-joined role parts stay ("deputy leader and spokesperson on …"); a clause does not.
  if (!hasRoleHead(raw)) return null
  const firstWord = raw.split(/\s+/)[0]!
  // "Smith, Jones and Brown": a list of names is not a role.
  if (/^[A-Z]/.test(firstWord) && !/^(?:The|A|An)$/.test(firstWord) && !hasRoleHead(firstWord) && findPersonNames(raw).length > 0) return null
  if (/^(?:who|which|said|says|told|added|and|but|or|he|she|they|it)\b/i.test(raw)) return null
  raw = raw.trimEnd() // same white space as \s; no regex (an unanchored `\s+$` is quadratic)
  const roleStart = person.end + m[0].indexOf(m[1]!)
  const roleSpan = {start: roleStart, end: roleStart + raw.length}
  const role = normalizeRole(raw)
  if (!role || role.split(' ').length > 16) return null
  return {start: person.start, end: roleSpan.end, person, role, roleSpan, position: 'after'}
}
