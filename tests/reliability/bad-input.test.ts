/**
 * Bad input files: each case is created in a temp dir at test time and read
 * through the public API (`createChecker().report(dir)`) and the CLI
 * (`report DIR --format json --no-config`). Every case must give a correct
 * result or a clear per-file error (`errors[]` with path, code and message):
 * never an exception or a stack trace, never a silent drop; every input file
 * is listed in `report.articles`, and the good file beside it still comes
 * through.
 *
 * The 10 MB line, the 50 MB article and the 10,000-file folder run only with
 * CORROBORATE_STRESS=1: they take longer than a CI test should (report() runs at
 * about 7-15 s per MB of dense text on a loaded 2-core machine). CI runs a
 * 1 MB line and 1,000 files instead.
 */
import {chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {createChecker, type Report} from '../../src/index.js'
import {corpusTexts, expectExactOffsets, expectReportOffsets, runCli, tempDir} from './helpers.js'

const root = join(import.meta.dirname, '../..')
const checker = createChecker()
const STRESS = process.env.CORROBORATE_STRESS === '1'

const GOOD = `---
outlet: Good Outlet
story: bad-input
published: 2024-03-01
---
The council spent £5m on 12 new schools in March 2023, the mayor said.
"We are proud of it," said Jane Smith, the council leader.
`

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

function pngBytes(): Buffer {
  const random = Buffer.alloc(4096)
  let x = 0x2545f491
  for (let i = 0; i < random.length; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5
    random[i] = x & 0xff
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), random])
}

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
}

const BILLION_LAUGHS = `---
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
outlet: Bomb
---
The council spent £5m.
`

const HOSTILE_HTML = `<!doctype html>
<html><head><title>Council spends £5m</title>
<meta property="og:site_name" content="HTML Outlet">
<style>body::after { content: "£99m on 77 schools in 1999"; }</style>
<script>var claim = "The council spent £88m on 66 schools in March 1988, he said."; document.write(claim)</script>
<script type="application/ld+json">{"headline": "£77m spent on 55 schools"}</script>
</head><body>
<!-- The council spent £66m on 44 schools in 1977, a hidden comment said. -->
<iframe src="https://example.com/ad">The council spent £55m in the iframe.</iframe>
<noscript>The council spent £44m in noscript.</noscript>
<template><p>The council spent £33m in a template.</p></template>
<article><h1>Council spends £5m</h1>
<p>The council spent £5m on 12 new schools in March 2023, the mayor said.</p>
<p>"We are proud of it," said Jane Smith.</p>
<script>window.__x = "£22m on 11 schools"</script>
</article></body></html>
`

type Expect = 'ok' | string
interface Case {
  /** File name in the fixture dir (the case's input). */
  name: string
  /** Human description, for the table. */
  what: string
  /** Write the case into `dir`; return false when the case cannot be set up here. */
  setup: (dir: string, path: string) => void
  /** `ok`, or the InputError code expected; `ok|code` for either. */
  expect: Expect
  note?: string
}

