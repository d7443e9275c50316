// The map stage is composed once (issue 13, point 4): the API report, the
// one-thread CLI run (the worker code on this thread), a worker task on an
// article in memory, the JSON lines and the queue's map step give the same
// claims and the same per-article errors for the same articles.
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {builtinMatchers, createChecker, type Matcher} from '../../src/index.js'
import {readAndExtract} from '../../src/parallel/pool.js'
import {runTask} from '../../src/parallel/worker.js'
import {mapJsonLine} from '../../src/pipeline/jsonl.js'
import {mapLine} from '../../src/distributed/queue.js'
import {tempDir} from './helpers.js'

const breaker: Matcher = {
  meta: {id: 'breaker', kind: 'x', description: 'throws on “weir” (test only)'},
  match: (sentence) => {
    if (sentence.text.includes('weir')) throw new Error('weir!')
    return []
  }
}
const matchers = [...builtinMatchers, breaker]

const ARTICLES: Record<string, string> = {
  good: 'Pool\n\nThe pool cost £1m, the council said in May 2024.\n',
  front: '---\noutlet: [oops\n---\nBody £1m.\n',
  weir: 'The weir cost £3m.\n',
  deep: `${'> '.repeat(200)}Deep £1m.\n`,
  complex: `${'*a'.repeat(2000)}\n`
}

let tmp: ReturnType<typeof tempDir>
beforeAll(() => {
  tmp = tempDir('engines')
  mkdirSync(join(tmp.dir, 'in'))
  for (const [id, text] of Object.entries(ARTICLES)) writeFileSync(join(tmp.dir, 'in', `${id}.md`), text)
})
afterAll(() => tmp?.cleanup())

/** Per article id: its error code, or its claim texts. */
type Summary = Record<string, string | string[]>

test('every engine gives the same claims and the same errors', async () => {
  const checker = createChecker({matchers})
  const report = await checker.report(join(tmp.dir, 'in'))
  const api: Summary = {}
  for (const record of report.articles) api[record.id] = record.error?.code ?? report.claims.filter((c) => c.article === record.id).map((c) => c.text)

  const thread = await readAndExtract([join(tmp.dir, 'in')], {jobs: 1, config: null, checker})
  const oneThread: Summary = {}
  for (const input of thread.read.inputs) if (input.error) oneThread[input.id ?? input.path] = input.error.code
  for (const result of thread.extracted) oneThread[result.id] = result.error?.code ?? result.claims.map((c) => c.text)

  const lines: Summary = {}
  const queue: Summary = {}
  const task: Summary = {}
  for (const [id, text] of Object.entries(ARTICLES)) {
    const line = JSON.parse(mapJsonLine(JSON.stringify({id, text, format: 'markdown'}), 1, matchers).json)
    lines[id] = line.error?.code ?? line.claims.map((c: {text: string}) => c.text)
    const q = mapLine({id, text, format: 'markdown'}, checker)
    queue[id] = 'error' in q ? q.error.code : q.claims.map((c) => c.text)
    // A worker's task for an article in memory (built-in matchers only: a worker loads its config itself).
    const outcome = await runTask({type: 'text', config: null, id, text, format: 'markdown', meta: {}})
    task[id] = outcome.ok ? (outcome.result.error?.code ?? outcome.result.claims.map((c) => c.text)) : outcome.error.code
  }

  const expected: Summary = {good: ['£1m', 'in May 2024'], front: 'front-matter', weir: 'matcher-error', deep: 'too-deep', complex: 'too-complex'}
  expect(api).toEqual(expected)
  expect(oneThread).toEqual(expected)
  expect(lines).toEqual(expected)
  expect(queue).toEqual(expected)
  expect(task).toEqual({...expected, weir: ['£3m']})
})
