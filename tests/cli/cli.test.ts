import {mkdtemp, mkdir, writeFile, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {main, EXIT} from '../../src/cli/run.js'
import {fakeIo} from './io.js'

// Two outlets on one (invented) story, and a broken file beside them.
const a = `---
outlet: Daily Courier
story: bridge-repair
---
Bridge repair bill rises
The county said the repair would cost £12m and take until March.
"We will reopen the bridge as soon as it is safe," said Anna Lee, the county's head of highways.
`
const b = `---
outlet: Evening Post
story: bridge-repair
---
Bridge to stay shut
The county expects the repair to cost around £12 million.
`

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-cli-'))
  await mkdir(join(dir, 'articles'))
  await writeFile(join(dir, 'articles', 'courier.txt'), a)
  await writeFile(join(dir, 'articles', 'post.txt'), b)
})

describe('corroborate report', () => {
  test('json: the contract, with both articles and their claims', async () => {
    const run = fakeIo(dir)
    const code = await main(['report', 'articles', '--format', 'json', '--no-config'], run.io)
    expect(run.stderr()).toBe('')
    expect(code).toBe(EXIT.ok)
    const report = JSON.parse(run.stdout())
    expect(report.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(report.articles.map((x: {id: string}) => x.id)).toEqual(['courier', 'post'])
    expect(report.errors).toEqual([])
    expect(Array.isArray(report.findings)).toBe(true)
  })

  test('--out writes the file; every format renders', async () => {
    for (const format of ['terminal', 'markdown', 'json', 'html']) {
      const run = fakeIo(dir)
      const out = join(dir, `report.${format}`)
      expect(await main(['report', 'articles', '--format', format, '--out', out, '--no-config'], run.io)).toBe(EXIT.ok)
      expect((await readFile(out, 'utf8')).length).toBeGreaterThan(100)
    }
  })

  test('a bad file is reported with exit code 2 and the others still come through', async () => {
    await mkdir(join(dir, 'mixed'), {recursive: true})
    await writeFile(join(dir, 'mixed', 'good.txt'), a)
    await writeFile(join(dir, 'mixed', 'empty.txt'), '')
    const run = fakeIo(dir)
    const code = await main(['report', 'mixed', '--format', 'json', '--no-config'], run.io)
    expect(code).toBe(EXIT.inputErrors)
    const report = JSON.parse(run.stdout())
    expect(report.articles.map((x: {id: string; status: string}) => [x.id, x.status])).toEqual([
      ['empty', 'error'],
      ['good', 'ok']
    ])
    expect(report.errors[0].code).toBe('empty')
  })

  test('usage errors exit 3 with a message, never a stack trace', async () => {
    for (const args of [['report', '--format', 'pdf'], ['frobnicate'], ['report', '--fail-on', 'agree'], ['report', '--config', 'missing.config.js']]) {
      const run = fakeIo(dir)
      expect(await main(args, run.io)).toBe(EXIT.usage)
      expect(run.stderr()).toMatch(/^corroborate: /)
      expect(run.stderr()).not.toMatch(/\n\s+at /)
    }
  })

  test('--help and --version', async () => {
    const help = fakeIo(dir)
    expect(await main(['--help'], help.io)).toBe(EXIT.ok)
    expect(help.stdout()).toMatch(/Usage:/)
    const version = fakeIo(dir)
    expect(await main(['--version'], version.io)).toBe(EXIT.ok)
    expect(version.stdout()).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})

describe('corroborate extract', () => {
  test('--jsonl: one JSON line out per line in, offsets into that text', async () => {
    const lines = [
      JSON.stringify({id: 'x1', text: 'Shares fell 12% after the company lost $2.3bn.', outlet: 'Wire'}),
      'not json',
      JSON.stringify({id: 'x2', text: 'Nothing to see.'})
    ].join('\n')
    const run = fakeIo(dir, lines)
    const code = await main(['extract', '--jsonl', '--no-config'], run.io)
    expect(code).toBe(EXIT.inputErrors)
    const out = run.stdout().trim().split('\n').map((line) => JSON.parse(line))
    expect(out).toHaveLength(3)
    expect(out[0].id).toBe('x1')
    expect(out[1].error.code).toBe('bad-line')
    expect(out[2]).toMatchObject({id: 'x2', claims: []})
    const text = 'Shares fell 12% after the company lost $2.3bn.'
    for (const claim of out[0].claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text)
  })

  test('files, json format', async () => {
    const run = fakeIo(dir)
    expect(await main(['extract', 'articles/courier.txt', '--format', 'json', '--no-config'], run.io)).toBe(EXIT.ok)
    const out = JSON.parse(run.stdout())
    expect(out.articles[0].id).toBe('courier')
    const source = a
    for (const claim of out.articles[0].claims) expect(source.slice(claim.start, claim.end)).toBe(claim.text)
  })
})

test('inspect lists excluded ranges with rule and reason', async () => {
  await writeFile(join(dir, 'chrome.txt'), 'Skip to main content\nStorm closes ports\nThe storm closed three ports on Monday, officials said.\nREAD MORE: Ferry firm cancels sailings\n')
  const run = fakeIo(dir)
  expect(await main(['inspect', 'chrome.txt'], run.io)).toBe(EXIT.ok)
  expect(run.stdout()).toMatch(/chrome\//)
})
