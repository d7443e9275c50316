/** `diff`, loaded when the first pair of quotations is compared. */
import type * as Diff from 'diff'
import {lazyRequire} from './require.js'

/** `diff`'s `diffArrays`. */
export const diffArrays = ((...args: unknown[]) => ((lazyRequire('diff') as typeof Diff).diffArrays as (...a: unknown[]) => unknown)(...args)) as typeof Diff.diffArrays
