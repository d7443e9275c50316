/**
 * The time a claim's fact applies to, read near the value: years ("2021/22",
 * "fiscal 2023"), quarters and halves ("third quarter", "Q3", "the
 * quarter"), and times relative to another ("a year earlier", "last year",
 * "the previous quarter", "this year"). Months count for quantities
 * ("sales in March"). A leading adverbial ("In 2021/22, …") applies to
 * the whole sentence.
 *
 * @module
 */

const ORDINAL: Readonly<Record<string, string>> = {first: '1', second: '2', third: '3', fourth: '4', '1st': '1', '2nd': '2', '3rd': '3', '4th': '4'}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december'

/**
 * One pattern per expression, tried left to right; `canon` names what was
 * found in a form the comparison reads back (see {@link timeKeys}).
 */
const PATTERNS: ReadonlyArray<{re: RegExp; canon: (m: RegExpExecArray) => string}> = [
  {re: /\b(?:a|one) year (?:earlier|ago|before|previously)\b|\byear[- ](?:ago|earlier)\b|\bsame (?:period|quarter|time|month) (?:a year ago|last year|in \d{4})\b/y, canon: () => 'a year earlier'},
  {re: /\b(last|previous|prior|preceding) (year|quarter|month|week|season|financial year|fiscal year)\b/y, canon: (m) => `${m[1] === 'last' ? 'last' : 'previous'} ${m[2]}`},
  {re: /\b(this|current) (year|quarter|month|week|season|financial year|fiscal year)\b/y, canon: (m) => `this ${m[2]}`},
  {re: /\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b/y, canon: (m) => `Q${ORDINAL[m[1] as string]}`},
  {re: /\bq([1-4])\b/y, canon: (m) => `Q${m[1]}`},
  {re: /\b(first|second|1st|2nd)[- ]half\b/y, canon: (m) => `H${ORDINAL[m[1] as string]}`},
  {re: /\b(?:full[- ]year|the (?:whole|full) year)\b/y, canon: () => 'full year'},
  {re: /\bthe (quarter|half[- ]year|year|period)\b(?![- ](?:ago|earlier|before|end|old|long|to))/y, canon: (m) => `the ${m[1]}`},
  {re: /\b(?:fiscal|financial year|fy)\s?'?(\d{2}(?:\d{2})?)\b/y, canon: (m) => `FY${(m[1] as string).length === 2 ? `20${m[1]}` : m[1]}`},
  {re: /\b(1[89]\d\d|2[01]\d\d)(?:\s*[/–-]\s*(\d{2}(?:\d{2})?))?\b/y, canon: (m) => (m[2] ? `${m[1]}/${(m[2] as string).slice(-2)}` : (m[1] as string))},
  {re: new RegExp(`\\b(${MONTHS})\\b`, 'y'), canon: (m) => (m[1] as string)[0]!.toUpperCase() + (m[1] as string).slice(1)}
]

/** Words before a time that make it the base of a comparison. */
const COMPARISON_BASE = /\b(?:over|from|than|on|versus|vs\.?|with|against)\s+(?:the\s+)?$/

/** Global copies of {@link PATTERNS}, for one native scan each. */
const GLOBAL = PATTERNS.map(({re, canon}) => ({re: new RegExp(re.source, 'g'), canon}))

/** Something any pattern needs: a digit or one of the time words. */
const HINT = new RegExp(`\\d|year|quarter|half|period|ago|earlier|fiscal|\\bfy|\\bq[1-4]|month|week|season|${MONTHS}`)

/** Time expressions in `text` (lowercase it first), in order, each once. */
export function timeExpressions(text: string, months: boolean): string[] {
  const lower = text.toLowerCase()
  if (!HINT.test(lower)) return []
  // Every pattern scans the text once; at a position the earliest pattern wins, and a match hides those it overlaps.
  const found: Array<{at: number; end: number; rank: number; value: string}> = []
  GLOBAL.forEach(({re, canon}, rank) => {
    re.lastIndex = 0
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      found.push({at: m.index, end: m.index + m[0].length, rank, value: canon(m)})
      if (m[0].length === 0) re.lastIndex++
    }
  })
  found.sort((x, y) => x.at - y.at || x.rank - y.rank)
  const out: string[] = []
  let covered = 0
  for (const f of found) {
    if (f.at < covered) continue
    covered = f.end
    const isMonth = /^[A-Z][a-z]+$/.test(f.value)
    // "rose 26% over last year", "up from a year earlier": the base of a comparison, not the figure's own time.
    const base = COMPARISON_BASE.test(lower.slice(Math.max(0, f.at - 14), f.at))
    if ((!isMonth || months) && !base && !out.includes(f.value)) out.push(f.value)
  }
  return out
}

