#!/usr/bin/env node
// The `corroborate` command. All logic lives in run.ts, so tests can call it;
// --help and --version answer from the command table alone (fast start-up).
import {parseCommandLine} from './args.js'
import {answerHelp} from './help.js'

const argv = process.argv.slice(2)
const io = {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd()}
// A closed pipe (`corroborate report | head`) ends the output, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

let quick: number | undefined
try {
  quick = answerHelp(parseCommandLine(argv), argv, io)
} catch {
  quick = undefined // a usage error: run.ts words it
}
if (quick !== undefined) process.exitCode = quick
else {
  const {main} = await import('./run.js')
  process.exitCode = await main(argv, io)
}
