/**
 * Days named relative to publication: "today", "yesterday", "tomorrow",
 * "tonight" and weekdays ("on Tuesday", "last Friday", "next Monday").
 *
 * @module
 */
import {type Anchor, resolveOn} from '../../normalize/date-anchor.js'
import {addDays, type Day, point} from '../../normalize/date-relative.js'
import type {DateMatch} from './scan.js'

/** A text without one of these words has no day word. */
export const DAY_CUE = /today|tonight|yesterday|tomorrow|day\b/i
// No `u` flag on this global scan; \b is enough for English words.
const DAY_WORD = /\b(?:(on|last|this|next)\s+)?(today|tonight|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi
const WEEKDAY_INDEX: Readonly<Record<string, number>> = {monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 0}
/** Words that say a weekday is ahead of publication: "will meet on Friday", "is due on Monday". */
const FUTURE_CUE = /(?<![A-Za-z])(?:will|'ll|’ll|shall|(?:is|are) due|(?:is|are) set to|(?:is|are) expected to|scheduled|plans? to|planning to|going to)(?![A-Za-z])/gi
/** Words that put the clause in the past, so a later weekday is past: "said on Tuesday it will …". */
const PAST_CUE = /(?<![A-Za-z])(?:said|says|announced|reported|told|confirmed|revealed|was|were|had|did)(?![A-Za-z])/gi

/**
 * "today", "yesterday", "tomorrow", "tonight" and weekdays ("on Tuesday",
 * "last Friday", "next Monday"), as days relative to the publication date.
 * A weekday is the latest such day on or before publication (news reports
 * what happened), unless the clause looks ahead ("will", "is due to") or
 * says "next": then the first such day after it. Without a publication date
 * the value has no parts (anchor `unknown`). Left out: a weekday written
 * next to a full date (that date is the claim: "Tuesday 14 March 2023"), and
 * names ("Black Friday", "the Sunday Times", "BBC Radio 4's Today").
 */
export function findDayWords(text: string, found: readonly DateMatch[], anchor: Anchor | undefined): DateMatch[] {
  const out: DateMatch[] = []
  DAY_WORD.lastIndex = 0
  for (let m = DAY_WORD.exec(text); m !== null; m = DAY_WORD.exec(text)) {
    const start = m.index
    const end = start + m[0].length
    const which = m[1]?.toLowerCase()
    const word = m[2]!
    const lower = word.toLowerCase()
    const weekday = WEEKDAY_INDEX[lower]
    // Next to or inside another date ("Tuesday 14 March", "Wednesday, December 9").
    if (found.some((f) => f.start < end + 4 && start - 4 < f.end)) continue
    // A weekday is capitalized; "Today" mid-sentence is a name (the Today programme).
    if (weekday !== undefined && !/^\p{Lu}/u.test(word)) continue
    if (weekday === undefined && /^\p{Lu}/u.test(word) && text.slice(0, start).trim() !== '' && m[1] === undefined) continue
    // A name: "Black Friday", "Super Tuesday", "the Sunday Times", "Sunday Telegraph".
    const previous = lastWord(text.slice(Math.max(0, start - 20), start))
    if (m[1] === undefined && previous !== undefined && /^\p{Lu}/u.test(previous) && !/^(?:Late|Early|By|Until|Since|From|And|But|Then|Also)$/.test(previous)) continue
    if (/^\s+\p{Lu}/u.test(text.slice(end, end + 2)) || /^['’]s(?![A-Za-z])/.test(text.slice(end, end + 3))) continue
    const future = which === 'next' || (which !== 'last' && weekday !== undefined && looksAhead(text.slice(0, start)))
    const dayOn = (on: Day): Day => {
      if (weekday === undefined) return addDays(on, lower === 'yesterday' ? -1 : lower === 'tomorrow' ? 1 : 0)
      const today = new Date(Date.UTC(on.year, on.month - 1, on.day)).getUTCDay()
      const back = (today - weekday + 7) % 7
      const ahead = (weekday - today + 7) % 7 || 7
      return addDays(on, future ? ahead : -(which === 'last' ? back || 7 : back))
    }
    const resolved = anchor
      ? resolveOn(anchor, (on) => {
          const d = dayOn(on)
          const p = point(d.year, d.month, d.day)
          return {start: p, end: {...p}, implied: ['year', 'month', 'day']}
        })
      : undefined
    const known = resolved !== undefined && resolved.implied.length > 0
    out.push({
      start,
      end,
      value: {type: 'date', start: known ? resolved.start : {}, end: known ? resolved.end : {}, granularity: 'day', assigned: [], implied: known ? resolved.implied : [], anchor: known ? 'publication' : 'unknown', relation: 'at'}
    })
  }
  return out
}

/** The last run of non-space characters (a backward scan: an unanchored `\S+\s*$` is quadratic). */
function lastWord(text: string): string | undefined {
  let end = text.length
  while (end > 0 && text[end - 1]!.trim() === '') end--
  let start = end
  while (start > 0 && text[start - 1]!.trim() !== '') start--
  return start < end ? text.slice(start, end) : undefined
}

/** Does the clause before a weekday look ahead (a future cue after the last past-tense cue)? */
function looksAhead(before: string): boolean {
  let future = -1
  let past = -1
  FUTURE_CUE.lastIndex = 0
  for (let m = FUTURE_CUE.exec(before); m !== null; m = FUTURE_CUE.exec(before)) future = m.index
  PAST_CUE.lastIndex = 0
  for (let m = PAST_CUE.exec(before); m !== null; m = PAST_CUE.exec(before)) past = m.index
  return future > past
}
