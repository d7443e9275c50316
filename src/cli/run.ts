import {parseArgs} from 'node:util'
import {writeFile} from 'node:fs/promises'
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
import {checkedLineMeta, mapJsonLine, type MappedLine} from '../pipeline/jsonl.js'
import {packClaims, unpackClaims} from '../pipeline/claim-sentences.js'
import {renderReport, shouldUseColor, type ReportFormat} from '../report/index.js'
import {describeValue} from '../report/describe.js'
import {jsonTerminalSafe, sanitizeTerminal, terminalLines} from '../report/escape.js'
import {VERSION} from '../version.js'

/** Exit codes (docs/cli.md). */
export const EXIT = {ok: 0, differ: 1, inputErrors: 2, usage: 3} as const

const HELP = `corroborate ${VERSION}: check what news outlets say against each other

Usage:
  corroborate report [PATH…]    consistency report (default PATH: corpus)
  corroborate extract FILE…     claims of each article
  corroborate extract --jsonl   claims of JSON lines {"id","text",…} on stdin
  corroborate align --jsonl     findings from the claim lines of extract --jsonl on stdin
  corroborate inspect FILE…     what was kept, what was dropped as page chrome, and why
  corroborate matchers          the matchers in use

Options:
  --format F        report: terminal | markdown | json | html; extract: terminal | json
  --out FILE        write the output to FILE instead of stdout
  --config FILE     load matchers from FILE (default: ./corroborate.config.js if present)
  --no-config       do not load ./corroborate.config.js
  --fail-on differ  exit 1 when any finding is "differ"
  --verbose         list every single-source finding (terminal)
  --jobs N          report, extract, align: run on N worker threads (auto: one per core)
  --follow-outside-links  read links in a folder that point outside it (default: listed as skipped)
  -h, --help        this help
  -v, --version     the version

Exit codes: 0 ok, 1 differences found (with --fail-on differ),
2 some input could not be read (the rest is reported), 3 usage or config error.`

class UsageError extends Error {}

interface Io {
  stdout: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}
  stderr: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}
  stdin: NodeJS.ReadableStream
  env: Record<string, string | undefined>
  cwd: string
}

