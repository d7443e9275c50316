// `--jobs N`: worker threads read and extract; the output must be
// byte-identical to one thread, errors and exit codes included.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {buildTo, ROOT} from './build.js'

let cli: string
let dir: string

beforeAll(() => {
  cli = `${buildTo('parallel')}cli/main.js`
  // The corpus, a sub-folder, an article with an unclosed front matter, and invalid UTF-8.
  dir = mkdtempSync(join(tmpdir(), 'corroborate-jobs-'))
  mkdirSync(join(dir, 'more'))
  for (const f of readdirSync(`${ROOT}corpus`)) if (f.endsWith('.txt')) copyFileSync(`${ROOT}corpus/${f}`, join(dir, f))
  writeFileSync(join(dir, 'more', 'short.md'), '---\noutlet: Test\nstory: liverpool-ofsted\n---\nThe council will spend £4.5m, a spokesman said.\n')
  writeFileSync(join(dir, 'more', 'broken.md'), '---\noutlet: [unclosed\n---\nText.\n')
  writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x41, 0xff, 0xfe, 0x42]))
}, 120_000)

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8', ...(input === undefined ? {} : {input})})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('--jobs', () => {
  test.each(['json', 'markdown', 'terminal'])('report --format %s is byte-identical with 1 and 2 jobs', (format) => {
    const one = run(['report', '.', 'missing-folder', '--no-config', '--format', format, '--jobs', '1'])
    const two = run(['report', '.', 'missing-folder', '--no-config', '--format', format, '--jobs', '2'])
    expect(one.code).toBe(2) // some inputs could not be read
    expect(two.code).toBe(one.code)
    expect(two.stdout).toBe(one.stdout)
    expect(one.stdout.length).toBeGreaterThan(1000)
  })

  test('the parallel report keeps the per-file errors (bad front matter, invalid UTF-8)', () => {
    const report = JSON.parse(run(['report', '.', '--no-config', '--format', 'json', '--jobs', '3']).stdout)
    expect(report.errors.map((e: {code: string}) => e.code).sort()).toEqual(['front-matter', 'invalid-utf8'])
    expect(report.claims.length).toBeGreaterThan(100)
  })

  test('extract --format json is byte-identical with 1 and 2 jobs', () => {
    const one = run(['extract', '.', '--no-config', '--format', 'json'])
    const two = run(['extract', '.', '--no-config', '--format', 'json', '--jobs', '2'])
    expect(two.code).toBe(one.code)
    expect(two.stdout).toBe(one.stdout)
  })

  test('extract --jsonl keeps input order and bad lines with 2 jobs', () => {
    const lines = readdirSync(`${ROOT}corpus`)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => JSON.stringify({id: f, text: readFileSync(`${ROOT}corpus/${f}`, 'utf8')}))
    const input = [...lines, 'not json', JSON.stringify({id: 'x', text: 'It cost £5m, she said.'}), JSON.stringify({id: 'fm', text: '---\na: [\n---\nx'})].join('\n')
    const one = run(['extract', '--jsonl', '--no-config'], input)
    const two = run(['extract', '--jsonl', '--no-config', '--jobs', '2'], input)
    expect(one.code).toBe(2)
    expect(two.code).toBe(one.code)
    expect(two.stdout).toBe(one.stdout)
    expect(one.stdout.trim().split('\n')).toHaveLength(lines.length + 3)
  })

  test('--jobs takes a whole number or auto', () => {
    expect(run(['report', '.', '--jobs', '0']).code).toBe(3)
    expect(run(['report', '.', '--jobs', 'many']).code).toBe(3)
    expect(run(['report', '.', '--no-config', '--format', 'json', '--jobs', 'auto']).code).toBe(2)
  })
})
