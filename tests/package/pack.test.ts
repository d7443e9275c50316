// What `npm pack` ships: the built library with its types, the docs and the
// examples they link to; no sources, no source maps, no tests; bullmq and
// ioredis only as optional peers of `corroborate/queue`.
import {execFileSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, normalize} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {ROOT} from '../parallel/build.js'

interface PackFile {
  path: string
  size: number
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, {optional?: boolean}>
  exports: Record<string, string | {types: string; import: string}>
  bin: Record<string, string>
  files: string[]
}

let files: PackFile[]
let stage: string
beforeAll(() => {
  // A copy of the package with a fresh build, packed there: the test does not depend on a dist/ left in the checkout.
  // Its own temporary folder: nothing here resolves packages, and no other run shares it.
  stage = mkdtempSync(join(tmpdir(), 'corroborate-pack-'))
  for (const entry of ['package.json', 'README.md', 'LICENSE', 'docs', 'examples', 'src', 'tests']) cpSync(join(ROOT, entry), join(stage, entry), {recursive: true})
  execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(stage, 'dist')], {cwd: ROOT, stdio: 'pipe'})
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
  files = (JSON.parse(out) as Array<{files: PackFile[]}>)[0]!.files
}, 120_000)
afterAll(() => rmSync(stage, {recursive: true, force: true}))

describe('npm pack', () => {
  test('ships the library, its types, the CLI, the docs and the examples', () => {
    const paths = new Set(files.map((f) => f.path))
    for (const path of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'dist/distributed/index.js', 'dist/distributed/index.d.ts', 'docs/cli.md', 'docs/api.md', 'examples/inspection-rating.js']) {
      expect(paths, path).toContain(path)
    }
    for (const target of Object.values(manifest.exports).flatMap((e) => (typeof e === 'string' ? [e] : [e.types, e.import]))) expect(paths).toContain(normalize(target))
    for (const bin of Object.values(manifest.bin)) expect(paths).toContain(normalize(bin))
  })

  test('no sources, tests or source maps', () => {
    expect(files.filter((f) => /^(?:src|tests|bench|scripts)\//.test(f.path))).toEqual([])
    expect(files.filter((f) => f.path.endsWith('.map'))).toEqual([])
    expect(files.filter((f) => f.path.endsWith('.js') && readFileSync(join(stage, f.path), 'utf8').includes('sourceMappingURL'))).toEqual([])
  })

  test('the lexicon declaration is a string, not a 380 KB literal type', () => {
    const declaration = files.find((f) => f.path === 'dist/extract/lexicon-data.d.ts')
    expect(declaration).toBeDefined()
    expect(declaration!.size).toBeLessThan(2_000)
    expect(readFileSync(join(stage, declaration!.path), 'utf8')).toContain('LEXICON_JSON: string')
  })

  test('bullmq and ioredis are optional peers, and the main entry point never imports them', () => {
    for (const name of ['bullmq', 'ioredis']) {
      expect(manifest.dependencies[name], name).toBeUndefined()
      expect(manifest.peerDependencies?.[name], name).toBeDefined()
      expect(manifest.peerDependenciesMeta?.[name]?.optional, name).toBe(true)
    }
    // Walk the static imports of the built main entry point and of the CLI.
    const reached = new Set<string>()
    const packages = new Set<string>()
    const visit = (file: string) => {
      if (reached.has(file)) return
      reached.add(file)
      const code = readFileSync(file, 'utf8')
      for (const [, spec] of code.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm)) {
        if (spec === undefined) continue
        if (spec.startsWith('.')) visit(join(dirname(file), spec))
        else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!)
      }
    }
    visit(join(stage, 'dist/index.js'))
    visit(join(stage, 'dist/cli/main.js'))
    expect(reached.size).toBeGreaterThan(20)
    expect([...packages].filter((p) => p === 'bullmq' || p === 'ioredis')).toEqual([])
    // The queue entry point does use them.
    expect(readFileSync(join(stage, 'dist/distributed/queue.js'), 'utf8')).toMatch(/from ['"]bullmq['"]/)
  })

  test('the tarball stays small', () => {
    const total = files.reduce((sum, f) => sum + f.size, 0)
    expect(total).toBeLessThan(3 * 1024 * 1024)
    expect(statSync(join(stage, 'dist/index.js')).size).toBeGreaterThan(100)
  })
})