const CASES: Case[] = [
  {name: 'empty.txt', what: 'empty file (0 bytes)', setup: (_d, p) => writeFileSync(p, ''), expect: 'empty'},
  {name: 'whitespace.txt', what: 'whitespace only', setup: (_d, p) => writeFileSync(p, ' \n\t\r\n  \u00a0\n'), expect: 'empty'},
  {name: 'binary.txt', what: 'binary (PNG header + random bytes)', setup: (_d, p) => writeFileSync(p, pngBytes()), expect: 'binary'},
  {name: 'invalid-utf8.txt', what: 'invalid UTF-8 (lone 0xFF, truncated sequence)', setup: (_d, p) => writeFileSync(p, Buffer.concat([Buffer.from('The council spent £5m '), Buffer.from([0xff, 0xc3]), Buffer.from(' on roads.\n')])), expect: 'invalid-utf8'},
  {name: 'bom-utf8.txt', what: 'UTF-8 with BOM', setup: (_d, p) => writeFileSync(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('The council spent £5m on 12 schools in March 2023.\n')])), expect: 'ok'},
  {name: 'utf16le.txt', what: 'UTF-16LE with BOM', setup: (_d, p) => writeFileSync(p, utf16le('The council spent £5m on 12 schools in March 2023.\r\n"It is good," said Jane Smith.\r\n')), expect: 'ok'},
  {name: 'crlf.md', what: 'CRLF line endings (with front matter)', setup: (_d, p) => writeFileSync(p, GOOD.replace(/\n/g, '\r\n') + 'More: it cost £2.5m.\r\n\r\nAnother paragraph said 40% of 300 pupils.\r\n'), expect: 'ok'},
  {name: 'lone-cr.txt', what: 'lone-CR line endings (with front matter)', setup: (_d, p) => writeFileSync(p, GOOD.replace(/\n/g, '\r') + 'More: it cost £2.5m.\r\rAnother paragraph said 40% of 300 pupils.\r'), expect: 'ok'},
  {name: 'nul.txt', what: 'NUL bytes inside text', setup: (_d, p) => writeFileSync(p, 'The council spent £5m\u0000 on 12 schools.\u0000\n'), expect: 'binary'},
  {name: 'fm-unclosed.md', what: 'malformed front matter (no closing ---)', setup: (_d, p) => writeFileSync(p, '---\noutlet: X\nThe council spent £5m.\n'), expect: 'front-matter'},
  {name: 'fm-syntax.md', what: 'malformed front matter (YAML syntax error)', setup: (_d, p) => writeFileSync(p, '---\noutlet: [unclosed\ntitle: "x\n---\nThe council spent £5m.\n'), expect: 'front-matter'},
  {name: 'fm-list.md', what: 'front matter that is a list, not a mapping', setup: (_d, p) => writeFileSync(p, '---\n- a\n- b\n---\nThe council spent £5m.\n'), expect: 'front-matter'},
  {name: 'fm-billion-laughs.md', what: 'hostile front matter: YAML alias bomb ("billion laughs")', setup: (_d, p) => writeFileSync(p, BILLION_LAUGHS), expect: 'front-matter'},
  {name: 'fm-outlet-number.md', what: 'hostile front matter: non-string outlet (42)', setup: (_d, p) => writeFileSync(p, '---\noutlet: 42\n---\nThe council spent £5m.\n'), expect: 'front-matter'},
  {name: 'fm-outlet-object.md', what: 'hostile front matter: outlet is a mapping', setup: (_d, p) => writeFileSync(p, '---\noutlet: {toString: evil}\n---\nThe council spent £5m.\n'), expect: 'front-matter'},
  {name: 'fm-published.md', what: 'front matter: `published` not a date (a warning on the record; the article is read)', setup: (_d, p) => writeFileSync(p, '---\npublished: yesterday-ish\n---\nThe council spent £5m.\n'), expect: 'ok'},
  {name: 'fm-huge-key.md', what: 'hostile front matter: a 1 MB key', setup: (_d, p) => writeFileSync(p, `---\n${'k'.repeat(1_000_000)}: v\noutlet: Huge Key\n---\nThe council spent £5m.\n`), expect: 'ok|front-matter'},
  {name: 'fm-proto.md', what: 'hostile front matter: __proto__ / constructor keys', setup: (_d, p) => writeFileSync(p, '---\n__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\noutlet: Proto\n---\nThe council spent £5m.\n'), expect: 'ok|front-matter'},
  {
    name: 'unreadable.txt',
    what: isRoot ? 'unreadable: running as root, so chmod 000 does not stop reading; a dangling symlink is used instead' : 'unreadable file (chmod 000)',
    setup: (_d, p) => {
      if (isRoot) symlinkSync(join('no', 'such', 'target.txt'), p)
      else {
        writeFileSync(p, 'The council spent £5m.\n')
        chmodSync(p, 0o000)
      }
    },
    expect: 'unreadable'
  },
  {name: 'chmod000.txt', what: 'chmod 000 file (readable anyway when run as root)', setup: (_d, p) => { writeFileSync(p, 'The council spent £5m.\n'); chmodSync(p, 0o000) }, expect: isRoot ? 'ok' : 'unreadable'},
  {name: 'dir-named-like-file.txt', what: 'a directory named like a file (walked as a folder: holds one article)', setup: (_d, p) => { mkdirSync(p); writeFileSync(join(p, 'inner.txt'), 'The council spent £7m.\n') }, expect: 'dir'},
  {name: 'loop-a.txt', what: 'symlink loop (loop-a.txt → loop-b.txt → loop-a.txt)', setup: (d, p) => { symlinkSync('loop-b.txt', p); symlinkSync('loop-a.txt', join(d, 'loop-b.txt')) }, expect: 'unreadable'},
  {name: 'loop-dir', what: 'directory symlink loop (loop-dir/up → ..)', setup: (_d, p) => { mkdirSync(p); symlinkSync('..', join(p, 'up')) }, expect: 'dir'},
  {name: 'hostile.html', what: 'HTML with scripts, styles, iframes, comments, noscript, template', setup: (_d, p) => writeFileSync(p, HOSTILE_HTML), expect: 'ok'},
  // One policy for deep nesting: deeper than the format's limit (HTML 500
  // elements, Markdown 100 quote/list levels) is `too-deep`, whatever the
  // stack; up to the limit the file is read.
  {name: 'deep-nesting.html', what: 'HTML with 3,000 nested <div>s', setup: (_d, p) => writeFileSync(p, `${'<div>'.repeat(3000)}<p>The council spent £5m in March 2023.</p>${'</div>'.repeat(3000)}`), expect: 'too-deep', note: 'never a stack overflow reported as unreadable'},
  {name: 'deeper-nesting.html', what: 'HTML with 20,000 nested <div>s', setup: (_d, p) => writeFileSync(p, `${'<div>'.repeat(20_000)}<p>The council spent £5m in March 2023.</p>${'</div>'.repeat(20_000)}`), expect: 'too-deep'},
  {name: 'nesting-400.html', what: 'HTML with 400 nested <div>s (under the limit)', setup: (_d, p) => writeFileSync(p, `${'<div>'.repeat(400)}<p>The council spent £5m in March 2023.</p>${'</div>'.repeat(400)}`), expect: 'ok'},
  {name: 'deep-nesting.md', what: 'Markdown with 10,000 nested blockquotes', setup: (_d, p) => writeFileSync(p, `${'>'.repeat(10_000)} The council spent £5m in March 2023.\n`), expect: 'too-deep'},
  {name: 'deep-list.md', what: 'Markdown with 500 nested list items', setup: (_d, p) => writeFileSync(p, Array.from({length: 500}, (_, i) => `${'  '.repeat(i)}- item £${i}m`).join('\n')), expect: 'too-deep'},
  {name: 'nesting-50.md', what: 'Markdown with 50 nested blockquotes (under the limit)', setup: (_d, p) => writeFileSync(p, `${'>'.repeat(50)} The council spent £5m in March 2023.\n`), expect: 'ok'},
  {name: 'good.txt', what: 'a good article beside them', setup: (_d, p) => writeFileSync(p, GOOD), expect: 'ok'}
]

