// @ts-nocheck -- plain Node script (see bench/README.md)
// CPU time of each thread of a command (Linux), to see where the time of a
// `--jobs N` run goes: the main thread, the worker threads, and V8's platform
// threads (garbage collection, compiling and optimizing code in the background).
//
//   node bench/threads.mjs [--stdin FILE] -- node dist/cli/main.js report DIR --format json --jobs 2 --out /tmp/r.json
//
// Polls /proc/PID/task/*/stat every 20 ms and keeps each thread's last
// reading (a thread that ends between two polls loses up to 20 ms). Prints the
// threads by CPU time, the largest first, and the total; the process's own
// total from /proc/self/stat (the waited-for child) as a check.
import {spawn} from 'node:child_process'
import {openSync, readFileSync, readdirSync} from 'node:fs'

const args = process.argv.slice(2)
const dash = args.indexOf('--')
if (dash === -1 || dash === args.length - 1) {
  console.error('usage: node bench/threads.mjs [--stdin FILE] -- COMMAND [ARGS…]')
  process.exit(3)
}
const stdinAt = args.indexOf('--stdin')
const stdin = stdinAt !== -1 && stdinAt < dash ? openSync(args[stdinAt + 1], 'r') : 'ignore'
const [command, ...rest] = args.slice(dash + 1)
const tick = 10 // ms per clock tick (USER_HZ 100 on Linux)
const cpuOf = (stat) => {
  const f = stat.slice(stat.lastIndexOf(') ') + 2).split(' ')
  return (Number(f[11]) + Number(f[12])) * tick
}
const childrenCpu = () => {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
  return (Number(f[13]) + Number(f[14])) * tick
}
const before = childrenCpu()
const t0 = performance.now()
const child = spawn(command, rest, {stdio: [stdin, 'ignore', 'inherit']})
const threads = new Map()
const poll = () => {
  try {
    for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
      try {
        threads.set(tid, cpuOf(readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8')))
      } catch {
        // the thread ended
      }
    }
  } catch {
    // the process ended
  }
}
const timer = setInterval(poll, 20)
child.on('exit', (code) => {
  clearInterval(timer)
  const wall = performance.now() - t0
  const total = childrenCpu() - before
  const main = threads.get(String(child.pid)) ?? 0
  const others = [...threads].filter(([tid]) => tid !== String(child.pid)).map(([, ms]) => ms).sort((a, b) => b - a)
  console.log(`exit ${code}, wall ${(wall / 1000).toFixed(2)} s, CPU ${(total / 1000).toFixed(2)} s (all threads)`)
  console.log(`main thread ${(main / 1000).toFixed(2)} s; other threads (s): ${others.filter((ms) => ms > 0).map((ms) => (ms / 1000).toFixed(2)).join(' ')}`)
})
