// Shared helpers of the reliability and fuzz tests: temp dirs, the CLI
// in-process, and the offset invariants every report must keep.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect} from 'vitest'
import type {Article, Claim, Report} from '../../src/index.js'
import {main} from '../../src/cli/run.js'
import {fakeIo} from '../cli/io.js'

export function tempDir(prefix: string): {dir: string; cleanup: () => void} {
  const dir = mkdtempSync(join(tmpdir(), `corroborate-${prefix}-`))
  return {dir, cleanup: () => rmSync(dir, {recursive: true, force: true})}
}

export interface CliResult {
  code: number
  stdout: string
  stderr: string
  /** The caught exception, if `main` threw (it never should). */
  thrown?: unknown
}

/** Run the CLI in-process; an exception is caught and returned, not thrown. */
export async function runCli(argv: string[], cwd: string): Promise<CliResult> {
  const {io, stdout, stderr} = fakeIo(cwd)
  try {
    const code = await main(argv, io)
    return {code, stdout: stdout(), stderr: stderr()}
  } catch (thrown) {
    return {code: -1, stdout: stdout(), stderr: stderr(), thrown}
  }
}

/** Problems with the offsets of one claim against its article's source; [] when all is well. */
export function claimProblems(claim: Claim, source: string): string[] {
  const problems: string[] = []
  const where = `${claim.id} [${claim.start},${claim.end})`
  if (!(Number.isInteger(claim.start) && Number.isInteger(claim.end))) problems.push(`${where}: offsets are not integers`)
  if (!(claim.start >= 0 && claim.start < claim.end && claim.end <= source.length)) problems.push(`${where}: not inside [0, ${source.length})`)
  if (source.slice(claim.start, claim.end) !== claim.text) problems.push(`${where}: source.slice = ${JSON.stringify(source.slice(claim.start, claim.end).slice(0, 80))}, claim.text = ${JSON.stringify(claim.text.slice(0, 80))}`)
  const s = claim.sentence
  if (source.slice(s.start, s.end) !== s.text) problems.push(`${where}: sentence [${s.start},${s.end}) does not slice to sentence.text`)
  if (!(s.start <= claim.start && claim.end <= s.end)) problems.push(`${where}: outside its sentence [${s.start},${s.end})`)
  return problems
}

/** Assert the offset invariants of every claim and excluded range of an article. */
export function expectExactOffsets(article: Article, claims: readonly Claim[]): void {
  const problems = claims.flatMap((claim) => claimProblems(claim, article.source))
  for (const range of article.excluded) {
    if (!(range.start >= 0 && range.start <= range.end && range.end <= article.source.length)) problems.push(`excluded ${range.rule} [${range.start},${range.end}) outside the source (length ${article.source.length})`)
  }
  expect(problems).toEqual([])
}

/** Assert report-level offsets: each claim slices its article's source. */
export function expectReportOffsets(report: Report, sources: Record<string, string>): void {
  const problems: string[] = []
  for (const claim of report.claims) {
    const source = sources[claim.article]
    if (source === undefined) problems.push(`${claim.id}: no source for article ${claim.article}`)
    else problems.push(...claimProblems(claim, source))
  }
  for (const article of report.articles) {
    const source = sources[article.id]
    if (source === undefined) continue
    for (const range of article.excluded) {
      if (!(range.start >= 0 && range.start <= range.end && range.end <= source.length)) problems.push(`${article.id}: excluded ${range.rule} [${range.start},${range.end}) outside the source`)
    }
  }
  expect(problems).toEqual([])
}

/** The corpus articles, as [name, text]. */
export function corpusTexts(root: string): Array<[string, string]> {
  const names = ['bbc-liverpool.txt', 'bbc-sefton.txt', 'echo-liverpool.txt', 'echo-sefton.txt', 'lcc-liverpool.txt']
  return names.map((name) => [name, readFileSync(join(root, 'corpus', name), 'utf8')])
}

/** Milliseconds a function takes. */
export function timed<T>(run: () => T): {value: T; ms: number} {
  const t0 = performance.now()
  const value = run()
  return {value, ms: performance.now() - t0}
}
