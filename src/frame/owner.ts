/**
 * Whose a claim's fact is: the organisation, place or person it belongs to,
 * read from names near the value: a possessive ("Sefton Council's
 * overspend"), a name before the concept ("Apple revenue"), `at/for/by X`
 * after it ("the deficit at Sefton Council"; not `in X`, which as often
 * names what is measured: "growth in Macs"), the holder of a share
 * ("International sales accounted for 42% of revenue"), or the
 * subject of a verb that books a figure ("Rovers paid £12m").
 *
 * @module
 */
import {subjectOf} from './phrases.js'
import type {FrameToken} from './tokens.js'

/** Verbs whose subject owns the figure they book. */
const BOOKING_VERBS: ReadonlySet<string> = new Set(
  (
    'reported posted recorded made earned lost raised paid spent invested committed agreed signed cut announced generated ' +
    'booked delivered pays spends invests commits earns loses makes raises posts reports records plans planned pledged promised ' +
    'has had have employs employed'
  ).split(/\s+/)
)

/** Verbs that give a part's share of a whole: "X accounted for 42% of revenue". */
const SHARE_VERBS: ReadonlySet<string> = new Set('account accounts accounted represent represents represented comprise comprises comprised make makes made generated'.split(' '))

/** How far (in tokens) from the value an owner is looked for. */
const REACH = 12

/** The run of name tokens ending at token `end` (inclusive), as a string, or null. */
function nameRunEndingAt(tokens: readonly FrameToken[], end: number): string | null {
  const parts: string[] = []
  for (let i = end; i >= 0 && end - i < 6; i--) {
    const t = tokens[i] as FrameToken
    // Inside a run, any capitalised word but a function word belongs to it ("Advanced Micro Devices").
    if (t.cls !== 'name' && !(parts.length > 0 && t.cap && (t.cls === 'noun' || t.cls === 'adj' || t.cls === 'verb'))) break
    parts.unshift(t.text.replace(/[’']s$|[’']$/u, ''))
    if (t.breakBefore) break
  }
  return parts.length ? parts.join(' ') : null
}

/** The run of name tokens starting at token `start`, as a string, or null. */
function nameRunStartingAt(tokens: readonly FrameToken[], start: number): string | null {
  const parts: string[] = []
  for (let i = start; i < tokens.length && i - start < 6; i++) {
    const t = tokens[i] as FrameToken
    if (parts.length > 0 && t.breakBefore) break
    if (t.cls !== 'name') break
    parts.push(t.text.replace(/[’']s$|[’']$/u, ''))
    if (t.possessive) break
  }
  return parts.length ? parts.join(' ') : null
}

/**
 * The owner of the fact whose value covers tokens `[first, last]` and whose
 * concept starts at token `conceptStart` (or -1), within the clause
 * `[clauseStart, clauseEnd)`.
 */
export function ownerOf(tokens: readonly FrameToken[], first: number, last: number, conceptStart: number, clauseStart: number, clauseEnd: number): string | null {
  // A possessive name before the value, in its clause: "Sefton Council's overspend".
  for (let i = first - 1; i >= Math.max(clauseStart, first - REACH); i--) {
    const t = tokens[i] as FrameToken
    if (t.possessive && t.cap) return nameRunEndingAt(tokens, i)
  }
  // A name right before the concept: "Apple revenue".
  if (conceptStart > 0 && conceptStart - 1 >= clauseStart) {
    const before = tokens[conceptStart - 1] as FrameToken
    if (before.cls === 'name' && !(tokens[conceptStart] as FrameToken).breakBefore) {
      const run = nameRunEndingAt(tokens, conceptStart - 1)
      if (run) return run
    }
  }
  // "at / for / in X" after the value: "the deficit at Sefton Council".
  for (let i = last + 1; i < Math.min(clauseEnd, last + 5); i++) {
    const t = tokens[i] as FrameToken
    if (['at', 'for', 'by'].includes(t.lower) && i + 1 < clauseEnd && !(tokens[i + 1] as FrameToken).breakBefore) {
      const run = nameRunStartingAt(tokens, i + 1)
      if (run) return run
    }
    if (t.cls === 'num' || t.cls === 'verb') break
  }
  // The holder of a share: "International sales accounted for 42 percent of revenue".
  const before = tokens[first - 1]
  const verb = before && before.lower === 'for' ? tokens[first - 2] : before
  if (verb && SHARE_VERBS.has(verb.lower) && tokens[last + 1]?.lower === 'of') {
    const holder = subjectOf(tokens, tokens.indexOf(verb))
    if (holder.length) return holder.map((i) => (tokens[i] as FrameToken).text).join(' ')
  }
  // The subject of a verb that books the figure: "Rovers paid £12m".
  for (let i = first - 1; i > Math.max(clauseStart, first - REACH); i--) {
    const t = tokens[i] as FrameToken
    if (t.cls === 'verb' && BOOKING_VERBS.has(t.lower)) {
      const subject = tokens[i - 1] as FrameToken
      if ((subject.cls === 'name' || (subject.cap && (subject.cls === 'noun' || subject.cls === 'adj'))) && !t.breakBefore) return nameRunEndingAt(tokens, i - 1) ?? subject.text
      break
    }
    if (t.cls === 'num') break
  }
  return null
}
