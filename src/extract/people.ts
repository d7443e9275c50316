/**
 * Person names, titles and roles: shared by the `quote` matcher (speakers)
 * and the `role` matcher. The code lives in `people/`: word lists
 * (`words.ts`), names by shape (`names.ts`), one-word names and surname
 * mentions (`surnames.ts`) and roles (`roles.ts`); this module re-exports it.
 *
 * @module
 */
export {HONORIFICS, TITLE_WORDS, ORG_WORDS, ROLE_HEADS, firstNameGender, looksProper, isVerbWord, isDemonym, hasRoleHead} from './people/words.js'
export {findPersonNames, findPersonNamesInBlocks, type PersonName} from './people/names.js'
export {findSingleNames, findSurnameMentions, resolvePerson, escapeRegExp} from './people/surnames.js'
export {findRoles, type RoleMention} from './people/roles.js'
