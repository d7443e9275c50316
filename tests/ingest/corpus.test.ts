// The bundled corpus against the hand-labelled gold: chrome is excluded,
// article text is kept.
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {parseArticle} from '../../src/ingest/parse.js'
import {readInputs} from '../../src/ingest/read.js'
import type {Article} from '../../src/types.js'
import {checkOffsets, keptRanges, keptTexts, within} from './helpers.js'

interface Gold {
  articles: Record<string, {file: string; outlet: string; story: string; kind: string; author?: string}>
  findings: Array<{tier: string; claims: Array<{article: string; text: string}>}>
  single_source: Array<{article: string; text: string}>
  quotes: Array<{article: string; text: string}>
  not_article_text: Array<{article: string; text: string}>
}

const gold = JSON.parse(readFileSync(new URL('../fixtures/expected.json', import.meta.url), 'utf8')) as Gold
const corpus = new URL('../../corpus/', import.meta.url)
const articles = new Map<string, Article>()
for (const id of Object.keys(gold.articles)) {
  const source = readFileSync(new URL(`${id}.txt`, corpus), 'utf8')
  articles.set(id, parseArticle(source, {id, path: `corpus/${id}.txt`}))
}
const article = (id: string): Article => articles.get(id)!

/** All occurrences of `text` in the article source. */
function spans(a: Article, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let at = a.source.indexOf(text); at >= 0; at = a.source.indexOf(text, at + 1)) out.push([at, at + text.length])
  return out
}

test('corpus front matter gives outlet, story and kind as in the gold', () => {
  for (const [id, info] of Object.entries(gold.articles)) {
    const meta = article(id).meta
    expect(meta.outlet, id).toBe(info.outlet)
    expect(meta.story, id).toBe(info.story)
    expect(meta.kind, id).toBe(info.kind)
    if (info.author) expect(meta.author, id).toBe(info.author)
    // No article states its own publication date.
    expect(meta.published, id).toBeUndefined()
  }
})

test('corpus bodies are byte-identical to the seed articles', () => {
  for (const [id, info] of Object.entries(gold.articles)) {
    const seed = new URL(`../../../shared/seed-corpus/${info.file}`, import.meta.url)
    let text: string
    try {
      text = readFileSync(seed, 'utf8')
    } catch {
      continue // the seed folder is outside the package; skip where it is absent
    }
    const a = article(id)
    const front = a.excluded.find((range) => range.rule === 'front-matter')!
    expect(front.start).toBe(0)
    expect(a.source.slice(front.end)).toBe(text)
  }
})

describe('not_article_text entries are excluded as chrome', () => {
  for (const item of gold.not_article_text) {
    test(`${item.article}: ${item.text}`, () => {
      const a = article(item.article)
      const found = spans(a, item.text)
      expect(found.length).toBeGreaterThan(0)
      const chrome = a.excluded.filter((range) => range.rule.startsWith('chrome/'))
      const kept = keptRanges(a)
      for (const [start, end] of found) {
        expect(within(chrome, start, end), 'inside a chrome range').toBe(true)
        expect(kept.some((range) => range.start < end && start < range.end), 'outside every kept block').toBe(false)
      }
    })
  }
})

describe('article text is kept', () => {
  const items = [
    ...gold.findings.flatMap((finding) => finding.claims),
    ...gold.quotes,
    ...gold.single_source
  ]
  for (const item of items) {
    test(`${item.article}: ${item.text}`, () => {
      const a = article(item.article)
      const found = spans(a, item.text)
      expect(found.length).toBeGreaterThan(0)
      const kept = keptRanges(a)
      expect(found.some(([start, end]) => within(kept, start, end)), 'inside a kept block').toBe(true)
    })
  }
})

// Headline and body-line checks per article: [article, kept text, position].
// `first`/`last` = must be the first/last kept block; `kept` = anywhere.
const checks: Array<[string, string, 'first' | 'last' | 'kept']> = [
  ['bbc-liverpool', 'Liverpool children left at risk of harm by council failings', 'first'],
  ['bbc-liverpool', 'Children in need of help and protection were left at risk', 'kept'],
  ['bbc-liverpool', 'The inspection also found:', 'kept'],
  ['bbc-liverpool', 'Some children did not receive sufficient protection, even when', 'kept'],
  ['bbc-liverpool', "'Unacceptable failures'", 'kept'],
  ['bbc-liverpool', 'The council promised an improvement plan would be put in place', 'last'],
  ['bbc-sefton', 'Children left at risk amid Sefton Council failings', 'first'],
  ['bbc-sefton', "'Learn and improve'", 'kept'],
  ['bbc-sefton', '"Our main area for improvement must now focus', 'last'],
  ['echo-liverpool', "Leaders criticised over 'failure to understand' decline in children's services", 'first'],
  ['echo-liverpool', 'Senior leaders failed to understand the level', 'kept'],
  ['echo-liverpool', '“There is a lack of a child centred approach', 'last'],
  ['echo-sefton', 'Sefton Council has been slammed for not being', 'first'],
  ['echo-sefton', '"Our children and young people will remain at the heart', 'last'],
  ['lcc-liverpool', 'Children’s Services Ofsted inspection', 'first'],
  ['lcc-liverpool', 'The outcome of the inspection is that Ofsted rated services as:', 'kept'],
  ['lcc-liverpool', '• Overall effectiveness – Inadequate', 'kept'],
  ['lcc-liverpool', 'The full report can be read here:', 'last']
]

describe('headline and body lines', () => {
  test.each(checks)('%s: %s (%s)', (id, text, where) => {
    const kept = keptTexts(article(id))
    const index = kept.findIndex((line) => line.startsWith(text))
    expect(index, 'kept').toBeGreaterThanOrEqual(0)
    if (where === 'first') expect(index).toBe(0)
    if (where === 'last') expect(index).toBe(kept.length - 1)
  })

  test('the headline is a heading block where the title is known', () => {
    for (const id of ['bbc-liverpool', 'bbc-sefton', 'echo-liverpool', 'lcc-liverpool']) {
      expect(article(id).view.blocks[0]?.kind, id).toBe('heading')
    }
  })
})

test('offsets hold for every corpus article', () => {
  for (const a of articles.values()) {
    checkOffsets(a)
    for (const block of a.view.blocks) {
      expect(a.source.slice(a.view.toSource(block.start, 'start'), a.view.toSource(block.end, 'end'))).toBe(a.view.text.slice(block.start, block.end))
    }
  }
})

test('excluded and kept counts per article (for the report)', () => {
  const counts = Object.fromEntries([...articles].map(([id, a]) => [id, {excluded: a.excluded.length, kept: a.view.blocks.length}]))
  expect(counts).toEqual({
    'bbc-liverpool': {excluded: 5, kept: 28},
    'echo-liverpool': {excluded: 29, kept: 22},
    'lcc-liverpool': {excluded: 2, kept: 17},
    'echo-sefton': {excluded: 2, kept: 15},
    'bbc-sefton': {excluded: 3, kept: 15}
  })
})

test('readInputs reads the corpus folder without errors, in path order', async () => {
  const result = await readInputs([new URL('../../corpus', import.meta.url).pathname])
  expect(result.errors).toEqual([])
  expect(result.articles.map((a) => a.id)).toEqual(['bbc-liverpool', 'bbc-sefton', 'echo-liverpool', 'echo-sefton', 'lcc-liverpool'])
  expect(result.inputs.every((input) => input.status === 'ok')).toBe(true)
})
