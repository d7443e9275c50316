import {createInterface} from 'node:readline'
import {resolve} from 'node:path'
import {availableParallelism} from 'node:os'
import type {Claim, Finding, InputError, Matcher, Report, ReportSentence, StoredClaim} from '../types.js'
import {createChecker, type Checker} from '../checker.js'
import {ConfigError, findConfig, loadConfig} from '../config.js'
import {readInputs} from '../ingest/read.js'
import {segment} from '../segment/sentences.js'
import {assembleReport, assembleReportWith, type ArticleResult} from '../pipeline/report.js'
import {createProgress, reportProgress, terminalWidth} from './progress.js'
import type {AlignResult} from '../align/index.js'
import {align} from '../align/index.js'
import {alignOnPool, createMapPool, readAndExtract, type MapPool} from '../parallel/pool.js'
import {checkedLineMeta, lineErrorText, lineId, mapJsonLine, type MappedLine} from '../pipeline/jsonl.js'
import {packClaims, unpackClaims} from '../pipeline/claim-sentences.js'
import {jsonTerminalSafe, sanitizeTerminal} from '../report/escape.js'
import {renderReport, shouldUseColor} from '../report/index.js'
import {describeValue} from '../report/describe.js'
import {parseCommandLine, UsageError, type Values} from './args.js'
import {answerHelp, commandHelp} from './help.js'
import {checkOut, defaultCorpus, errorLine, OutputError, visible, writeOut} from './io.js'
import {runQueue} from './queue.js'
import {EXTRACT_FORMATS_CLI, REPORT_FORMATS_CLI} from './spec.js'
import {didYouMean} from './suggest.js'

/** Exit codes (docs/cli.md). */
export const EXIT = {ok: 0, differ: 1, inputErrors: 2, usage: 3} as const

export {UsageError}

export interface Io {
  stdout: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}
  stderr: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}
  stdin: NodeJS.ReadableStream
  env: Record<string, string | undefined>
  cwd: string
}

/**
 * Run the command line; resolves to the exit code. Never rejects: every
 * error is one line on standard error (a stack trace only with
 * `CORROBORATE_DEBUG=1`).
 */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io)
  } catch (error) {
    if (error instanceof UsageError) {
      const help = error.command === undefined ? '`corroborate --help`' : `\`corroborate ${error.command} --help\``
      io.stderr.write(`corroborate: ${oneLine(error.message)} (see ${help})\n`)
      return EXIT.usage
    }
    if (error instanceof ConfigError || error instanceof OutputError) {
      io.stderr.write(`corroborate: ${oneLine(error.message)}\n`)
      return EXIT.usage
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(`corroborate: internal error: ${oneLine(message)} (a bug: please report it; CORROBORATE_DEBUG=1 shows the stack)\n`)
    if (io.env.CORROBORATE_DEBUG === '1' && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`)
    return EXIT.usage
  }
}

/** One line of text: a message from a library (a config's error, a file system's) may hold line breaks. */
function oneLine(text: string): string {
  // Control characters (an echoed argument, a config's message) are escaped: nothing a terminal obeys gets through.
  return visible(text.replace(/[\r\n]+/g, ' '))
}

async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandLine(argv)
  const answered = answerHelp(parsed, argv, io)
  if (answered !== undefined || parsed.kind !== 'run') return answered ?? EXIT.ok
  const {command, values, positionals: paths} = parsed
  const jobs = jobsOf(values.jobs as string | undefined)
  const out = values.out as string | undefined
  if (out !== undefined) await checkOut(out, io.cwd)
  switch (command.name) {
    case 'report': {
      const format = formatOf(values, REPORT_FORMATS_CLI, 'report')
      const inputs = paths.length > 0 ? paths : await defaultCorpus(io.cwd)
      if (inputs === undefined) {
        io.stderr.write(`corroborate: report: no PATH given, and no corpus/ folder in ${visible(io.cwd)}\n\n${commandHelp(command)}\n`)
        return EXIT.usage
      }
      const {checker, parallel} = await setUp(values, io, jobs)
      return report(checker, inputs, format, values, io, parallel)
    }
    case 'extract': {
      const format = formatOf(values, EXTRACT_FORMATS_CLI, 'extract')
      const {checker, parallel} = await setUp(values, io, jobs)
      if (values.jsonl) {
        if (paths.length > 0) throw new UsageError('extract --jsonl reads standard input: give no FILE', 'extract')
        return extractJsonl(checker, io, parallel)
      }
      if (paths.length === 0) throw new UsageError('extract needs FILE… or --jsonl', 'extract')
      return extract(checker, paths, format, out, io, parallel)
    }
    case 'align':
      if (!values.jsonl) throw new UsageError('align reads claim lines: use `align --jsonl` (input: the output of `extract --jsonl`)', 'align')
      return alignJsonl(io, {jobs, config: null, followOutsideLinks: false})
    case 'inspect':
      if (paths.length === 0) throw new UsageError('inspect needs FILE…', 'inspect')
      return inspect(paths, io, values['follow-outside-links'] === true)
    case 'matchers': {
      const {checker} = await setUp(values, io, jobs)
      for (const m of checker.matchers) io.stdout.write(`${sanitizeTerminal(m.meta.id).padEnd(20)} ${sanitizeTerminal(m.meta.kind).padEnd(10)} ${sanitizeTerminal(m.meta.description)}\n`)
      return EXIT.ok
    }
    case 'queue':
      return runQueue(paths, values.workers as string | undefined, io)
    default:
      throw new UsageError(`unknown command \`${command.name}\``)
  }
}

