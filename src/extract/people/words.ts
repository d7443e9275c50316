/**
 * Word lists and lexicon tests shared by name and role finding: honorifics,
 * titles, organisation words, role head nouns, and compromise's tags for a
 * word (first names, places, verbs, nationality nouns).
 *
 * @module
 */
import {lexiconTags} from '../lexicon.js'

/** Honorifics that may precede a name (matched case-sensitively, optional full stop). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Cllr', 'Councillor', 'Sir', 'Dame', 'Lord', 'Lady',
  'Baroness', 'Baron', 'Rev', 'Revd', 'Reverend', 'Fr', 'Father', 'Sister', 'Sgt', 'Sergeant', 'Insp', 'Inspector',
  'Det', 'Detective', 'Supt', 'Ch', 'PC', 'DC', 'DS', 'DI', 'DCI', 'Capt', 'Captain', 'Col', 'Gen', 'Lt', 'Maj',
  'Cmdr', 'Hon', 'Rt', 'MP', 'Sen', 'Rep', 'Gov', 'Judge', 'Justice'
])

/**
 * Capitalized titles that lead a name and are a role, not part of it
 * ("Chancellor Rachel Reeves", "Prime Minister Keir Starmer").
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'Chancellor', 'President', 'Prime', 'Minister', 'Secretary', 'Senator', 'Governor', 'Mayor', 'King', 'Queen',
  'Prince', 'Princess', 'Pope', 'Chief', 'Executive', 'Director', 'Deputy', 'Leader', 'Chair', 'Chairman',
  'Chairwoman', 'Chairperson', 'Coach', 'Manager', 'Constable', 'Superintendent', 'Commissioner', 'Speaker',
  'Bishop', 'Archbishop', 'General', 'Colonel', 'Admiral', 'Interim', 'Acting', 'Vice', 'Head', 'Officer', 'Editor',
  'Shadow', 'Foreign', 'Home', 'Health', 'Education', 'Justice', 'Attorney', 'Sheriff', 'Ambassador',
  'Spokesperson', 'Spokesman', 'Spokeswoman', 'Founder', 'Presenter', 'Councillor', 'Assistant'
])

/** Words that make a capitalized run an organisation, team, place or thing. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'Council', 'Councils', 'Police', 'Ltd', 'Limited', 'Plc', 'PLC', 'Inc', 'Corp', 'Corporation', 'Company', 'Co',
  'Department', 'Dept', 'Service', 'Services', 'University', 'College', 'School', 'Academy', 'Hospital', 'Hospitals',
  'Trust', 'Party', 'Government', 'Committee', 'Board', 'Commission', 'Authority', 'Agency', 'Office', 'Ministry',
  'Court', 'Tribunal', 'Parliament', 'Assembly', 'Senate', 'Congress', 'House', 'Bank', 'Group', 'Association',
  'Society', 'Union', 'Federation', 'League', 'Club', 'United', 'City', 'Town', 'County', 'Rovers', 'Wanderers',
  'Athletic', 'Albion', 'FC', 'Villa', 'Palace', 'Forest', 'Hotspur', 'Rangers', 'Celtic', 'Argyle', 'Orient', 'Institute', 'Foundation', 'Charity', 'Centre', 'Center', 'Network', 'Partnership',
  'Hub', 'Unit', 'Team', 'Cabinet', 'Treasury', 'Echo', 'News', 'Times', 'Guardian', 'Telegraph', 'Mail',
  'Herald', 'Press', 'Media', 'Radio', 'Television', 'Road', 'Avenue', 'Square', 
  'Station', 'Airport', 'Stadium', 'Arena', 'Cathedral', 'Museum', 'Library', 'Prison', 'Report',
  'Act', 'Plan', 'Fund', 'Review', 'Inquiry', 'Inspection', 'Standards', 'Skills', 'Care', 'Health',
  'Education', 'Safeguarding', 'Fostering', 'Improvement', 'Programme', 'Project', 'Scheme', 'Award', 'Awards',
  'Cup', 'Championship', 'Premier', 'Olympics', 'Games', 'Democrat', 'Democrats', 'Labour', 'Conservative',
  'Conservatives', 'Republican', 'Republicans', 'Liberal', 'Greens', 'Reform', 'Tory', 'Tories',
  'Kingdom', 'States', 'Republic', 'Europe', 'European', 'Nations', 'North', 'South', 'East', 'West', 'Northern',
  'Southern', 'Eastern', 'Western', 'Central', 'Greater', 'Stories', 'Topics', 'Picks', 'Island', 'Islands',
  'Valley', 'River', 'Mountains', 'Region', 'Province', 'State', 'Capital', 'Holdings', 'Partners', 'Industries',
  'Systems', 'Technologies', 'Motors', 'Airlines', 'Airways', 'Energy', 'Water', 'Rail', 'Railway', 'Railways'
])

/** Capitalized words that never start a name: sentence openers, months, days. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His',
  'Her', 'Their', 'Our', 'My', 'Your', 'When', 'While', 'Whilst', 'Where', 'Why', 'What', 'Who', 'How', 'If', 'But',
  'And', 'Or', 'So', 'Yet', 'As', 'At', 'By', 'For', 'From', 'In', 'Into', 'On', 'Of', 'To', 'With', 'Without',
  'After', 'Before', 'During', 'Since', 'Until', 'Following', 'Despite', 'However', 'Meanwhile', 'Elsewhere',
  'Also', 'Although', 'Though', 'Because', 'Instead', 'Now', 'Then', 'Today', 'Yesterday', 'Tomorrow', 'Last',
  'Next', 'Mr', 'Some', 'Many', 'Most', 'All', 'Every', 'Each', 'No', 'Not', 'Only', 'Other', 'Another', 'One',
  'Two', 'Three', 'Read', 'More', 'Sign', 'Join', 'Share', 'Related', 'Top', 'Start', 'Published', 'Updated',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Government',
  'Officials', 'Inspectors', 'According', 'Responding', 'Speaking', 'Asked', 'Writing', 'Under',
  'Over', 'Here', 'There', 'Los', 'Las', 'San', 'Santa', 'Saint', 'St', 'Fort', 'Port', 'Mount', 'Lake', 'Cape', 'Such', 'Both', 'Either', 'Neither', 'Several', 'Few', 'Any', 'Earlier', 'Later'
])

/** Lowercase name particles allowed inside a name ("Erik ten Hag", "Ursula von der Leyen"). */
export const PARTICLES = ['ten', 'ter', 'van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'dos', 'das', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'y']

/** compromise's tags for a lowercase word, as an array. */
export function lexTags(word: string): string[] {
  const tags = lexiconTags(word.toLowerCase())
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags]
}

