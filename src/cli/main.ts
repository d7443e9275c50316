#!/usr/bin/env node
// The `corroborate` command. All logic lives in run.ts, so tests can call it.
import {main} from './run.js'

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd()
})
