import {fromMarkdown} from 'mdast-util-from-markdown'
import {describe, expect, test} from 'vitest'
import {renderMarkdown, renderReport} from '../../src/report/index.js'
import {escapeMarkdown, escapeMarkdownLine, markdownCode} from '../../src/report/escape.js'
import type {Finding} from '../../src/types.js'
import {makeFixture, makeHostileFixture, XSS} from './fixture.js'

interface Node {
  type: string
  value?: string
  url?: string
  children?: Node[]
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node)
  for (const child of node.children ?? []) walk(child, visit)
}

/** All text of a Markdown document as a CommonMark parser reads it. */
function textOf(markdown: string): string {
  let out = ''
  walk(fromMarkdown(markdown) as Node, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') out += n.value ?? ''
  })
  return out
}

describe('renderMarkdown', () => {
  test('title, summary, a heading per story', () => {
    const {report} = makeFixture()
    const md = renderMarkdown(report)
    expect(md.startsWith('# Corroborate report\n')).toBe(true)
    expect(md).toContain('| Articles | [6 read](#articles) (5 ok, 1 error) |')
    expect(md).toContain('| Findings | 11: 3 differ, 5 agree, 3 single-source |')
    expect(md).toMatch(/^### Story: liverpool-ofsted$/m)
    expect(md).toMatch(/^### Story: sefton-ofsted$/m)
    expect(md).toMatch(/^- `sefton-ofsted`: \*\*Liverpool Echo\*\* \(`echo-sefton`\), \*\*BBC News\*\* \(`bbc-sefton`\) · 1 differ, 2 agree, 0 single source/m)
    expect(md.endsWith('\n')).toBe(true)
    expect(md).not.toMatch(/\n\n\n/)
    expect(renderMarkdown(report, {title: 'Ofsted *check*'})).toMatch(/^# Ofsted \\\*check\\\*\n/)
    expect(renderReport(report, 'markdown')).toBe(md)
  })

  test('the differences of all stories first, then agreements, then the collapsible single-source lists', () => {
    const {report} = makeFixture()
    const md = renderMarkdown(report)
    const at = (f: Finding) => md.indexOf(textOf(f.message) === f.message ? f.message.slice(0, 30) : f.message.slice(0, 10))
    const of = (v: string) => report.findings.filter((f) => f.verdict === v).map(at)
    for (const i of [...of('differ'), ...of('agree'), ...of('single-source')]) expect(i).toBeGreaterThan(-1)
    expect(new Set(report.findings.filter((f) => f.verdict === 'differ').map((f) => f.story)).size).toBe(2)
    expect(md.indexOf('\n## Differences\n')).toBeLessThan(Math.min(...of('differ')))
    expect(Math.max(...of('differ'))).toBeLessThan(md.indexOf('\n## Agreements\n'))
    expect(md.indexOf('\n## Agreements\n')).toBeLessThan(Math.min(...of('agree')))
    expect(Math.max(...of('agree'))).toBeLessThan(md.indexOf('\n## Single source\n'))
    expect(Math.min(...of('single-source'))).toBeGreaterThan(md.indexOf('<details>'))
    // The summary rows link to their sections (GitHub's heading anchors).
    expect(md).toContain('| Differ | [3](#differences) |')
    expect(md).toContain('| Agree | [5](#agreements) |')
    expect(md).toContain('| Single source | [3](#single-source) |')
    expect(md).toContain('| Stories | [2](#stories) |')
  })

  test('report-level notes (claims not compared) get a section and a summary row', () => {
    const {report} = makeFixture()
    report.notes = ['not compared: claim bbc-liverpool#role@1-2: no *person* named']
    const md = renderMarkdown(report)
    expect(md).toContain('| Not compared | [1](#not-compared) |')
    const section = md.slice(md.indexOf('\n## Not compared\n'), md.indexOf('\n## Stories\n'))
    expect(section).toContain('bbc-liverpool#role@1-2')
    expect(section).toContain('no \\*person\\* named\n')
    expect(renderMarkdown(makeFixture().report)).not.toContain('Not compared')
  })

  test('claim highlighted in its sentence, speaker, notes, reason and confidence, quote diff', () => {
    const md = renderMarkdown(makeFixture().report)
    expect(md).toContain('- **BBC News**: The council said it had invested **£10m** in the service')
    expect(md).toContain('*speaker: Martin Birch*')
    expect(md).toContain('reason `quote-words-changed` · confidence 93%')
    expect(md).toContain('> Note: Liverpool Echo is more precise: 18 January 2019')
    expect(md).toContain('Words (~~only BBC News~~, **only Liverpool Echo**): We are ~~really~~ pleased with the progress our ~~teams~~ **social workers** have made')
    expect(md).toContain('Liverpool Echo cuts “~~really~~” and “~~teams~~” and adds “**social workers**” (compared with BBC News).')
  })

  test('errors and articles (status, excluded ranges) at the end', () => {
    const md = renderMarkdown(makeFixture().report)
    expect(md).toContain('| `broken` | — | — | — | — | — | **error** `invalid-utf8` | 0 | none |')
    expect(md).toContain('4 (chrome/byline ×1, chrome/navigation ×1, chrome/read-more ×1, chrome/social ×1)')
    expect(md.indexOf('## Errors')).toBeGreaterThan(md.indexOf('## Articles'))
    expect(md).toContain('- `corpus/broken.txt` — **invalid-utf8**: corpus/broken.txt: not valid UTF-8 at byte 1893')
  })

  test('escapes Markdown in article text: * _ [ ] < > | ` ~ & $ # stay literal', () => {
    const {report} = makeFixture()
    const hostile = 'a *b* __c__ [d](http://e.test) <f> | g `h` ~~i~~ &amp; $x$ # j ![k](l)'
    const claim = report.claims.find((c) => c.id.startsWith('bbc-liverpool#money'))
    if (!claim) throw new Error('fixture')
    claim.sentence = {...claim.sentence, text: `${hostile} ${claim.text}`, start: claim.start - hostile.length - 1}
    const outlet = report.articles.find((a) => a.id === 'bbc-liverpool')
    if (!outlet) throw new Error('fixture')
    outlet.outlet = 'BBC | *News*'
    outlet.title = '<b>Title</b> | x'
    const md = renderMarkdown(report)
    const tree = fromMarkdown(md) as Node
    walk(tree, (n) => {
      // The only links are the summary's, to the report's own sections.
      if (n.type === 'link') expect(String((n as unknown as {url: string}).url)).toMatch(/^#(differences|agreements|single-source|not-compared|stories|articles)$/)
      expect(n.type).not.toBe('image')
      if (n.type === 'html') expect(n.value).toMatch(/^<\/?(details|summary)>|^<summary>[^<]*<\/summary>$/)
    })
    const text = textOf(md)
    expect(text).toContain(hostile)
    expect(text).toContain('BBC | *News*')
    expect(md).toContain('BBC \\| \\*News\\*')
    expect(md).toContain('\\<b\\>Title\\</b\\> \\| x')
    // Table rows keep their nine cells.
    const row = md.split('\n').find((l) => l.startsWith('| `bbc-liverpool`'))
    expect(row?.split(/(?<!\\)\|/).length).toBe(11)
  })

  test('hostile report: no raw HTML from article text, every payload literal', () => {
    const {report} = makeHostileFixture()
    const md = renderMarkdown(report)
    // Code spans (ids, paths) are literal by definition; everywhere else no payload survives as written.
    const outsideCode = md.replace(/(`+)[^`]*?\1/g, '')
    // `javascript:alert(1)` as plain text is harmless in Markdown: it only matters as a link, and no link node may exist.
    for (const payload of Object.values(XSS).filter((p) => p !== XSS.js)) expect(outsideCode).not.toContain(payload)
    expect(md).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    walk(fromMarkdown(md) as Node, (n) => {
      if (n.type === 'html') expect(n.value).toMatch(/^<\/?(details|summary)>|^<summary>[^<]*<\/summary>$/)
      if (n.type === 'link') expect(String((n as unknown as {url: string}).url)).toMatch(/^#(differences|agreements|single-source|not-compared|stories|articles)$/)
    })
    const text = textOf(md)
    expect(text).toContain(XSS.script)
    expect(text).toContain(XSS.img)
    expect(text).toContain('[U+202E]evil[U+202C]')
  })

  test('a message that looks like block syntax stays a paragraph', () => {
    const {report} = makeFixture()
    const finding = report.findings[0] as Finding
    finding.message = '1. - # > not a list'
    const md = renderMarkdown(report)
    const tree = fromMarkdown(md) as Node
    let lists = 0
    walk(tree, (n) => {
      if (n.type === 'list') lists++
    })
    const plain = renderMarkdown(makeFixture().report)
    let expected = 0
    walk(fromMarkdown(plain) as Node, (n) => {
      if (n.type === 'list') expected++
    })
    expect(lists).toBe(expected)
    expect(textOf(md)).toContain('1. - # > not a list')
  })
})

describe('markdown escaping helpers', () => {
  test.each([
    ['*_[]<>|', '\\*\\_\\[\\]\\<\\>\\|'],
    ['a\nb   c', 'a b c'],
    ['\u202E', '[U+202E]'],
    ['a\\b', 'a\\\\b']
  ])('escapeMarkdown(%j)', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected)
  })

  test('escapeMarkdownLine escapes block starts', () => {
    expect(escapeMarkdownLine('- x')).toBe('\\- x')
    expect(escapeMarkdownLine('12. x')).toBe('12\\. x')
    expect(escapeMarkdownLine('3) x')).toBe('3\\) x')
    expect(escapeMarkdownLine('=== x')).toBe('\\=== x')
  })

  test('markdownCode fences backticks and escapes pipes', () => {
    expect(markdownCode('a')).toBe('`a`')
    expect(markdownCode('a`b')).toBe('``a`b``')
    expect(markdownCode('`a')).toBe('`` `a ``')
    expect(markdownCode('a|b')).toBe('`a\\|b`')
    expect(textOf(`x ${markdownCode('a``b`')} y`)).toBe('x a``b` y')
  })
})
