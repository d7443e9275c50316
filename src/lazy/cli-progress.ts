/** `cli-progress`, loaded at the first draw of a long run on a terminal (never for a short run, a pipe or `CORROBORATE_PROGRESS=0`). */
import type * as CliProgress from 'cli-progress'
import {lazyRequire} from './require.js'

/** The `cli-progress` module (CommonJS). */
export function loadCliProgress(): typeof CliProgress {
  return lazyRequire('cli-progress') as typeof CliProgress
}
