// Reading files: errors per file, the run goes on.
import {chmod, mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {readArticle, readInputs} from '../../src/ingest/read.js'
import {decodeArticleBytes, firstInvalidUtf8} from '../../src/ingest/decode.js'
import {IngestError} from '../../src/ingest/errors.js'
import {keptTexts} from './helpers.js'

let dir: string
const good = 'Pool reopens\nThe town pool reopened on Monday after a £1.5m refit.\n'

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-ingest-'))
  const files: Record<string, string | Uint8Array> = {
    'good.txt': good,
    'empty.txt': '',
    'blank.txt': ' \n\t\r\n  ',
    'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    'nul.txt': new Uint8Array([0x41, 0x42, 0x00, 0x43]),
    'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73]),
    'bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Headline\nBody £5m.')]),
    'utf16.txt': new Uint8Array([0xff, 0xfe, ...[...'Hi £5'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]),
    'crlf.txt': 'Headline\r\nFirst line.\r\nSecond line.\r\n',
    'cr.txt': 'Headline\rFirst line.\rSecond line.\r',
    'bad-front.txt': '---\noutlet: [oops\n---\nBody.',
    'bomb.md': ['---', 'a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'outlet: *d', '---', 'Body.'].join('\n'),
    'number-outlet.md': '---\noutlet: 12\n---\nBody.',
    'bad-date.txt': '---\npublished: soon\n---\nBody.',
    'page.html': '<html><body><article><h1>Dam &amp; weir</h1><p>Work cost &pound;3m.</p></article></body></html>',
    'notes.json': '{"not": "an article"}',
    '.hidden.txt': 'hidden',
    'README.md': '# About these files'
  }
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
  await mkdir(join(dir, 'nested', 'deeper'), {recursive: true})
  await writeFile(join(dir, 'nested', 'deeper', 'good.md'), '# Same id elsewhere\n\nA second article with the same file name.\n')
  await mkdir(join(dir, 'no-articles'))
  await writeFile(join(dir, 'no-articles', 'data.csv'), 'a,b\n')
  // A symlink loop: a folder that links back to its parent, and a link to itself.
  await symlink(dir, join(dir, 'nested', 'loop'))
  await symlink(join(dir, 'self.txt'), join(dir, 'self.txt'))
})

afterAll(async () => {
  await rm(dir, {recursive: true, force: true})
})