/** The files a case puts in the report (a symlink loop has two). */
function filesOf(c: Case): string[] {
  if (c.name === 'loop-a.txt') return ['loop-a.txt', 'loop-b.txt']
  if (c.name === 'dir-named-like-file.txt') return ['dir-named-like-file.txt/inner.txt']
  if (c.name === 'loop-dir') return []
  return [c.name]
}

let tmp: ReturnType<typeof tempDir>
let dir: string
let report: Report
const table: Array<{what: string; file: string; outcome: string}> = []

function recordOf(r: Report, file: string) {
  return r.articles.find((a) => a.path === join(dir, file) || (a.path !== null && a.path.endsWith(`/${file}`)))
}

function outcome(r: Report, file: string): string {
  const record = recordOf(r, file)
  if (!record) return 'MISSING'
  return record.status === 'ok' ? 'ok' : (record.error?.code ?? 'error without code')
}

beforeAll(async () => {
  tmp = tempDir('bad-input')
  dir = tmp.dir
  for (const c of CASES) c.setup(dir, join(dir, c.name))
  report = await checker.report(dir)
})

afterAll(() => {
  if (table.length > 0) {
    console.log(['| case | file | outcome |', '|---|---|---|', ...table.map((row) => `| ${row.what} | \`${row.file}\` | ${row.outcome} |`)].join('\n'))
  }
  tmp?.cleanup()
})