/** The `--format` of a command, checked (with "did you mean"). */
function formatOf<F extends string>(values: Values, formats: readonly F[], command: string): F {
  const format = (values.format as string | undefined) ?? 'terminal'
  if (!formats.includes(format as F)) {
    throw new UsageError(`unknown --format \`${format}\` for ${command}${didYouMean(format, formats, (s) => `\`${s}\``)}; formats: ${formats.join(', ')}`, command)
  }
  return format as F
}

/** The checker and how the map stage runs, from --config / --no-config / --jobs. */
async function setUp(values: Values, io: Io, jobs: number): Promise<{checker: Checker; parallel: Parallel}> {
  const configFile = await configFileOf(values.config as string | undefined, values['no-config'] === true, io)
  const checker = await checkerFor(configFile, io)
  return {checker, parallel: {jobs, config: configFile ?? null, followOutsideLinks: values['follow-outside-links'] === true}}
}

/** `--jobs N`: a positive integer, or `auto` (one per core). */
function jobsOf(value: string | undefined): number {
  if (value === undefined) return 1
  if (value === 'auto') return availableParallelism()
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 1024) throw new UsageError(`--jobs takes a whole number from 1 or \`auto\`, not \`${value}\``)
  return n
}

/** How the map stage runs: the number of threads, and the config file each worker loads. */
interface Parallel {
  jobs: number
  config: string | null
  /** `--follow-outside-links`: how the map stage lists a folder. */
  followOutsideLinks: boolean
}

/** The config file in use (absolute), or undefined for the built-in matchers. */
async function configFileOf(configPath: string | undefined, noConfig: boolean, io: Io): Promise<string | undefined> {
  return configPath === undefined ? (noConfig ? undefined : await findConfig(io.cwd)) : resolve(io.cwd, configPath)
}

async function checkerFor(file: string | undefined, io: Io): Promise<Checker> {
  if (file === undefined) return createChecker()
  // CORROBORATE_CONFIG_TIMEOUT_MS: how long a config's top-level await may take (default 30 s).
  const timeout = Number(io.env.CORROBORATE_CONFIG_TIMEOUT_MS)
  const config = await loadConfig(file, Number.isFinite(timeout) && timeout > 0 ? {timeoutMs: timeout} : {})
  try {
    return config.matchers === undefined ? createChecker() : createChecker({matchers: config.matchers as Matcher[]})
  } catch (error) {
    // A config that passed validation but that createChecker refuses is still a config error (exit 3).
    throw new ConfigError(`${file}: ${error instanceof Error ? error.message : String(error)}`, {cause: error})
  }
}