/** What {@link timeExpressions} found, as comparison keys: `y:2021`, `fy:2005` (a fiscal year), `q:3`, `h:1`, `p:quarter` / `p:half` / `p:year` (the length of the period), `rel:previous`, `rel:current`, `last:year`, `m:march`. */
export function timeKeys(time: string | null | undefined): Set<string> {
  const keys = new Set<string>()
  if (!time) return keys
  for (const part of time.split(', ')) {
    let m: RegExpMatchArray | null
    // "last quarter" in a results story is often the quarter reported: only "previous", "prior" and "a year earlier" say earlier.
    if (part === 'a year earlier' || /^previous /.test(part)) keys.add('rel:previous')
    else if (/^last /.test(part)) keys.add(`last:${part.slice(5)}`)
    else if (/^this /.test(part)) keys.add('rel:current')
    if ((m = /^this (year|quarter|month|week|financial year|fiscal year)$/.exec(part))) keys.add(`p:${/year/.test(m[1] as string) ? 'year' : m[1]}`)
    else if ((m = /^Q([1-4])$/.exec(part))) keys.add(`q:${m[1]}`).add('p:quarter')
    else if ((m = /^H([12])$/.exec(part))) keys.add(`h:${m[1]}`).add('p:half')
    else if (part === 'the quarter') keys.add('rel:current').add('p:quarter')
    else if (part === 'the half-year' || part === 'the half year') keys.add('rel:current').add('p:half')
    else if (part === 'the year' || part === 'full year') keys.add('p:year')
    else if (part === 'the period') keys.add('rel:current')
    // A fiscal year is compared with fiscal years only: Apple's fiscal 2005 began in October 2004.
    else if ((m = /^FY(\d{4})$/.exec(part))) keys.add(`fy:${m[1]}`).add('p:year')
    else if ((m = /^(\d{4})(?:\/(\d{2}))?$/.exec(part))) {
      keys.add(`y:${m[1]}`)
      if (m[2]) keys.add(`y:${Math.floor(Number(m[1]) / 100) * 100 + Number(m[2])}`)
    } else if (/^[A-Z][a-z]+$/.test(part)) keys.add(`m:${part.toLowerCase()}`)
  }
  // "The first quarter of fiscal 2005" is a quarter: the fiscal year names which, not how long.
  if (keys.has('p:quarter') || keys.has('p:half')) keys.delete('p:year')
  return keys
}

/** Words after which a figure's own stretch of the sentence starts ("from 27.2% a year ago to 31.2% in the quarter"). */
const CONNECTIVES: ReadonlySet<string> = new Set(['to', 'from', 'versus', 'vs', 'compared', 'against', 'and', 'while', 'but', 'whereas', 'than'])

interface WindowToken {
  lower: string
  figure: 'money' | 'percent' | 'number' | null
  breakBefore: boolean
}

const isYear = (t: WindowToken) => /^(1[89]|2[01])\d\d(?:[/–-]\d{2,4})?$/.test(t.lower)
const isFigure = (t: WindowToken) => t.figure !== null && !isYear(t)

/**
 * The tokens a figure's time is read from: `[leftFrom, first)` and
 * `(last, rightTo)`, at most `reach` tokens either side. On the left, not
 * past the clause start nor into another figure's stretch (after another
 * figure, only what follows a connective such as "to"); on the right, up
 * to the next figure (one in an apposition, "or 40 cents a share", is
 * passed over).
 */
export function timeWindow(tokens: readonly WindowToken[], first: number, last: number, clauseStart: number, reach: number): {leftFrom: number; rightTo: number} {
  let leftFrom = Math.max(clauseStart, first - reach)
  let previous = -1
  for (let i = leftFrom; i < first; i++) if (isFigure(tokens[i] as WindowToken)) previous = i
  if (previous !== -1) {
    let connective = -1
    for (let i = previous + 1; i < first; i++) if (CONNECTIVES.has((tokens[i] as WindowToken).lower)) connective = i
    leftFrom = connective === -1 ? first : connective + 1
  }
  let rightTo = last + 1
  for (let i = last + 1; i < tokens.length && i - last <= reach; i++) {
    const t = tokens[i] as WindowToken
    if (isFigure(t)) {
      const before = tokens[i - 1] as WindowToken
      if (before.lower !== 'or' && !t.breakBefore) break
      // An apposition: pass over it to the next clause break.
      let j = i + 1
      while (j < tokens.length && j - last <= reach && !(tokens[j] as WindowToken).breakBefore) j++
      i = j - 1
      continue
    }
    rightTo = i + 1
  }
  return {leftFrom, rightTo}
}