describe('bad files, one folder: createChecker().report(dir)', () => {
  test.each(CASES.map((c) => [c.name, c]))('%s', (_name, c) => {
    const files = filesOf(c)
    for (const file of files) {
      const got = outcome(report, file)
      table.push({what: c.what, file, outcome: got})
      if (c.expect === 'dir') expect(got).toBe('ok')
      else expect(c.expect.split('|')).toContain(got)
      const record = recordOf(report, file)!
      if (record.status === 'error') {
        // A clear per-file error: in errors[], with the path and a reason naming it.
        const error = report.errors.find((e) => e.path === record.path)
        expect(error, `errors[] has ${file}`).toBeDefined()
        expect(error!.message).toContain(file.split('/').pop()!)
        expect(error!.message).not.toMatch(/\n\s+at /)
      }
    }
    if (c.name === 'loop-dir') table.push({what: c.what, file: 'loop-dir/', outcome: 'ok (walk ends; nothing inside)'})
  })

  test('every file is listed, nothing else, and the good one is read', () => {
    const expected = CASES.flatMap(filesOf).map((f) => join(dir, f)).sort()
    expect(report.articles.map((a) => a.path).sort()).toEqual(expected)
    expect(report.claims.filter((c) => c.article === 'good').map((c) => c.text)).toContain('in March 2023')
  })

  test('offsets slice exactly for every article read (BOM, UTF-16, CRLF, lone CR, HTML)', async () => {
    const read = await checker.read(dir)
    const sources: Record<string, string> = {}
    for (const article of read.articles) {
      sources[article.id] = article.source
      expectExactOffsets(article, checker.extract(article))
    }
    expectReportOffsets(report, sources)
    // The BOM is removed: offsets count from the character after it.
    const bom = read.articles.find((a) => a.id === 'bom-utf8')!
    expect(bom.source.startsWith('The council')).toBe(true)
    const crlf = read.articles.find((a) => a.id === 'crlf')!
    expect(crlf.meta.outlet).toBe('Good Outlet')
    // Each of these files states "March 2023": the date matcher must find it.
    for (const id of ['bom-utf8', 'utf16le', 'crlf']) {
      expect(report.claims.filter((c) => c.article === id).map((c) => c.text), id).toContain('in March 2023')
    }
  })

  test('lone-CR front matter is read like LF (readFrontMatter accepts any line ending)', async () => {
    const read = await checker.read(join(dir, 'lone-cr.txt'))
    expect(read.errors.map((e) => e.message)).toEqual([])
    expect(read.articles[0]?.meta.outlet).toBe('Good Outlet')
    expect(checker.extract(read.articles[0]!).map((c) => c.text)).toContain('in March 2023')
  })

  test('HTML: script, style, comment, iframe, noscript and template text never becomes a claim', () => {
    const claims = report.claims.filter((c) => c.article === 'hostile')
    // The visible article text still gives its claims.
    expect(claims.map((c) => c.text)).toContain('in March 2023')
    const hidden = ['£99m', '£88m', '£77m', '£66m', '£55m', '£44m', '£33m', '£22m', '1999', '1988', '1977']
    const leaked = claims.filter((c) => hidden.some((h) => c.text.includes(h) || c.sentence.text.includes(h)))
    expect(leaked.map((c) => `${c.kind} ${JSON.stringify(c.text)} in ${JSON.stringify(c.sentence.text.slice(0, 80))}`)).toEqual([])
  })

  test('hostile front matter pollutes no prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('bad files, one folder: the CLI', () => {
  test('report DIR --format json --no-config: exit 2, JSON with every file and per-file errors, no stack trace', async () => {
    const result = await runCli(['report', dir, '--format', 'json', '--no-config'], root)
    expect(result.thrown).toBeUndefined()
    expect(result.code).toBe(2)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    const json = JSON.parse(result.stdout) as Report
    expect(json.articles.map((a) => a.path).sort()).toEqual(report.articles.map((a) => a.path).sort())
    for (const c of CASES) {
      for (const file of filesOf(c)) expect(outcome(json, file), file).toBe(outcome(report, file))
    }
    expect(json.errors).toEqual(report.errors)
  })

  test.each([
    ['a missing path', (d: string) => join(d, 'nope.txt'), 'unreadable'],
    ['an empty folder', (d: string) => { const p = join(d, 'empty-folder'); mkdirSync(p, {recursive: true}); return p }, 'no-articles'],
    ['a folder with no article files', (d: string) => { const p = join(d, 'no-articles'); mkdirSync(p, {recursive: true}); writeFileSync(join(p, 'image.png'), pngBytes()); return p }, 'no-articles'],
    ['a directory named like a file, given as the path', (d: string) => { const p = join(d, 'named.txt'); mkdirSync(p, {recursive: true}); return p }, 'no-articles']
  ])('an input path that is %s: a per-path error, the good file still read', async (_what, make, code) => {
    const extra = tempDir('bad-path')
    try {
      const bad = make(extra.dir)
      const good = join(extra.dir, 'good.txt')
      writeFileSync(good, GOOD)
      const viaApi = await checker.report([bad, good])
      expect(viaApi.errors.map((e) => [e.path, e.code])).toEqual([[bad, code]])
      expect(viaApi.articles.map((a) => [a.path, a.status])).toEqual(expect.arrayContaining([[bad, 'error'], [good, 'ok']]))
      const result = await runCli(['report', bad, good, '--format', 'json', '--no-config'], root)
      expect(result.thrown).toBeUndefined()
      expect(result.code).toBe(2)
      const json = JSON.parse(result.stdout) as Report
      expect(json.errors.map((e) => [e.path, e.code])).toEqual([[bad, code]])
      table.push({what: `input path: ${_what}`, file: '(path)', outcome: code})
    } finally {
      extra.cleanup()
    }
  })
})

describe('big inputs', () => {
  // The 10 MB line runs with CORROBORATE_STRESS=1 only: ~10 s per MB through report() on 2 cores.
  test.each(([
    ['1 MB', 1_000_000, false],
    ['10 MB', 10_000_000, true]
  ] as const).filter(([, , stressOnly]) => STRESS || !stressOnly))('a single %s line: read, offsets exact', async (label, size) => {
    const big = tempDir('big-line')
    try {
      const sentence = 'The council spent £5m on 12 schools in March 2023, the mayor said, and 40% of pupils gained. '
      const text = sentence.repeat(Math.ceil(size / sentence.length))
      const path = join(big.dir, 'one-line.txt')
      writeFileSync(path, text)
      writeFileSync(join(big.dir, 'good.txt'), GOOD)
      const t0 = performance.now()
      const r = await checker.report(big.dir)
      const ms = performance.now() - t0
      console.log(`${label} single line: ${Math.round(ms)} ms, ${r.claims.length} claims`)
      table.push({what: `a single ${label} line (${(ms / 1000).toFixed(1)} s)`, file: 'one-line.txt', outcome: outcome(r, 'one-line.txt')})
      expect(r.articles.map((a) => a.status)).toEqual(['ok', 'ok'])
      const bad = r.claims.filter((c) => c.article === 'one-line' && text.slice(c.start, c.end) !== c.text)
      expect(bad.length).toBe(0)
      expect(r.claims.filter((c) => c.article === 'one-line').length).toBeGreaterThan(size / 200)
    } finally {
      big.cleanup()
    }
  }, 600_000)

  test('a file over the size limit: `too-large`, not read', async () => {
    const big = tempDir('too-large')
    try {
      const path = join(big.dir, 'huge.txt')
      writeFileSync(path, 'The council spent £5m. '.repeat(10_000))
      writeFileSync(join(big.dir, 'good.txt'), GOOD)
      const r = await checker.report(big.dir, {maxBytes: 100_000})
      expect(r.errors.map((e) => [e.path, e.code])).toEqual([[path, 'too-large']])
      expect(r.articles.find((a) => a.id === 'good')?.status).toBe('ok')
      table.push({what: 'file over the size limit (maxBytes; default 64 MiB)', file: 'huge.txt', outcome: 'too-large'})
    } finally {
      big.cleanup()
    }
  })

  test.skipIf(!STRESS)('a 50 MB article (CORROBORATE_STRESS=1)', async () => {
    const big = tempDir('big-article')
    try {
      const [, body] = corpusTexts(root)[0]!
      const chunks: string[] = []
      let size = 0
      while (size < 50_000_000) {
        chunks.push(body)
        size += body.length
      }
      const path = join(big.dir, 'fifty.txt')
      writeFileSync(path, chunks.join('\n'))
      const t0 = performance.now()
      const r = await checker.report(big.dir)
      const ms = performance.now() - t0
      console.log(`50 MB article: ${Math.round(ms)} ms, ${r.claims.length} claims, status ${r.articles[0]?.status} ${r.articles[0]?.error?.code ?? ''}`)
      expect(r.articles).toHaveLength(1)
      const source = readFileSync(path, 'utf8')
      expect(r.claims.filter((c) => source.slice(c.start, c.end) !== c.text)).toEqual([])
    } finally {
      big.cleanup()
    }
  }, 600_000)

  // 10,000 files run with CORROBORATE_STRESS=1 only: about 12 s on a loaded 2-core machine (7 s in report()), which would push this file past the fast suite's 20 s per file.
  test.each(([
    [1_000, false],
    [10_000, true]
  ] as const).filter(([, stressOnly]) => STRESS || !stressOnly))('a directory of %i tiny files completes', async (count) => {
    const many = tempDir('many')
    try {
      for (let i = 0; i < count; i++) {
        writeFileSync(join(many.dir, `a${String(i).padStart(5, '0')}.txt`), `Article ${i}: the council spent £${(i % 97) + 1}m on ${i % 50} schools in March 2023.\n`)
      }
      const t0 = performance.now()
      const r = await checker.report(many.dir)
      const ms = performance.now() - t0
      console.log(`${count} tiny files: ${Math.round(ms)} ms, ${r.claims.length} claims, ${r.findings.length} findings`)
      table.push({what: `a directory of ${count.toLocaleString('en')} tiny files (${(ms / 1000).toFixed(1)} s)`, file: 'a00000.txt…', outcome: r.errors.length === 0 ? `ok (all ${count})` : `${r.errors.length} errors`})
      expect(r.articles).toHaveLength(count)
      expect(r.errors).toEqual([])
    } finally {
      many.cleanup()
    }
  }, 900_000)
})
