import type {Candidate, Matcher, RoleValue} from '../../types.js'
import {isSpace} from '../../segment/chars.js'
import {firstStartingAtOrAfter} from '../span-index.js'
import {findPersonNames, findPersonNamesInBlocks, findRoles, findSurnameMentions, resolvePerson, ROLE_HEADS, type PersonName} from '../people.js'

/**
 * People named with a role or title: "council leader Liam Robinson",
 * "Chancellor Rachel Reeves", "Martin Birch, Director of Education and
 * Children's Services", "Tim Cook, Apple's chief executive". The claim
 * spans role and name. `value.person` is the full name (a surname-only
 * mention resolves to the full name given elsewhere in the article);
 * `value.role` is the role as written, whitespace-normalized, a leading
 * "the"/"a" dropped (compare it case-insensitively). See docs/claims-quotes.md.
 */
export const role: Matcher<RoleValue> = {
  meta: {
    id: 'role',
    kind: 'role',
    description: 'People named with a role or title, before the name ("council leader Liam Robinson") or after it as an appositive ("Tim Cook, Apple\'s chief executive").',
    docs: 'docs/claims-quotes.md'
  },
  match(sentence, ctx) {
    if (!mayHoldRole(ctx.text, sentence.start, sentence.end)) return []
    const known = ctx.memo<readonly PersonName[]>(() => findPersonNamesInBlocks(ctx.text, ctx.blocks))
    const block = ctx.blocks[sentence.block]
    // A sentence that is a whole block: its names were found with the block's (the same search).
    const here =
      block !== undefined && block.start === sentence.start && block.end === sentence.end
        ? startingWithin(known, block.start, block.end)
        : findPersonNames(ctx.text, sentence.start, sentence.end)
    const people = [...here, ...findSurnameMentions(ctx.text, known, here, sentence.start, sentence.end)].sort((a, b) => a.start - b.start)
    const out: Candidate<RoleValue>[] = []
    for (const found of findRoles(ctx.text, people, sentence.start, sentence.end)) {
      const start = found.start - sentence.start
      const end = found.end - sentence.start
      if (start < 0 || end > sentence.text.length || start >= end) continue
      out.push({start, end, value: {type: 'role', person: resolvePerson(found.person, known), role: found.role}})
    }
    return out
  }
}

/**
 * The names of a list sorted by start that start in [start, end): for the
 * list `findPersonNamesInBlocks(text, blocks)` and a block's bounds, the
 * names `findPersonNames(text, block.start, block.end)` gave for that block
 * (each lies inside its block, and blocks do not overlap).
 */
function startingWithin(names: readonly PersonName[], start: number, end: number): PersonName[] {
  const out: PersonName[] = []
  for (let i = firstStartingAtOrAfter(names, start); i < names.length && names[i]!.start < end; i++) out.push(names[i]!)
  return out
}

/**
 * A cheap test that lets most sentences skip name finding: could
 * `findRoles` find a role in text[start, end)? Every role it finds passed
 * `hasRoleHead` on its words, which needs one word `w` whose form
 * (lower-cased, less a trailing `'s`, less every character but `a-z` and
 * `-`) is a role head. A role before a name is made of whole words of the
 * sentence (white-space-delimited), cut on the left only when longer than
 * the 60 characters read before the name. A role after a name ("Tim Cook,
 * Apple's chief executive") ends at a word's end, before `,` `;` `:` `.` or
 * `(` (which may stand inside a word), or at the end of the 240 characters
 * read after the name. So: a sentence of at most 240 characters without a
 * word of 60 or more, none of whose words, nor prefixes of a word ending
 * before one of `,;:.(`, has a role head as its form, gives no role.
 */
export function mayHoldRole(text: string, start: number, end: number): boolean {
  if (end - start > 240) return true
  let wordStart = -1
  const word: WordSoFar = {plain: true, ascii: true, hash: 0, hashBeforeLast: 0}
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 0x20
    if (isSpace(code)) {
      if (wordStart >= 0) {
        if (i - wordStart >= 60 || isRoleWord(text, wordStart, i, word)) return true
        wordStart = -1
      }
      continue
    }
    if (wordStart < 0) {
      wordStart = i
      word.plain = true
      word.ascii = true
      word.hash = 0
      word.hashBeforeLast = 0
    }
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x2d) {
      word.hashBeforeLast = word.hash
      word.hash = (Math.imul(word.hash, 31) + (code === 0x2d ? code : code | 0x20)) | 0
      continue
    }
    // A role after a name may end before these.
    if ((code === 0x2c || code === 0x3b || code === 0x3a || code === 0x2e || code === 0x28) && isRoleWord(text, wordStart, i, word)) return true
    word.plain = false
    if (code >= 0x80) word.ascii = false
  }
  return false
}

/** What {@link mayHoldRole} knows of the word it is reading. */
interface WordSoFar {
  /** Made of ASCII letters and `-` only (its form is then just its lower case)? */
  plain: boolean
  /** Made of ASCII characters only? */
  ascii: boolean
  /**
   * {@link headHash} of its ASCII letters (lower-cased) and `-`, in order:
   * of its form, for an ASCII word not ending in `'s`.
   */
  hash: number
  /** `hash` before its last letter or `-` was added (for a word ending in `'s`: the hash of its form). */
  hashBeforeLast: number
}

/** A hash of a lower-case ASCII word (letters and `-`), computed as {@link mayHoldRole} reads it. */
function headHash(word: string): number {
  let hash = 0
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0
  return hash
}

const LONGEST_HEAD = Math.max(...[...ROLE_HEADS].map((h) => h.length))
const HEAD_HASHES = new Set([...ROLE_HEADS].map(headHash))

/**
 * Is text[start, end) a role head as `hasRoleHead` reads a word (lower
 * case, less `'s`, only `a-z` and `-` kept)? A plain word (ASCII letters and
 * `-`) is its own lower case: its hash must be a head's before it is compared.
 * The form of any ASCII word is its letters (lower-cased) and `-`, less the
 * final `s` after `'`: that hash too must be a head's.
 */
function isRoleWord(text: string, start: number, end: number, word: WordSoFar): boolean {
  if (start >= end) return false
  if (word.plain) return end - start <= LONGEST_HEAD && HEAD_HASHES.has(word.hash) && ROLE_HEADS.has(text.slice(start, end).toLowerCase())
  if (word.ascii) {
    const last = text.charCodeAt(end - 1)
    const possessive = end - start >= 2 && (last === 0x73 || last === 0x53) && text.charCodeAt(end - 2) === 0x27
    if (!HEAD_HASHES.has(possessive ? word.hashBeforeLast : word.hash)) return false
  }
  return ROLE_HEADS.has(text.slice(start, end).toLowerCase().replace(/['’]s$/, '').replace(/[^a-z-]/g, ''))
}
