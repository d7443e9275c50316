/**
 * `npm run eval`: score the built-in extractors on the development set, or on
 * the held-out test set with `--set heldout`.
 *
 *   node dist/eval/run.js [--json] [--misses] [--set devset|heldout] [--file PATH]
 *   node dist/eval/run.js --align [--part seed|dev|test] [--stories given|inferred|both] [--json] [--misses]
 *
 * `--align` scores alignment instead (stories, pairings, verdicts) on the
 * seed corpus and the alignment data set: see `align/main.ts`.
 *
 * `--set` picks a built-in labelled set (default `devset`, the set the
 * extractors were tuned on; `heldout` is the untuned test set in
 * tests/fixtures/heldout/); `--file PATH` (alias `--devset PATH`) scores any
 * other file of the same shape. Prints a table (kind × metric: P, R, F1 and counts) to stdout, or the same
 * as JSON with `--json`; `--misses` also lists missed, wrong and spurious
 * items per passage. Writes nothing. See docs/evaluation.md.
 *
 * @module
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {createChecker} from '../checker.js'
import type {Claim} from '../types.js'
import {alignMain} from './align/main.js'
import {formatTable, parseDevset, scoreDevset, summarize, type GoldPassage, type Miss} from './score.js'

/** The folder holding package.json, walking up from this file. */
export function repoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`eval: no package.json above ${from}`)
    dir = parent
  }
}

/** The built-in labelled sets, relative to the repository root. */
export const SETS = {
  devset: ['tests', 'fixtures', 'devset', 'devset.jsonl'],
  heldout: ['tests', 'fixtures', 'heldout', 'heldout.jsonl'],
  heldout2: ['tests', 'fixtures', 'heldout2', 'heldout2.jsonl']
} as const satisfies Record<string, readonly string[]>

export type SetName = keyof typeof SETS

const USAGE = 'usage: node dist/eval/run.js [--json] [--misses] [--set devset|heldout|heldout2] [--file PATH]\n       node dist/eval/run.js --align [--part seed|dev|test] [--stories given|inferred|both] [--json] [--misses]\n'

interface Options {
  json: boolean
  misses: boolean
  set: SetName
  devset: string | null
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {json: false, misses: false, set: 'devset', devset: null}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') options.json = true
    else if (arg === '--misses') options.misses = true
    else if (arg === '--devset' || arg === '--file') {
      const value = argv[++i]
      if (value === undefined) throw new Error(`eval: ${arg} needs a path`)
      options.devset = value
    } else if (arg === '--set') {
      const value = argv[++i]
      if (value === undefined || !Object.hasOwn(SETS, value)) throw new Error(`eval: --set needs one of ${Object.keys(SETS).join(', ')}`)
      options.set = value as SetName
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE)
      process.exit(0)
    } else throw new Error(`eval: unknown argument ${String(arg)}`)
  }
  return options
}

function formatMisses(misses: readonly Miss[]): string {
  const lines: string[] = []
  let passage = ''
  for (const m of misses) {
    if (m.passage !== passage) {
      passage = m.passage
      lines.push(`\n== ${passage}`)
    }
    const parts = [`${m.area.padEnd(8)} ${m.type.padEnd(8)} ${JSON.stringify(m.text)}`]
    if (m.failed) parts.push(`failed: ${m.failed.join(',')}`)
    if (m.gold !== undefined) parts.push(`gold: ${JSON.stringify(m.gold)}`)
    if (m.predicted !== undefined) parts.push(`predicted: ${JSON.stringify(m.predicted)}`)
    lines.push(parts.join('  '))
  }
  return lines.join('\n')
}

export function main(argv: readonly string[] = process.argv.slice(2)): number | Promise<number> {
  if (argv.includes('--align')) return alignMain(argv, repoRoot())
  const options = parseArgs(argv)
  const root = repoRoot()
  const path = options.devset ? resolve(options.devset) : join(root, ...SETS[options.set])
  const passages = parseDevset(readFileSync(path, 'utf8'))
  const checker = createChecker()
  const errors: Array<{passage: string; message: string}> = []
  const predict = (passage: GoldPassage): readonly Claim[] => {
    try {
      return checker.extract(passage.text, passage.published ? {published: passage.published} : undefined)
    } catch (error) {
      errors.push({passage: passage.id, message: error instanceof Error ? error.message : String(error)})
      return []
    }
  }
  const scores = scoreDevset(passages, predict)
  const rows = summarize(scores)
  if (options.json) {
    const out: Record<string, unknown> = {set: options.devset ? null : options.set, devset: path, passages: scores.passages, matchers: checker.matchers.map((m) => m.meta.id), rows, errors}
    if (options.misses) out.misses = scores.misses
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
  } else {
    process.stdout.write(`set: ${options.devset ? '(file)' : options.set}   file: ${path}\npassages: ${scores.passages}   matchers: ${checker.matchers.map((m) => m.meta.id).join(', ') || '(none)'}\n\n`)
    process.stdout.write(`${formatTable(rows)}\n`)
    if (errors.length > 0) process.stdout.write(`\n${errors.length} passage(s) threw during extraction (scored as no predictions):\n${errors.map((e) => `  ${e.passage}: ${e.message}`).join('\n')}\n`)
    if (options.misses) process.stdout.write(`${formatMisses(scores.misses)}\n`)
  }
  return 0
}

const invoked = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (invoked) {
  const fail = (error: unknown): void => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
  try {
    Promise.resolve(main()).then((code) => {
      process.exitCode = code
    }, fail)
  } catch (error) {
    fail(error)
  }
}
