/**
 * Limits and hostile shapes in ingestion: nesting depth (`too-deep`), lone-CR
 * front matter, and the linear replacements of regexes that backtracked
 * (title splitting, trailing list-heading marks).
 */
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {readFrontMatter} from '../../src/ingest/front-matter.js'
import {MAX_HTML_DEPTH, splitTitle} from '../../src/ingest/html.js'
import {MAX_MARKDOWN_DEPTH, markdownDepth} from '../../src/ingest/markdown.js'
import {parseArticle} from '../../src/ingest/parse.js'
import {codeOf} from './helpers.js'

describe('nesting depth: one policy, `too-deep` past the limit', () => {
  test.each([
    ['Markdown: 100 nested block quotes', 'markdown', `${'>'.repeat(MAX_MARKDOWN_DEPTH)} The council spent £5m.`, 'ok'],
    ['Markdown: 101 nested block quotes', 'markdown', `${'>'.repeat(MAX_MARKDOWN_DEPTH + 1)} The council spent £5m.`, 'too-deep'],
    ['Markdown: 10,000 nested block quotes', 'markdown', `${'>'.repeat(10_000)} The council spent £5m.`, 'too-deep'],
    ['Markdown: 100 nested list items', 'markdown', Array.from({length: 100}, (_, i) => `${'  '.repeat(i)}- item £${i}m`).join('\n'), 'ok'],
    ['Markdown: 101 nested list items', 'markdown', Array.from({length: 101}, (_, i) => `${'  '.repeat(i)}- item £${i}m`).join('\n'), 'too-deep'],
    ['Markdown: 500 flat list items', 'markdown', Array.from({length: 500}, (_, i) => `- item £${i}m`).join('\n'), 'ok'],
    ['Markdown: a long thematic break', 'markdown', `${'- '.repeat(5000)}\n\nThe council spent £5m.`, 'ok'],
    ['Markdown: 300 leading spaces (code)', 'markdown', `${' '.repeat(300)}code\n\nThe council spent £5m.`, 'ok'],
    ['HTML: 400 nested <div>s', 'html', `${'<div>'.repeat(400)}The council spent £5m.${'</div>'.repeat(400)}`, 'ok'],
    ['HTML: 600 nested <div>s', 'html', `${'<div>'.repeat(600)}The council spent £5m.${'</div>'.repeat(600)}`, 'too-deep'],
    ['HTML: 50,000 nested <div>s', 'html', `${'<div>'.repeat(50_000)}The council spent £5m.`, 'too-deep'],
    ['HTML: 10,000 unclosed <p>s (flat)', 'html', '<p>£1m '.repeat(10_000), 'ok']
  ] as const)('%s (%s)', (_name, format, source, expected) => {
    expect(codeOf(() => parseArticle(source, {format}))).toBe(expected)
  })

  test('the error says what the limit is', () => {
    expect(() => parseArticle('<div>'.repeat(MAX_HTML_DEPTH + 10), {format: 'html'})).toThrow(/more than 500 elements deep/)
    expect(() => parseArticle('>'.repeat(MAX_MARKDOWN_DEPTH + 1), {format: 'markdown'})).toThrow(/more than 100 levels deep/)
  })

  test('markdownDepth counts quotes and list items', () => {
    expect(markdownDepth('plain text\n\nmore')).toBe(0)
    expect(markdownDepth('> a\n> > b\n')).toBe(2)
    expect(markdownDepth('- a\n  - b\n    - c\n- d\n')).toBe(3)
    expect(markdownDepth('1. a\n   1) b\n')).toBe(2)
    expect(markdownDepth('- - - x')).toBe(3)
    expect(markdownDepth('---\n***\n- - -\n')).toBe(0)
    expect(markdownDepth('-notalist\n*emphasis*\n')).toBe(0)
  })
})

describe('front matter with any line ending', () => {
  const lf = '---\noutlet: Good Outlet\nstory: s\npublished: 2024-03-01\n---\nThe council spent £5m.\n'
  test.each([
    ['LF', lf],
    ['CRLF', lf.replace(/\n/g, '\r\n')],
    ['lone CR', lf.replace(/\n/g, '\r')],
    ['mixed', '---\routlet: Good Outlet\r\nstory: s\npublished: 2024-03-01\r---\rThe council spent £5m.\r']
  ])('%s', (_name, source) => {
    const front = readFrontMatter(source)!
    expect(front.meta).toEqual({outlet: 'Good Outlet', story: 's', published: '2024-03-01'})
    expect(source.slice(front.bodyStart)).toMatch(/^The council spent £5m\.\r?\n?$/)
    const article = parseArticle(source)
    expect(article.excluded[0]).toMatchObject({start: 0, end: front.bodyStart, rule: 'front-matter'})
    expect(article.view.blocks.map((b) => source.slice(b.start, b.end))).toEqual(['The council spent £5m.'])
  })
  test('a YAML error in lone-CR front matter is still a front-matter error', () => {
    expect(codeOf(() => parseArticle('---\routlet: [unclosed\r---\rText.\r'))).toBe('front-matter')
  })
})

describe('splitTitle = split(/\\s+[|–—-]\\s+/), in linear time', () => {
  const reference = (title: string): string[] => title.split(/\s+[|–—-]\s+/)
  test('agrees with the regex', () => {
    const piece = fc.constantFrom(' ', '  ', '\u00a0', '\t', '|', '-', '–', '—', 'a', 'News', ' - ', ' | ', '--')
    fc.assert(fc.property(fc.array(piece, {maxLength: 30}).map((p) => p.join('')), (title) => {
      expect(splitTitle(title)).toEqual(reference(title))
    }), {numRuns: 3000, seed: 3})
  })
  test('200,000 spaces in a title', () => {
    const title = `A${'\u00a0'.repeat(200_000)}B`
    const t0 = performance.now()
    expect(splitTitle(title)).toEqual([title])
    expect(performance.now() - t0).toBeLessThan(500)
  })
})
