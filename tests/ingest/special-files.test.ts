// Special files and links out of the folder (issue 13, points 7 and 8): a
// FIFO hung the run, /dev/zero (or a *.txt link to it) grew memory without
// bound, and a link to a private file put its text in the report.
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {readArticle, readArticleSync, readInputs} from '../../src/ingest/read.js'
import {createChecker} from '../../src/index.js'
import {runCli} from '../reliability/helpers.js'

let root: string
let dir: string
let hasFifo = true
const SECRET = 'The private budget was £99m, the memo said.'

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'corroborate-special-'))
  dir = join(root, 'articles')
  mkdirSync(dir)
  writeFileSync(join(dir, 'good.txt'), 'Pool\n\nThe pool cost £1m.\n')
  writeFileSync(join(root, 'private.txt'), SECRET)
  mkdirSync(join(root, 'private-folder'))
  writeFileSync(join(root, 'private-folder', 'memo.txt'), SECRET)
  symlinkSync(join(root, 'private.txt'), join(dir, 'notes.txt'))
  symlinkSync(join(root, 'private-folder'), join(dir, 'more'))
  symlinkSync('good.txt', join(dir, 'alias.txt'))
  symlinkSync('/dev/zero', join(dir, 'zero.txt'))
  try {
    execFileSync('mkfifo', [join(dir, 'pipe.txt'), join(dir, 'pipe'), join(root, 'lone.fifo')])
  } catch {
    hasFifo = false
  }
})
afterAll(() => rmSync(root, {recursive: true, force: true}))

const codeOf = (result: Awaited<ReturnType<typeof readInputs>>, name: string) => result.inputs.find((i) => i.path === join(dir, name))?.error?.code ?? result.inputs.find((i) => i.path === join(dir, name))?.status

describe('special files (point 7)', () => {
  test.skipIf(process.platform === 'win32')('/dev/zero given as a path: special-file, at once', async () => {
    await expect(readArticle('/dev/zero')).rejects.toMatchObject({code: 'special-file'})
    expect(() => readArticleSync('/dev/zero')).toThrow(/character device, not a regular file/)
    const read = await readInputs(['/dev/zero'])
    expect(read.errors.map((e) => e.code)).toEqual(['special-file'])
  })

  test.skipIf(!hasFifo)('a FIFO given as a path: special-file, no hang (report, extract, inspect)', async () => {
    const fifo = join(root, 'lone.fifo')
    await expect(readArticle(fifo)).rejects.toMatchObject({code: 'special-file'})
    expect(() => readArticleSync(fifo)).toThrow(/FIFO/)
    for (const argv of [['report', fifo, '--format', 'json'], ['extract', fifo], ['inspect', fifo]]) {
      const result = await runCli([...argv, '--no-config'], root)
      expect(result.thrown).toBeUndefined()
      expect(result.code).toBe(2)
      if (argv[0] === 'report') expect(JSON.parse(result.stdout).errors.map((e: {code: string}) => e.code)).toEqual(['special-file'])
    }
  }, 20_000)

  test.skipIf(!hasFifo)('inside a folder, FIFOs (with or without an article extension) are listed with a status', async () => {
    const read = await readInputs([dir])
    expect(codeOf(read, 'pipe.txt')).toBe('special-file')
    expect(codeOf(read, 'pipe')).toBe('special-file')
    expect(read.articles.some((a) => a.source.includes('£1m'))).toBe(true)
  })

  test.skipIf(process.platform !== 'linux')('the size limit holds while reading: a /proc file that stat calls empty', async () => {
    // /proc/self/maps has st_size 0 but hundreds of bytes of content.
    await expect(readArticle('/proc/self/maps', {maxBytes: 50})).rejects.toMatchObject({code: 'too-large', message: expect.stringMatching(/more than 50 bytes/)})
    expect(() => readArticleSync('/proc/self/maps', {maxBytes: 50})).toThrow(/more than 50 bytes/)
  })
})

describe('links out of the folder (point 8)', () => {
  test('not followed by default: listed as outside-link, their text nowhere in the report', async () => {
    const read = await readInputs([dir])
    expect(codeOf(read, 'notes.txt')).toBe('outside-link')
    expect(codeOf(read, 'more')).toBe('outside-link')
    expect(codeOf(read, 'zero.txt')).toBe('outside-link')
    expect(read.articles.some((a) => a.source.includes('£1m'))).toBe(true)
    expect(read.articles.some((a) => a.source.includes('private budget'))).toBe(false)
    const html = await runCli(['report', dir, '--format', 'html', '--no-config'], root)
    expect(html.code).toBe(2)
    expect(html.stdout).not.toContain('private budget')
    expect(html.stdout).toContain('outside-link')
  })

  test('a link inside the folder is read (once, by its real path)', async () => {
    const read = await readInputs([dir])
    const good = read.inputs.filter((i) => i.status === 'ok' && (i.path.endsWith('good.txt') || i.path.endsWith('alias.txt')))
    expect(good).toHaveLength(1)
  })

  test('followOutsideLinks / --follow-outside-links reads them; /dev/zero is then a special-file', async () => {
    const read = await readInputs([dir], {followOutsideLinks: true})
    expect(codeOf(read, 'notes.txt')).toBe('ok')
    expect(read.inputs.some((i) => i.path === join(dir, 'more', 'memo.txt') && i.status === 'ok')).toBe(true)
    expect(codeOf(read, 'zero.txt')).toBe('special-file')
    const json = await runCli(['report', dir, '--format', 'json', '--no-config', '--follow-outside-links'], root)
    expect(json.stdout).toContain('private budget')
    const report = await createChecker().report(dir, {followOutsideLinks: true})
    expect(report.claims.some((c) => c.text === '£99m')).toBe(true)
  })

  test('a path given directly is followed even when it is a link', async () => {
    const read = await readInputs([join(dir, 'notes.txt')])
    expect(read.errors).toEqual([])
    expect(read.articles[0]!.source).toBe(SECRET)
  })
})
