/** Moved to `extract/date/tokens.ts`; this path re-exports it for now. @module */
export {tokenize, type Token} from '../extract/date/tokens.js'
