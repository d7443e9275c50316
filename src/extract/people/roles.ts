/**
 * Roles: people named with a role or title ("council leader Liam
 * Robinson", "Tim Cook, Apple's chief executive").
 *
 * @module
 */
import {hasRoleHead, isRoleHead, precedingWord} from './words.js'
import {findPersonNames, type PersonName} from './names.js'
import type {Span} from '../../types.js'

/** Words that end a role phrase when reading leftwards from a name. */
const ROLE_STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'by', 'for', 'from', 'with', 'at', 'in', 'on', 'as', 'that',
  'this', 'when', 'while', 'who', 'which', 'said', 'says', 'told', 'added', 'according', 'is', 'was', 'were', 'are',
  'be', 'been', 'has', 'had', 'have', 'his', 'her', 'their', 'its', 'our', 'it', 'he', 'she', 'they', 'we', 'after',
  'before', 'since', 'between', 'praised', 'criticised', 'criticized', 'appointed', 'named', 'new', 'newly', 'former', 'ex',
  'then', 'also', 'not', 'about', 'against', 'into', 'over', 'under', 'than', 'like', 'including', 'did', 'does',
  'do', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'if', 'so', 'because', 'why', 'how'
])

/** A word of the text with its offsets. */
interface Token {
  text: string
  start: number
  end: number
}

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
