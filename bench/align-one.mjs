// @ts-nocheck -- plain Node script over dist/ (see bench/README.md)
// One alignment-scaling measurement, in its own process so that its peak
// memory is its own:
//
//   node --expose-gc bench/align-one.mjs CLAIMS.jsonl [--inferred] [--exhaustive] [--runs R]
//
// CLAIMS.jsonl is the output of `corroborate extract --jsonl`. The claims are
// loaded as `corroborate align --jsonl` loads them; then align() runs R times
// (default 3). --inferred drops the `story` fields, so stories are inferred
// from the kept text; --exhaustive scores every pair of articles when
// inferring stories (the O(n²) reference, for checking that the term index
// finds the same stories). Prints one JSON object.
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'

const args = process.argv.slice(2)
const file = args[0]
const inferred = args.includes('--inferred')
const exhaustive = args.includes('--exhaustive')
const runsAt = args.indexOf('--runs')
const runs = runsAt === -1 ? 3 : Number(args[runsAt + 1])
const {align, newStats} = await import(new URL('../dist/align/index.js', import.meta.url).href)

const articles = []
const claims = []
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue
  const input = JSON.parse(line)
  if (input.error) continue
  articles.push({
    id: input.id,
    ...(input.outlet ? {outlet: input.outlet} : {}),
    ...(input.story && !inferred ? {story: input.story} : {}),
    ...(input.published ? {published: input.published} : {}),
    ...(input.title ? {title: input.title} : {}),
    ...(input.keptText ? {text: input.keptText} : {})
  })
  for (const claim of input.claims) claims.push(claim)
}
globalThis.gc?.()
const loaded = process.memoryUsage()
const times = []
let result
let stats
for (let r = 0; r < runs; r++) {
  stats = newStats()
  const t0 = performance.now()
  result = align({articles, claims}, {stats, stories: {exhaustive}})
  times.push(performance.now() - t0)
}
const digest = createHash('sha256').update(JSON.stringify(result)).digest('hex').slice(0, 16)
process.stdout.write(
  `${JSON.stringify({
    articles: articles.length,
    claims: claims.length,
    stories: result.stories.length,
    findings: result.findings.length,
    times,
    medianMs: [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)],
    candidatePairs: stats.candidatePairs,
    comparedPairs: stats.comparedPairs,
    acceptedPairs: stats.acceptedPairs,
    heapAfterLoadMB: loaded.heapUsed / 2 ** 20,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    digest
  })}\n`
)
