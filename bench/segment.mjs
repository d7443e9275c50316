// Sentence segmentation speed: corroborate's segmenter vs retext-english
// (parse-english, the nlcst parser behind it) and raw Intl.Segmenter.
//
// Input: the five seed articles (../shared/seed-corpus/*.txt), repeated to
// about 2 MB in all. Each contender segments every article separately (as
// the pipeline does; Intl.Segmenter also slows down badly on one
// multi-megabyte string). One warm-up run, then 5 interleaved rounds.
//
// Usage (after a build, which puts the library in dist/):
//   npm run build && node bench/segment.mjs
// or point it at another build of src/segment:
//   node bench/segment.mjs path/to/segment/sentences.js
import {readFileSync, readdirSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {pathToFileURL} from 'node:url'
import {ParseEnglish} from 'parse-english'
import {unified} from 'unified'
import retextEnglish from 'retext-english'

const root = new URL('../', import.meta.url)
const seedDir = new URL('../shared/seed-corpus/', root)
const target = process.argv[2] ?? new URL('dist/segment/sentences.js', root).pathname
/** @type {{segmentText: (text: string) => {text: string}[]}} */
const {segmentText} = await import(pathToFileURL(target).href)

const seeds = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, seedDir), 'utf8'))
const unitBytes = seeds.reduce((n, seed) => n + Buffer.byteLength(seed, 'utf8'), 0)
/** @type {string[]} */
const docs = []
for (let i = 0; i < Math.ceil(2_000_000 / unitBytes); i++) docs.push(...seeds)
const megabytes = docs.reduce((n, doc) => n + Buffer.byteLength(doc, 'utf8'), 0) / 1e6

const intl = new Intl.Segmenter('en', {granularity: 'sentence'})
const parser = new ParseEnglish()
const processor = unified().use(retextEnglish)

/** @type {[string, (text: string) => number][]} */
const contenders = [
  ['corroborate segmentText', (text) => segmentText(text).length],
  ['Intl.Segmenter (raw, no fixes)', (text) => {
    let n = 0
    // Count only segments with text: Intl also yields blank-line segments.
    for (const part of intl.segment(text)) if (/\S/.test(part.segment)) n++
    return n
  }],
  ['parse-english ParseEnglish().parse', (text) => countSentences(parser.parse(text))],
  ['retext-english unified().parse', (text) => countSentences(processor.parse(text))]
]

/** @param {(text: string) => number} run */
function all(run) {
  let n = 0
  for (const doc of docs) n += run(doc)
  return n
}

/** @param {any} node */
function countSentences(node) {
  if (node.type === 'SentenceNode') return 1
  let n = 0
  for (const child of node.children ?? []) n += countSentences(child)
  return n
}

console.log(`input: ${megabytes.toFixed(2)} MB in ${docs.length} articles, node ${process.version}`)
// Rounds interleave the contenders, so that a change in machine load hits
// them all alike; the median of the 5 rounds is reported for each.
const counts = contenders.map(([, run]) => all(run)) // warm-up
/** @type {number[][]} */
const times = contenders.map(() => [])
for (let round = 0; round < 5; round++) {
  contenders.forEach(([, run], c) => {
    const t0 = performance.now()
    all(run)
    times[c]?.push(performance.now() - t0)
  })
}
contenders.forEach(([name], c) => {
  const sorted = [...(times[c] ?? [])].sort((a, b) => a - b)
  const median = sorted[2] ?? NaN
  const rate = megabytes / (median / 1000)
  console.log(`${name.padEnd(36)} ${rate.toFixed(1).padStart(7)} MB/s  median ${median.toFixed(1)} ms  ${counts[c]} sentences`)
})