describe('readInputs on a folder with every kind of problem', () => {
  test('each file gets its status and code, the good ones come through', async () => {
    const result = await readInputs([dir, join(dir, 'no-articles'), join(dir, 'missing.txt')])
    const status = Object.fromEntries(result.inputs.map((input) => [input.path.slice(dir.length + 1) || input.path, input.error?.code ?? input.status]))
    expect(status).toEqual({
      'bad-date.txt': 'ok',
      'bad-front.txt': 'front-matter',
      'blank.txt': 'empty',
      'bom.txt': 'ok',
      'bomb.md': 'front-matter',
      'cr.txt': 'ok',
      'crlf.txt': 'ok',
      'empty.txt': 'empty',
      'good.txt': 'ok',
      'image.txt': 'binary',
      'latin1.txt': 'invalid-utf8',
      'missing.txt': 'unreadable',
      'nested/deeper/good.md': 'ok',
      'no-articles': 'no-articles',
      'nul.txt': 'binary',
      'number-outlet.md': 'front-matter',
      'page.html': 'ok',
      'self.txt': 'unreadable',
      'utf16.txt': 'ok'
    })
    expect(result.errors.length).toBe(result.inputs.filter((i) => i.status === 'error').length)
    for (const error of result.errors) expect(error.message).toContain(error.path)
    // Sorted by path; ids unique.
    const paths = result.inputs.map((i) => i.path)
    expect(paths).toEqual([...paths].sort())
    const ids = result.articles.map((a) => a.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toContain('good')
    expect(ids).toContain('nested/deeper/good')
  })

  test('messages say what is wrong', async () => {
    const result = await readInputs([dir])
    const message = (name: string) => result.errors.find((e) => e.path.endsWith(name))!.message
    expect(message('latin1.txt')).toMatch(/byte offset 3/)
    expect(message('image.txt')).toMatch(/PNG/)
    expect(message('bomb.md')).toMatch(/alias/i)
    expect(message('number-outlet.md')).toMatch(/`outlet` must be a string/)
    expect(message('self.txt')).toMatch(/symlink loop|symbolic links/)
  })

  test('BOM, UTF-16, CRLF and CR decode with exact offsets', async () => {
    const bom = await readArticle(join(dir, 'bom.txt'))
    expect(bom.source).toBe('Headline\nBody £5m.')
    expect(keptTexts(bom)).toEqual(['Headline', 'Body £5m.'])
    expect((await readArticle(join(dir, 'utf16.txt'))).source).toBe('Hi £5')
    for (const name of ['crlf.txt', 'cr.txt']) {
      const article = await readArticle(join(dir, name))
      expect(keptTexts(article), name).toEqual(['Headline', 'First line.', 'Second line.'])
    }
  })

  test('formats come from the extension', async () => {
    const page = await readArticle(join(dir, 'page.html'))
    expect(page.format).toBe('html')
    expect(keptTexts(page)).toEqual(['Dam &amp; weir', 'Work cost &pound;3m.'])
    expect(page.id).toBe('page')
  })

  test('too-large files are refused before reading', async () => {
    const result = await readInputs([join(dir, 'good.txt')], {maxBytes: 10})
    expect(result.errors).toEqual([expect.objectContaining({code: 'too-large'})])
    expect(result.articles).toEqual([])
  })

  test('a directory given as a file path, and the same file twice', async () => {
    await expect(readArticle(dir)).rejects.toMatchObject({code: 'unreadable'})
    const result = await readInputs([join(dir, 'good.txt'), join(dir, 'good.txt')])
    expect(result.articles.length).toBe(1)
  })

  test.skipIf(process.getuid?.() === 0)('an unreadable sub-folder is reported, the rest read', async () => {
    const root = await mkdtemp(join(tmpdir(), 'corroborate-perm-'))
    await mkdir(join(root, 'closed'))
    await writeFile(join(root, 'closed', 'x.txt'), good)
    await writeFile(join(root, 'open.txt'), good)
    await chmod(join(root, 'closed'), 0o000)
    const result = await readInputs([root])
    await chmod(join(root, 'closed'), 0o755)
    await rm(root, {recursive: true, force: true})
    expect(result.articles.map((a) => a.id)).toEqual(['open'])
    expect(result.errors).toEqual([expect.objectContaining({code: 'unreadable', path: join(root, 'closed')})])
  })

  test.skipIf(process.getuid?.() === 0)('a file without read permission is unreadable', async () => {
    const locked = join(dir, 'locked.txt')
    await writeFile(locked, good)
    await chmod(locked, 0o000)
    const result = await readInputs([locked])
    expect(result.errors[0]).toMatchObject({code: 'unreadable'})
    expect(result.errors[0]!.message).toMatch(/permission denied/)
    await chmod(locked, 0o644)
    await rm(locked)
  })
})

describe('decodeArticleBytes', () => {
  test.each([
    ['empty', new Uint8Array([])],
    ['empty', new TextEncoder().encode('  \r\n ')],
    ['binary', new Uint8Array([0xff, 0xd8, 0xff, 0xe0])],
    ['binary', new TextEncoder().encode('%PDF-1.7\n')],
    ['binary', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1])],
    ['binary', new TextEncoder().encode('GIF89a')],
    ['invalid-utf8', new Uint8Array([0x61, 0xc0, 0xaf])],
    ['invalid-utf8', new Uint8Array([0x61, 0xed, 0xa0, 0x80])],
    ['invalid-utf8', new Uint8Array([0x61, 0xe2, 0x82])]
  ])('%s', (code, bytes) => {
    expect(() => decodeArticleBytes(bytes)).toThrow(IngestError)
    try {
      decodeArticleBytes(bytes)
    } catch (error) {
      expect((error as IngestError).code).toBe(code)
    }
  })

  test('first invalid byte offset', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('ok £ ok'))).toBe(-1)
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xff]))).toBe(2)
  })
})
