// The command line as a user meets it: per-command help, "did you mean",
// one-line usage errors, errors on stderr with the exit codes of docs/cli.md.
import {mkdtemp, mkdir, writeFile, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {main, EXIT} from '../../src/cli/run.js'
import {loadQueue, missingPackage} from '../../src/cli/queue.js'
import {ConfigError} from '../../src/index.js'
import {fakeIo} from './io.js'

const a = `---\noutlet: Daily Courier\nstory: bridge\n---\nThe county said the repair would cost £12m and take until March.\n`
const b = `---\noutlet: Evening Post\nstory: bridge\n---\nThe county said the repair would cost £15m and take until March.\n`

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-usage-'))
  await mkdir(join(dir, 'articles'))
  await writeFile(join(dir, 'articles', 'courier.txt'), a)
  await writeFile(join(dir, 'articles', 'post.txt'), b)
  await mkdir(join(dir, 'empty'))
})

async function cli(args: string[], cwd = dir) {
  const run = fakeIo(cwd)
  const code = await main(args, run.io)
  return {code, stdout: run.stdout(), stderr: run.stderr()}
}

/** A usage error: exit 3, nothing on stdout, exactly one line on stderr, no stack trace. */
function expectOneLine(result: {code: number; stdout: string; stderr: string}, pattern: RegExp) {
  expect(result.code).toBe(EXIT.usage)
  expect(result.stdout).toBe('')
  expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1)
  expect(result.stderr).toMatch(/^corroborate: /)
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}

describe('help', () => {
  test('per command: `report --help` and `help report` print the same page, with its options only', async () => {
    const flag = await cli(['report', '--help'])
    const word = await cli(['help', 'report'])
    expect(flag.code).toBe(EXIT.ok)
    expect(word.code).toBe(EXIT.ok)
    expect(flag.stdout).toBe(word.stdout)
    expect(flag.stdout).toMatch(/^Usage: corroborate report \[PATH…\]/)
    expect(flag.stdout).toContain('--fail-on differ')
    expect(flag.stdout).toContain('annotations')
    expect(flag.stdout).not.toMatch(/^ +--jsonl/m)
    const extract = await cli(['extract', '-h'])
    expect(extract.stdout).toContain('--jsonl')
    expect(extract.stdout).not.toMatch(/^ +--fail-on/m)
  })

  test('general help lists every command; no arguments at all is the usage, as an error', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(EXIT.ok)
    for (const command of ['report', 'extract', 'align', 'inspect', 'matchers', 'queue', 'help']) expect(help.stdout).toContain(`  ${command} `)
    const none = await cli([])
    expect(none.code).toBe(EXIT.usage)
    expect(none.stdout).toBe('')
    expect(none.stderr).toContain('Usage: corroborate COMMAND')
  })
})

describe('did you mean', () => {
  test('a mistyped command', async () => {
    expectOneLine(await cli(['reprot', 'articles']), /unknown command `reprot` \(did you mean `report`\?\)/)
    expectOneLine(await cli(['help', 'extarct']), /did you mean `extract`\?/)
    expectOneLine(await cli(['frobnicate']), /unknown command `frobnicate`; commands: report/)
  })

  test('a mistyped flag, a flag of another command, a value', async () => {
    expectOneLine(await cli(['report', 'articles', '--fromat', 'json']), /unknown option --fromat \(did you mean --format\?\) \(see `corroborate report --help`\)/)
    expectOneLine(await cli(['report', 'articles', '--jsonl']), /`report` does not take --jsonl/)
    expectOneLine(await cli(['report', 'articles', '--format', 'htm']), /unknown --format `htm` for report \(did you mean `html`\?\)/)
    expectOneLine(await cli(['report', 'articles', '--fail-on', 'difer']), /--fail-on takes `differ`, not `difer` \(did you mean `differ`\?\)/)
    expectOneLine(await cli(['report', 'articles', '--format']), /--format needs a value/)
    expectOneLine(await cli(['report', 'articles', '--verbose=yes']), /--verbose takes no value/)
    expectOneLine(await cli(['matchers', 'extra']), /`matchers` takes no arguments/)
    expectOneLine(await cli(['--format', 'json', 'report']), /the command comes first/)
  })
})

