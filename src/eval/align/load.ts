/**
 * Finding the parts of the alignment data set on disk and reading them:
 * the seed corpus (`corpus/` + `tests/fixtures/expected.json`), the dev part
 * (`tests/fixtures/align/dev/`) and the test part (`tests/fixtures/align/test/`).
 * A part folder holds `articles/` and one or more `expected-*.json`.
 *
 * @module
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {mergeGold, parseGold, type AlignGold} from './gold.js'

export const PART_NAMES = ['seed', 'dev', 'test'] as const
export type PartName = (typeof PART_NAMES)[number]

/** Where a part lives, relative to the repository root. */
export interface PartLocation {
  name: PartName
  /** Folder the gold's `file` paths are relative to. */
  base: string
  /** The folders and files read as the part's articles. */
  inputs: string[]
  /** The expected files, in name order. */
  expected: string[]
}

/** A part that was found and parsed. */
export interface LoadedPart extends PartLocation {
  status: 'ok'
  gold: AlignGold
  /** Article id → file text, for every article of the gold whose file exists. */
  sources: Map<string, string>
}

export interface MissingPart {
  name: PartName
  status: 'missing'
  /** The folder or file that does not exist. */
  path: string
}

/** The expected files of a part folder: `expected.json` and `expected-*.json`, sorted. */
export function expectedFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /^expected(?:-[^/\\]+)?\.json$/.test(name))
    .sort()
    .map((name) => join(dir, name))
}

/** Locate a part, or say what is missing. */
export function locatePart(root: string, name: PartName): PartLocation | MissingPart {
  if (name === 'seed') {
    const expected = join(root, 'tests', 'fixtures', 'expected.json')
    const corpus = join(root, 'corpus')
    if (!existsSync(expected)) return {name, status: 'missing', path: expected}
    if (!existsSync(corpus)) return {name, status: 'missing', path: corpus}
    return {name, base: corpus, inputs: [corpus], expected: [expected]}
  }
  const dir = join(root, 'tests', 'fixtures', 'align', name)
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return {name, status: 'missing', path: dir}
  const expected = expectedFiles(dir)
  if (expected.length === 0) return {name, status: 'missing', path: join(dir, 'expected-*.json')}
  const articles = join(dir, 'articles')
  return {name, base: dir, inputs: existsSync(articles) ? [articles] : [], expected}
}

/** Read a located part: parse and merge its expected files and read its article files. */
export function loadPart(location: PartLocation): LoadedPart {
  const gold = mergeGold(location.expected.map((path) => ({name: path, gold: parseGold(readFileSync(path, 'utf8'), path)})))
  const sources = new Map<string, string>()
  for (const [id, article] of Object.entries(gold.articles)) {
    const path = resolve(location.base, article.file)
    if (!existsSync(path)) continue
    let text = readFileSync(path, 'utf8')
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    sources.set(id, text)
  }
  // Article files named in the gold but outside the input folders are read too.
  const inputs = [...location.inputs]
  for (const article of Object.values(gold.articles)) {
    const path = resolve(location.base, article.file)
    if (existsSync(path) && !inputs.some((dir) => path.startsWith(`${resolve(dir)}/`))) inputs.push(path)
  }
  return {...location, inputs, status: 'ok', gold, sources}
}
