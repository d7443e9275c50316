// @ts-nocheck -- plain Node script over dist/ (see bench/README.md)
// Start-up of the command line: cold processes, interleaved in rounds.
//
//   npm run build && node bench/startup.mjs [--runs 9] [--json] [--compare DIR]
//
// Each round starts, in turn, `node -e 0` (the baseline: Node's own start),
// `corroborate --version` and a one-file plain-text report
// (`corroborate report article.txt --format json` on a copy of
// corpus/bbc-liverpool.txt in an empty folder, output to /dev/null), and
// two processes that only import a module graph: the command line's
// (`dist/cli/run.js`) and the library's (`dist/index.js`). Three figures
// per process: wall time around the spawn, time from the process's start to
// its exit, and CPU time; *loading* is a figure minus the baseline's median
// in the same run (module loading, plus the command's own work for the two
// commands: small for --version, reading and extracting one article for
// the report), and the ratio
// is the process's median over the baseline's. Median of the runs, spread
// (min–max) shown. Also printed: the number of ES modules each command
// loads, counted by a module hook (a separate run, not timed).
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const argv = process.argv.slice(2)
const runsAt = argv.indexOf('--runs')
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 9
const cli = join(root, 'dist/cli/main.js')
// The report runs in an empty folder (no corroborate.config.js found, so
// only the built-in matchers), on a copy of one corpus article.
const cwd = mkdtempSync(join(tmpdir(), 'corroborate-startup-'))
copyFileSync(join(root, 'corpus/bbc-liverpool.txt'), join(cwd, 'article.txt'))
const commands = [
  {name: 'node -e 0', args: ['-e', '0']},
  {name: 'corroborate --version', args: [cli, '--version']},
  {name: 'corroborate report (one .txt, json)', args: [cli, 'report', 'article.txt', '--format', 'json']},
  // Module loading alone: the command line's module graph, and the library's.
  {name: 'import dist/cli/run.js', args: ['--input-type=module', '-e', `await import(${JSON.stringify(join(root, 'dist/cli/run.js'))})`]},
  {name: 'import dist/index.js', args: ['--input-type=module', '-e', `await import(${JSON.stringify(join(root, 'dist/index.js'))})`]}
]
// `--compare DIR`: the same two commands from another checkout's build (for
// before/after figures in one run).
const compareAt = argv.indexOf('--compare')
if (compareAt >= 0) {
  const other = resolve(argv[compareAt + 1], 'dist/cli/main.js')
  commands.push({name: `${argv[compareAt + 1]}: --version`, args: [other, '--version']})
  commands.push({name: `${argv[compareAt + 1]}: report (one .txt, json)`, args: [other, 'report', 'article.txt', '--format', 'json']})
  commands.push({name: `${argv[compareAt + 1]}: import dist/cli/run.js`, args: ['--input-type=module', '-e', `await import(${JSON.stringify(resolve(argv[compareAt + 1], 'dist/cli/run.js'))})`]})
}

// Each process reports, at exit, its CPU time (user + system, all threads)
// and the time since it started (performance.now()); wall time is taken
// around the spawn. CPU time is the steadier figure on a shared machine.
const probe = `data:text/javascript,${encodeURIComponent("process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('PROBE ' + (u.user + u.system) / 1000 + ' ' + performance.now() + '\\n') })")}`
const once = (args) => {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(process.execPath, ['--import', probe, ...args], {cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
  const wall = Number(process.hrtime.bigint() - t0) / 1e6
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  const m = /PROBE ([\d.]+) ([\d.]+)/.exec(r.stderr)
  return {wall, cpu: Number(m[1]), inside: Number(m[2])}
}

// Count the modules with a resolve hook (Node >= 20.6: module.register); the
// count is printed to stderr at exit.
const hook = `data:text/javascript,${encodeURIComponent(`
import {register} from 'node:module'
import {MessageChannel} from 'node:worker_threads'
const {port1, port2} = new MessageChannel()
let n = 0
port1.on('message', () => { n++ })
port1.unref()
process.on('exit', () => { process.stderr.write('MODULES ' + n + '\\n') })
register('data:text/javascript,' + encodeURIComponent(\`
let port
export function initialize(data) { port = data.port }
export async function load(url, context, next) { port.postMessage(1); return next(url, context) }
\`), {data: {port: port2}, transferList: [port2]})
`)}`
const countModules = (args) => {
  if (args[0] === '-e') return 0
  const r = spawnSync(process.execPath, ['--no-warnings', '--import', hook, ...args], {cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
  const m = /MODULES (\d+)/.exec(r.stderr)
  return m ? Number(m[1]) : undefined
}

const times = commands.map(() => [])
for (const c of commands) once(c.args) // warm the file cache
for (let round = 0; round < runs; round++) {
  for (const [k, c] of commands.entries()) times[k].push(once(c.args))
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const figure = (k, key) => {
  const xs = times[k].map((t) => t[key])
  return {median: median(xs), min: Math.min(...xs), max: Math.max(...xs)}
}
const rows = commands.map((c, k) => {
  const out = {command: c.name, modules: countModules(c.args)}
  for (const key of ['wall', 'inside', 'cpu']) {
    const f = figure(k, key)
    const base = figure(0, key).median
    out[key] = {...f, loading: f.median - base, ratio: f.median / base}
  }
  return out
})
rmSync(cwd, {recursive: true, force: true})
if (argv.includes('--json')) {
  console.log(JSON.stringify({runs, node: process.version, rows}, null, 2))
} else {
  const f = (x) => x.toFixed(1)
  console.log(`### Start-up: cold processes, ${runs} interleaved rounds, Node ${process.version}\n`)
  const names = {wall: 'wall ms (spawn to exit)', inside: 'ms from process start to exit', cpu: 'CPU ms (user + system)'}
  console.log('| command | figure | median | spread (min–max) | − node -e 0 (loading) | ÷ node -e 0 |')
  console.log('|---|---|---:|---:|---:|---:|')
  for (const r of rows) {
    for (const key of ['wall', 'inside', 'cpu']) {
      const x = r[key]
      console.log(`| \`${r.command}\` | ${names[key]} | ${f(x.median)} | ${f(x.min)}–${f(x.max)} | ${r.command === 'node -e 0' ? '–' : f(x.loading)} | ${x.ratio.toFixed(2)}× |`)
    }
  }
  console.log('\nES modules loaded: ' + rows.map((r) => `${r.command}: ${r.modules ?? '?'}`).join('; '))
}
