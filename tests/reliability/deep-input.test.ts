// No step fails on the depth or the count of what it reads (issue 13,
// point 5): 70,000 nested `“‘` pairs overflowed the quote matcher's stack on
// the main thread but not in a worker (whose stack is larger), so `--jobs 1`
// reported a matcher error and `--jobs 2` read the article. The overflow was
// a `push(...spread)` of every nested span; these inputs are far past any
// argument limit, and must read the same on every thread.
import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {spawnSync} from 'node:child_process'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {createChecker} from '../../src/index.js'
import {assignIds} from '../../src/ingest/article-ids.js'
import {tempDir} from './helpers.js'

const N = 150_000
const shapes: Array<[string, string, number]> = [
  ['70,000 nested “‘ pairs, closed', `He said ${'“‘'.repeat(70_000)}x${'’”'.repeat(70_000)}.\n`, 1],
  [`${N.toLocaleString('en')} nested “ pairs`, `${'“'.repeat(N)}x${'”'.repeat(N)}\n`, 1],
  [`${N.toLocaleString('en')} unclosed “‘`, `He said ${'“‘'.repeat(N)}x.\n`, 1]
]

describe('deep and wide inputs read on the main thread', () => {
  test.each(shapes)('%s: read, no matcher error', async (_what, text, quotes) => {
    const checker = createChecker()
    const report = await checker.report({articles: [checker.parse(text, {id: 'deep'})]})
    expect(report.errors).toEqual([])
    expect(report.claims.filter((c) => c.kind === 'quote')).toHaveLength(quotes)
  }, 30_000)

  test(`HTML with ${N.toLocaleString('en')} removed <script> elements: parsed, not a stack overflow`, () => {
    const checker = createChecker()
    const html = `<html><body><p>It cost £1m.</p>${'<script>x</script>'.repeat(N)}</body></html>`
    const article = checker.parse(html, {id: 'scripts', format: 'html'})
    expect(article.excluded.length).toBeGreaterThanOrEqual(N)
    expect(checker.extract(article).map((c) => c.text)).toEqual(['£1m'])
  }, 30_000)

  test('200,000 files of one name (a site scraped into folders of index.html): unique ids', () => {
    const paths = Array.from({length: 200_000}, (_, i) => `site/p${i}/index.html`)
    const ids = assignIds(paths)
    expect(new Set(ids).size).toBe(paths.length)
    expect(ids[7]).toBe('p7/index')
  })
})

describe('the same result for every job count', () => {
  const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js')
  let tmp: ReturnType<typeof tempDir>
  beforeAll(() => {
    tmp = tempDir('deep')
    mkdirSync(join(tmp.dir, 'in'))
    writeFileSync(join(tmp.dir, 'in', 'deep.txt'), shapes[0]![1])
    writeFileSync(join(tmp.dir, 'in', 'plain.txt'), 'Pool\n\n“It opens soon,” the mayor said.\n')
  })
  afterAll(() => tmp?.cleanup())

  // Worker threads load the built module: this runs where `dist/` is built.
  test.skipIf(!existsSync(cli))('--jobs 1 and --jobs 2 give byte-identical reports with no errors (needs a build)', () => {
    const run = (jobs: string) => spawnSync(process.execPath, [cli, 'report', join(tmp.dir, 'in'), '--format', 'json', '--no-config', '--jobs', jobs], {cwd: tmp.dir, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 60_000})
    const one = run('1')
    const two = run('2')
    expect(one.status).toBe(0)
    expect(two.status).toBe(0)
    expect(JSON.parse(one.stdout).errors).toEqual([])
    expect(one.stdout).toBe(two.stdout)
  }, 90_000)
})
