/**
 * Abbreviations that end in a full stop without ending the sentence, and the
 * words that tell an ambiguous one apart.
 *
 * Each abbreviation has a class that says how the segmenter decides what a
 * full stop after it means (see docs/segmentation.md):
 *
 * - `title`: always followed by a name ("Mr.", "Dr.", "Cllr.", "Sgt."): never a boundary.
 * - `inner`: only used mid-sentence ("vs.", "e.g.", "i.e.", "approx."): never a boundary.
 * - `numeric`: precedes a number ("No. 10", "p. 12"): no boundary before a
 *   digit; otherwise decided like `ambiguous`.
 * - `month`: "Jan." … "Dec.": like `numeric` ("Jan. 5").
 * - `ambiguous`: ends sentences often enough ("Inc.", "Ltd.", "etc.",
 *   "a.m.", "U.S.", an initial): a boundary only when the next word is a
 *   common sentence opener ({@link isSentenceOpener}), such as "The" or "He".
 *
 * @module
 */

/** How a full stop after an abbreviation is decided. */
export type AbbreviationClass = 'title' | 'inner' | 'numeric' | 'month' | 'ambiguous'

// Matched case-insensitively: these are abbreviations in any case.
const FOLDED = new Map<string, AbbreviationClass>()
// Matched exactly: in another case they are ordinary words ("no.", "st.").
const EXACT = new Map<string, AbbreviationClass>()

function add(map: Map<string, AbbreviationClass>, cls: AbbreviationClass, words: string): void {
  for (const word of words.split(' ')) map.set(word, cls)
}

// Titles and ranks: British style often drops the stop ("Mr Smith"), US
// style keeps it ("Mr. Smith"); either way a name follows.
add(FOLDED, 'title', 'mr mrs ms mx messrs mmes dr prof cllr coun gen sgt rev revd sen rep gov lt col capt cpl maj brig adm cmdr cdr supt insp det hon rt fr pres supt atty esq amb sec treas')
add(FOLDED, 'inner', 'vs v e.g i.e cf viz approx ca incl esp')
add(FOLDED, 'numeric', 'nos pp vol vols para paras ch sect')
add(EXACT, 'numeric', 'No NO Art Fig Figs p c')
add(FOLDED, 'month', 'jan feb mar apr jun jul aug sep sept oct nov dec')
add(FOLDED, 'ambiguous', 'inc ltd corp co plc llc llp bros jr sr etc a.m p.m dept univ assn ave rd blvd mt ft est al')
add(EXACT, 'ambiguous', 'St ST')

/**
 * Classify the word before a full stop (without the stop), or `undefined`
 * when it is not an abbreviation. Dotted forms of one- or two-letter parts
 * ("U.S", "U.K", "Ph.D", "a.m") and single capital letters (initials, as in
 * "George W. Bush") are `ambiguous` unless listed otherwise.
 */
export function classifyAbbreviation(word: string): AbbreviationClass | undefined {
  const exact = EXACT.get(word)
  if (exact) return exact
  const folded = FOLDED.get(word.toLowerCase())
  // Titles and months are capitalised; in lower case ("a sales rep.") they
  // are ordinary words that may end a sentence.
  if (folded) return (folded === 'title' || folded === 'month') && !isCapital(word) ? undefined : folded
  if (word.length === 1) {
    const code = word.charCodeAt(0)
    return code >= 65 && code <= 90 ? 'ambiguous' : undefined
  }
  if (DOTTED.test(word)) return 'ambiguous'
  return undefined
}

function isCapital(word: string): boolean {
  const code = word.charCodeAt(0)
  return code >= 65 && code <= 90
}

// "U.S", "U.K", "Ph.D", "a.m", "D.C": letters in short dot-separated parts.
const DOTTED = /^(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}$/

/**
 * Closed-class words (determiners, pronouns, conjunctions, prepositions,
 * sentence adverbs) that commonly open a sentence and are never part of a
 * name or an abbreviation's continuation. After an ambiguous abbreviation
 * ("at 9 p.m. The next day", "Acme Inc. It said") they signal a new sentence;
 * any other capitalised word ("U.S. President", "J. K. Rowling") does not.
 */
const OPENERS = new Set(
  (
    'The A An This That These Those There Here It Its He She His Her Hers Him They Their Them We Our Us I My You Your ' +
    'But And Or So Yet Nor If When While Whilst Where Why How What Who Which Whose Although Though Because Since As ' +
    'After Before During Despite Until Unless Once Now Then Still Also However Meanwhile Instead Indeed Nevertheless ' +
    'Moreover Furthermore Elsewhere Earlier Later Today Yesterday Tomorrow Last Next Some Many Most All Both Each Every ' +
    'Several Few No None Other Others Such In On At By For From With Without Under Over Into Of To About Among Between ' +
    'Asked According Speaking Following'
  ).split(' ')
)

/** Whether `word` is a common sentence opener (see {@link OPENERS}); case-sensitive. */
export function isSentenceOpener(word: string): boolean {
  return OPENERS.has(word)
}

/**
 * Reporting verbs. A question or exclamation in quotes followed by a name and
 * one of these (`"Why now?" Smith asked.`) is one sentence with its
 * attribution.
 */
const SPEECH_VERBS = new Set(
  (
    'said says asked asks added adds told tells replied replies wrote writes shouted shouts cried cries ' +
    'continued continues explained explains insisted insists tweeted tweets posted posts wondered wonders ' +
    'demanded demands joked jokes recalled recalls admitted admits warned warns exclaimed exclaims yelled yells ' +
    'screamed screams laughed laughs urged urges pleaded pleads declared declares'
  ).split(' ')
)

/** Whether `word` is a reporting verb such as "said" or "asked". */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word)
}
