#!/usr/bin/env node
/**
 * A worker process of the distributed run: runs map and reduce jobs from the
 * queues until SIGTERM or SIGINT.
 *
 *   node dist/distributed/worker.js --host 127.0.0.1 --port 6379 [--prefix corroborate] [--concurrency 1]
 *     [--lock-duration MS] [--stalled-interval MS]
 *
 * `--lock-duration` and `--stalled-interval` (BullMQ's, 30 s each by
 * default) bound how long a job whose worker died waits before another
 * worker retries it.
 *
 * Test hook: with the environment variable
 * `CORROBORATE_TEST_KILL_AFTER_STORE=<n>`, the process kills itself with
 * SIGKILL right after it stored its n-th map result and before that job is
 * acknowledged (the worst moment for a crash), so the fault test can check
 * that the retried job does not store the article twice. Never set it
 * outside tests.
 *
 * @module
 */
import {parseArgs} from 'node:util'
import {startWorkers} from './queue.js'
import {sanitizeTerminal} from '../report/escape.js'

const {values} = parseArgs({
  options: {
    host: {type: 'string', default: '127.0.0.1'},
    port: {type: 'string', default: '6379'},
    prefix: {type: 'string'},
    concurrency: {type: 'string', default: '1'},
    'lock-duration': {type: 'string'},
    'stalled-interval': {type: 'string'}
  }
})
for (const name of ['concurrency', 'lock-duration', 'stalled-interval'] as const) {
  const value = values[name]
  if (value !== undefined && !(Number.isInteger(Number(value)) && Number(value) > 0)) {
    process.stderr.write(`corroborate worker: --${name} must be a positive whole number, not \`${sanitizeTerminal(value.slice(0, 40))}\`\n`)
    process.exit(2)
  }
}
const killAfter = Number(process.env['CORROBORATE_TEST_KILL_AFTER_STORE'] ?? 0)

/** The test hook: SIGKILL this process after its n-th stored map result. */
function killAfterStore(n: number): () => void {
  let stored = 0
  return () => {
    if (++stored === n) process.kill(process.pid, 'SIGKILL')
  }
}
const workers = startWorkers(
  {host: values.host as string, port: Number(values.port), ...(values.prefix ? {prefix: values.prefix} : {})},
  {
    concurrency: Number(values.concurrency),
    ...(values['lock-duration'] ? {lockDurationMs: Number(values['lock-duration'])} : {}),
    ...(values['stalled-interval'] ? {stalledIntervalMs: Number(values['stalled-interval'])} : {}),
    ...(killAfter > 0 ? {afterStore: killAfterStore(killAfter)} : {})
  }
)
process.send?.('ready')
const stop = async () => {
  await workers.close()
  process.exit(0)
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
