/**
 * What a pair of quotation marks is for. Most enclose speech; some do not:
 *
 * - `title`: the name of a work or thing in title case
 *   (`her novel "The Quiet Harbour"`, `the programme "Newsnight at Ten"`,
 *   `“Tariffs Hurt the Heartland”`);
 * - `nickname`: a name inside a name or after "known as"
 *   (`Dwayne "The Rock" Johnson`, `nicknamed "the Wall"`);
 * - `embed`: a quotation inside an embedded social-media post (the block
 *   carries its markup: `pic.twitter.com/…`, `— Name (@handle) May 2, 2024`);
 * - `scare`: a one- or two-word quotation that is not said (see `isScare`
 *   in {@link ./index.ts}).
 *
 * Only `speech` is speech: the others get `speech: false`, and the aligner
 * does not compare them as quotations (scare quotes keep their own rule).
 *
 * @module
 */
import type {Block} from '../../types.js'
import type {Quotation} from './spans.js'

/** What a quotation's marks enclose. */
export type MarkKind = 'speech' | 'scare' | 'title' | 'nickname' | 'embed'

/** Words that announce a title or a name right before the marks. */
const TITLE_CUE = /(?<![\p{L}])(?:book|novel|memoir|biography|film|movie|documentary|programme|program|show|series|sitcom|drama|song|single|album|track|play|musical|opera|podcast|poem|painting|exhibition|report|article|essay|column|campaign|slogan|headline|entitled|titled|headlined)[,:]?\s*$/iu
const NICKNAME_CUE = /(?<![\p{L}])(?:known\s+as|nicknamed|aka|a\.k\.a\.|dubbed|alias)\s*$/iu
/** Markup of an embedded post in a block's text. */
const EMBED_MARKUP = /pic\.twitter\.com\/|(?:twitter|x)\.com\/\w+\/status\/|instagram\.com\/p\/|A post shared by|—\s*[^()\n]{1,60}\(@\w{1,30}\)\s+\p{Lu}\p{Ll}+\s+\d{1,2},\s+\d{4}/u
/** Characters every {@link EMBED_MARKUP} match holds: blocks without them are not read with it. */
const EMBED_CUE = /[@/]|A post shared/

/** Does the block hold an embedded post's markup? Ask once per block (the caller keeps the answers). */
export function isEmbedBlock(text: string, block: Block): boolean {
  const body = text.slice(block.start, block.end)
  return EMBED_CUE.test(body) && EMBED_MARKUP.test(body)
}

/** Small words a title keeps in lower case. */
const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'v', 'de', 'la', 'le', 'du', 'des', 'der', 'die', 'das', "d'"])

/**
 * Is the quotation text title case: two or more words, all but minor words
 * capitalized, no sentence punctuation (`The Quiet Harbour`, `Newsnight at
 * Ten`, `Tariffs Hurt the Heartland`)?
 */
export function isTitleCase(words: string): boolean {
  const trimmed = words.trim()
  if (/[.!?;:,]$/.test(trimmed) || /[.!?;]\s/.test(trimmed)) return false
  const list = trimmed.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w))
  if (list.length < 2 || list.length > 12) return false
  if (!/^[\p{Lu}\p{N}]/u.test(list[0]!)) return false
  // "I" and "I'm" are capitalized in speech too: a title does not hang on them.
  const major = list.filter((w) => !MINOR.has(w.toLowerCase()))
  return major.length >= 2 && major.every((w) => /^[\p{Lu}\p{N}"“'‘(]/u.test(w)) && !list.some((w) => /^I(?:['’]\p{L}+)?$/u.test(w))
}

/**
 * The kind of a quotation's marks. `said` is true when an attribution tag
 * follows the quotation or it opens after a colon (speech, whatever its
 * case); `scare` is the one- or two-word test.
 */
export function markKindOf(text: string, quotation: Quotation, blocks: readonly Block[], said: boolean, scare: boolean, embedded: (block: number) => boolean): MarkKind {
  const first = quotation.segments[0]!
  if (embedded(first.block)) return 'embed'
  const fallback = scare ? 'scare' : 'speech'
  // Titles and nicknames are one short segment (cheap tests first: most quotations are long speech).
  const length = first.end - first.start
  if (quotation.segments.length !== 1 || length > TITLE_MAX_CHARS || (said && length > NICKNAME_MAX_CHARS)) return fallback
  const words = text.slice(first.start, first.end)
  const trimmed = words.trim()
  if (trimmed === '') return fallback
  const upper = /^[\p{Lu}\p{N}]/u.test(trimmed)
  // A title has no lowercase word but minor ones: one such word and it is not a title.
  const titleLike = upper && !said && !LOWER_MAJOR.test(trimmed)
  const short = length <= NICKNAME_MAX_CHARS
  if (!short && !titleLike) return fallback
  const block = blocks[first.block]
  const before = text.slice(Math.max(block ? block.start : 0, first.open - 40), first.open)
  if (short && trimmed.split(/\s+/).length <= 4) {
    const after = first.close === null ? '' : text.slice(first.close + 1, first.close + 40)
    // `Dwayne "The Rock" Johnson`: between a name word and a surname (a tag after it is the full name's).
    if (upper && /(?<![\p{L}'’-])\p{Lu}\p{Ll}+[ \u00a0]+$/u.test(before) && /^[ \u00a0]+\p{Lu}\p{Ll}/u.test(after) && !/[,.!?]$/.test(trimmed)) return 'nickname'
    if (!said && NICKNAME_CUE.test(before)) return 'nickname'
  }
  if (!upper || said) return fallback
  if (titleLike && isTitleCase(words)) return 'title'
  if (TITLE_CUE.test(before) && !/[.!?]\s*$/.test(words)) return 'title'
  return fallback
}

/** A lowercase word that is not a minor word (a title keeps only minor words in lower case). */
const LOWER_MAJOR = /(?:^|\s)(?!(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|vs|v|de|la|le|du|des|der|die|das|d')(?:\s|$))\p{Ll}/u

/** Longest title or nickname looked at, in characters. */
const TITLE_MAX_CHARS = 120
const NICKNAME_MAX_CHARS = 40
