/**
 * The commands and options of the `corroborate` command line, as data: the
 * parser (args.ts) checks against it and the help is written from it.
 *
 * @module
 */

export type CommandName = 'report' | 'extract' | 'align' | 'inspect' | 'matchers' | 'queue' | 'help'

export interface OptionSpec {
  type: 'string' | 'boolean'
  short?: string
  /** For a string option: its value's name in the help (`F`, `FILE`, `N`). */
  value?: string
  /** The values it takes, when they are a closed list (checked with "did you mean"). */
  choices?: readonly string[]
  help: string
}

export interface CommandSpec {
  name: CommandName
  /** Usage lines, after `corroborate `. */
  usage: readonly string[]
  summary: string
  /** More about the command, for its help page. */
  details?: string
  options: readonly string[]
  /** The positional arguments it takes: none, or any number (`PATH…`). */
  positionals: 'none' | 'some' | 'one-optional'
}

// The same list as REPORT_FORMATS of src/report/index.ts (a test checks it), written here so --help loads no renderer.
export const REPORT_FORMATS_CLI = ['terminal', 'markdown', 'json', 'html', 'annotations'] as const
export const EXTRACT_FORMATS_CLI = ['terminal', 'json'] as const

export const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  format: {type: 'string', value: 'F', help: 'the output format (see each command)'},
  out: {type: 'string', value: 'FILE', help: 'write the output to FILE instead of standard output (its folder must exist)'},
  config: {type: 'string', value: 'FILE', help: 'load matchers from FILE (default: ./corroborate.config.js if present)'},
  'no-config': {type: 'boolean', help: 'do not load ./corroborate.config.js'},
  'fail-on': {type: 'string', value: 'differ', choices: ['differ'], help: 'exit 1 when any finding is "differ" (even if some inputs were unreadable)'},
  verbose: {type: 'boolean', help: 'list every single-source finding (terminal)'},
  jsonl: {type: 'boolean', help: 'read JSON lines on standard input, write JSON lines'},
  jobs: {type: 'string', value: 'N', help: 'run on N worker threads (`auto`: one per core; default 1)'},
  'follow-outside-links': {type: 'boolean', help: 'read links in a folder that point outside it (default: listed as skipped)'},
  workers: {type: 'string', value: 'N', help: 'worker processes (default 3)'},
  help: {type: 'boolean', short: 'h', help: 'this help'},
  version: {type: 'boolean', short: 'v', help: 'the version'}
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'report',
    usage: ['report [PATH…] [--format terminal|markdown|json|html|annotations] [--out FILE]'],
    summary: 'consistency report (default PATH: ./corpus, if there is one)',
    details:
      'Reads the articles in the files and folders given (.txt, .md, .html…), aligns their claims story by story and reports where outlets agree, differ, or stand alone. --format annotations writes W3C Web Annotations (JSON-LD).',
    options: ['format', 'out', 'config', 'no-config', 'fail-on', 'verbose', 'jobs', 'follow-outside-links'],
    positionals: 'some'
  },
  {
    name: 'extract',
    usage: ['extract FILE… [--format terminal|json] [--out FILE]', 'extract --jsonl < articles.jsonl'],
    summary: 'claims of each article; --jsonl: of JSON lines {"id","text",…} on stdin',
    options: ['format', 'out', 'config', 'no-config', 'jsonl', 'jobs', 'follow-outside-links'],
    positionals: 'some'
  },
  {
    name: 'align',
    usage: ['align --jsonl < claims.jsonl'],
    summary: 'findings from the claim lines of extract --jsonl on stdin',
    // --config / --no-config are accepted (and unused: aligning runs no matchers), so one set of flags serves both stages.
    options: ['jsonl', 'jobs', 'config', 'no-config'],
    positionals: 'none'
  },
  {
    name: 'inspect',
    usage: ['inspect FILE…'],
    summary: 'what was kept, what was dropped as page chrome, and why',
    // --config / --no-config are accepted (and unused: inspect runs no matchers), as for align.
    options: ['follow-outside-links', 'config', 'no-config'],
    positionals: 'some'
  },
  {name: 'matchers', usage: ['matchers'], summary: 'the matchers in use', options: ['config', 'no-config'], positionals: 'none'},
  {
    name: 'queue',
    usage: ['queue [PATH…] [--workers N]'],
    summary: 'the run on BullMQ and Redis on this machine (needs: npm install bullmq ioredis)',
    details: 'Starts redis-server on 127.0.0.1, N worker processes and the per-story reduce; prints the findings as JSON lines. Loads corroborate/queue, whose peer dependencies bullmq and ioredis are optional.',
    options: ['workers'],
    positionals: 'some'
  },
  {name: 'help', usage: ['help [COMMAND]'], summary: 'this help, or the help of COMMAND', options: [], positionals: 'one-optional'}
]

export const COMMAND_NAMES: readonly string[] = COMMANDS.map((c) => c.name)

export function commandSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name)
}

/** The options a command accepts: its own, and --help / --version. */
export function optionsOf(spec: CommandSpec): readonly string[] {
  return [...spec.options, 'help', 'version']
}
