// The two streamed stages: `extract --jsonl` (map) piped into `align --jsonl`
// (reduce) gives the findings of `report --format json` on the same articles.
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough, Readable} from 'node:stream'
import {describe, expect, test} from 'vitest'
import {main} from '../../src/cli/run.js'

const corpus = new URL('../../corpus/', import.meta.url).pathname

async function cli(args: string[], options: {input?: string; cwd?: string} = {}) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (c: Buffer) => (out += c.toString()))
  stderr.on('data', (c: Buffer) => (err += c.toString()))
  const code = await main(args, {stdout, stderr, stdin: Readable.from([options.input ?? '']), env: {}, cwd: options.cwd ?? process.cwd()})
  return {code, stdout: out, stderr: err}
}

function jsonl(files: Array<{id: string; text: string}>): string {
  return files.map((f) => JSON.stringify({id: f.id, text: f.text})).join('\n')
}

/** The corpus as files in a temp folder, optionally without their `story:` lines. */
function corpusCopy(withStory: boolean): {dir: string; files: Array<{id: string; text: string}>} {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-jsonl-'))
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(corpus, f), 'utf8')
      return {id: f.replace(/\.txt$/, ''), text: withStory ? text : text.replace(/^story: .*\n/m, '')}
    })
  for (const f of files) writeFileSync(join(dir, `${f.id}.txt`), f.text)
  return {dir, files}
}

describe('extract --jsonl | align --jsonl', () => {
  test.each([
    ['stories given', true],
    ['stories inferred', false]
  ])('gives the findings of report --format json (%s)', async (_, withStory) => {
    const {dir, files} = corpusCopy(withStory)
    const report = await cli(['report', dir, '--no-config', '--format', 'json'])
    expect(report.code).toBe(0)
    const expected = JSON.parse(report.stdout).findings
    const mapped = await cli(['extract', '--jsonl', '--no-config'], {input: jsonl(files)})
    expect(mapped.code).toBe(0)
    // The reduce stage does not care about line order.
    const lines = mapped.stdout.trim().split('\n').reverse().join('\n')
    const reduced = await cli(['align', '--jsonl'], {input: lines})
    expect(reduced.code).toBe(0)
    const findings = reduced.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(findings.length).toBeGreaterThan(50)
    expect(findings).toEqual(expected)
  })

  test('claim lines carry the article metadata (front matter included) and the kept text', async () => {
    const {files} = corpusCopy(true)
    const mapped = await cli(['extract', '--jsonl', '--no-config'], {input: jsonl(files.slice(0, 1))})
    const line = JSON.parse(mapped.stdout)
    expect(line).toMatchObject({id: files[0]!.id, outlet: 'BBC News', story: 'liverpool-ofsted'})
    expect(typeof line.keptText).toBe('string')
    expect(Array.isArray(line.claims)).toBe(true)
  })

  test('align --jsonl reports bad and error lines on stderr and exits 2; the rest is aligned', async () => {
    const {files} = corpusCopy(true)
    const mapped = await cli(['extract', '--jsonl', '--no-config'], {input: jsonl(files)})
    const input = `${mapped.stdout}not json\n{"id":null,"error":{"path":"stdin:9","code":"bad-line","message":"line 9: nope"}}\n`
    const reduced = await cli(['align', '--jsonl'], {input})
    expect(reduced.code).toBe(2)
    expect(reduced.stderr).toContain('stdin:6: bad-line')
    expect(reduced.stderr).toContain('stdin:9')
    expect(reduced.stdout.trim().split('\n').length).toBeGreaterThan(50)
  })

  test('extract --jsonl: an article whose matcher throws gives its matcher-error line and exit 2; the others go on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-jsonl-config-'))
    writeFileSync(
      join(dir, 'corroborate.config.js'),
      "export default {matchers: [{meta: {id: 'boom', kind: 'other', description: 'throws on the word boom'}, match(s) { if (s.text.includes('boom')) throw new Error('boom'); return [] }}]}\n"
    )
    const input = [JSON.stringify({id: 'a', text: 'It went boom.'}), JSON.stringify({id: 'b', text: 'All quiet.'})].join('\n')
    const mapped = await cli(['extract', '--jsonl'], {input, cwd: dir})
    expect(mapped.code).toBe(2)
    const lines = mapped.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatchObject({id: 'a', error: {code: 'matcher-error'}})
    expect(lines[1]).toMatchObject({id: 'b', claims: []})
  })

  test('extract --jsonl keeps input order over many batches, blank lines skipped, line numbers kept', async () => {
    const input = Array.from({length: 70}, (_, i) => (i % 10 === 9 ? '' : i === 40 ? '{"id": 1}' : JSON.stringify({id: `a${i}`, text: `It cost £${i}m.`}))).join('\n')
    const mapped = await cli(['extract', '--jsonl', '--no-config'], {input})
    expect(mapped.code).toBe(2)
    const lines = mapped.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(lines).toHaveLength(63)
    // A bad line echoes its id (a number, kept as given) and its line number.
    expect(lines.filter((l) => l.error !== undefined).map((l) => [l.id, l.line, l.error.path])).toEqual([[1, 41, 'stdin:41']])
    expect(mapped.stderr).toBe('corroborate: stdin:41 (id 1): bad-line: line 41: each line needs a string field `text`\n')
    const ids = lines.filter((l) => l.error === undefined).map((l) => l.id)
    expect(ids).toEqual(Array.from({length: 70}, (_, i) => i).filter((i) => i % 10 !== 9 && i !== 40).map((i) => `a${i}`))
    expect(lines.find((l) => l.id === 'a23').claims[0].text).toBe('£23m')
  })

  test('align without --jsonl is a usage error', async () => {
    expect((await cli(['align'])).code).toBe(3)
  })
})
