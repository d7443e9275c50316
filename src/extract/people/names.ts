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
import type {Span} from '../../types.js'
import {canStartName, firstNameGender, honorificGender, HONORIFICS, lexTags, NON_NAME_WORDS, ORG_WORDS, PARTICLES, PLACE_TAGS, placeThenName, ROLE_HEADS, TITLE_WORDS} from './words.js'
import {nextMatch} from '../next-match.js'

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
  /** A generational suffix ("Jr", "Sr"): "Ruiz Jr." is the son, not Martin Ruiz; else null. */
  suffix: string | null
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
      // "The Evening Star", "the Daily Courier": a name after "the" is a thing, not a person.
      const afterThe = j > 0 ? bare(tokens[j - 1]!) === 'The' : followsLowerThe(text, tokens[j]!.start)
      if (afterThe) {
        i = j + 1
        continue
      }
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

/** Is the word at `offset` right after a lowercase "the" and white space ("the Evening Star")? */
function followsLowerThe(text: string, offset: number): boolean {
  let i = offset
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--
  if (i === offset || i < 3 || text.slice(i - 3, i) !== 'the') return false
  return i === 3 || !/\p{L}/u.test(text[i - 4]!)
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

export function isTitle(word: string): boolean {
  if (TITLE_WORDS.has(word) || ROLE_HEADS.has(word.toLowerCase())) return true
  // "Secretary-General", "Attorney-General".
  const dash = word.indexOf('-')
  return dash > 0 && (TITLE_WORDS.has(word.slice(0, dash)) || ROLE_HEADS.has(word.slice(0, dash).toLowerCase()))
}

/** Generational suffixes: "Martin Ruiz Jr." is not his father Martin Ruiz. */
const SUFFIXES = new Set(['Jr', 'Sr'])

/** Build a PersonName from its honorific tokens, its words and its name words (particles left out). */
function personFrom(text: string, honorTokens: Token[], words: Token[], nameTokens: Token[]): PersonName {
  const first = honorTokens[0] ?? words[0]!
  const last = words[words.length - 1]!
  const honorific = honorTokens.length > 0 ? honorTokens.map((t) => t.text).join(' ') : null
  // "Martin Ruiz Jr.": the surname is the word before the suffix, which stays part of the name.
  const suffix = nameTokens.length >= 2 && SUFFIXES.has(bare(last)) ? bare(last) : null
  const core = suffix ? nameTokens.slice(0, -1) : nameTokens
  // The suffix's full stop belongs to the name ("Ruiz Jr. said").
  const end = suffix && text[last.end] === '.' ? last.end + 1 : last.end
  return {
    text: text.slice(first.start, end),
    start: first.start,
    end,
    name: text.slice(words[0]!.start, end).replace(/\s+/g, ' '),
    surname: bare(core[core.length - 1] ?? last),
    honorific,
    full: core.length >= 2,
    gender: core.length >= 2 ? firstNameGender(bare(core[0]!)) : honorificGender(honorific),
    suffix
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

/** "Smith Street", "Jones Ltd" are caught by ORG_WORDS; this catches "Smith & Sons". */
function followedByOrgPossessive(text: string, end: number): boolean {
  return /^\s*&\s*[A-Z]/.test(text.slice(end, end + 6))
}
