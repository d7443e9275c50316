/**
 * Reporting verbs: the words that attribute speech ("said", "told",
 * "warned", "according to").
 *
 * @module
 */
import {matchesIn, nextMatch} from '../next-match.js'

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

/** All reporting verbs (and "according to") in `text` between `start` and `end`. */
export function findReportingVerbs(text: string, start: number, end: number): VerbHit[] {
  const hits: VerbHit[] = []
  for (const m of verbsIn(text, start, end)) {
    const hitEnd = m.index + m[0].length
    if (hitEnd > end) break
    const before = text.slice(Math.max(start, m.index - 12), m.index)
    hits.push({start: m.index, end: hitEnd, verb: m[0].toLowerCase(), passive: m[1] === undefined && BE.test(before), according: m[1] !== undefined})
  }
  return hits
}