async function report(checker: Checker, paths: string[], format: (typeof REPORT_FORMATS_CLI)[number], flags: Values, io: Io, parallel: Parallel): Promise<number> {
  // Progress of every stage on stderr, when it is a terminal (src/cli/progress.ts).
  // CORROBORATE_PROGRESS=0 turns it off; =1 draws every update from the start (still only on a terminal).
  const mode = io.env.CORROBORATE_PROGRESS
  const stages = reportProgress(createProgress(io.stderr, mode === '0' ? {enabled: false} : mode === '1' ? {quietMs: 0, intervalMs: 0} : {}), format)
  const show = stages.extracted
  const alignWith = (run: (onProgress: (done: number, total: number) => void) => Promise<AlignResult>) => async () => {
    stages.aligning()
    const aligned = await run(stages.aligned)
    stages.assembling()
    return aligned
  }
  let result: Report
  let extracted: ArticleResult[]
  if (parallel.jobs > 1) {
    // One pool for both stages: extraction, then alignment of the stories.
    const pool = createMapPool(parallel.jobs)
    try {
      const done = await readAndExtract(paths, {cwd: io.cwd, followOutsideLinks: parallel.followOutsideLinks, jobs: parallel.jobs, config: parallel.config, pool, onProgress: show})
      extracted = done.extracted
      result = await assembleReportWith(done.read, extracted, (input) => alignWith((onProgress) => alignOnPool(pool, input, {onProgress}))())
    } finally {
      await pool.close()
    }
  } else {
    const done = await readAndExtractAll(checker, paths, io, parallel, show)
    extracted = done.extracted
    result = await assembleReportWith(done.read, extracted, (input) => alignWith(async (onProgress) => align(input, {onProgress}))())
  }
  const sources = Object.fromEntries(extracted.map((article) => [article.id, article.source]))
  const out = flags.out as string | undefined
  const toTerminal = format === 'terminal' && out === undefined
  const color = toTerminal && shouldUseColor(io.stdout, io.env)
  // Terminal text wraps to the terminal's width (100 columns when not a terminal).
  const width = toTerminal ? terminalWidth(io.stdout) : undefined
  stages.rendering()
  const output = renderReport(result, format, {color, sources, verbose: flags.verbose === true, cwd: io.cwd, onProgress: stages.rendered, ...(width === undefined ? {} : {width})})
  stages.end()
  await emit(output, out, io)
  writeErrors(result.errors, io)
  const differs = result.findings.filter((f) => f.verdict === 'differ').length
  if (flags['fail-on'] === 'differ' && differs > 0) {
    // Differences decide the exit code; unreadable inputs are said too.
    if (result.errors.length > 0) io.stderr.write(`corroborate: ${differs} differ finding${differs === 1 ? '' : 's'} (exit 1, --fail-on differ), and ${result.errors.length} input${result.errors.length === 1 ? '' : 's'} could not be read\n`)
    return EXIT.differ
  }
  return result.errors.length > 0 ? EXIT.inputErrors : EXIT.ok
}

/** Input errors on standard error, one line each (`corroborate: PATH: CODE: MESSAGE`). */
function writeErrors(errors: readonly InputError[], io: Io): void {
  for (const error of errors) io.stderr.write(`${errorLine(error)}\n`)
}

/** Read and extract on this thread (`--jobs 1`) or on a pool of workers; the same result either way. */
async function readAndExtractAll(
  checker: Checker,
  paths: string[],
  io: Io,
  parallel: Parallel,
  progress?: (done: number, total: number) => void
): Promise<{read: Parameters<typeof assembleReport>[0]; extracted: ArticleResult[]}> {
  return readAndExtract(paths, {cwd: io.cwd, followOutsideLinks: parallel.followOutsideLinks, jobs: parallel.jobs, config: parallel.config, checker, ...(progress ? {onProgress: progress} : {})})
}

