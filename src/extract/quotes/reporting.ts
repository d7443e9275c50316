/**
 * Reporting verbs: the words that attribute speech ("said", "told",
 * "warned", "according to").
 *
 * @module
 */
import type {Span} from '../../types.js'
import {matchesIn, nextMatch} from '../next-match.js'
import {partitionPoint} from '../span-index.js'

/** Reporting verbs in the forms news uses (past, present, -ing). */
export const REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'say', 'saying', 'added', 'adds', 'adding', 'told', 'tells', 'telling', 'explained', 'explains',
  'explaining', 'warned', 'warns', 'warning', 'insisted', 'insists', 'insisting', 'claimed', 'claims', 'claiming',
  'stated', 'states', 'stating', 'continued', 'continues', 'argued', 'argues', 'arguing', 'admitted', 'admits',
  'admitting', 'conceded', 'concedes', 'conceding', 'described', 'describes', 'describing', 'wrote', 'writes',
  'writing', 'asked', 'asks', 'replied', 'replies', 'noted', 'notes', 'noting', 'commented', 'comments', 'urged',
  'urges', 'urging', 'stressed', 'stresses', 'stressing', 'declared', 'declares', 'announced', 'announces',
  'acknowledged', 'acknowledges', 'confirmed', 'confirms', 'revealed', 'reveals', 'suggested', 'suggests',
  'maintained', 'maintains', 'responded', 'responds', 'remarked', 'recalled', 'recalls', 'observed', 'tweeted',
  'posted', 'testified', 'concluded', 'concludes', 'reiterated', 'promised', 'promises', 'vowed', 'vows',
  'predicted', 'boasted', 'joked', 'cautioned', 'countered', 'emphasised', 'emphasized', 'emphasises',
  'emphasizes', 'highlighted', 'called', 'calling', 'branded', 'branding', 'labelled', 'labeled', 'dubbed',
  'found', 'finds', 'concluding', 'accused', 'accusing', 'blamed', 'agreed', 'complained', 'pleaded',
  'demanded', 'announced', 'quipped', 'shouted', 'whispered', 'answered', 'mused', 'assured', 'reported',
  'reports', 'commenting', 'describing', 'went on', 'pointed out', 'points out'
]

/** Verbs that end a passive "was said to" / "is described as": not an attribution by the subject. */
const BE = /(?:^|[^\p{L}])(?:was|were|is|are|been|being|be)\s+$/iu

const VERB_SOURCE = `(?:${[...new Set(REPORTING_VERBS)].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|')})`

