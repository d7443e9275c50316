import type {Matcher} from '../../types.js'

/** The built-in matchers, in the order they run. */
export const builtinMatchers: readonly Matcher[] = Object.freeze([])