async function extract(checker: Checker, paths: string[], format: string, out: string | undefined, io: Io, parallel: Parallel): Promise<number> {
  if (format !== 'terminal' && format !== 'json') throw new UsageError(`unknown --format \`${format}\` for extract (terminal, json)`)
  const {read, extracted: results} = await readAndExtractAll(checker, paths, io, parallel)
  const errors = [...read.errors, ...results.flatMap((r) => (r.error ? [r.error] : []))]
  if (format === 'json') {
    // Each claim sentence once per article (`sentences`), as in the JSON report.
    const json = {articles: results.map((r) => ({id: r.id, path: r.path ?? null, ...packClaims(r.claims)})), errors}
    await emit(`${jsonTerminalSafe(JSON.stringify(json, null, 2))}\n`, out, io)
  } else {
    const lines: string[] = []
    for (const r of results) {
      lines.push(`${sanitizeTerminal(r.id)} (${r.claims.length} claims)`)
      for (const c of r.claims) lines.push(`  ${sanitizeTerminal(c.kind).padEnd(8)} ${String(c.start).padStart(6)}-${String(c.end).padEnd(6)} ${sanitizeTerminal(JSON.stringify(c.text))}  ${sanitizeTerminal(describeValue(c))}`)
    }
    await emit(`${lines.join('\n')}\n`, out, io)
  }
  writeErrors(errors, io)
  return errors.length > 0 ? EXIT.inputErrors : EXIT.ok
}

/** Input lines a batch of `extract --jsonl` holds at most. */
const LINES_PER_BATCH = 16

/**
 * The map stage: one JSON line in, one JSON line out, in input order and in
 * bounded memory. Lines go out in batches of 16 (the last one smaller);
 * with `--jobs N`, up to 4·N batches are in flight on N worker threads,
 * which parse, extract and write each line's JSON; the output is the same as
 * with one. Output lines are written as their batch completes, so they lag
 * the input by up to 4·N batches until it ends.
 */
async function extractJsonl(checker: Checker, io: Io, parallel: Parallel): Promise<number> {
  const lines = createInterface({input: io.stdin, crlfDelay: Infinity})
  const pool: MapPool | undefined = parallel.jobs > 1 ? createMapPool(parallel.jobs) : undefined
  const window = parallel.jobs * 4
  const pending: Array<Promise<MappedLine[]>> = []
  let batch: Array<{at: number; line: string}> = []
  let failures = 0
  let number = 0
  const send = () => {
    if (batch.length === 0) return
    const items = batch
    batch = []
    pending.push(pool ? pool.runLines({type: 'lines', config: parallel.config, lines: items}) : Promise.resolve(items.map(({at, line}) => mapJsonLine(line, at, checker.matchers))))
  }
  const flush = async (keep: number) => {
    while (pending.length > keep) {
      for (const {json, failed, error} of await (pending.shift() as Promise<MappedLine[]>)) {
        if (failed) failures++
        if (error !== undefined) io.stderr.write(`corroborate: ${visible(error)}\n`)
        if (!io.stdout.write(`${json}\n`)) await new Promise((done) => io.stdout.once('drain', done))
      }
    }
  }
  try {
    for await (const line of lines) {
      number++
      if (line.trim() === '') continue
      batch.push({at: number, line})
      if (batch.length >= LINES_PER_BATCH) {
        send()
        await flush(window)
      }
    }
    send()
    await flush(0)
  } finally {
    await pool?.close()
  }
  return failures > 0 ? EXIT.inputErrors : EXIT.ok
}

/**
 * The reduce stage: the claim lines of `extract --jsonl` in (any order, any
 * number of stories), findings out as JSON lines, sorted by story and id:
 * the `findings` of `report --format json` on the same articles.
 */