/** The reporting-verb regex; scanned with {@link matchesIn} where {@link verbsIn} cannot be used. */
const VERB = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:(according\\s+to)|(${VERB_SOURCE}))(?![\\p{L}\\p{N}'’-])`, 'giu')
/** The same at one position (sticky). */
const VERB_AT = new RegExp(VERB.source, 'iuy')

/**
 * Where {@link VERB} may match: the same words after a `\b`, without the `u`
 * flag (which makes V8 scan a case-insensitive alternation several times
 * slower). Every position where VERB matches is one where this matches,
 * unless the text holds "_" (a word character for `\b`, not a letter for
 * VERB), "ſ" (U+017F, which `iu` matches to "s") or the Kelvin sign (U+212A,
 * "k"): such texts are scanned with VERB itself. Scanned with
 * {@link nextMatch}, which remembers its last search.
 */
const VERB_CUE = new RegExp(`\\b(?:according\\s+to|${VERB_SOURCE})`, 'gi')

let lastText: string | undefined
let lastPlain = false
/** Can {@link verbsIn} scan this text (no "_", "ſ" or Kelvin sign)? Remembered for the last text. */
function cueable(text: string): boolean {
  if (text !== lastText) {
    lastText = text
    lastPlain = !/[_\u017f\u212a]/.test(text)
  }
  return lastPlain
}

/**
 * The matches of {@link VERB} that start in [start, end), as
 * `matchesIn(VERB, text, start, end)` gives them.
 */
function* verbsIn(text: string, start: number, end: number): Generator<RegExpExecArray> {
  if (!cueable(text)) {
    yield* matchesIn(VERB, text, start, end)
    return
  }
  let from = start
  for (;;) {
    const cue = nextMatch(VERB_CUE, text, from)
    if (cue === null || cue.index >= end) return
    VERB_AT.lastIndex = cue.index
    const match = VERB_AT.exec(text)
    if (match === null) {
      from = cue.index + 1
      continue
    }
    yield match
    from = match.index + match[0].length
  }
}

/** A reporting verb occurrence. */
export interface VerbHit {
  start: number
  end: number
  verb: string
  /** "was said to", "is described as": the subject is not the speaker. */
  passive: boolean
  /** "according to": the source follows. */
  according: boolean
}

/**
 * All reporting verbs (and "according to") in `text` between `start` and `end`.
 *
 * With `index` (the verbs of windows of the same text, found once by
 * {@link indexReportingVerbs}), a range inside one window is answered from
 * it; the hits are the same (see {@link indexedFrom}).
 */
export function findReportingVerbs(text: string, start: number, end: number, index?: VerbIndex): VerbHit[] {
  const hits: VerbHit[] = []
  const first = index === undefined ? -1 : indexedFrom(index, text, start, end)
  if (first === -1) {
    for (const m of verbsIn(text, start, end)) {
      const hitEnd = m.index + m[0].length
      if (hitEnd > end) break
      hits.push(verbHit(text, start, m.index, hitEnd, m[1] !== undefined))
    }
    return hits
  }
  const {starts, ends, according} = index!
  for (let i = first; i < starts.length && starts[i]! < end; i++) {
    if (ends[i]! > end) break
    hits.push(verbHit(text, start, starts[i]!, ends[i]!, according[i]!))
  }
  return hits
}

/** The hit of a verb match at [at, hitEnd) found by a scan from `start`. */
function verbHit(text: string, start: number, at: number, hitEnd: number, according: boolean): VerbHit {
  const before = text.slice(Math.max(start, at - 12), at)
  return {start: at, end: hitEnd, verb: text.slice(at, hitEnd).toLowerCase(), passive: !according && BE.test(before), according}
}

/**
 * The reporting-verb matches of a text's windows (an article's blocks), each
 * window scanned once from its start as {@link findReportingVerbs} scans it.
 * Build one per article; it answers ranges of that text only.
 */
export interface VerbIndex {
  readonly text: string
  /** The windows, in order, not overlapping. */
  readonly windows: readonly Span[]
  /** Per window, the position in the match arrays of its first match; one more entry, their length. */
  readonly firstOfWindow: readonly number[]
  /** Per match, in text order: start, end, and whether it is "according to". */
  readonly starts: readonly number[]
  readonly ends: readonly number[]
  readonly according: readonly boolean[]
}

/** Find the reporting-verb matches of `windows` of `text` (sorted, not overlapping) once. */
export function indexReportingVerbs(text: string, windows: readonly Span[]): VerbIndex {
  const firstOfWindow: number[] = []
  const starts: number[] = []
  const ends: number[] = []
  const according: boolean[] = []
  for (const window of windows) {
    firstOfWindow.push(starts.length)
    for (const m of verbsIn(text, window.start, window.end)) {
      starts.push(m.index)
      ends.push(m.index + m[0].length)
      according.push(m[1] !== undefined)
    }
  }
  firstOfWindow.push(starts.length)
  return {text, windows, firstOfWindow, starts, ends, according}
}

/**
 * Where the matches a scan of [start, end) finds begin in `index`, or -1
 * when the index cannot answer (then the text is scanned).
 *
 * The index holds, for a window [ws, we), the matches of a scan from `ws`:
 * each the leftmost match at or after the end of the one before. For
 * ws <= start and end <= we, let k be the first of them starting at or
 * after `start`. When the match before k ends at or before `start`, no
 * position in [start, k) matches (the scan tried them all after that
 * match), and whether a position matches does not depend on where the
 * scan started (the lookbehind reads the text before it): so a scan from
 * `start` finds k, then the same matches as the window's scan, of which
 * those starting before `end` are in the index. A match straddling `start`,
 * a range outside one window, another text, or a start inside a surrogate
 * pair (where a unicode regex steps back) are left to the scan.
 */
function indexedFrom(index: VerbIndex, text: string, start: number, end: number): number {
  if (index.text !== text || isTrailSurrogate(text.charCodeAt(start))) return -1
  const w = windowAt(index.windows, start)
  if (w === -1 || end > index.windows[w]!.end) return -1
  const {starts, ends} = index
  const lo = index.firstOfWindow[w]!
  const hi = index.firstOfWindow[w + 1]!
  const first = lo + partitionPoint(hi - lo, (i) => starts[lo + i]! < start)
  return first > lo && ends[first - 1]! > start ? -1 : first
}

/** The window containing `offset` (windows sorted, not overlapping), or -1. */
function windowAt(windows: readonly Span[], offset: number): number {
  const after = partitionPoint(windows.length, (i) => windows[i]!.start <= offset)
  return after > 0 && offset < windows[after - 1]!.end ? after - 1 : -1
}

function isTrailSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
