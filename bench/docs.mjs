// @ts-nocheck -- plain Node script (see bench/README.md)
// Put the latest tables into docs/performance.md: replaces the text between
// `<!-- bench:N -->` and `<!-- /bench:N -->` (N = 1..4) with section N of
// bench/results/latest.md (or of latest-peers.md etc. when newer).
//
//   node bench/docs.mjs
import {existsSync, readFileSync, statSync, writeFileSync} from 'node:fs'

const root = new URL('../', import.meta.url)
const at = (p) => new URL(p, root).pathname
const names = {1: 'throughput', 2: 'scaling', 3: 'parallel', 4: 'peers'}
const docPath = at('docs/performance.md')
let doc = readFileSync(docPath, 'utf8')
for (const [n, name] of Object.entries(names)) {
  const candidates = ['bench/results/latest.md', `bench/results/latest-${name}.md`].filter((p) => existsSync(at(p)))
  const newest = candidates.sort((a, b) => statSync(at(b)).mtimeMs - statSync(at(a)).mtimeMs)[0]
  if (!newest) continue
  const text = readFileSync(at(newest), 'utf8')
  const start = text.indexOf(`## ${n}. `)
  if (start === -1) continue
  // A section may hold several tables of its own (`## 3.` once per size): it ends at the next other section.
  let next = text.indexOf('\n## ', start + 1)
  while (next !== -1 && text.startsWith(`\n## ${n}. `, next)) next = text.indexOf('\n## ', next + 1)
  const written = text.indexOf('\nwritten:', start)
  const end = [next, written, text.length].filter((i) => i !== -1).sort((a, b) => a - b)[0]
  // A blank line around each table, so that a line next to it is not read as a row.
  const section = text.slice(start, end).trim().replace(/^## /gm, '### ').replace(/(\|\n)(?=[^|\n])/g, '$1\n').replace(/([^|\n]\n)(?=\|)/g, '$1\n')
  doc = doc.replace(new RegExp(`(<!-- bench:${n} -->)[\\s\\S]*?(<!-- /bench:${n} -->)`), `$1\n${section}\n$2`)
}
writeFileSync(docPath, doc)
