/**
 * Determinism: the same input gives a byte-identical JSON report whatever the
 * order of the input paths and the order the files were created in; claim and
 * finding ids are derived from content and position, so they are stable.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {createChecker} from '../../src/index.js'
import {renderReport} from '../../src/report/index.js'
import {corpusTexts, runCli, tempDir} from './helpers.js'

const root = join(import.meta.dirname, '../..')
const corpus = corpusTexts(root)

/** A seeded shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0
  const random = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

let tmp: ReturnType<typeof tempDir>
const dirs: string[] = []

beforeAll(() => {
  tmp = tempDir('determinism')
  // Two copies of the corpus, the files written in different orders.
  for (const [k, order] of [corpus, shuffled(corpus, 7), [...corpus].reverse()].entries()) {
    const dir = join(tmp.dir, `copy-${k}`, 'corpus')
    mkdirSync(dir, {recursive: true})
    for (const [name, text] of order) writeFileSync(join(dir, name), text)
    dirs.push(dir)
  }
})
afterAll(() => tmp?.cleanup())

/** Paths differ between copies; everything else must be equal. */
function normalize(json: string, dir: string): string {
  return json.split(JSON.stringify(dir).slice(1, -1)).join('<DIR>')
}

describe('determinism', () => {
  test('API: same report twice, from copies written in different orders, and from shuffled path lists', async () => {
    const checker = createChecker()
    const outputs = new Set<string>()
    for (const dir of dirs) {
      outputs.add(normalize(renderReport(await checker.report(dir), 'json'), dir))
      outputs.add(normalize(renderReport(await checker.report(dir), 'json'), dir))
      for (const seed of [1, 2, 3]) {
        const paths = shuffled(corpus.map(([name]) => join(dir, name)), seed)
        outputs.add(normalize(renderReport(await checker.report(paths), 'json'), dir))
      }
    }
    expect(outputs.size).toBe(1)
  })

  test('CLI --format json: byte-identical whatever the order of the paths on the command line', async () => {
    const dir = dirs[0]!
    const names = corpus.map(([name]) => join(dir, name))
    const outputs = new Set<string>()
    for (const seed of [11, 12, 13, 14]) {
      const result = await runCli(['report', ...shuffled(names, seed), '--format', 'json', '--no-config'], root)
      expect(result.code).toBe(0)
      outputs.add(result.stdout)
    }
    const viaDir = await runCli(['report', dir, '--format', 'json', '--no-config'], root)
    outputs.add(viaDir.stdout)
    expect(outputs.size).toBe(1)
  })

  test('other renderers are deterministic too (markdown, html, terminal)', async () => {
    const checker = createChecker()
    const a = await checker.report(dirs[0]!)
    const b = await checker.report(shuffled(corpus.map(([name]) => join(dirs[0]!, name)), 5))
    for (const format of ['markdown', 'html', 'terminal'] as const) {
      expect(renderReport(b, format), format).toBe(renderReport(a, format))
    }
  })

  test('ids are stable: derived from article, content and position, not from run order', async () => {
    const checker = createChecker()
    const report = await checker.report(dirs[0]!)
    // Claim ids are unique, and the same claim gets the same id in a report of a subset.
    const ids = report.claims.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    const first = corpus[0]![0]
    const alone = await checker.report(join(dirs[0]!, first))
    const articleId = first.replace(/\.txt$/, '')
    const full = report.claims.filter((c) => c.article === articleId)
    expect(alone.claims.map((c) => [c.id, c.start, c.end])).toEqual(full.map((c) => [c.id, c.start, c.end]))
    // Finding ids are unique and repeat across runs.
    const again = await checker.report(shuffled(corpus.map(([name]) => join(dirs[0]!, name)), 9))
    expect(again.findings.map((f) => f.id)).toEqual(report.findings.map((f) => f.id))
    expect(new Set(report.findings.map((f) => f.id)).size).toBe(report.findings.length)
  })

  test('in-memory articles: the order of `articles` does not change the report', async () => {
    const checker = createChecker()
    const parsed = corpus.map(([name, text]) => checker.parse(text, {id: name.replace(/\.txt$/, '')}))
    const a = renderReport(await checker.report({articles: parsed}), 'json')
    const b = renderReport(await checker.report({articles: shuffled(parsed, 3)}), 'json')
    expect(b).toBe(a)
  })

  // Across --jobs values: tests/parallel/jobs.test.ts builds the library
  // (worker threads load compiled JavaScript) and compares the bytes of
  // `report` and `extract` with 1 and 2 jobs.
})
