/**
 * Reporting verbs: the words that attribute speech ("said", "told",
 * "warned", "according to").
 *
 * @module
 */
import {matchesIn} from '../next-match.js'

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

/** Scanned with {@link matchesIn}, which remembers its last search: one instance for all calls. */
const VERB = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:(according\\s+to)|(${VERB_SOURCE}))(?![\\p{L}\\p{N}'’-])`, 'giu')

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
  for (const m of matchesIn(VERB, text, start, end)) {
    const hitEnd = m.index + m[0].length
    if (hitEnd > end) break
    const before = text.slice(Math.max(start, m.index - 12), m.index)
    hits.push({start: m.index, end: hitEnd, verb: m[0].toLowerCase(), passive: m[1] === undefined && BE.test(before), according: m[1] !== undefined})
  }
  return hits
}