describe('errors', () => {
  test('--out in a missing folder: exit 3, one line, before any work; nothing written', async () => {
    const result = await cli(['report', 'articles', '--out', join(dir, 'missing', 'dir', 'r.html'), '--format', 'html', '--no-config'])
    expect(result.code).toBe(EXIT.usage)
    expect(result.code).not.toBe(EXIT.differ)
    expect(result.stderr).toMatch(/^corroborate: cannot write --out .*r\.html: the folder .*missing\/dir does not exist\n$/)
    const folder = await cli(['report', 'articles', '--out', join(dir, 'empty'), '--no-config'])
    expect(folder.code).toBe(EXIT.usage)
    expect(folder.stderr).toMatch(/it is a folder/)
  })

  test('a missing path and an empty folder are errors, not articles read', async () => {
    const result = await cli(['report', 'nope', 'empty', 'articles', '--format', 'json', '--no-config'])
    expect(result.code).toBe(EXIT.inputErrors)
    const report = JSON.parse(result.stdout)
    expect(report.articles.map((x: {id: string}) => x.id)).toEqual(['courier', 'post'])
    expect(report.errors.map((e: {path: string; code: string}) => [e.path, e.code])).toEqual([
      ['empty', 'no-articles'],
      ['nope', 'unreadable']
    ])
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^corroborate: empty: no-articles: directory has no article files/), expect.stringMatching(/^corroborate: nope: unreadable: cannot be read/)])
    const terminal = await cli(['report', 'nope', '--no-config'])
    expect(terminal.stdout).toMatch(/0 articles read/)
  })

  test('no PATH and no corpus/ here: the usage, exit 3; with a corpus/ folder, it is read', async () => {
    const none = await cli(['report', '--no-config'])
    expect(none.code).toBe(EXIT.usage)
    expect(none.stdout).toBe('')
    expect(none.stderr).toMatch(/^corroborate: report: no PATH given, and no corpus\/ folder in /)
    expect(none.stderr).toContain('Usage: corroborate report')
    const withCorpus = await mkdtemp(join(tmpdir(), 'corroborate-corpus-'))
    await mkdir(join(withCorpus, 'corpus'))
    await writeFile(join(withCorpus, 'corpus', 'a.txt'), a)
    const found = await cli(['report', '--format', 'json', '--no-config'], withCorpus)
    expect(found.code).toBe(EXIT.ok)
    expect(JSON.parse(found.stdout).articles).toHaveLength(1)
  })

  test('--fail-on differ exits 1 when there are differences, even with unreadable inputs, and says both', async () => {
    const result = await cli(['report', 'articles', 'nope', '--fail-on', 'differ', '--format', 'json', '--no-config'])
    const report = JSON.parse(result.stdout)
    expect(report.findings.some((f: {verdict: string}) => f.verdict === 'differ')).toBe(true)
    expect(result.code).toBe(EXIT.differ)
    expect(result.stderr).toMatch(/nope: unreadable/)
    expect(result.stderr).toMatch(/1 differ finding \(exit 1, --fail-on differ\), and 1 input could not be read/)
    // Without the differences, the unreadable input decides: 2.
    const same = await cli(['report', 'articles/courier.txt', 'nope', '--fail-on', 'differ', '--no-config'])
    expect(same.code).toBe(EXIT.inputErrors)
  })

  test('extract writes its errors on stderr, one line each, as align does', async () => {
    const result = await cli(['extract', 'articles/courier.txt', 'nope', '--no-config'])
    expect(result.code).toBe(EXIT.inputErrors)
    expect(result.stdout).toContain('courier (')
    expect(result.stdout).not.toContain('nope')
    expect(result.stderr).toMatch(/^corroborate: nope: unreadable: cannot be read \(no such file or directory\)\n$/)
  })

  test('a path with terminal escapes is shown escaped', async () => {
    const result = await cli(['report', 'bad\u001b[31m', '--no-config', '--format', 'json'])
    expect(result.stderr).toContain('bad[U+001B][31m')
    expect(result.stderr).not.toContain('\u001b')
  })
})

