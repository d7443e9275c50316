/**
 * Lines that date a page: an article's own dateline ("Published: Monday,
 * March 3, 2014 at 9:12 a.m.", "Updated 10:32 GMT, 4 March 2014", "Last
 * Modified: …", a bare "17 Jan 2007", "January 17, 2007 | By Jane Roe"), and
 * the dates of other pages in lists of related headlines ("Quake toll rises
 * to 2,000 | 8 Oct 2023"). Neither is a claim of the article. An article's
 * own dateline at the top of the page also tells its publication date when
 * the metadata does not.
 *
 * General rules only: the shape of the line (a date label, nothing but date
 * and time words, a separator between a date and a byline or a headline).
 *
 * @module
 */
import type {Block, ExcludedRange} from '../types.js'
import {findDates} from '../extract/date/index.js'

/** A line that is a date label: the label and what follows it. */
const LABELLED = /^[-–—•*·|]?\s*(first published|originally published|last updated|last modified|published|updated|posted|modified)(?![a-z])[\s:]*(?:on\s+)?(.*)$/i

/** Separators between the parts of a one-line header or a related-headline row. */
const SEPARATOR = /[|•·]|\s[-–—]\s/

const BYLINE = /^[Bb][Yy]\s+\p{Lu}[\p{L}'’.-]*(\s+(and\s+)?\p{Lu}[\p{L}'’.-]*){0,4}(\s*[,|–—-]\s*.{0,60})?$/u

const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/i
const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*$/i
const TIME_WORD = /^(at|on|ago|hours?|hrs?|minutes?|mins?|days?|weeks?|am|pm|gmt|bst|utc|z|et|pt|ct|mt|[a-z]{2,4}t)$/i

/**
 * Only date and time words: digits, month names, weekdays, "at", "ago",
 * a.m./p.m., time zones; at least one digit. The empty string is date-like
 * (a bare "Published" label).
 */
export function isDateLike(rest: string): boolean {
  const r = rest.trim().replace(/\b([ap])\.\s?m\.?/gi, '$1m')
  if (r === '') return true
  return /\d/.test(r) && r.split(/[\s,./:()-]+/).every((token) => token === '' || /^\d+(st|nd|rd|th|am|pm|h)?$/i.test(token) || MONTH.test(token) || WEEKDAY.test(token) || TIME_WORD.test(token))
}

/**
 * Date-like and naming a day of a year ("17 Jan 2007", "2007-01-17",
 * "17/01/2007"), or a time ago ("3 hours ago"). A month or a year alone
 * ("June 2021") is not enough: it may be a value of the text.
 */
function namesDate(text: string): boolean {
  if (!isDateLike(text) || text.trim() === '') return false
  if (/\bago\b/i.test(text) || /(?:^|\s)\d{4}-\d{2}-\d{2}/.test(text) || /(?:^|\s)\d{1,2}\/\d{1,2}\/\d{2,4}\b/.test(text)) return true
  const tokens = text.split(/[\s,./:()-]+/)
  const year = tokens.some((t) => /^(1[89]|20)\d\d$/.test(t))
  const month = tokens.some((t) => MONTH.test(t))
  const day = tokens.some((t) => /^\d{1,2}(st|nd|rd|th)?$/i.test(t))
  return year && month && day
}

export type DatelineKind = 'labelled' | 'bare' | 'byline' | 'headline'

/** What a date line is. */
export interface DateLine {
  kind: DatelineKind
  /** For a labelled line: which label (an update is not the first publication). */
  label: 'published' | 'updated' | null
}

/**
 * Classify one line (whitespace-normalized, with its word count) as a date
 * line, or `null`:
 * - `labelled`: a date label followed by at most a date ("Published: …");
 * - `bare`: nothing but a date and time ("17 Jan 2007", "10:32 GMT, 4 March 2014");
 * - `byline`: a date and a byline, or the page's own outlet name, on one line
 *   ("January 17, 2007 | By Jane Roe", "The Harbour Gazette - May 2, 2016");
 * - `headline`: a headline with a date, as in a list of related articles
 *   ("Quake toll rises to 2,000 | 8 Oct 2023", "3 hours ago - Markets slide").
 */
