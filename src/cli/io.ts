/**
 * What the command line reads and writes besides the articles: the `--out`
 * file (its folder checked before any work), the default corpus folder, and
 * error lines for standard error.
 *
 * @module
 */
import {sanitizeTerminal} from '../report/escape.js'
import {stat, writeFile} from 'node:fs/promises'
import {dirname, resolve} from 'node:path'
import type {InputError} from '../types.js'

/** The output file cannot be written: exit code 3, like a usage error. */
export class OutputError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'OutputError'
  }
}

/** Check, before any work, that `--out FILE` can be created: its folder exists, and FILE is not a folder. */
export async function checkOut(out: string, cwd: string): Promise<void> {
  const path = resolve(cwd, out)
  const folder = dirname(path)
  const info = await stat(folder).catch(() => undefined)
  if (info === undefined) throw new OutputError(`cannot write --out ${visible(out)}: the folder ${visible(folder)} does not exist`)
  if (!info.isDirectory()) throw new OutputError(`cannot write --out ${visible(out)}: ${visible(folder)} is not a folder`)
  const target = await stat(path).catch(() => undefined)
  if (target?.isDirectory()) throw new OutputError(`cannot write --out ${visible(out)}: it is a folder`)
}

/** Write the output file; a failure is an {@link OutputError} in one line. */
export async function writeOut(out: string, text: string, cwd: string): Promise<void> {
  try {
    await writeFile(resolve(cwd, out), text)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'no space left on the device' : code === 'ENOENT' ? 'its folder does not exist' : (code ?? String(error))
    throw new OutputError(`cannot write --out ${visible(out)}: ${why}`, {cause: error})
  }
}

/** `corpus` when the current folder has a `corpus/` folder, else undefined. */
export async function defaultCorpus(cwd: string): Promise<string[] | undefined> {
  const info = await stat(resolve(cwd, 'corpus')).catch(() => undefined)
  return info?.isDirectory() ? ['corpus'] : undefined
}

/** An input error as one line for standard error: `corroborate: PATH: CODE: MESSAGE` (the path not said twice). */
export function errorLine(error: InputError): string {
  const message = error.message.startsWith(`${error.path}: `) ? error.message.slice(error.path.length + 2) : error.message
  return `corroborate: ${visible(error.path)}: ${visible(error.code)}: ${visible(message)}`
}

/** Control characters (terminal escapes, line breaks) in a path or message shown as `\u001b`, never sent to the terminal. */
export function visible(text: string): string {
  // One rule for every line that reaches a terminal: controls and bidi marks shown as `[U+001B]`.
  return sanitizeTerminal(text)
}
