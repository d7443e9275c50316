// @ts-nocheck -- plain Node script over dist/ (see bench/README.md)
// `npm run bench`: throughput against a ceiling, per-stage times, alignment
// scaling, parallel efficiency and peers on the same text. Prints a table
// and writes bench/results/latest.json and bench/results/scaling.svg (copied
// to docs/img/scaling.svg). Every figure is a median over several runs, and
// every speed is also given as a ratio to another measured in the same run.
//
//   npm run bench                       all four sections
//   node bench/run.mjs --only peers     one or more of: throughput,scaling,parallel,peers
//   node bench/run.mjs --quick          smaller sizes and fewer runs (a smoke test)
import {execFileSync, spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, availableParallelism, loadavg, totalmem, tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {createHash} from 'node:crypto'
import {createRequire} from 'node:module'
import {generate} from './generate.mjs'
import {scalingSvg} from './svg.mjs'

const require = createRequire(import.meta.url)
const root = new URL('../', import.meta.url)
const at = (p) => new URL(p, root).pathname
const dist = (p) => import(new URL(`dist/${p}`, root).href)
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const onlyAt = args.indexOf('--only')
const only = onlyAt === -1 ? ['throughput', 'scaling', 'parallel', 'peers'] : args[onlyAt + 1].split(',')
const RUNS = quick ? 2 : 3

const {parseArticle} = await dist('ingest/parse.js')
const {decodeArticleBytes} = await dist('ingest/decode.js')
const {segment, segmentText} = await dist('segment/sentences.js')
const {extractClaims} = await dist('extract/run.js')
const {builtinMatchers} = await dist('extract/matchers/index.js')
const {assembleReport, claimsOf} = await dist('pipeline/report.js')
const {renderReport} = await dist('report/index.js')
const {parseQuantity} = await dist('normalize/quantity.js')
const {parseDate} = await dist('normalize/date.js')

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const mb = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1e6
const fmt = (x, d = 1) => (x === undefined || x === null || Number.isNaN(x) ? '–' : x.toFixed(d))
const lines = []
const say = (line = '') => {
  lines.push(line)
  console.log(line)
}
function table(head, rows) {
  const widths = head.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)))
  const row = (r) => `| ${r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`
  say(row(head))
  say(`|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}|` : `${'-'.repeat(w + 1)}:|`)).join('')}`)
  for (const r of rows) say(row(r))
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  nproc: availableParallelism(),
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  date: new Date().toISOString(),
  loadAverageAtStart: loadavg()
}
const results = {machine, runs: RUNS, quick}
say(`corroborate bench · ${machine.cpu} · ${machine.nproc} cores · node ${machine.node} · ${machine.date}`)

// --- the texts: corpus articles and devset passages -----------------------
function baseTexts() {
  const corpus = readdirSync(at('corpus'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({id: f.replace(/\.txt$/, ''), text: readFileSync(at(`corpus/${f}`), 'utf8')}))
  const devset = readFileSync(at('tests/fixtures/devset/devset.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .map((p) => ({id: p.id, text: p.text}))
  return [...corpus, ...devset]
}
const bases = baseTexts()
/** The bases repeated to at least `bytes`; each copy its own story. */
function repeated(bytes) {
  const out = []
  let size = 0
  for (let r = 0; size < bytes; r++) {
    for (const b of bases) {
      out.push({id: `r${r}-${b.id}`, story: `r${r}-${b.id}`, text: b.text, bytes: Buffer.from(b.text, 'utf8')})
      size += out.at(-1).bytes.length
    }
  }
  return out
}

/** read → chrome → sentences → claims for one article held as bytes. */
function endToEnd(doc, matchers = builtinMatchers) {
  const article = parseArticle(decodeArticleBytes(doc.bytes), {id: doc.id, meta: {story: doc.story}})
  return extractClaims(article, segment(article.view), matchers).length
}
const CEILING = /\d[\d,.]*|[£$€¥]|["“”‘’]/g
function ceiling(doc) {
  const text = decodeArticleBytes(doc.bytes)
  let n = 0
  CEILING.lastIndex = 0
  while (CEILING.exec(text) !== null) n++
  return n
}
function timeAll(docs, fn) {
  const t0 = performance.now()
  let n = 0
  for (const d of docs) n += fn(d)
  return {ms: performance.now() - t0, n}
}

// --- 1. throughput ---------------------------------------------------------
if (only.includes('throughput')) {
  const docs = repeated(quick ? 1e6 : 5e6)
  const size = mb(docs.map((d) => d.text))
  say()
  say(`## 1. Throughput: ${docs.length} articles, ${fmt(size, 2)} MB (corpus + devset repeated), one core, median of ${RUNS}`)
  timeAll(docs.slice(0, 400), endToEnd) // warm-up
  const e2e = []
  const ceil = []
  let claims = 0
  let marks = 0
  for (let r = 0; r < RUNS; r++) {
    globalThis.gc?.()
    const c = timeAll(docs, ceiling)
    ceil.push(c.ms)
    marks = c.n
    globalThis.gc?.()
    const e = timeAll(docs, endToEnd)
    e2e.push(e.ms)
    claims = e.n
  }
  const e2eMs = median(e2e)
  const ceilMs = median(ceil)
  const tp = {
    articles: docs.length,
    megabytes: size,
    claims,
    ceilingMatches: marks,
    endToEnd: {ms: e2eMs, articlesPerS: docs.length / (e2eMs / 1000), mbPerS: size / (e2eMs / 1000)},
    ceiling: {ms: ceilMs, articlesPerS: docs.length / (ceilMs / 1000), mbPerS: size / (ceilMs / 1000)}
  }
  tp.ratioToCeiling = tp.endToEnd.mbPerS / tp.ceiling.mbPerS
  table(
    ['pass', 'articles/s', 'MB/s', 'ms (median)', 'items', 'vs ceiling'],
    [
      ['end-to-end (read → chrome → sentences → claims)', fmt(tp.endToEnd.articlesPerS, 0), fmt(tp.endToEnd.mbPerS, 2), fmt(e2eMs, 0), `${claims} claims`, `${fmt(tp.ratioToCeiling * 100, 2)}%`],
      ['ceiling (read + one regex scan)', fmt(tp.ceiling.articlesPerS, 0), fmt(tp.ceiling.mbPerS, 1), fmt(ceilMs, 0), `${marks} matches`, '100%']
    ]
  )

  // Per-stage: one instrumented pass per run (matchers wrapped with timers).
  const stageRuns = []
  let claimTexts = []
  for (let r = 0; r < RUNS; r++) {
    const t = {ingest: 0, segment: 0, extractOther: 0}
    const perMatcher = Object.fromEntries(builtinMatchers.map((m) => [m.meta.id, 0]))
    const wrapped = builtinMatchers.map((m) => ({
      meta: m.meta,
      match(sentence, context) {
        const t0 = performance.now()
        const out = m.match(sentence, context)
        perMatcher[m.meta.id] += performance.now() - t0
        return out
      }
    }))
    const extracted = []
    for (const doc of docs) {
      let t0 = performance.now()
      const article = parseArticle(decodeArticleBytes(doc.bytes), {id: doc.id, meta: {story: doc.story}})
      t.ingest += performance.now() - t0
      t0 = performance.now()
      const sentences = segment(article.view)
      t.segment += performance.now() - t0
      const before = Object.values(perMatcher).reduce((a, b) => a + b, 0)
      t0 = performance.now()
      extractClaims(article, sentences, wrapped)
      const spent = performance.now() - t0
      t.extractOther += spent - (Object.values(perMatcher).reduce((a, b) => a + b, 0) - before)
      if (r === 0) extracted.push(article)
    }
    // Align and render the report of these articles (claims from an unwrapped run).
    const results_ = (r === 0 ? extracted : docs.map((d) => parseArticle(decodeArticleBytes(d.bytes), {id: d.id, meta: {story: d.story}}))).map((a) => claimsOf(a, builtinMatchers))
    const read = {inputs: results_.map((x) => ({path: x.id, status: 'ok', id: x.id})), errors: []}
    let t0 = performance.now()
    const report = assembleReport(read, results_)
    t.align = performance.now() - t0
    t0 = performance.now()
    renderReport(report, 'json')
    t.renderJson = performance.now() - t0
    stageRuns.push({...t, ...Object.fromEntries(Object.entries(perMatcher).map(([k, v]) => [`matcher:${k}`, v]))})
    if (r === 0) claimTexts = results_.flatMap((x) => x.claims).filter((c) => c.value?.type === 'quantity' || c.value?.type === 'date').map((c) => [c.value.type, c.text])
  }
  // Normalization happens inside the matchers, as they read; to show its size,
  // the claims' texts are read again by the normalizers alone (parseQuantity,
  // parseDate), which scan and normalize a short text. Not added to the total.
  const normalizeRuns = []
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now()
    for (const [type, text] of claimTexts) if (type === 'date') parseDate(text)
    else parseQuantity(text)
    normalizeRuns.push(performance.now() - t0)
  }
  const stages = Object.fromEntries(Object.keys(stageRuns[0]).map((k) => [k, median(stageRuns.map((s) => s[k]))]))
  const total = Object.values(stages).reduce((a, b) => a + b, 0)
  tp.stages = Object.fromEntries(Object.entries(stages).map(([k, ms]) => [k, {ms, share: ms / total}]))
  say()
  say(`Per stage (instrumented pass; normalization runs inside each matcher and is counted there):`)
  table(
    ['stage', 'ms (median)', '% of total', 'MB/s alone'],
    Object.entries(tp.stages).map(([k, v]) => [k === 'extractOther' ? 'extract (offsets, overlaps; outside matchers)' : k === 'renderJson' ? 'render (JSON)' : k, fmt(v.ms, 0), `${fmt(v.share * 100, 1)}%`, fmt(size / (v.ms / 1000), 1)])
  )
  tp.normalize = {ms: median(normalizeRuns), claims: claimTexts.length}
  say(`normalize alone: the ${claimTexts.length} quantity and date claims' texts read again by parseQuantity / parseDate: ${fmt(tp.normalize.ms, 0)} ms (median; inside the matcher rows above, not added to the total)`)
  results.throughput = tp
}

