/** Moved to `extract/date/` (one file per kind of parser, refiners after); this path re-exports it for now. @module */
export {findDates, type DateMatch, type FindDatesOptions} from '../extract/date/index.js'
