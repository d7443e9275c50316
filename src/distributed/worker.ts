#!/usr/bin/env node
/**
 * A worker process of the distributed run: runs map and reduce jobs from the
 * queues until SIGTERM or SIGINT.
 *
 *   node dist/distributed/worker.js --host 127.0.0.1 --port 6379 [--prefix corroborate] [--concurrency 1]
 *
 * @module
 */
import {parseArgs} from 'node:util'
import {startWorkers} from './queue.js'

const {values} = parseArgs({
  options: {host: {type: 'string', default: '127.0.0.1'}, port: {type: 'string', default: '6379'}, prefix: {type: 'string'}, concurrency: {type: 'string', default: '1'}}
})
const workers = startWorkers(
  {host: values.host as string, port: Number(values.port), ...(values.prefix ? {prefix: values.prefix} : {})},
  {concurrency: Number(values.concurrency)}
)
process.send?.('ready')
const stop = async () => {
  await workers.close()
  process.exit(0)
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
