// Checks of the alignment data: every expected file of every part that exists
// (seed corpus, tests/fixtures/align/dev, tests/fixtures/align/test). The
// checks read the data only; they never run the library on it.
import {existsSync, readFileSync} from 'node:fs'
import {basename, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {GOLD_KINDS, GOLD_TIERS, GOLD_VERDICTS, parseGold, type AlignGold, type GoldClaim} from '../../src/eval/align/gold.js'
import {locatePart, PART_NAMES, type PartLocation} from '../../src/eval/align/load.js'
import {occurrences} from '../../src/eval/align/match.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const found = PART_NAMES.map((name) => locatePart(root, name)).filter((p): p is PartLocation => !('status' in p))

/** The YAML front matter of an article file, or null. */
function frontMatter(source: string): Record<string, unknown> | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source.replace(/^\uFEFF/, ''))
  if (m === null) return null
  const value: unknown = parseYaml(m[1]!)
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null
}

test('the seed part is always there', () => {
  expect(found.map((p) => p.name)).toContain('seed')
})

for (const part of found) {
  describe(`part ${part.name}`, () => {
    const golds: Array<{file: string; gold: AlignGold}> = part.expected.map((file) => ({file: basename(file), gold: parseGold(readFileSync(file, 'utf8'), file)}))

    for (const {file, gold} of golds) {
      describe(file, () => {
        const text = (article: string): string | undefined => {
          const a = gold.articles[article]
          if (a === undefined) return undefined
          const path = resolve(part.base, a.file)
          return existsSync(path) ? readFileSync(path, 'utf8') : undefined
        }

        test('article files exist, with an outlet in front matter', () => {
          for (const [id, article] of Object.entries(gold.articles)) {
            const source = text(id)
            expect(source, `${id}: ${article.file} missing`).toBeDefined()
            const meta = frontMatter(source!)
            expect(typeof meta?.outlet === 'string' && meta.outlet.trim() !== '', `${id}: no outlet in front matter`).toBe(true)
            if (part.name !== 'seed') {
              expect(meta?.story, `${id}: front matter must not give the story`).toBeUndefined()
              expect(basename(article.file).replace(/\.[^.]+$/, ''), `${id}: file name is not the id`).toBe(id)
            }
          }
        })

        test('every text is an exact substring of its article file', () => {
          const items: Array<{where: string; item: GoldClaim}> = [
            ...gold.findings.flatMap((f) => f.claims.map((item) => ({where: `finding ${f.id}`, item}))),
            ...gold.single_source.map((item) => ({where: 'single_source', item})),
            ...gold.quotes.map((item) => ({where: 'quotes', item})),
            ...gold.not_article_text.map((item) => ({where: 'not_article_text', item}))
          ]
          for (const {where, item} of items) {
            expect(gold.articles[item.article], `${where}: unknown article ${item.article}`).toBeDefined()
            expect(occurrences(text(item.article) ?? '', item.text).length, `${where}: ${item.article}: ${JSON.stringify(item.text)}`).toBeGreaterThan(0)
          }
        })

        test('verdicts, kinds and tiers are valid; differ and unrelated have notes', () => {
          const ids = new Set<string>()
          for (const f of gold.findings) {
            expect(ids.has(f.id), `duplicate finding id ${f.id}`).toBe(false)
            ids.add(f.id)
            expect(GOLD_VERDICTS).toContain(f.verdict)
            expect(GOLD_KINDS).toContain(f.kind)
            expect(GOLD_TIERS).toContain(f.tier)
            expect(f.claims.length, `${f.id}: fewer than two claims`).toBeGreaterThanOrEqual(2)
            if (f.verdict !== 'agree') expect((f.note ?? '').trim().length, `${f.id}: ${f.verdict} without a note`).toBeGreaterThan(0)
            if (f.verdict !== 'unrelated') expect(new Set(f.claims.map((c) => c.article)).size, `${f.id}: claims of one article only`).toBeGreaterThanOrEqual(2)
          }
          for (const s of gold.single_source) expect(GOLD_KINDS).toContain(s.kind)
          for (const q of gold.quotes) expect(q.speaker.trim()).not.toBe('')
        })
      })
    }
  })
}
