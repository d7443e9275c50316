import {parseArgs} from 'node:util'
import {writeFile} from 'node:fs/promises'
import {createInterface} from 'node:readline'
import {resolve} from 'node:path'
import type {Article, ArticleFormat, Claim, Matcher} from '../types.js'
import {createChecker, type Checker} from '../checker.js'
import {ConfigError, findConfig, loadConfig} from '../config.js'
import {readInputs} from '../ingest/read.js'
import {parseArticle} from '../ingest/parse.js'
import {segment} from '../segment/sentences.js'
import {assembleReport, claimsOf} from '../pipeline/report.js'
import {renderReport, shouldUseColor, type ReportFormat} from '../report/index.js'
import {VERSION} from '../version.js'

/** Exit codes (docs/cli.md). */
export const EXIT = {ok: 0, differ: 1, inputErrors: 2, usage: 3} as const

const HELP = `corroborate ${VERSION}: check what news outlets say against each other

Usage:
  corroborate report [PATH…]    consistency report (default PATH: corpus)
  corroborate extract FILE…     claims of each article
  corroborate extract --jsonl   claims of JSON lines {"id","text",…} on stdin
  corroborate inspect FILE…     what was kept, what was dropped as page chrome, and why
  corroborate matchers          the matchers in use

Options:
  --format F        report: terminal | markdown | json | html; extract: terminal | json
  --out FILE        write the output to FILE instead of stdout
  --config FILE     load matchers from FILE (default: ./corroborate.config.js if present)
  --no-config       do not load ./corroborate.config.js
  --fail-on differ  exit 1 when any finding is "differ"
  --verbose         list every single-source finding (terminal)
  -h, --help        this help
  -v, --version     the version

Exit codes: 0 ok, 1 differences found (with --fail-on differ),
2 some input could not be read (the rest is reported), 3 usage or config error.`

class UsageError extends Error {}

interface Io {
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
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
      io.stderr.write(`corroborate: ${error.message}\n`)
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
        'fail-on': {type: 'string'},
        jsonl: {type: 'boolean'},
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
  const checker = await checkerFor(values.config, values['no-config'] ?? false, io)
  switch (command) {
    case 'report':
      return report(checker, paths.length > 0 ? paths : ['corpus'], values, io)
    case 'extract':
      if (values.jsonl) return extractJsonl(checker, io)
      if (paths.length === 0) throw new UsageError('extract needs FILE… or --jsonl')
      return extract(checker, paths, values.format ?? 'terminal', values.out, io)
    case 'inspect':
      if (paths.length === 0) throw new UsageError('inspect needs FILE…')
      return inspect(paths, io)
    case 'matchers':
      for (const m of checker.matchers) io.stdout.write(`${m.meta.id.padEnd(20)} ${m.meta.kind.padEnd(10)} ${m.meta.description}\n`)
      return EXIT.ok
    default:
      throw new UsageError(`unknown command \`${command}\`\n\n${HELP}`)
  }
}

async function checkerFor(configPath: string | undefined, noConfig: boolean, io: Io): Promise<Checker> {
  const file = configPath === undefined ? (noConfig ? undefined : await findConfig(io.cwd)) : resolve(io.cwd, configPath)
  if (file === undefined) return createChecker()
  const config = await loadConfig(file)
  return config.matchers === undefined ? createChecker() : createChecker({matchers: config.matchers as Matcher[]})
}

interface Flags {
  format?: string | undefined
  out?: string | undefined
  'fail-on'?: string | undefined
  verbose?: boolean | undefined
}

async function report(checker: Checker, paths: string[], flags: Flags, io: Io): Promise<number> {
  const format = (flags.format ?? 'terminal') as ReportFormat
  if (!['terminal', 'markdown', 'json', 'html'].includes(format)) throw new UsageError(`unknown --format \`${format}\` (terminal, markdown, json, html)`)
  const progress = io.stderr.isTTY === true
  const read = await readInputs(paths, {cwd: io.cwd})
  const extracted = read.articles.map((article, index) => {
    if (progress && read.articles.length >= 50 && index % 25 === 0) io.stderr.write(`\rextracting ${index}/${read.articles.length}`)
    return claimsOf(article, checker.matchers)
  })
  if (progress && read.articles.length >= 50) io.stderr.write(`\rextracting ${read.articles.length}/${read.articles.length}\n`)
  const result = assembleReport(read, extracted)
  const sources = Object.fromEntries(extracted.map((article) => [article.id, article.source]))
  const color = format === 'terminal' && flags.out === undefined && shouldUseColor(io.stdout, io.env)
  const output = renderReport(result, format, {color, sources, verbose: flags.verbose ?? false})
  await emit(output, flags.out, io)
  if (result.errors.length > 0) return EXIT.inputErrors
  if (flags['fail-on'] === 'differ' && result.findings.some((f) => f.verdict === 'differ')) return EXIT.differ
  return EXIT.ok
}

