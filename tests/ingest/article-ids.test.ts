// Article ids: one per path, unique for every set of paths, stable across input order.
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {assignIds} from '../../src/ingest/article-ids.js'
import {readInputs} from '../../src/ingest/read.js'
import {createChecker} from '../../src/index.js'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-ids-'))
  await writeFile(join(dir, 'x.txt'), 'Plain text says the pool cost £1m.\n')
  await writeFile(join(dir, 'x.md'), '# Markdown\n\nMarkdown says the pool cost £2m.\n')
  await writeFile(join(dir, 'x.txt.txt'), 'Double extension says the pool cost £3m.\n')
  await mkdir(join(dir, 'x'))
  await writeFile(join(dir, 'x', 'x.txt'), 'Nested says the pool cost £4m.\n')
})
afterAll(async () => {
  await rm(dir, {recursive: true, force: true})
})

describe('two files, one id (issue 13, point 2)', () => {
  test('x.txt, x.md, x.txt.txt and x/x.txt: four articles, four ids, each once', async () => {
    const read = await readInputs([dir])
    const ids = read.articles.map((a) => a.id)
    expect(new Set(ids).size).toBe(4)
    expect(read.articles.map((a) => a.path).sort()).toEqual(['x.md', 'x.txt', 'x.txt.txt', 'x/x.txt'].map((f) => join(dir, ...f.split('/'))).sort())
    const report = await createChecker().report(dir)
    expect(report.articles.map((a) => a.id).sort()).toEqual([...ids].sort())
    // Each article's claims appear once: four different amounts, one claim each.
    const amounts = report.claims.filter((c) => c.kind === 'money').map((c) => c.text).sort()
    expect(amounts).toEqual(['£1m', '£2m', '£3m', '£4m'])
  })

  test('ids do not depend on the order the paths are given in', async () => {
    const files = ['x.txt.txt', 'x.md', 'x/x.txt', 'x.txt'].map((f) => join(dir, ...f.split('/')))
    const a = await readInputs(files)
    const b = await readInputs([...files].reverse())
    expect(a.articles.map((x) => [x.path, x.id])).toEqual(b.articles.map((x) => [x.path, x.id]))
  })
})

describe('assignIds', () => {
  const segment = fc.constantFrom('x', 'y', 'x.txt', 'x.md', 'a', 'a.b')
  const ext = fc.constantFrom('.txt', '.md', '.html', '.txt.txt', '')
  const path = fc.tuple(fc.array(segment, {maxLength: 3}), segment, ext).map(([dirs, name, e]) => ['root', ...dirs, name + e].join('/'))
  const paths = fc.uniqueArray(path, {maxLength: 12})

  test('distinct paths get distinct ids', () => {
    fc.assert(fc.property(paths, (list) => {
      const ids = assignIds(list)
      expect(new Set(ids).size).toBe(list.length)
    }), {seed: 13, numRuns: 2000})
  })

  test('the id of a path does not depend on the order of the set', () => {
    fc.assert(fc.property(paths.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, {minLength: list.length, maxLength: list.length}))), ([list, shuffled]) => {
      const ids = new Map(list.map((p, k) => [p, assignIds(list)[k]]))
      const again = assignIds(shuffled)
      shuffled.forEach((p, k) => expect(again[k]).toBe(ids.get(p)))
    }), {seed: 13, numRuns: 1000})
  })

  test('short ids where the names do not clash', () => {
    expect(assignIds(['a/story.txt', 'b/other.md'])).toEqual(['story', 'other'])
    expect(assignIds(['a/story.txt', 'b/story.md'])).toEqual(['a/story', 'b/story'])
    expect(assignIds(['d/x.txt', 'd/x.md', 'd/x.txt.txt'])).toEqual(['x.txt', 'x.md', 'x.txt.txt'])
  })
})