async function alignJsonl(io: Io, parallel: Parallel): Promise<number> {
  const lines = createInterface({input: io.stdin, crlfDelay: Infinity})
  const articles: Parameters<typeof align>[0]['articles'] = []
  const claims: Claim[] = []
  const errors: InputError[] = []
  const seen = new Set<string>()
  const problems: string[] = []
  let number = 0
  for await (const line of lines) {
    number++
    if (line.trim() === '') continue
    let id: ReturnType<typeof lineId>
    try {
      const input = JSON.parse(line) as Record<string, unknown>
      id = lineId(input)
      if (typeof input !== 'object' || input === null) throw new Error('each line needs to be a JSON object (the output of `extract --jsonl`)')
      if (input.error !== undefined) {
        const given = input.error as Partial<InputError> | null
        const error = {path: typeof given?.path === 'string' ? given.path : `stdin:${number}`, code: String(given?.code ?? 'error'), message: String(given?.message ?? 'error line')} as InputError
        errors.push(error)
        // An error line of the map stage: its own place, then where it is in this input.
        problems.push(`${visible(error.path)}${id === undefined ? '' : ` (id ${JSON.stringify(id)})`}: ${visible(error.code)}: ${visible(error.message)} (input line ${number})`)
        continue
      }
      if (id === undefined || !Array.isArray(input.claims)) throw new Error('each line needs an `id` (a string or a number) and a `claims` array (the output of `extract --jsonl`)')
      const key = String(id)
      if (seen.has(key)) throw new Error(`article id ${JSON.stringify(id)} appears twice`)
      seen.add(key)
      const meta = checkedLineMeta(input)
      articles.push({id: key, ...meta, ...(typeof input.keptText === 'string' ? {text: input.keptText} : {})})
      const stored = (input.claims as StoredClaim[]).map((claim) => (claim?.article === key ? claim : {...claim, article: key}))
      for (const claim of unpackClaims(stored, Array.isArray(input.sentences) ? (input.sentences as ReportSentence[]) : [])) claims.push(claim)
    } catch (error) {
      const bad = {path: `stdin:${number}`, code: 'bad-line', message: `line ${number}: ${(error as Error).message}`} as InputError
      errors.push(bad)
      problems.push(visible(lineErrorText(number, id, bad)))
    }
  }
  let findings: Finding[]
  if (parallel.jobs > 1) {
    const pool = createMapPool(parallel.jobs)
    try {
      findings = (await alignOnPool(pool, {articles, claims})).findings
    } finally {
      await pool.close()
    }
  } else findings = align({articles, claims}).findings
  for (const finding of findings) {
    if (!io.stdout.write(`${jsonTerminalSafe(JSON.stringify(finding))}\n`)) await new Promise((done) => io.stdout.once('drain', done))
  }
  for (const problem of problems) io.stderr.write(`corroborate: ${problem}\n`)
  return errors.length > 0 ? EXIT.inputErrors : EXIT.ok
}

async function inspect(paths: string[], io: Io, followOutsideLinks: boolean): Promise<number> {
  const read = await readInputs(paths, {cwd: io.cwd, followOutsideLinks})
  const out: string[] = []
  for (const article of read.articles) {
    const sentences = segment(article.view)
    out.push(`${sanitizeTerminal(article.path ?? article.id)}  (${article.format}; ${article.view.blocks.length} blocks, ${sentences.length} sentences, ${article.excluded.length} excluded ranges)`)
    for (const range of article.excluded) {
      const text = article.source.slice(range.start, range.end).replace(/\s+/g, ' ')
      out.push(`  - ${String(range.start).padStart(6)}-${String(range.end).padEnd(6)} ${sanitizeTerminal(range.rule).padEnd(18)} ${sanitizeTerminal(JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}...` : text))}\n      ${sanitizeTerminal(range.reason)}`)
    }
  }
  if (out.length > 0) io.stdout.write(`${out.join('\n')}\n`)
  writeErrors(read.errors, io)
  return read.errors.length > 0 ? EXIT.inputErrors : EXIT.ok
}

async function emit(text: string, out: string | undefined, io: Io): Promise<void> {
  if (out === undefined) io.stdout.write(text)
  else await writeOut(out, text, io.cwd)
}
