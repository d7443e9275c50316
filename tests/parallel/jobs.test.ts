// `--jobs N`: worker threads read, extract and align; the output must be
// byte-identical to one thread, errors and exit codes included.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import fc from 'fast-check'
import {batches} from '../../src/parallel/pool.js'
import {generate} from '../../bench/generate.mjs'
import {buildTo, ROOT} from './build.js'

let cli: string
let dir: string
let day: string
let dayNoStory: string

interface Generated {
  id: string
  outlet: string
  story: string
  text: string
}

beforeAll(() => {
  cli = `${buildTo('parallel')}cli/main.js`
  // The corpus, a sub-folder, an article with an unclosed front matter, and invalid UTF-8.
  dir = mkdtempSync(join(tmpdir(), 'corroborate-jobs-'))
  mkdirSync(join(dir, 'more'))
  for (const f of readdirSync(`${ROOT}corpus`)) if (f.endsWith('.txt')) copyFileSync(`${ROOT}corpus/${f}`, join(dir, f))
  writeFileSync(join(dir, 'more', 'short.md'), '---\noutlet: Test\nstory: liverpool-ofsted\n---\nThe council will spend £4.5m, a spokesman said.\n')
  writeFileSync(join(dir, 'more', 'broken.md'), '---\noutlet: [unclosed\n---\nText.\n')
  writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x41, 0xff, 0xfe, 0x42]))
  // A generated day of news (bench/generate.mjs): enough files and stories for
  // many batches of files and of stories, with stories given and inferred.
  day = mkdtempSync(join(tmpdir(), 'corroborate-day-'))
  dayNoStory = mkdtempSync(join(tmpdir(), 'corroborate-day-'))
  for (const a of generate(160, {seed: 5}) as Generated[]) {
    writeFileSync(join(day, `${a.id}.md`), `---\noutlet: ${JSON.stringify(a.outlet)}\nstory: ${a.story}\n---\n${a.text}`)
    writeFileSync(join(dayNoStory, `${a.id}.md`), `---\noutlet: ${JSON.stringify(a.outlet)}\n---\n${a.text}`)
  }
}, 120_000)

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...(input === undefined ? {} : {input})})
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

  test.each([
    ['given', () => day],
    ['inferred', () => dayNoStory]
  ])('on a generated day of 160 articles (stories %s), the JSON report is byte-identical with 1, 2 and 3 jobs', (_, folder) => {
    const reports = [1, 2, 3].map((jobs) => run(['report', folder(), '--no-config', '--format', 'json', '--jobs', String(jobs)]))
    for (const r of reports) expect(r.code).toBe(0)
    expect(reports[1]!.stdout).toBe(reports[0]!.stdout)
    expect(reports[2]!.stdout).toBe(reports[0]!.stdout)
    const report = JSON.parse(reports[0]!.stdout)
    expect(report.stories.length).toBeGreaterThan(20)
    expect(report.findings.filter((f: {verdict: string}) => f.verdict !== 'single-source').length).toBeGreaterThan(50)
  }, 60_000)

  test('align --jsonl gives the same findings with 1 and 2 jobs', () => {
    const lines = (generate(60, {seed: 9}) as Generated[]).map((a) => JSON.stringify({id: a.id, outlet: a.outlet, story: a.story, text: a.text})).join('\n')
    const claims = run(['extract', '--jsonl', '--no-config'], lines)
    expect(claims.code).toBe(0)
    const one = run(['align', '--jsonl', '--no-config'], claims.stdout)
    const two = run(['align', '--jsonl', '--no-config', '--jobs', '2'], claims.stdout)
    expect(one.code).toBe(0)
    expect(two.code).toBe(0)
    expect(two.stdout).toBe(one.stdout)
    expect(one.stdout.trim().split('\n').length).toBeGreaterThan(100)
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

describe('batches', () => {
  test('cuts a list into consecutive batches, in order, none empty or over the maximum', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), {maxLength: 500}), fc.integer({min: 1, max: 64}), fc.integer({min: 1, max: 16}), fc.integer({min: 1, max: 64}), (items, jobs, perThread, max) => {
        const out = batches(items, jobs, {perThread, max})
        expect(out.flat()).toEqual(items)
        for (const batch of out) {
          expect(batch.length).toBeGreaterThan(0)
          expect(batch.length).toBeLessThanOrEqual(max)
        }
        // Enough batches to keep every thread busy when there are enough items.
        if (items.length >= jobs * perThread && Math.ceil(items.length / (jobs * perThread)) <= max) expect(out.length).toBeGreaterThanOrEqual(Math.floor(items.length / Math.ceil(items.length / (jobs * perThread))))
      })
    )
  })
})
