// An in-memory stdin/stdout/stderr for calling the CLI in-process.
import {PassThrough, Readable} from 'node:stream'

export interface Captured {
  stdout: () => string
  stderr: () => string
}

export function fakeIo(cwd: string, stdinText = '', env: Record<string, string | undefined> = {NO_COLOR: '1'}) {
  const out: string[] = []
  const err: string[] = []
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()))
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()))
  return {
    io: {stdout, stderr, stdin: Readable.from([stdinText]), env, cwd},
    stdout: () => out.join(''),
    stderr: () => err.join('')
  }
}