async function extract(checker: Checker, paths: string[], format: string, out: string | undefined, io: Io): Promise<number> {
  if (format !== 'terminal' && format !== 'json') throw new UsageError(`unknown --format \`${format}\` for extract (terminal, json)`)
  const read = await readInputs(paths, {cwd: io.cwd})
  const results = read.articles.map((article) => claimsOf(article, checker.matchers))
  const errors = [...read.errors, ...results.flatMap((r) => (r.error ? [r.error] : []))]
  if (format === 'json') {
    const json = {articles: results.map((r) => ({id: r.id, path: r.path ?? null, claims: r.claims})), errors}
    await emit(`${JSON.stringify(json, null, 2)}\n`, out, io)
  } else {
    const lines: string[] = []
    for (const r of results) {
      lines.push(`${r.id} (${r.claims.length} claims)`)
      for (const c of r.claims) lines.push(`  ${c.kind.padEnd(8)} ${String(c.start).padStart(6)}-${String(c.end).padEnd(6)} ${JSON.stringify(c.text)}  ${describeValue(c)}`)
    }
    for (const e of errors) lines.push(`error: ${e.path}: ${e.code}: ${e.message}`)
    await emit(`${lines.join('\n')}\n`, out, io)
  }
  return errors.length > 0 ? EXIT.inputErrors : EXIT.ok
}

function describeValue(claim: Claim): string {
  const v = claim.value as unknown as Record<string, unknown>
  switch (v.type) {
    case 'quantity':
      return `${v.hedge} ${v.low === v.high ? v.low : `${v.low}..${v.high}`} ${v.unit}`
    case 'quote':
      return `speaker: ${v.speaker ?? 'unknown'}${v.scare ? ' (scare quote)' : ''}`
    case 'date':
      return `${JSON.stringify(v.start)}..${JSON.stringify(v.end)} ${v.relation}`
    case 'role':
      return `${v.person}: ${v.role}`
    case 'category':
      return `${v.scheme}: ${v.label}${v.subject ? ` (${v.subject})` : ''}`
    default:
      return JSON.stringify(v)
  }
}

/** The map stage: one JSON line in, one JSON line out, in constant memory. */
async function extractJsonl(checker: Checker, io: Io): Promise<number> {
  const lines = createInterface({input: io.stdin, crlfDelay: Infinity})
  let failures = 0
  let number = 0
  for await (const line of lines) {
    number++
    if (line.trim() === '') continue
    let output: unknown
    try {
      const input = JSON.parse(line) as Record<string, unknown>
      if (typeof input.id !== 'string' || typeof input.text !== 'string') throw new Error('each line needs string fields `id` and `text`')
      const meta = Object.fromEntries(['outlet', 'story', 'published', 'title'].filter((k) => typeof input[k] === 'string').map((k) => [k, input[k] as string]))
      const format = (typeof input.format === 'string' ? input.format : 'text') as ArticleFormat
      const article: Article = parseArticle(input.text, {id: input.id, format, meta})
      const result = claimsOf(article, checker.matchers)
      output = result.error ? {id: input.id, error: result.error} : {id: input.id, ...meta, claims: result.claims}
    } catch (error) {
      failures++
      output = {id: null, error: {path: `stdin:${number}`, code: 'bad-line', message: `line ${number}: ${(error as Error).message}`}}
    }
    if (!io.stdout.write(`${JSON.stringify(output)}\n`)) await new Promise((done) => io.stdout.once('drain', done))
  }
  return failures > 0 ? EXIT.inputErrors : EXIT.ok
}

async function inspect(paths: string[], io: Io): Promise<number> {
  const read = await readInputs(paths, {cwd: io.cwd})
  const out: string[] = []
  for (const article of read.articles) {
    const sentences = segment(article.view)
    out.push(`${article.path ?? article.id}  (${article.format}; ${article.view.blocks.length} blocks, ${sentences.length} sentences, ${article.excluded.length} excluded ranges)`)
    for (const range of article.excluded) {
      const text = article.source.slice(range.start, range.end).replace(/\s+/g, ' ')
      out.push(`  - ${String(range.start).padStart(6)}-${String(range.end).padEnd(6)} ${range.rule.padEnd(18)} ${JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}...` : text)}\n      ${range.reason}`)
    }
  }
  for (const error of read.errors) out.push(`error: ${error.path}: ${error.code}: ${error.message}`)
  io.stdout.write(`${out.join('\n')}\n`)
  return read.errors.length > 0 ? EXIT.inputErrors : EXIT.ok
}

async function emit(text: string, out: string | undefined, io: Io): Promise<void> {
  if (out === undefined) io.stdout.write(text)
  else await writeFile(resolve(io.cwd, out), text)
}
