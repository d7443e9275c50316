/** The worker pool (piscina), loaded when `--jobs` asks for worker threads. */
import type * as PiscinaModule from 'piscina'
import {lazyRequire} from './require.js'

/** piscina's `Piscina` class. */
export function loadPiscina(): typeof PiscinaModule.Piscina {
  return (lazyRequire('piscina') as typeof PiscinaModule).Piscina
}