describe('extract --jsonl ids', () => {
  test('numeric ids are kept as given; every error line names the id or the line', async () => {
    const input = [JSON.stringify({id: 7, text: 'It cost £5m.'}), JSON.stringify({id: 'b', text: 'It cost £6m.'}), '{"id": 8}', 'not json', JSON.stringify({text: 'no id'})].join('\n')
    const run = fakeIo(dir, input)
    expect(await main(['extract', '--jsonl', '--no-config'], run.io)).toBe(EXIT.inputErrors)
    const lines = run.stdout().trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => l.id)).toEqual([7, 'b', 8, null, null])
    expect(Object.keys(lines[2])).toEqual(['id', 'line', 'error'])
    expect(lines[0].claims[0]).toMatchObject({article: '7', text: '£5m'})
    expect(lines.slice(2).map((l) => [l.line, l.error.code])).toEqual([[3, 'bad-line'], [4, 'bad-line'], [5, 'bad-line']])
    const stderr = run.stderr().trim().split('\n')
    expect(stderr).toEqual([
      'corroborate: stdin:3 (id 8): bad-line: line 3: each line needs a string field `text`',
      expect.stringMatching(/^corroborate: stdin:4: bad-line: line 4: /),
      'corroborate: stdin:5: bad-line: line 5: each line needs an `id`: a string or a number'
    ])
    // align --jsonl takes the numeric ids back.
    const reduce = fakeIo(dir, lines.slice(0, 2).map((l) => JSON.stringify(l)).join('\n'))
    expect(await main(['align', '--jsonl'], reduce.io)).toBe(EXIT.ok)
    expect(reduce.stderr()).toBe('')
  })
})

describe('queue', () => {
  test('loads corroborate/queue only when run, and says how to install bullmq and ioredis when absent', async () => {
    const absent = Object.assign(new Error("Cannot find package 'bullmq' imported from /x/dist/distributed/queue.js"), {code: 'ERR_MODULE_NOT_FOUND'})
    expect(missingPackage(absent)).toBe('bullmq')
    expect(missingPackage(new Error('other'))).toBeUndefined()
    await expect(loadQueue(() => Promise.reject(absent))).rejects.toThrow(ConfigError)
    await expect(loadQueue(() => Promise.reject(absent))).rejects.toThrow(/npm install bullmq ioredis/)
    // Installed here (a dev dependency): the real module loads.
    expect(typeof (await loadQueue()).runDistributed).toBe('function')
    expectOneLine(await cli(['queue', '--workers', 'x']), /--workers takes a whole number/)
  })
})

test('--out writes the file (exit 0) when its folder exists', async () => {
  const out = join(dir, 'r.json')
  expect((await cli(['report', 'articles', '--format', 'json', '--out', out, '--no-config'])).code).toBe(EXIT.ok)
  expect(JSON.parse(await readFile(out, 'utf8')).articles).toHaveLength(2)
})

test('start-up: --help and --version load only the command table (main.ts imports nothing of the library)', async () => {
  const {readFileSync} = await import('node:fs')
  const {dirname: dir0, join: join0} = await import('node:path')
  const root = new URL('../../src/cli/', import.meta.url).pathname
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const code = readFileSync(file, 'utf8')
    // Static imports only: `import type` is erased, and run.js is imported dynamically.
    for (const [, spec] of code.matchAll(/^import (?!type\b)[^'"]*['"]([^'"]+)['"]/gm)) {
      if (spec!.startsWith('.')) visit(join0(dir0(file), spec!.replace(/\.js$/, '.ts')))
    }
  }
  visit(join0(root, 'main.ts'))
  const loaded = [...seen].map((f) => f.slice(f.indexOf('/src/') + 5)).sort()
  expect(loaded).toEqual(['cli/args.ts', 'cli/help.ts', 'cli/main.ts', 'cli/spec.ts', 'cli/suggest.ts', 'version.ts'])
})

test('the CLI formats are the renderers\' formats', async () => {
  const {REPORT_FORMATS} = await import('../../src/index.js')
  const {REPORT_FORMATS_CLI} = await import('../../src/cli/spec.js')
  expect([...REPORT_FORMATS_CLI]).toEqual([...REPORT_FORMATS])
})
