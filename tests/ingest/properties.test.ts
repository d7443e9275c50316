// Property tests: parseArticle on arbitrary input.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {parseArticle} from '../../src/ingest/parse.js'
import {IngestError} from '../../src/ingest/errors.js'
import type {Article, ArticleFormat} from '../../src/types.js'

/** Parse, allowing only IngestError. */
function tryParse(source: string, format: ArticleFormat): Article | null {
  try {
    return parseArticle(source, {format})
  } catch (error) {
    if (error instanceof IngestError) return null
    throw error
  }
}

function checkInvariants(article: Article): void {
  const {view, source} = article
  let previous = 0
  for (const block of view.blocks) {
    expect(block.start).toBeGreaterThanOrEqual(previous)
    expect(block.end).toBeGreaterThan(block.start)
    expect(block.end).toBeLessThanOrEqual(view.text.length)
    previous = block.end
    const s = view.toSource(block.start, 'start')
    const e = view.toSource(block.end, 'end')
    expect(s).toBeLessThan(e)
  }
  let last = 0
  for (let offset = 0; offset <= view.text.length; offset++) {
    for (const side of ['start', 'end'] as const) {
      const mapped = view.toSource(offset, side)
      expect(mapped).toBeGreaterThanOrEqual(0)
      expect(mapped).toBeLessThanOrEqual(source.length)
    }
    const mapped = view.toSource(offset, 'start')
    expect(mapped).toBeGreaterThanOrEqual(last)
    last = mapped
  }
  for (let i = 0; i < article.excluded.length; i++) {
    const range = article.excluded[i]!
    expect(range.start).toBeLessThanOrEqual(range.end)
    expect(range.end).toBeLessThanOrEqual(source.length)
    if (i > 0) expect(range.start).toBeGreaterThanOrEqual(article.excluded[i - 1]!.start)
  }
}

// Text with the characters that matter: markup, entities, line endings, prompts.
const pieces = fc.constantFrom('\n', '\r\n', '\r', ' ', '---', '# ', '- ', '* ', '**', '[', '](', ')', '<p>', '</p>', '<b>', '<script>', '</script>', '<article>', '<!--', '-->', '&amp;', '&pound;', '&#x1F600;', '&bogus;', 'Sign up', 'READ MORE: ', 'Related', 'Published', 'By Ann Lee', '£10m', 'The council said.', '\u00a0', '\uFEFF', '"', '“', '’', 'é', '😀', '\\', '`', '>', ':', 'a: &a [1]', '*a')
const textish = fc.oneof(fc.string({maxLength: 200}), fc.array(pieces, {maxLength: 60}).map((parts) => parts.join('')))
const frontMatter = fc.tuple(fc.constantFrom('---\n', '---\r\n'), fc.array(fc.constantFrom('outlet: X\n', 'story: s\n', 'title: T\n', 'published: 2020-01-02\n', 'published: soon\n', 'outlet: 3\n', 'a: [\n', ': :\n', '- x\n'), {maxLength: 4}), fc.constantFrom('---\n', '---', '...\n', ''))
  .map(([open, lines, close]) => open + lines.join('') + close)

describe.each(['text', 'markdown', 'html'] as const)('parseArticle (%s)', (format) => {
  test('never throws anything but IngestError; invariants hold', () => {
    fc.assert(
      fc.property(textish, (source) => {
        const article = tryParse(source, format)
        if (article) checkInvariants(article)
      }),
      {numRuns: 300}
    )
  })

  test('with a front matter prefix', () => {
    fc.assert(
      fc.property(frontMatter, textish, (front, body) => {
        const article = tryParse(front + body, format)
        if (article) checkInvariants(article)
      }),
      {numRuns: 200}
    )
  })

  test('deterministic', () => {
    fc.assert(
      fc.property(textish, (source) => {
        const a = tryParse(source, format)
        const b = tryParse(source, format)
        expect(JSON.stringify(a && {...a, view: {text: a.view.text, blocks: a.view.blocks}})).toBe(JSON.stringify(b && {...b, view: {text: b.view.text, blocks: b.view.blocks}}))
      }),
      {numRuns: 100}
    )
  })
})

test('plain text blocks are the source itself', () => {
  fc.assert(
    fc.property(textish, (source) => {
      const article = tryParse(source, 'text')
      if (!article) return
      for (const block of article.view.blocks) {
        expect(article.source.slice(article.view.toSource(block.start, 'start'), article.view.toSource(block.end, 'end'))).toBe(article.view.text.slice(block.start, block.end))
      }
    }),
    {numRuns: 300}
  )
})
