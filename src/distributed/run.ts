#!/usr/bin/env node
/**
 * A whole distributed run on one machine, for trying it and for the test:
 * start `redis-server` on 127.0.0.1 (no persistence), fork worker processes,
 * enqueue the articles, run the per-story reduce, print the findings as JSON
 * lines (sorted by story and id), stop everything.
 *
 *   node dist/distributed/run.js [--workers 3] [PATH…]     (default PATH: corpus)
 *
 * @module
 */
import {fork, type ChildProcess} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {readInputs} from '../ingest/read.js'
import type {InputError} from '../types.js'
import {runJob, type ArticleLine, type JobResult} from './queue.js'
import {hasRedisServer, startRedisServer} from './redis-server.js'
import {sanitizeTerminal} from '../report/escape.js'

/**
 * Articles as map-job lines, from files and folders (the text is the whole
 * file, so offsets are the file's), with the files that could not be read:
 * empty, binary, invalid encodings, bad front matter… never vanish.
 */
export async function articleLines(paths: string[], cwd?: string): Promise<DistributedInput> {
  const read = await readInputs(paths, cwd === undefined ? {} : {cwd})
  return {articles: read.articles.map((a) => ({id: a.id, text: a.source, format: a.format})), errors: read.errors}
}

/** What a distributed run reads: article lines, and the inputs that already failed. */
export interface DistributedInput {
  articles: ArticleLine[]
  errors: InputError[]
}

/**
 * Run the articles through Redis, `workers` worker processes and the
 * per-story reduce: the findings and every article's error (those of
 * {@link articleLines} included).
 */
export async function runDistributed(input: DistributedInput, options: {workers?: number; prefix?: string; timeoutMs?: number} = {}): Promise<JobResult> {
  if (!hasRedisServer()) throw new Error('redis-server is not on the PATH (Debian: apt-get install redis-server)')
  const redis = await startRedisServer()
  const children: ChildProcess[] = []
  try {
    const entry = fileURLToPath(new URL('./worker.js', import.meta.url))
    for (let i = 0; i < (options.workers ?? 3); i++) {
      const child = fork(entry, ['--host', redis.host, '--port', String(redis.port), ...(options.prefix ? ['--prefix', options.prefix] : [])], {stdio: ['ignore', 'inherit', 'inherit', 'ipc']})
      children.push(child)
      await new Promise<void>((done, fail) => {
        child.once('message', () => done())
        child.once('exit', (code) => fail(new Error(`worker exited (${code}) before it was ready`)))
      })
    }
    const result = await runJob({host: redis.host, port: redis.port, ...(options.prefix ? {prefix: options.prefix} : {})}, input.articles, options.timeoutMs === undefined ? {} : {timeoutMs: options.timeoutMs})
    const errors = [...input.errors, ...result.errors].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    return {findings: result.findings, errors}
  } finally {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          })
      )
    )
    await redis.stop()
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const {values, positionals} = parseArgs({allowPositionals: true, options: {workers: {type: 'string', default: '3'}}})
  try {
    const {findings, errors} = await runDistributed(await articleLines(positionals.length ? positionals : ['corpus']), {workers: Number(values.workers)})
    for (const f of findings) process.stdout.write(`${JSON.stringify(f)}\n`)
    for (const e of errors) process.stderr.write(`corroborate: ${sanitizeTerminal(e.path)}: ${sanitizeTerminal(e.code)}: ${sanitizeTerminal(e.message)}\n`)
    process.exitCode = errors.length > 0 ? 2 : 0
  } catch (error) {
    process.stderr.write(`corroborate: ${sanitizeTerminal(error instanceof Error ? error.message : String(error))}\n`)
    process.exitCode = 1
  }
}