/** Run the command line; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io)
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`corroborate: ${terminalLines(error.message)}\n`)
      return EXIT.usage
    }
    throw error
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: {type: 'string'},
        out: {type: 'string'},
        config: {type: 'string'},
        'no-config': {type: 'boolean'},
        'follow-outside-links': {type: 'boolean'},
        'fail-on': {type: 'string'},
        jsonl: {type: 'boolean'},
        jobs: {type: 'string'},
        verbose: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${HELP}`)
  }
  const {values, positionals} = parsed
  if (values.version) {
    io.stdout.write(`${VERSION}\n`)
    return EXIT.ok
  }
  const [command, ...paths] = positionals
  if (values.help || command === undefined) {
    io.stdout.write(`${HELP}\n`)
    return command === undefined && !values.help ? EXIT.usage : EXIT.ok
  }
  if (values['fail-on'] !== undefined && values['fail-on'] !== 'differ') throw new UsageError('--fail-on takes `differ`')
  const jobs = jobsOf(values.jobs)
  const configFile = await configFileOf(values.config, values['no-config'] ?? false, io)
  const checker = await checkerFor(configFile, io)
  const parallel = {jobs, config: configFile ?? null, followOutsideLinks: values['follow-outside-links'] ?? false}
  switch (command) {
    case 'report':
      return report(checker, paths.length > 0 ? paths : ['corpus'], values, io, parallel)
    case 'extract':
      if (values.jsonl) return extractJsonl(checker, io, parallel)
      if (paths.length === 0) throw new UsageError('extract needs FILE… or --jsonl')
      return extract(checker, paths, values.format ?? 'terminal', values.out, io, parallel)
    case 'align':
      if (!values.jsonl) throw new UsageError('align reads claim lines: use `align --jsonl` (input: the output of `extract --jsonl`)')
      return alignJsonl(io, parallel)
    case 'inspect':
      if (paths.length === 0) throw new UsageError('inspect needs FILE…')
      return inspect(paths, io, parallel.followOutsideLinks)
    case 'matchers':
      for (const m of checker.matchers) io.stdout.write(`${sanitizeTerminal(m.meta.id).padEnd(20)} ${sanitizeTerminal(m.meta.kind).padEnd(10)} ${sanitizeTerminal(m.meta.description)}\n`)
      return EXIT.ok
    default:
      throw new UsageError(`unknown command \`${command}\`\n\n${HELP}`)
  }
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

interface Flags {
  format?: string | undefined
  out?: string | undefined
  'fail-on'?: string | undefined
  verbose?: boolean | undefined
}

async function report(checker: Checker, paths: string[], flags: Flags, io: Io, parallel: Parallel): Promise<number> {
  const format = (flags.format ?? 'terminal') as ReportFormat
  if (!['terminal', 'markdown', 'json', 'html'].includes(format)) throw new UsageError(`unknown --format \`${format}\` (terminal, markdown, json, html)`)
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
  const toTerminal = format === 'terminal' && flags.out === undefined
  const color = toTerminal && shouldUseColor(io.stdout, io.env)
  // Terminal text wraps to the terminal's width (100 columns when not a terminal).
  const width = toTerminal ? terminalWidth(io.stdout) : undefined
  stages.rendering()
  const output = renderReport(result, format, {color, sources, verbose: flags.verbose ?? false, onProgress: stages.rendered, ...(width === undefined ? {} : {width})})
  stages.end()
  await emit(output, flags.out, io)
  if (result.errors.length > 0) return EXIT.inputErrors
  if (flags['fail-on'] === 'differ' && result.findings.some((f) => f.verdict === 'differ')) return EXIT.differ
  return EXIT.ok
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
    for (const e of errors) lines.push(`error: ${sanitizeTerminal(e.path)}: ${sanitizeTerminal(e.code)}: ${sanitizeTerminal(e.message)}`)
    await emit(`${lines.join('\n')}\n`, out, io)
  }
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
      for (const {json, failed} of await (pending.shift() as Promise<MappedLine[]>)) {
        if (failed) failures++
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
  let number = 0
  for await (const line of lines) {
    number++
    if (line.trim() === '') continue
    try {
      const input = JSON.parse(line) as Record<string, unknown>
      if (input.error !== undefined) {
        const error = input.error as InputError
        errors.push({path: typeof error?.path === 'string' ? error.path : `stdin:${number}`, code: String(error?.code ?? 'error'), message: String(error?.message ?? 'error line')} as InputError)
        continue
      }
      if (typeof input.id !== 'string' || !Array.isArray(input.claims)) throw new Error('each line needs a string `id` and a `claims` array (the output of `extract --jsonl`)')
      if (seen.has(input.id)) throw new Error(`article id \`${input.id}\` appears twice`)
      seen.add(input.id)
      const meta = checkedLineMeta(input)
      articles.push({id: input.id, ...meta, ...(typeof input.keptText === 'string' ? {text: input.keptText} : {})})
      const stored = (input.claims as StoredClaim[]).map((claim) => (claim?.article === input.id ? claim : {...claim, article: input.id as string}))
      for (const claim of unpackClaims(stored, Array.isArray(input.sentences) ? (input.sentences as ReportSentence[]) : [])) claims.push(claim)
    } catch (error) {
      errors.push({path: `stdin:${number}`, code: 'bad-line', message: `line ${number}: ${(error as Error).message}`} as InputError)
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
  for (const error of errors) io.stderr.write(`corroborate: ${sanitizeTerminal(error.path)}: ${sanitizeTerminal(error.code)}: ${sanitizeTerminal(error.message)}\n`)
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
  for (const error of read.errors) out.push(`error: ${sanitizeTerminal(error.path)}: ${sanitizeTerminal(error.code)}: ${sanitizeTerminal(error.message)}`)
  io.stdout.write(`${out.join('\n')}\n`)
  return read.errors.length > 0 ? EXIT.inputErrors : EXIT.ok
}

async function emit(text: string, out: string | undefined, io: Io): Promise<void> {
  if (out === undefined) io.stdout.write(text)
  else await writeFile(resolve(io.cwd, out), text)
}
