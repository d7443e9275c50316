/**
 * The command line, parsed: `node:util` parseArgs with a thin layer over it
 * (per-command options, "did you mean", usage errors in one line).
 *
 * @module
 */
import {parseArgs} from 'node:util'
import {COMMAND_NAMES, OPTIONS, commandSpec, optionsOf, type CommandSpec} from './spec.js'
import {didYouMean} from './suggest.js'

/** A usage error: one line, exit code 3. */
export class UsageError extends Error {
  /** The command whose help the message points to, if any. */
  readonly command: string | undefined
  constructor(message: string, command?: string) {
    super(message)
    this.name = 'UsageError'
    this.command = command
  }
}

export type Values = Record<string, string | boolean | undefined>

export type Parsed =
  | {kind: 'version'}
  | {kind: 'help'; command?: CommandSpec}
  | {kind: 'run'; command: CommandSpec; values: Values; positionals: string[]}

const flag = (name: string) => `--${name}`

/** Parse `argv` (without node and the script). Throws {@link UsageError}. */
export function parseCommandLine(argv: readonly string[]): Parsed {
  const first = argv[0]
  if (first === undefined) return {kind: 'help'}
  if (first.startsWith('-')) {
    // Only --help and --version may come before the command.
    if (first === '-h' || first === '--help') return argv[1] === undefined ? {kind: 'help'} : helpFor(argv[1])
    if (first === '-v' || first === '--version') return {kind: 'version'}
    throw new UsageError(`the command comes first: corroborate COMMAND ${first}… (commands: ${COMMAND_NAMES.join(', ')})`)
  }
  const command = commandSpec(first)
  if (command === undefined) throw new UsageError(`unknown command \`${first}\`${didYouMean(first, COMMAND_NAMES, (s) => `\`${s}\``)}; commands: ${COMMAND_NAMES.join(', ')}`)
  const rest = argv.slice(1)
  const {values, positionals} = parseOptions(command, rest)
  if (values.help === true) return {kind: 'help', command}
  if (values.version === true) return {kind: 'version'}
  if (command.name === 'help') return positionals[0] === undefined ? {kind: 'help'} : helpFor(positionals[0], positionals.length > 1)
  if (command.positionals === 'none' && positionals.length > 0) throw new UsageError(`\`${command.name}\` takes no arguments, not \`${positionals[0]}\``, command.name)
  return {kind: 'run', command, values, positionals}
}

function helpFor(name: string, extra = false): Parsed {
  const command = commandSpec(name)
  if (command === undefined || extra) throw new UsageError(`no help for \`${name}\`${didYouMean(name, COMMAND_NAMES, (s) => `\`${s}\``)}; commands: ${COMMAND_NAMES.join(', ')}`)
  return {kind: 'help', command}
}

/**
 * The options of one command: each token checked against the command's
 * options, then read by parseArgs (strict), so every mistake is one line.
 */
function parseOptions(command: CommandSpec, args: readonly string[]): {values: Values; positionals: string[]} {
  const allowed = optionsOf(command)
  const {tokens} = parseArgs({args: [...args], strict: false, allowPositionals: true, tokens: true, options: optionConfig(allowed)})
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const shown = token.rawName
    if (!allowed.includes(token.name)) {
      const known = OPTIONS[token.name] !== undefined
      const hint = known ? '' : didYouMean(token.name, allowed, flag)
      throw new UsageError(`${known ? `\`${command.name}\` does not take` : 'unknown option'} ${shown}${hint}`, command.name)
    }
    const spec = OPTIONS[token.name]!
    if (spec.type === 'string' && (token.value === undefined || token.value === '')) throw new UsageError(`${shown} needs a value${spec.value ? ` (${spec.value})` : ''}`, command.name)
    if (spec.type === 'boolean' && token.inlineValue === true) throw new UsageError(`${shown} takes no value`, command.name)
    if (spec.choices && token.value !== undefined && !spec.choices.includes(token.value)) {
      throw new UsageError(`${shown} takes ${spec.choices.map((c) => `\`${c}\``).join(', ')}, not \`${token.value}\`${didYouMean(token.value, spec.choices, (s) => `\`${s}\``)}`, command.name)
    }
  }
  const parsed = parseArgs({args: [...args], strict: true, allowPositionals: true, options: optionConfig(allowed)})
  return {values: parsed.values as Values, positionals: parsed.positionals}
}

function optionConfig(names: readonly string[]) {
  return Object.fromEntries(names.map((name) => [name, {type: OPTIONS[name]!.type, ...(OPTIONS[name]!.short ? {short: OPTIONS[name]!.short} : {})}])) as Record<string, {type: 'string' | 'boolean'; short?: string}>
}
