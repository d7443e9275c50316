// @ts-nocheck -- plain Node script over dist/ (see bench/README.md)
// Output-identity check for performance work: SHA-256 digests of what the
// library produces, to compare before and after a change that must not
// change any result.
//
//   npm run build && node bench/digest.mjs [--json]
//
// Digests (each printed on its own line, then one over all of them):
//   corpus    claims of every corpus/ article (checker.extract on the file text)
//   devset    claims of every development-set passage
//   heldout   claims of every held-out passage
//   generated claims of 1,500 generated articles (bench/generate.mjs, seeds 7 and 11)
//   report-given     the JSON report over 600 generated articles, stories given
//   report-inferred  the JSON report over 600 generated articles, stories inferred
//   report-corpus    the JSON report over corpus/
// A change that keeps every line the same keeps the output byte-identical on
// these inputs.
import {createHash} from 'node:crypto'
import {readFileSync, readdirSync} from 'node:fs'
import {createChecker} from '../dist/index.js'
import {renderJson} from '../dist/report/json.js'
import {generate} from './generate.mjs'

const root = new URL('../', import.meta.url)
const checker = createChecker()
const sha = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16)
const lines = (file) => readFileSync(new URL(file, root), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
const claimsDigest = (items) => sha(items.map((item) => JSON.stringify(checker.extract(item.text, {}))).join('\n'))
const corpusDir = new URL('corpus/', root)
const corpusFiles = readdirSync(corpusDir).filter((name) => /\.(txt|md|html?)$/.test(name)).sort()

const out = {}
out.corpus = sha(corpusFiles.map((name) => JSON.stringify(checker.extract(readFileSync(new URL(name, corpusDir), 'utf8')))).join('\n'))
out.devset = claimsDigest(lines('tests/fixtures/devset/devset.jsonl'))
out.heldout = claimsDigest(lines('tests/fixtures/heldout/heldout.jsonl'))
out.generated = claimsDigest([...generate(750, {seed: 7}), ...generate(750, {seed: 11})])
const asArticles = (items, story) => items.map((a) => ({id: a.id, text: a.text, meta: {outlet: a.outlet, title: a.title, published: a.published, ...(story ? {story: a.story} : {})}}))
const fromMemory = async (items, story) => renderJson(await checker.report({articles: asArticles(items, story).map((a) => checker.parse(a.text, {id: a.id, meta: a.meta}))}))
out['report-given'] = sha(await fromMemory(generate(600, {seed: 3}), true))
out['report-inferred'] = sha(await fromMemory(generate(600, {seed: 3}), false))
out['report-corpus'] = sha(renderJson(await checker.report(['corpus'], {cwd: new URL('.', root).pathname})))
out.all = sha(JSON.stringify(out))
if (process.argv.includes('--json')) console.log(JSON.stringify(out))
else for (const [key, value] of Object.entries(out)) console.log(`${key.padEnd(16)} ${value}`)
