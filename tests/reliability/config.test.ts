/**
 * Config files are code: one is loaded only from the working directory or
 * from `--config FILE`, never from an input folder; one that exports garbage
 * is a usage error (exit 3) with a clear message, not a crash.
 */
import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {spawnSync} from 'node:child_process'
import {runCli, tempDir} from './helpers.js'
import {fakeIo} from '../cli/io.js'
import {main} from '../../src/cli/run.js'
import {ConfigError, loadConfig} from '../../src/config.js'

let tmp: ReturnType<typeof tempDir>
let articles: string
let elsewhere: string
let marker: string

const ARTICLE = '---\noutlet: A\nstory: s\n---\nThe council approved the plan in March 2023, the mayor said.\n'

/** A config that proves it ran by writing a marker file. */
function markerConfig(path: string): string {
  return `import {writeFileSync} from 'node:fs'\nwriteFileSync(${JSON.stringify(path)}, 'ran')\nexport default {}\n`
}

beforeAll(() => {
  tmp = tempDir('config')
  articles = join(tmp.dir, 'articles')
  elsewhere = join(tmp.dir, 'elsewhere')
  mkdirSync(articles)
  mkdirSync(elsewhere)
  marker = join(tmp.dir, 'MARKER')
  writeFileSync(join(articles, 'a.txt'), ARTICLE)
  writeFileSync(join(articles, 'corroborate.config.js'), markerConfig(marker))
  writeFileSync(join(articles, 'corroborate.config.mjs'), markerConfig(marker))
  const nested = join(articles, 'nested')
  mkdirSync(nested)
  writeFileSync(join(nested, 'b.txt'), ARTICLE)
  writeFileSync(join(nested, 'corroborate.config.js'), markerConfig(marker))
})
afterAll(() => tmp?.cleanup())

describe('config files', () => {
  test.each(['report', 'extract', 'inspect'])('`%s` never loads a config from an input folder (cwd elsewhere)', async (command) => {
    const paths = command === 'report' ? [articles] : [join(articles, 'a.txt'), join(articles, 'nested', 'b.txt')]
    const result = await runCli([command, ...paths, ...(command === 'report' ? ['--format', 'json'] : [])], elsewhere)
    expect(result.thrown).toBeUndefined()
    expect(result.code).toBe(0)
    expect(existsSync(marker), 'the config in the articles folder ran').toBe(false)
  })

  test('a config in an input folder is not read as an article either', async () => {
    const result = await runCli(['report', articles, '--format', 'json'], elsewhere)
    const json = JSON.parse(result.stdout) as {articles: Array<{path: string}>}
    expect(json.articles.map((a) => a.path).filter((p) => p.endsWith('.js') || p.endsWith('.mjs'))).toEqual([])
  })

  test('--no-config skips ./corroborate.config.js in the working directory', async () => {
    const cwd = join(tmp.dir, 'cwd-with-config')
    mkdirSync(cwd)
    const cwdMarker = join(tmp.dir, 'CWD-MARKER')
    writeFileSync(join(cwd, 'corroborate.config.js'), markerConfig(cwdMarker))
    const result = await runCli(['report', articles, '--format', 'json', '--no-config'], cwd)
    expect(result.code).toBe(0)
    expect(existsSync(cwdMarker)).toBe(false)
  })

  const garbage: Array<[string, string, RegExp]> = [
    ['a number', 'export default 42\n', /default export must be an object/],
    ['null', 'export default null\n', /default export must be an object/],
    ['an array', 'export default [1, 2]\n', /default export must be an object/],
    ['no default export', 'export const matchers = []\n', /default export must be an object/],
    ['an unknown key', 'export default {matcher: []}\n', /unknown option `matcher`/],
    ['matchers not an array', 'export default {matchers: "money"}\n', /`matchers` must be an array/],
    ['a matcher without match()', 'export default {matchers: [{meta: {id: "x", kind: "y"}}]}\n', /matchers\[0\] must be/],
    ['a matcher that is null', 'export default {matchers: [null]}\n', /matchers\[0\] must be/],
    ['two matchers with one id', 'const m = {meta: {id: "x", kind: "y", description: ""}, match: () => []}\nexport default {matchers: [m, m]}\n', /share the id/],
    ['a syntax error', 'export default {{{\n', /cannot load config/],
    ['a throw at import', 'throw new Error("boom from config")\n', /boom from config/],
    ['not a module at all (binary)', '\u0000\u0001\u0002PNG', /cannot load config/],
    // Issue 13, point 9: a throwing getter was a stack trace, not exit 3.
    ['a throwing getter', 'export default {get matchers() { throw new Error("getter boom") }}\n', /reading the config threw: getter boom/],
    ['a matcher with a throwing meta getter', 'export default {matchers: [{get meta() { throw new Error("meta boom") }, match: () => []}]}\n', /reading the config threw: meta boom/],
    ['a Proxy that throws', 'export default new Proxy({}, {ownKeys() { throw new Error("trap boom") }})\n', /reading the config threw: trap boom/],
    ['a rejected top-level await', 'await Promise.reject(new Error("tla boom"))\nexport default {}\n', /tla boom/]
  ]
  test.each(garbage)('--config FILE exporting %s: exit 3 and a clear message, no stack trace', async (_what, code, message) => {
    const file = join(tmp.dir, `bad-${_what.replace(/\W+/g, '-')}.config.mjs`)
    writeFileSync(file, code)
    const result = await runCli(['report', articles, '--format', 'json', '--config', file], elsewhere)
    expect(result.thrown, String(result.thrown)).toBeUndefined()
    expect(result.code).toBe(3)
    expect(result.stderr).toMatch(/^corroborate: /)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.stdout).toBe('')
  })

  test('a top-level await that never settles: exit 3 and a clear message (in-process: after the timeout)', async () => {
    const file = join(tmp.dir, 'never.config.mjs')
    writeFileSync(file, 'await new Promise(() => {})\nexport default {}\n')
    const {io, stdout, stderr} = fakeIo(elsewhere, '', {NO_COLOR: '1', CORROBORATE_CONFIG_TIMEOUT_MS: '300'})
    const code = await main(['report', articles, '--format', 'json', '--config', file], io)
    expect(code).toBe(3)
    expect(stderr()).toMatch(/^corroborate: cannot load config .*never\.config\.mjs: it did not finish loading within 300 ms/)
    expect(stdout()).toBe('')
    await expect(loadConfig(file, {timeoutMs: 100})).rejects.toThrow(ConfigError)
  })

  const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js')
  test.skipIf(!existsSync(cli))('a top-level await that never settles, as a process: exit 3 at once, not 13 (needs a build)', () => {
    const file = join(tmp.dir, 'never-process.config.mjs')
    writeFileSync(file, 'await new Promise(() => {})\nexport default {}\n')
    const run = spawnSync(process.execPath, [cli, 'report', articles, '--format', 'json', '--config', file], {cwd: elsewhere, encoding: 'utf8', timeout: 20_000})
    expect(run.status).toBe(3)
    expect(run.stderr).toMatch(/top-level await never settles/)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  test('--config FILE that does not exist: exit 3', async () => {
    const result = await runCli(['report', articles, '--config', join(tmp.dir, 'missing.config.js')], elsewhere)
    expect(result.thrown).toBeUndefined()
    expect(result.code).toBe(3)
    expect(result.stderr).toMatch(/cannot load config/)
  })
})
