// @ts-nocheck -- plain Node script over dist/ (see bench/README.md)
// findDates of this build against another checkout's build, in one process,
// A-B-B-A rounds over the development and held-out passages' sentences (20
// copies), published 2020-06-15. Prints the median ms of each and the ratio,
// and the number of dates each found (must be equal).
//
//   npm run build && node bench/dates-ab.mjs OTHER-CHECKOUT
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'

const other = process.argv[2]
if (!other) throw new Error('usage: node bench/dates-ab.mjs OTHER-CHECKOUT (a checkout with a build in dist/)')
const root = new URL('../', import.meta.url)
// normalize/date-parse.js is findDates in both layouts (a re-export after the split).
const a = await import(pathToFileURL(resolve(other, 'dist/normalize/date-parse.js')).href)
const b = await import(new URL('dist/normalize/date-parse.js', root).href)
const files = ['tests/fixtures/devset/devset.jsonl', 'tests/fixtures/heldout/heldout.jsonl']
const texts = files.flatMap((f) => readFileSync(new URL(f, root), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text))
const sentences = Array.from({length: 20}, () => texts.flatMap((t) => t.split(/(?<=[.!?])\s+/))).flat()
const run = (findDates) => {
  const t0 = performance.now()
  let found = 0
  for (const s of sentences) found += findDates(s, {published: '2020-06-15'}).length
  return {ms: performance.now() - t0, found}
}
for (let i = 0; i < 3; i++) { run(a.findDates); run(b.findDates) }
const times = {a: [], b: []}
for (let r = 0; r < 5; r++) {
  times.a.push(run(a.findDates).ms)
  times.b.push(run(b.findDates).ms, run(b.findDates).ms)
  times.a.push(run(a.findDates).ms)
}
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1]
console.log(`${sentences.length} sentences; ${other}: ${median(times.a).toFixed(1)} ms, this build: ${median(times.b).toFixed(1)} ms, ratio ${(median(times.b) / median(times.a)).toFixed(3)}; dates found ${run(a.findDates).found} and ${run(b.findDates).found}`)
