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
export async function loadConfig(path: string, options: LoadOptions = {}): Promise<Config> {
  const file = resolve(path)
  let module: {default?: unknown}
  try {
    module = (await settled(import(pathToFileURL(file).href) as Promise<{default?: unknown}>, file, options.timeoutMs ?? CONFIG_TIMEOUT_MS)) as {default?: unknown}
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError(`cannot load config ${file}: ${errorText(error)}`, {cause: error})
  }
  return validateConfig(module.default, file)
}

/** Options of {@link loadConfig}. */
export interface LoadOptions {
  /** How long the config module may take to load (its top-level await), in ms. Default {@link CONFIG_TIMEOUT_MS}. */
  timeoutMs?: number
}

/** Default for {@link LoadOptions.timeoutMs}: 30 s. */
export const CONFIG_TIMEOUT_MS = 30_000

/**
 * `loading`, or a ConfigError when it cannot settle: a top-level await that
 * never settles leaves nothing for the event loop to do (Node would exit
 * with code 13 and no message), so `beforeExit` means it never will; a
 * pending await that keeps the loop busy is cut off after `timeoutMs`.
 */
function settled<T>(loading: Promise<T>, file: string, timeoutMs: number): Promise<T> {
  return new Promise<T>((done, fail) => {
    const stop = (why: string) => fail(new ConfigError(`cannot load config ${file}: ${why}`))
    const never = () => stop('its top-level await never settles (nothing is left for it to wait on)')
    const timer = setTimeout(() => stop(`it did not finish loading within ${timeoutMs} ms (a top-level await that does not settle?)`), timeoutMs)
    timer.unref()
    process.once('beforeExit', never)
    const end = () => {
      clearTimeout(timer)
      process.off('beforeExit', never)
    }
    loading.then(
      (value) => {
        end()
        done(value)
      },
      (error: unknown) => {
        end()
        fail(error)
      }
    )
  })
}

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error)
  } catch {
    return 'a value that cannot be described was thrown'
  }
}

/**
 * Check the shape of a config object; throws a ConfigError naming the
 * problem, also when reading it throws (a getter, a Proxy). Returns a copy:
 * the array and each matcher's `meta` are read once, here.
 */
export function validateConfig(value: unknown, file = 'config'): Config {
  try {
    return checkConfig(value, file)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError(`${file}: reading the config threw: ${errorText(error)}`, {cause: error})
  }
}

function checkConfig(value: unknown, file: string): Config {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(`${file}: the default export must be an object like {matchers: [...]}`)
  }
  const config = value as Record<string, unknown>
  for (const key of Object.keys(config)) {
    if (key !== 'matchers') throw new ConfigError(`${file}: unknown option \`${key}\` (known: matchers)`)
  }
  const list: unknown = config.matchers
  if (list === undefined) return {}
  if (!Array.isArray(list)) throw new ConfigError(`${file}: \`matchers\` must be an array`)
  const seen = new Map<string, number>()
  const matchers: Matcher[] = []
  for (let index = 0; index < list.length; index++) {
    const m = list[index] as Partial<Matcher> | null
    const match = m && typeof m === 'object' ? m.match : undefined
    const meta = m && typeof m === 'object' ? m.meta : undefined
    const id: unknown = meta?.id
    const kind: unknown = meta?.kind
    if (typeof match !== 'function' || typeof id !== 'string' || typeof kind !== 'string') {
      throw new ConfigError(`${file}: matchers[${index}] must be {meta: {id, kind, description}, match(sentence, context)}`)
    }
    const first = seen.get(id)
    if (first !== undefined) throw new ConfigError(`${file}: matchers[${first}] and matchers[${index}] share the id \`${id}\` (ids must be unique)`)
    seen.set(id, index)
    const description: unknown = meta?.description
    const docs: unknown = meta?.docs
    const owner = m as Matcher
    matchers.push({
      meta: {id, kind, description: typeof description === 'string' ? description : '', ...(typeof docs === 'string' ? {docs} : {})},
      match: (sentence, context) => match.call(owner, sentence, context)
    })
  }
  return {matchers}
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
