// Worker threads and worker processes run built JavaScript, not the
// TypeScript sources vitest runs. Each test file that needs them builds the
// library into its own folder under node_modules/.cache (so packages resolve
// from the project's node_modules, and test files never share a build). The
// folder is keyed by the checkout too: worktrees that share one node_modules
// (a symbolic link) never build over each other.
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {rmSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Build src/ into node_modules/.cache/corroborate-tests/NAME; returns that folder (absolute, with a trailing slash). */
export function buildTo(name: string): string {
  const checkout = createHash('sha256').update(ROOT).digest('hex').slice(0, 12)
  const out = `${ROOT}node_modules/.cache/corroborate-tests/${checkout}/${name}/`
  rmSync(out, {recursive: true, force: true})
  execFileSync(`${ROOT}node_modules/.bin/tsc`, ['-p', 'tsconfig.build.json', '--outDir', out, '--declaration', 'false', '--sourceMap', 'false'], {cwd: ROOT, stdio: 'pipe'})
  return out
}
