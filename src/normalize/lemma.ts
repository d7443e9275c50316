/**
 * A small English singularizer for counted nouns ("social workers" →
 * "social worker", "policies" → "policy", "children" → "child"), and a
 * plural test used to find where a counted noun phrase ends.
 *
 * "people" is lemmatized as "person" so "300 people" and "300 persons"
 * compare equal. Invariant nouns ("staff", "police", "sheep") stay as they are.
 *
 * @module
 */

const IRREGULAR: Readonly<Record<string, string>> = {
  people: 'person', persons: 'person', children: 'child', men: 'man', women: 'woman', teeth: 'tooth', feet: 'foot',
  mice: 'mouse', geese: 'goose', oxen: 'ox', lives: 'life', wives: 'wife', knives: 'knife', wolves: 'wolf',
  halves: 'half', leaves: 'leaf', thieves: 'thief', shelves: 'shelf', loaves: 'loaf', calves: 'calf', selves: 'self',
  criteria: 'criterion', phenomena: 'phenomenon', data: 'data', media: 'media', analyses: 'analysis', crises: 'crisis',
  diagnoses: 'diagnosis', theses: 'thesis', bases: 'base', indices: 'index', appendices: 'appendix', matrices: 'matrix',
  viruses: 'virus', buses: 'bus', gases: 'gas', bonuses: 'bonus', campuses: 'campus', censuses: 'census', statuses: 'status',
  businesses: 'business', addresses: 'address', witnesses: 'witness', processes: 'process', classes: 'class',
  houses: 'house', horses: 'horse', nurses: 'nurse', courses: 'course', cases: 'case', purposes: 'purpose', responses: 'response',
  licences: 'licence', offences: 'offence', expenses: 'expense', premises: 'premises', series: 'series', species: 'species',
  headquarters: 'headquarters', means: 'means', news: 'news', movies: 'movie', cookies: 'cookie', zombies: 'zombie',
  employees: 'employee', trainees: 'trainee', refugees: 'refugee', committees: 'committee', degrees: 'degree', fees: 'fee',
  heroes: 'hero', potatoes: 'potato', tomatoes: 'tomato', vetoes: 'veto', echoes: 'echo', torpedoes: 'torpedo',
  uses: 'use', causes: 'cause', clauses: 'clause', doses: 'dose', roses: 'rose', noses: 'nose', phases: 'phase', vaccines: 'vaccine'
}

/** Nouns whose plural is the singular: counted as they are. */
const INVARIANT: ReadonlySet<string> = new Set([
  'staff', 'police', 'personnel', 'sheep', 'deer', 'fish', 'cattle', 'aircraft', 'livestock', 'offspring', 'crew',
  'clergy', 'poultry', 'troops', 'militia', 'headquarters', 'series', 'species', 'premises'
])

// Words ending in -s that are singular (or not nouns a count ends on).
const SINGULAR_S = /(?:ss|us|is|ous)$/

/**
 * Singular form of one lower-case English noun. Unknown words are handled by
 * suffix rules (-ies → -y, -ches → -ch, -ves stays unless listed, -s → "").
 */
export function singularize(word: string): string {
  const lower = word.toLowerCase()
  const irregular = IRREGULAR[lower]
  if (irregular !== undefined) return irregular
  if (INVARIANT.has(lower)) return lower === 'troops' ? 'troop' : lower
  // Hyphenated compounds inflect on the last part: "year-olds", "by-elections".
  const dash = lower.lastIndexOf('-')
  if (dash > 0 && dash < lower.length - 1) return lower.slice(0, dash + 1) + singularize(lower.slice(dash + 1))
  if (SINGULAR_S.test(lower) || !lower.endsWith('s') || lower.length < 3) return lower
  if (/[^aeiou]ies$/.test(lower)) return lower.slice(0, -3) + 'y'
  if (/(?:ch|sh|x|z|ss)es$/.test(lower)) return lower.slice(0, -2)
  if (/[^aeiou]oes$/.test(lower)) return lower.slice(0, -2)
  return lower.slice(0, -1)
}

/** Is this lower-case word a plural noun form a count can end on ("workers", "people", "staff")? */
export function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase()
  if (IRREGULAR[lower] !== undefined) return lower !== 'data' && lower !== 'media' && lower !== 'news' && lower !== 'means'
  if (INVARIANT.has(lower)) return true
  if (lower.length < 3 || !lower.endsWith('s') || SINGULAR_S.test(lower)) return false
  const dash = lower.lastIndexOf('-')
  if (dash > 0) return isPluralNoun(lower.slice(dash + 1))
  return true
}

/** Lemma of a noun phrase: lower-case, the last word singularized ("Key Areas" → "key area"). */
export function lemmaPhrase(words: readonly string[]): string {
  if (words.length === 0) return ''
  const lower = words.map((w) => w.toLowerCase())
  lower[lower.length - 1] = singularize(lower[lower.length - 1]!)
  return lower.join(' ')
}
