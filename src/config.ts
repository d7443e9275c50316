import {access} from 'node:fs/promises'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Matcher} from './types.js'

/** What a config file (`corroborate.config.js`) exports as its default. */
export interface Config {
  /** The matchers to run: e.g. `[...builtinMatchers, myMatcher]`. */
  matchers?: readonly Matcher[]
}

/** The file name looked for in the current working directory. */
export const CONFIG_FILE = 'corroborate.config.js'

/** A config file could not be loaded or exports something invalid. */
export class ConfigError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'ConfigError'
  }
}

/**
 * Load and validate a config file. A config file is code: it is imported
 * (run) as an ES module. Only call this on a file the user named, or on
 * `corroborate.config.js` in the working directory.
 */
export async function loadConfig(path: string): Promise<Config> {
  const file = resolve(path)
  let module: {default?: unknown}
  try {
    module = (await import(pathToFileURL(file).href)) as {default?: unknown}
  } catch (error) {
    throw new ConfigError(`cannot load config ${file}: ${error instanceof Error ? error.message : String(error)}`, {cause: error})
  }
  return validateConfig(module.default, file)
}

/** Check the shape of a config object; throws a ConfigError naming the problem. */
export function validateConfig(value: unknown, file = 'config'): Config {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(`${file}: the default export must be an object like {matchers: [...]}`)
  }
  const config = value as Record<string, unknown>
  for (const key of Object.keys(config)) {
    if (key !== 'matchers') throw new ConfigError(`${file}: unknown option \`${key}\` (known: matchers)`)
  }
  if (config.matchers === undefined) return {}
  if (!Array.isArray(config.matchers)) throw new ConfigError(`${file}: \`matchers\` must be an array`)
  const seen = new Map<string, number>()
  config.matchers.forEach((matcher: unknown, index) => {
    const m = matcher as Partial<Matcher> | null
    if (!m || typeof m !== 'object' || typeof m.match !== 'function' || !m.meta || typeof m.meta.id !== 'string' || typeof m.meta.kind !== 'string') {
      throw new ConfigError(`${file}: matchers[${index}] must be {meta: {id, kind, description}, match(sentence, context)}`)
    }
    const first = seen.get(m.meta.id)
    if (first !== undefined) throw new ConfigError(`${file}: matchers[${first}] and matchers[${index}] share the id \`${m.meta.id}\` (ids must be unique)`)
    seen.set(m.meta.id, index)
  })
  return {matchers: config.matchers as Matcher[]}
}

/** `corroborate.config.js` in `cwd` if it exists, else undefined. */
export async function findConfig(cwd: string): Promise<string | undefined> {
  const file = resolve(cwd, CONFIG_FILE)
  try {
    await access(file)
    return file
  } catch {
    return undefined
  }
}