/** Gender suggested by a first name in compromise's lexicon. */
export function firstNameGender(word: string): 'male' | 'female' | null {
  const tags = lexTags(word)
  if (tags.includes('MaleName')) return 'male'
  if (tags.includes('FemaleName')) return 'female'
  return null
}

/**
 * Does a noun phrase look like a proper name ("Ofsted", "Merseyside
 * Police") rather than a capitalized common phrase ("Officials", "The report",
 * "Analysts at Shore Capital")?
 */
export function looksProper(phrase: string): boolean {
  const words = phrase.split(/[\s\u00a0]+/).filter(Boolean)
  const first = words[0]
  if (!first || !/^\p{Lu}/u.test(first)) return false
  const common = NON_NAME_WORDS.has(first) || lexTags(first).some((t) => !/Name$/.test(t) && !['Organization', 'ProperNoun', 'Person'].includes(t))
  if (words.length === 1) return !common
  // Several words: all capitalized ("Liverpool City Council"), or a proper first word and another capitalized one.
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length
  return capitalized === words.length || (!common && capitalized > 1)
}

/** Is the word a verb form in compromise's lexicon ("did", "criticised", "has")? */
export function isVerbWord(word: string): boolean {
  const tags = lexTags(word)
  if (tags.some((t) => ['PastTense', 'PresentTense', 'Infinitive', 'Modal', 'Copula', 'Auxiliary', 'Verb', 'Gerund', 'PerfectTense'].includes(t))) return true
  // Unknown regular past forms: "criticised", "slammed".
  return tags.length === 0 && /^\p{Ll}{3,}ed$/u.test(word)
}

