/**
 * Help pages, written from the command table (spec.ts).
 *
 * @module
 */
import {VERSION} from '../version.js'
import type {Parsed} from './args.js'
import {COMMANDS, OPTIONS, optionsOf, type CommandSpec} from './spec.js'

const EXIT_CODES = `Exit codes: 0 ok; 1 differences found (with --fail-on differ, even if some input
was unreadable); 2 some input could not be read (the rest is reported);
3 usage, config or output error (a message on standard error).`

function optionLine(name: string): string {
  const spec = OPTIONS[name]!
  const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'X'}` : ''}`
  return `  ${flag.padEnd(22)} ${spec.help}`
}

/** `corroborate --help`. */
export function generalHelp(): string {
  const commands = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`)
  return `corroborate ${VERSION}: check what news outlets say against each other

Usage: corroborate COMMAND [options]

Commands:
${commands.join('\n')}

Options:
${['help', 'version'].map(optionLine).join('\n')}

\`corroborate help COMMAND\` or \`corroborate COMMAND --help\` shows a command's options.

${EXIT_CODES}`
}

/** `corroborate help report`, `corroborate report --help`. */
export function commandHelp(spec: CommandSpec): string {
  const usage = spec.usage.map((line, i) => `${i === 0 ? 'Usage: ' : '       '}corroborate ${line}`)
  const formats =
    spec.name === 'report'
      ? '\nFormats: terminal (default), markdown, json (the contract: docs/report-format.md), html (one page), annotations (W3C Web Annotations, JSON-LD).\n'
      : spec.name === 'extract'
        ? '\nFormats: terminal (default), json.\n'
        : ''
  return `${usage.join('\n')}

${spec.summary}.${spec.details ? `\n${spec.details}` : ''}
${formats}
Options:
${optionsOf(spec).map(optionLine).join('\n')}

${EXIT_CODES}`
}

interface HelpIo {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
}

/**
 * Answer `--version` and the help pages; undefined for a command to run.
 * Loads nothing but the command table, so these answer at once.
 */
export function answerHelp(parsed: Parsed, argv: readonly string[], io: HelpIo): number | undefined {
  if (parsed.kind === 'version') {
    io.stdout.write(`${VERSION}\n`)
    return 0
  }
  if (parsed.kind !== 'help') return undefined
  if (argv.length === 0) {
    // No command at all: the usage, as an error (exit 3).
    io.stderr.write(`${generalHelp()}\n`)
    return 3
  }
  io.stdout.write(`${parsed.command ? commandHelp(parsed.command) : generalHelp()}\n`)
  return 0
}