export function classifyDateLine(text: string, words: number, outlet?: string): DateLine | null {
  const labelled = LABELLED.exec(text)
  if (labelled && words <= 12 && isDateLike(labelled[2] ?? '')) {
    return {kind: 'labelled', label: /updated|modified/i.test(labelled[1]!) ? 'updated' : 'published'}
  }
  if (words > 25) return null
  if (words <= 10 && namesDate(text)) return {kind: 'bare', label: null}
  const parts = text.split(SEPARATOR).filter((part) => part.trim() !== '')
  if (parts.length < 2) return null
  const dated = parts.map((part) => namesDate(part))
  if (!dated.some(Boolean) || dated.every(Boolean)) return null
  const others = parts.filter((_, i) => !dated[i])
  const own = outlet === undefined ? '' : sameWords(outlet)
  if (others.every((part) => BYLINE.test(part.trim()) || (own !== '' && sameWords(part) === own))) return {kind: 'byline', label: null}
  // A related headline: the date at one end, headline text without a closing full stop.
  const dateAtEnd = dated[0] === true || dated[dated.length - 1] === true
  if (dateAtEnd && !/[.!?]["'”’)]*$/.test(text) && others.every((part) => /\p{L}/u.test(part))) return {kind: 'headline', label: null}
  return null
}

/** Lowercase words of a name, for comparing an outlet named in a line with the metadata's. */
function sameWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** The exclusion verdict of a date line. */
export function dateLineVerdict(line: DateLine): {rule: string; reason: string} {
  switch (line.kind) {
    case 'labelled':
      return {rule: 'chrome/dateline', reason: 'a "Published/Updated" label with at most a date: page furniture, not a sentence of the article'}
    case 'bare':
      return {rule: 'chrome/dateline', reason: 'a line holding only a date and time: the page\'s dateline, not a sentence of the article'}
    case 'byline':
      return {rule: 'chrome/dateline', reason: 'a dateline and a byline on one line: page furniture, not a sentence of the article'}
    case 'headline':
      return {rule: 'chrome/link-list', reason: 'a headline with its date: a link to another article, not a sentence of this one'}
  }
}

/** The date a dateline gives, at the precision it gives (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), or null. */
export function datelineDate(text: string): string | null {
  for (const match of findDates(text, {standalone: true})) {
    const {start, anchor} = match.value
    if (anchor !== 'absolute' || start.year === undefined) continue
    const y = String(start.year).padStart(4, '0')
    if (start.month === undefined) return y
    const m = String(start.month).padStart(2, '0')
    return start.day === undefined ? `${y}-${m}` : `${y}-${m}-${String(start.day).padStart(2, '0')}`
  }
  return null
}

/** Lines before the first article paragraph of at least this many words are "at the top". */
const TOP_PARAGRAPH_WORDS = 20

/**
 * The publication date the article's own dateline gives: from the
 * `chrome/dateline` lines at the top of the page (before the first kept
 * paragraph of {@link TOP_PARAGRAPH_WORDS}+ words), a "Published" line
 * first, then an unlabelled one, then an "Updated" one. Offsets are text-view
 * offsets into `text`. `undefined` when there is none or it gives no date.
 */
export function publishedFromDateline(text: string, kept: readonly Block[], excluded: readonly ExcludedRange[]): string | undefined {
  const body = kept.find((block) => text.slice(block.start, block.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= TOP_PARAGRAPH_WORDS)
  const top = excluded.filter((range) => range.rule === 'chrome/dateline' && (body === undefined || range.end <= body.start))
  const ranked = top
    .map((range, order) => {
      const line = text.slice(range.start, range.end).replace(/\s+/g, ' ').trim()
      const label = LABELLED.exec(line)
      const rank = label === null ? 1 : /updated|modified/i.test(label[1]!) ? 2 : 0
      return {line, rank, order}
    })
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
  for (const {line} of ranked) {
    const date = datelineDate(line)
    if (date !== null) return date
  }
  return undefined
}