// --- 2. alignment scaling ---------------------------------------------------
if (only.includes('scaling')) {
  const sizes = quick ? [10, 100, 1000] : [10, 100, 1000, 10000]
  const work = mkdtempSync(join(tmpdir(), 'corroborate-bench-'))
  say()
  say(`## 2. Alignment scaling: bench/generate.mjs (seed 1), claims from \`extract --jsonl --jobs 2\`, align in a child process per size`)
  const rows = []
  const scaling = []
  for (const n of sizes) {
    const articles = generate(n, {seed: 1})
    const input = join(work, `articles-${n}.jsonl`)
    writeFileSync(input, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`)
    const claimsFile = join(work, `claims-${n}.jsonl`)
    let t0 = performance.now()
    const map = spawnSync(process.execPath, [at('dist/cli/main.js'), 'extract', '--jsonl', '--jobs', '2'], {input: readFileSync(input), maxBuffer: 2 ** 31})
    const mapMs = performance.now() - t0
    writeFileSync(claimsFile, map.stdout)
    const runs = n >= 10000 ? 1 : RUNS
    const one = (...extra) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', at('bench/align-one.mjs'), claimsFile, '--runs', String(runs), ...extra], {maxBuffer: 2 ** 28}).toString())
    const given = one()
    const inferred = one('--inferred')
    const entry = {articles: n, megabytes: mb(articles.map((a) => a.text)), mapMs, given, inferred}
    if (n === 1000) {
      const exhaustive = one('--inferred', '--exhaustive')
      entry.exhaustiveInferred = {medianMs: exhaustive.medianMs, identical: exhaustive.digest === inferred.digest}
    }
    scaling.push(entry)
    rows.push([n, given.claims, fmt(mapMs / 1000, 1), fmt(given.medianMs / 1000, 2), given.candidatePairs, fmt(given.peakRssMB, 0), `${inferred.stories}/${given.stories}`, fmt(inferred.medianMs / 1000, 2), inferred.candidatePairs, fmt(inferred.peakRssMB, 0)])
  }
  table(['articles', 'claims', 'map s (2 jobs)', 'align s (story given)', 'candidate pairs', 'peak MB', 'stories inferred/given', 'align s (inferred)', 'candidate pairs', 'peak MB'], rows)
  const slope = (mode) => {
    const a = scaling.find((s) => s.articles === 1000)
    const b = scaling.find((s) => s.articles === 10000)
    return a && b ? Math.log10(b[mode].medianMs / a[mode].medianMs) / Math.log10(b.articles / a.articles) : undefined
  }
  const slopes = {given: slope('given'), inferred: slope('inferred')}
  const check = scaling.find((s) => s.exhaustiveInferred)
  say(`log-log slope of align time, 1,000 → 10,000 articles: ${fmt(slopes.given, 2)} (stories given), ${fmt(slopes.inferred, 2)} (stories inferred); target ≤ 1.2`)
  if (check) say(`stories inferred at 1,000 articles with every pair scored (the old O(n²) loop): ${fmt(check.exhaustiveInferred.medianMs / 1000, 2)} s, result ${check.exhaustiveInferred.identical ? 'identical' : 'DIFFERENT'} (same digest)`)

  // The whole report at the largest size, from files, on 2 jobs.
  const largest = sizes.at(-1)
  const dir = join(work, `files-${largest}`)
  mkdirSync(dir)
  for (const a of generate(largest, {seed: 1})) {
    writeFileSync(join(dir, `${a.id}.txt`), `---\noutlet: ${JSON.stringify(a.outlet)}\nstory: ${a.story}\npublished: ${a.published}\ntitle: ${JSON.stringify(a.title)}\n---\n${a.text}`)
  }
  const t0 = performance.now()
  const rep = spawnSync(process.execPath, [at('dist/cli/main.js'), 'report', dir, '--format', 'json', '--jobs', '2', '--out', join(work, 'report.json')])
  const reportMs = performance.now() - t0
  say(`\`corroborate report --format json --jobs 2\` over ${largest} generated files: ${fmt(reportMs / 1000, 1)} s (exit ${rep.status}); target < 60 s`)
  results.scaling = {sizes: scaling, slopes, report: {articles: largest, jobs: 2, ms: reportMs, exit: rep.status}}
  const svg = scalingSvg(scaling)
  mkdirSync(at('bench/results'), {recursive: true})
  writeFileSync(at('bench/results/scaling.svg'), svg)
  mkdirSync(at('docs/img'), {recursive: true})
  copyFileSync(at('bench/results/scaling.svg'), at('docs/img/scaling.svg'))
  rmSync(work, {recursive: true, force: true})
}

// --- 3. parallelism ---------------------------------------------------------
if (only.includes('parallel')) {
  // Two sizes: each worker thread has fixed costs (loading the library, about
  // 0.2 s, and warming up its JIT, about 0.6 s of CPU on these texts) that a
  // small run cannot amortize; the larger run shows what is left without them.
  const sizes = quick ? [400] : [2000, 10000]
  const jobsList = [...new Set([1, 2, ...(availableParallelism() >= 4 ? [4] : []), ...(availableParallelism() >= 8 ? [8] : []), ...(availableParallelism() >= 16 ? [16] : [])])]
  const work = mkdtempSync(join(tmpdir(), 'corroborate-par-'))
  const {Worker} = await import('node:worker_threads')
  // Calibration: the same pure CPU work (a regex scan of the same texts, 30×) on
  // 1 and on N plain worker threads: the efficiency this machine allows now
  // (other load, shared cores), measured in the same run.
  const burn = `const {parentPort, workerData} = require('node:worker_threads'); let n = 0; const re = /\\d[\\d,.]*|[£$€¥]|["“”‘’]|\\b\\w+ed\\b/g; for (let k = 0; k < workerData.rounds; k++) for (const t of workerData.texts) { re.lastIndex = 0; while (re.exec(t) !== null) n++ } parentPort.postMessage(n)`
  const calibrate = async (threads, texts) => {
    const t0 = performance.now()
    await Promise.all(
      Array.from({length: threads}, (_, k) => new Promise((done, fail) => {
        const w = new Worker(burn, {eval: true, workerData: {texts: texts.filter((_, i) => i % threads === k), rounds: 30}})
        w.once('message', () => w.terminate().then(done))
        w.once('error', fail)
      }))
    )
    return performance.now() - t0
  }
  /** User + system CPU ms of this process's waited-for children (Linux), or NaN. */
  const childrenCpuMs = () => {
    try {
      const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
      return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100
    } catch {
      return Number.NaN
    }
  }
  results.parallel = {sizes: []}
  for (const n of sizes) {
    const dir = join(work, `articles-${n}`)
    mkdirSync(dir)
    const articles = generate(n, {seed: 2})
    for (const a of articles) writeFileSync(join(dir, `${a.id}.txt`), `---\noutlet: ${JSON.stringify(a.outlet)}\nstory: ${a.story}\n---\n${a.text}`)
    say()
    say(`## 3. Parallelism: \`corroborate report --format json --jobs N\` over ${n} generated files (${fmt(mb(articles.map((a) => a.text)), 2)} MB), wall clock incl. start-up, align and render, median of ${RUNS}`)
    const times = Object.fromEntries(jobsList.map((j) => [j, []]))
    const cpu = Object.fromEntries(jobsList.map((j) => [j, []]))
    const digests = new Set()
    const texts = articles.map((a) => a.text)
    const calibration = Object.fromEntries(jobsList.map((j) => [j, []]))
    for (let r = 0; r < RUNS; r++) {
      for (const j of jobsList) {
        const out = join(work, `report-${j}.json`)
        const t0 = performance.now()
        const cpuBefore = childrenCpuMs()
        const child = spawnSync(process.execPath, [at('dist/cli/main.js'), 'report', dir, '--format', 'json', '--jobs', String(j), '--out', out])
        times[j].push(performance.now() - t0)
        if (child.status !== 0) throw new Error(`report --jobs ${j} exited ${child.status}: ${child.stderr}`)
        // CPU time of the child, all its threads (Linux: the waited-for children's time in /proc/self/stat).
        cpu[j].push(childrenCpuMs() - cpuBefore)
        digests.add(createHash('sha256').update(readFileSync(out)).digest('hex'))
      }
      for (const j of jobsList) calibration[j].push(await calibrate(j, texts))
    }
    const base = median(times[1])
    const calBase = median(calibration[1])
    const par = jobsList.map((j) => {
      const ms = median(times[j])
      const cal = median(calibration[j])
      return {jobs: j, ms, cpuMs: median(cpu[j]), speedup: base / ms, efficiency: base / ms / j, calibrationMs: cal, machineEfficiency: calBase / cal / j}
    })
    table(
      ['jobs', 's (median)', 'CPU s (all threads)', 'speed-up', 'efficiency', 'machine efficiency (pure CPU calibration)', 'efficiency ÷ machine'],
      par.map((p) => [p.jobs, fmt(p.ms / 1000, 2), fmt(p.cpuMs / 1000, 2), fmt(p.speedup, 2), fmt(p.efficiency, 2), fmt(p.machineEfficiency, 2), fmt(p.efficiency / p.machineEfficiency, 2)])
    )
    say(`load average after this size: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (1, 5, 15 min) on ${availableParallelism()} cores`)
    say(`reports byte-identical across job counts: ${digests.size === 1 ? 'yes' : 'NO'}${availableParallelism() < 16 ? `; this machine has ${availableParallelism()} cores, so ${[4, 8, 16].filter((j) => j > availableParallelism()).join(', ')} jobs are not measured here` : ''}`)
    results.parallel.sizes.push({articles: n, runs: par, identical: digests.size === 1})
  }
  rmSync(work, {recursive: true, force: true})
}

// --- 4. peers on the same text ---------------------------------------------
if (only.includes('peers')) {
  const sample = bases.map((b) => ({id: b.id, story: b.id, text: b.text, bytes: Buffer.from(b.text, 'utf8')}))
  const size = mb(sample.map((d) => d.text))
  const {unified} = await import('unified')
  const retextEnglish = (await import('retext-english')).default
  const nlp = require('compromise')
  const chrono = require('chrono-node')
  let recognizers = null
  try {
    recognizers = require('@microsoft/recognizers-text-suite')
  } catch {
    // not installed: its rows are left out
  }
  const intl = new Intl.Segmenter('en', {granularity: 'sentence'})
  const retext = unified().use(retextEnglish)
  const countSentences = (node) => (node.type === 'SentenceNode' ? 1 : (node.children ?? []).reduce((n, c) => n + countSentences(c), 0))
  // Only the matchers of the task run (the whole pipeline around them: read, chrome, sentences).
  const kinds = (doc, matchers) => {
    const article = parseArticle(decodeArticleBytes(doc.bytes), {id: doc.id})
    return extractClaims(article, segment(article.view), matchers).length
  }
  // Like for like: the peers take a string of plain text; so do these rows
  // (no decoding, no front matter, no chrome removal): sentences, then the task's matchers.
  const plain = (doc, matchers) => {
    const article = parseArticle(doc.text, {id: doc.id, chrome: false})
    const sentences = segment(article.view)
    return matchers ? extractClaims(article, sentences, matchers).length : sentences.length
  }
  const NUMERIC = builtinMatchers.filter((m) => ['money', 'count', 'percent'].includes(m.meta.id))
  const DATES = builtinMatchers.filter((m) => m.meta.id === 'date')
  // [name, task, function, like for like?]: a peer is compared with corroborate's like-for-like row of its task.
  const contenders = [
    ['corroborate end-to-end (all claims)', 'all', (d) => endToEnd(d)],
    ['corroborate: sentences of the plain text', 'sentences', (d) => plain(d), true],
    ['corroborate: read + chrome + sentences', 'sentences', (d) => segment(parseArticle(d.text, {id: d.id}).view).length],
    ['corroborate: money, count, percent of the plain text', 'numbers', (d) => plain(d, NUMERIC), true],
    ['corroborate: read + chrome + money, count, percent', 'numbers', (d) => kinds(d, NUMERIC)],
    ['corroborate: dates of the plain text', 'dates', (d) => plain(d, DATES), true],
    ['corroborate: read + chrome + dates', 'dates', (d) => kinds(d, DATES)],
    ['Intl.Segmenter sentences', 'sentences', (d) => {
      let n = 0
      for (const part of intl.segment(d.text)) if (/\S/.test(part.segment)) n++
      return n
    }],
    ['retext-english parse (sentences)', 'sentences', (d) => countSentences(retext.parse(d.text))],
    ['compromise sentences', 'sentences', (d) => nlp(d.text).sentences().length],
    ['compromise money + numbers + percentages', 'numbers', (d) => {
      const doc = nlp(d.text)
      return doc.money().length + doc.numbers().length + doc.percentages().length
    }],
    ['chrono-node dates', 'dates', (d) => chrono.parse(d.text).length],
    ...(recognizers
      ? [
          ['Recognizers-Text currency + number + percentage', 'numbers', (d) => recognizers.recognizeCurrency(d.text, recognizers.Culture.English).length + recognizers.recognizeNumber(d.text, recognizers.Culture.English).length + recognizers.recognizePercentage(d.text, recognizers.Culture.English).length],
          ['Recognizers-Text date-time', 'dates', (d) => recognizers.recognizeDateTime(d.text, recognizers.Culture.English).length]
        ]
      : [])
  ]
  say()
  say(`## 4. Peers on the same text: ${sample.length} articles, ${fmt(size, 3)} MB (corpus + devset once), warmed up, each figure the median of ${RUNS} measurements of about 0.5 s (passes in a row); items = what each finds`)
  // Warm-up: whole passes (up to 12, or 3 s) for each contender whose 30-article pass took under a
  // second. The JIT needs about a megabyte of these texts to reach its steady speed (a one-pass
  // warm-up left corroborate's rows at a third of their section 1 speed); a slow contender
  // (Recognizers-Text) gets the 30 articles only.
  // Passes per measurement: a fast contender's pass over 0.1 MB takes a few milliseconds, where
  // a collection or another job's time slice weighs a lot, so it is timed over enough passes in a
  // row to take about half a second (the same for every contender of that speed).
  const passes = contenders.map(([, , fn]) => {
    if (timeAll(sample.slice(0, 30), fn).ms >= 1000) return 1
    const t0 = performance.now()
    let last = Infinity
    for (let k = 0; k < 12 && performance.now() - t0 < 3000; k++) last = timeAll(sample, fn).ms
    return Math.max(1, Math.min(50, Math.round(500 / Math.max(last, 1))))
  })
  const times = contenders.map(() => [])
  const counts = contenders.map(() => 0)
  for (let r = 0; r < RUNS; r++) {
    contenders.forEach(([, , fn], i) => {
      // A contender that takes over 10 s a pass is timed once (Recognizers-Text).
      if (r > 0 && times[i][0] > 10_000) return
      globalThis.gc?.() // no contender pays for the garbage of the one before
      const t0 = performance.now()
      let n = 0
      for (let k = 0; k < passes[i]; k++) n = timeAll(sample, fn).n
      times[i].push((performance.now() - t0) / passes[i])
      counts[i] = n
    })
  }
  const e2eRate = size / (median(times[0]) / 1000)
  // corroborate's like-for-like row of each task (plain text in, as the peers).
  const ownRate = {all: e2eRate}
  contenders.forEach(([, what, , like], i) => {
    if (like) ownRate[what] = size / (median(times[i]) / 1000)
  })
  const peers = contenders.map(([name, what], i) => {
    const ms = median(times[i])
    const rate = size / (ms / 1000)
    return {name, what, ms, mbPerS: rate, items: counts[i], e2eRatio: e2eRate / rate, taskRatio: ownRate[what] / rate}
  })
  table(
    ['contender', 'task', 'MB/s', 'items found', 'corroborate like for like ÷ this', 'corroborate end-to-end ÷ this'],
    peers.map((p) => [p.name, p.what, fmt(p.mbPerS, 2), p.items, `${fmt(p.taskRatio, 2)}×`, `${fmt(p.e2eRatio, 2)}×`])
  )
  if (!recognizers) say('(@microsoft/recognizers-text-suite is not installed: npm install -D @microsoft/recognizers-text-suite)')
  results.peers = {megabytes: size, articles: sample.length, contenders: peers}
}

mkdirSync(at('bench/results'), {recursive: true})
if (onlyAt === -1) {
  writeFileSync(at('bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync(at('bench/results/latest.md'), `${lines.join('\n')}\n`)
} else {
  // Part of the sections: update those in latest.json, keep the others.
  let previous = {}
  try {
    previous = JSON.parse(readFileSync(at('bench/results/latest.json'), 'utf8'))
  } catch {
    // none yet
  }
  writeFileSync(at('bench/results/latest.json'), `${JSON.stringify({...previous, ...results, sectionsUpdated: only}, null, 2)}\n`)
  writeFileSync(at(`bench/results/latest-${only.join('-')}.md`), `${lines.join('\n')}\n`)
}
say()
say(`written: bench/results/latest.json, bench/results/${onlyAt === -1 ? 'latest.md' : `latest-${only.join('-')}.md`}` + (only.includes('scaling') ? ', bench/results/scaling.svg (and docs/img/scaling.svg)' : ''))
