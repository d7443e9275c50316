// Article text, speakers and file names never reach a terminal as escape
// sequences (issue 13, point 10): ESC c resets a terminal, OSC retitles it,
// a carriage return overwrites the line, C1 CSI (U+009B) starts a sequence
// on some terminals, bidi controls reorder what is shown.
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {jsonTerminalSafe, sanitizeTerminal, terminalLines} from '../../src/report/escape.js'
import {main} from '../../src/cli/run.js'
import {fakeIo} from './io.js'
import {tempDir} from '../reliability/helpers.js'

/** Anything a terminal would obey: C0 controls but tab and newline, CR, DEL, C1, bidi controls, line separators. */
const OBEYED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u

const NASTY = ['\u001bc', '\u001b]0;pwned\u0007', '\u001b[31m', '\u009b2J', '\r', '\u202e']
const ARTICLE = `Pool${NASTY[0]}\n\n“We are ready${NASTY[1]},” said Jo${NASTY[2]}hn Smith, the mayor. The pool cost £1m${NASTY[3]} and opened${NASTY[4]}late ${NASTY[5]}today.\n`

let tmp: ReturnType<typeof tempDir>
let name: string

beforeAll(() => {
  tmp = tempDir('escapes')
  mkdirSync(join(tmp.dir, 'in'))
  name = `pool\u001b]0;title\u0007\u009b.txt`
  writeFileSync(join(tmp.dir, 'in', name), ARTICLE)
  writeFileSync(join(tmp.dir, 'in', 'empty\u001b[2J.txt'), '')
})
afterAll(() => tmp?.cleanup())

async function run(argv: string[], stdin = ''): Promise<{code: number; out: string; err: string}> {
  const {io, stdout, stderr} = fakeIo(tmp.dir, stdin)
  const code = await main(argv, io)
  return {code, out: stdout(), err: stderr()}
}

function expectInert(text: string, where: string): void {
  const hit = OBEYED.exec(text)
  expect(hit, `${where}: ${hit ? JSON.stringify(hit[0]) : ''} at ${hit?.index}: ${JSON.stringify(text.slice(Math.max(0, (hit?.index ?? 0) - 30), (hit?.index ?? 0) + 30))}`).toBeNull()
}

describe('nothing a terminal obeys reaches stdout or stderr', () => {
  const commands: string[][] = [
    ['extract', join('in', '*')],
    ['extract', join('in', '*'), '--format', 'json'],
    ['inspect', join('in', '*')],
    ['report', 'in', '--format', 'terminal'],
    ['report', 'in', '--format', 'json'],
    ['report', 'in', '--format', 'markdown']
  ]
  test.each(commands)('%s %s %s %s', async (...argv) => {
    const paths = argv.flatMap((a) => (a === join('in', '*') ? [join('in', name), join('in', 'empty\u001b[2J.txt')] : [a]))
    const result = await run([...paths, '--no-config'])
    expect(result.code).toBe(2)
    expectInert(result.out, 'stdout')
    expectInert(result.err, 'stderr')
    if (!argv.includes('json') && !argv.includes('markdown')) expect(result.out).toContain('[U+001B]')
  })

  test('extract --jsonl and align --jsonl (bad lines echo their text on stderr)', async () => {
    const lines = `${JSON.stringify({id: `a\u001bc`, story: 's', text: ARTICLE})}\n{"id": "\u001b]0;x\u0007", "claims": "\u009b"}\nnot json \u001bc\n`
    const extracted = await run(['extract', '--jsonl', '--no-config'], lines)
    expectInert(extracted.out, 'extract --jsonl stdout')
    expectInert(extracted.err, 'extract --jsonl stderr')
    const aligned = await run(['align', '--jsonl', '--no-config'], `${extracted.out}{"id": "b\u001bc", "claims": 5}\n{"error": {"path": "\u001b]0;t\u0007", "code": "\u009b", "message": "\r"}}\n`)
    expectInert(aligned.out, 'align --jsonl stdout')
    expectInert(aligned.err, 'align --jsonl stderr')
    expect(aligned.err).toContain('[U+001B]')
  })

  test('a usage error that echoes an argument', async () => {
    const result = await run(['report', '--format', 'x\u001bc\r', 'in'])
    expect(result.code).toBe(3)
    expectInert(result.err, 'stderr')
  })
})

describe('escape functions (properties)', () => {
  const anyText = fc.string({unit: 'binary', maxLength: 60})
  test('jsonTerminalSafe: the same JSON value, nothing a terminal obeys', () => {
    fc.assert(fc.property(fc.jsonValue(), anyText, (value, text) => {
      for (const v of [value, text, {[text]: text}]) {
        const json = jsonTerminalSafe(JSON.stringify(v))
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(v)))
        expectInert(json, 'json')
      }
    }), {seed: 13, numRuns: 1000})
  })
  test('terminalLines and sanitizeTerminal: nothing a terminal obeys (terminalLines keeps newlines)', () => {
    fc.assert(fc.property(anyText, (text) => {
      expectInert(terminalLines(text), 'terminalLines')
      expectInert(sanitizeTerminal(text), 'sanitizeTerminal')
      expect(terminalLines(text).split('\n').length).toBe(text.split('\n').length)
    }), {seed: 13, numRuns: 1000})
  })
})
