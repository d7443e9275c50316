/**
 * Outlets as sources: the paper, its editorial, its front page. A noun
 * phrase that names an outlet's voice is the outlet: `The Daily Chronicle's
 * editorial` → Daily Chronicle, `the front page of the Daily Mail` → Daily
 * Mail, `the Weekly Record editorial` → Weekly Record. One that only points
 * back to it (`the paper`, `the paper's editorial`, `the editorial`) is an
 * anaphor, resolved to the outlet quoted last ({@link ./speakers.ts}).
 *
 * @module
 */
import {looksProper} from '../people.js'

/** The voice of an outlet or an organisation (its editorial, leader column, front page, statement). */
const VOICE = String.raw`(?:editorial|leader(?:\s+column)?|front[\s-]page|column|website|splash|headline|statement|editorial\s+board)`
/** Words of a newspaper's name: only with these is "X's leader" the paper's leader column, not its party leader. */
const MEDIA_WORD = /(?<![\p{L}])(?:Times|Guardian|Telegraph|Mail|Herald|Press|Echo|News|Express|Mirror|Observer|Sun|Post|Journal|Gazette|Chronicle|Record|Star|Standard|Independent|Tribune|Daily|Weekly|Economist|Spectator|Review)(?![\p{L}])/u

// The owner is whole words (`\S+(?:\s+\S+)*?`, not `.+?`): spaces and words are disjoint, so nothing backtracks across a run of spaces.
const POSSESSIVE_VOICE = new RegExp(String.raw`^(?:the\s+)?(\S+(?:\s+\S+)*?)['’]s?\s+(${VOICE})$`, 'iu')
const VOICE_OF = new RegExp(String.raw`^(?:the\s+)?${VOICE}\s+of\s+(?:the\s+)?(.+)$`, 'iu')
const NAME_VOICE = new RegExp(String.raw`^(?:the\s+)?(\S+(?:\s+\S+)*?)\s+(${VOICE})$`, 'iu')
/** `the paper`, `the newspaper's editorial`, `the editorial`, `the tabloid`. */
const ANAPHOR = new RegExp(String.raw`^the\s+(?:(?:paper|newspaper|tabloid|broadsheet|daily|title|publication)(?:['’]s\s+${VOICE})?|${VOICE})$`, 'iu')

/** A word every outlet phrase holds: other phrases are not read with the patterns. */
const CUE = /[Ee]ditorial|[Ll]eader|[Ff]ront|[Cc]olumn|[Ww]ebsite|[Ss]plash|[Hh]eadline|[Ss]tatement|[Pp]aper|[Tt]abloid|[Bb]roadsheet|[Dd]aily|[Tt]itle|[Pp]ublication/

/** The outlet a phrase gives voice to: `{kind: 'org', text}` for a named one, `{kind: 'outlet'}` for an anaphor, else null. */
export function outletOf(phrase: string): {kind: 'org' | 'outlet'; text: string} | null {
  if (!CUE.test(phrase)) return null
  if (ANAPHOR.test(phrase)) return {kind: 'outlet', text: phrase}
  const owner = POSSESSIVE_VOICE.exec(phrase) ?? VOICE_OF.exec(phrase) ?? NAME_VOICE.exec(phrase)
  if (!owner) return null
  const name = owner[1]!.trim()
  if (!looksProper(name) || /\s(?:and|or)\s/i.test(name)) return null
  // "Labour's leader" is a person; "the Telegraph's leader" is its leader column.
  if (/^leader/i.test(owner[2] ?? '') && !MEDIA_WORD.test(name)) return null
  return {kind: 'org', text: name}
}