/** Is the word a nationality noun ("Spaniard", "Italian", "Frenchman")? */
export function isDemonym(word: string): boolean {
  return lexTags(word).includes('Demonym') || /^(?:French|Welsh|Dutch|English|Irish|Scots|Swiss|Cornish)(?:man|woman)$/.test(word)
}

/** Is this capitalized word plausibly the first word of a person's name? */
export function canStartName(word: string): boolean {
  if (NON_NAME_WORDS.has(word) || ORG_WORDS.has(word)) return false
  const tags = lexTags(word)
  if (tags.length === 0) return true
  if (tags.some((t) => NAME_TAGS.has(t))) return true
  // A common English word ("Related", "Despite") or a place ("Manchester").
  return false
}

export const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person'])
export const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Town'])

/** A place word that is also a first name ("Jordan", "Paris") starts a name when a non-word follows ("Paris Okafor"). */
export function placeThenName(word: string, next: string | undefined): boolean {
  if (next === undefined || !lexTags(word).some((t) => PLACE_TAGS.has(t))) return false
  const nextTags = lexTags(next)
  return !ORG_WORDS.has(next) && (nextTags.length === 0 || nextTags.some((t) => NAME_TAGS.has(t)))
}


export function honorificGender(honorific: string | null): 'male' | 'female' | null {
  if (honorific === null) return null
  const first = honorific.split(/\s+/)[0]!.replace(/\.$/, '')
  if (['Mr', 'Sir', 'Lord', 'Baron', 'Father', 'Fr'].includes(first)) return 'male'
  if (['Mrs', 'Ms', 'Miss', 'Dame', 'Lady', 'Baroness', 'Sister'].includes(first)) return 'female'
  return null
}

/** Head nouns of a role ("leader", "chief executive", "director"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'leader', 'director', 'executive', 'chief', 'manager', 'minister', 'secretary', 'spokesperson', 'spokesman',
  'spokeswoman', 'chair', 'chairman', 'chairwoman', 'chairperson', 'president', 'officer', 'head', 'coach',
  'captain', 'judge', 'inspector', 'commissioner', 'mayor', 'councillor', 'governor', 'editor', 'founder', 'ceo',
  'cfo', 'coo', 'professor', 'lawyer', 'barrister', 'solicitor', 'analyst', 'economist', 'chancellor', 'senator',
  'mp', 'member', 'deputy', 'superintendent', 'constable', 'sergeant', 'detective', 'prosecutor', 'attorney',
  'ambassador', 'principal', 'headteacher', 'headmaster', 'headmistress', 'owner', 'partner', 'boss', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'player', 'champion', 'presenter',
  'correspondent', 'reporter', 'researcher', 'scientist', 'doctor', 'surgeon', 'consultant', 'nurse', 'adviser',
  'advisor', 'campaigner', 'activist', 'trustee', 'administrator', 'controller', 'treasurer', 'cabinet', 'lead',
  'portfolio', 'holder', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'archbishop', 'general',
  'colonel', 'admiral', 'representative', 'organiser', 'organizer', 'supervisor', 'commander',
  'chief-executive', 'vice-chancellor', 'vice-president', 'md', 'cto', 'premier', 'speaker', 'congressman',
  'congresswoman', 'councilman', 'councilwoman', 'lawmaker', 'legislator'
])


/** Does this phrase (any case) contain a role head noun? */
export function hasRoleHead(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/[\s\u00a0]+/)
    .some((w) => ROLE_HEADS.has(w.replace(/['’]s$/, '').replace(/[^a-z-]/g, '')))
}

export function isRoleHead(word: string): boolean {
  return ROLE_HEADS.has(word.toLowerCase().replace(/['’]s$/, '').replace(/[^a-z-]/g, ''))
}

/** The word before `offset` (to `limit`), or ''. */
export function precedingWord(text: string, offset: number, limit: number): string {
  // A backward scan (linear): trailing white space, then the run of non-space before it.
  const from = Math.max(limit, offset - 40)
  let end = offset
  while (end > from && isSpaceChar(text[end - 1]!)) end--
  if (end === offset) return ''
  let start = end
  while (start > from && !isSpaceChar(text[start - 1]!)) start--
  return text.slice(start, end)
}

/** White space as `\s` matches it (`\u00a0` included). */
export function isSpaceChar(ch: string): boolean {
  return ch.trim() === ''
}
