/**
 * `npm run eval -- --align`: score alignment (stories, pairings, verdicts)
 * on the seed corpus and the parts of the alignment data set.
 *
 *   node dist/eval/run.js --align [--part seed|dev|test] [--stories given|inferred|both] [--json] [--misses]
 *
 * The checker is the one `corroborate.config.js` builds: the built-in
 * matchers plus `examples/inspection-rating.js`. Writes nothing.
 *
 * @module
 */
import {join, relative} from 'node:path'
import {pathToFileURL} from 'node:url'
import {builtinMatchers} from '../../extract/matchers/index.js'
import {createChecker} from '../../checker.js'
import type {Matcher} from '../../types.js'
import {evaluatePart, STORY_MODES, type StoryMode} from './evaluate.js'
import {loadPart, locatePart, PART_NAMES, type PartName} from './load.js'
import {formatAlign, type PartResult} from './print.js'

export const ALIGN_USAGE = 'usage: node dist/eval/run.js --align [--part seed|dev|test] [--stories given|inferred|both] [--json] [--misses]\n'

export interface AlignOptions {
  json: boolean
  misses: boolean
  parts: PartName[]
  modes: StoryMode[]
}

/** Parse the arguments that follow `--align` (and `--align` itself, ignored). */
export function parseAlignArgs(argv: readonly string[]): AlignOptions {
  const options: AlignOptions = {json: false, misses: false, parts: [...PART_NAMES], modes: [...STORY_MODES]}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--align') continue
    if (arg === '--json') options.json = true
    else if (arg === '--misses') options.misses = true
    else if (arg === '--part') {
      const value = argv[++i]
      if (value === undefined || !(PART_NAMES as readonly string[]).includes(value)) throw new Error(`eval: --part needs one of ${PART_NAMES.join(', ')}`)
      options.parts = [value as PartName]
    } else if (arg === '--stories') {
      const value = argv[++i]
      if (value === 'both') options.modes = [...STORY_MODES]
      else if (value !== undefined && (STORY_MODES as readonly string[]).includes(value)) options.modes = [value as StoryMode]
      else throw new Error('eval: --stories needs one of given, inferred, both')
    } else throw new Error(`eval: unknown argument ${String(arg)}\n${ALIGN_USAGE}`)
  }
  return options
}

/** The matchers of `corroborate.config.js`: the built-ins and the inspection-rating example. */
export async function configMatchers(root: string): Promise<Matcher[]> {
  const module = (await import(pathToFileURL(join(root, 'examples', 'inspection-rating.js')).href)) as {inspectionRating: Matcher}
  return [...builtinMatchers, module.inspectionRating]
}

/** Evaluate the chosen parts; missing parts are listed as missing. */
export async function evaluateAlign(root: string, options: AlignOptions, matchers?: readonly Matcher[]): Promise<PartResult[]> {
  const checker = createChecker({matchers: matchers ?? (await configMatchers(root))})
  const results: PartResult[] = []
  for (const name of options.parts) {
    const location = locatePart(root, name)
    if ('status' in location) {
      results.push({part: name, status: 'missing', path: relative(root, location.path)})
      continue
    }
    const part = loadPart(location)
    results.push({part: name, status: 'ok', expected: location.expected.map((p) => relative(root, p)), goldArticles: Object.keys(part.gold.articles).length, modes: await evaluatePart(checker, part, options.modes)})
  }
  return results
}

/** Run `--align` and write to stdout; returns the exit code. */
export async function alignMain(argv: readonly string[], root: string): Promise<number> {
  const options = parseAlignArgs(argv)
  const results = await evaluateAlign(root, options)
  if (options.json) {
    const out = results.map((r) =>
      r.status === 'missing' ? r : {...r, modes: r.modes.map((m) => (options.misses ? m : {...m, scores: {...m.scores, misses: undefined}}))}
    )
    process.stdout.write(`${JSON.stringify({parts: out}, null, 2)}\n`)
  } else process.stdout.write(formatAlign(results, options.misses))
  return 0
}
