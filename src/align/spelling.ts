/**
 * British and US spellings of one word map to one key, by a few suffix and
 * stem rules (not a word list): organise/organize, organisation/organization,
 * analyse/analyze, colour/color, centre/center, defence/defense,
 * catalogue/catalog, travelled/traveled, paediatric/pediatric,
 * programme/program. The key is only ever compared with another key, so a
 * rule that also rewrites a word with no variant ("detour" → "detor") is
 * harmless as long as it rewrites it the same way on both sides.
 *
 * @module
 */

/** Longer tokens (a URL, a run of letters) are not words with spelling variants. */
const MAX_WORD = 40

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // -ise/-ize, -yse/-yze and their inflections (three letters of stem at least: not "wise", "rise").
  [/^(\p{L}{3,})is(e|es|ed|ing|er|ers|ation|ations|ational)$/u, '$1iz$2'],
  [/^(\p{L}{3,})ys(e|es|ed|ing|er|ers)$/u, '$1yz$2'],
  // -our/-or: colour, honours, favoured, behaviour, neighbourhood (not "four", "hour", "your").
  [/^(\p{L}{3,})our(s|ed|ing|ite|ites|able|ably|ful|less|er|ers|hood|hoods)?$/u, '$1or$2'],
  // -tre/-ter, -bre/-ber, -vre/-ver: centre, theatres, fibre, manoeuvre (not "genre", "acre", "entire").
  [/^(\p{L}{2,}[tbv])re(s|d)?$/u, '$1er$2'],
  // -ence/-ense for the nouns that take -ense in US spelling.
  [/^(def|off|pret|lic)ence(s)?$/u, '$1ense$2'],
  // -ogue/-og: catalogue, dialogues, analogue.
  [/^(\p{L}{3,})ogue(s|d)?$/u, '$1og$2'],
  // A doubled l before an ending after an unstressed e: travelled, cancelling, counsellor, labelled.
  [/^(\p{L}{2,}e)ll(ed|ing|er|ers|or|ors)$/u, '$1l$2'],
  // ae/oe in Greek and Latin stems: paediatric, anaemia, haemorrhage, oesophagus, foetus, manoeuvre.
  [/^(p|an|h|orthop|l)ae/u, '$1e'],
  [/^(o|f|man)oe/u, '$1e'],
  [/^programme(s|d)?$/u, 'program$1']
]

/** The spelling key of a lower-case word: British and US spellings give the same key. */
export function spellingKey(word: string): string {
  // Rules apply to whole words (anchored at both ends: one match attempt, linear).
  if (word.length > MAX_WORD) return word
  let key = word
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement)
  return key
}
