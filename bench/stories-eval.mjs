#!/usr/bin/env node
// @ts-nocheck -- plain Node script over dist/ (see bench/README.md)
// Story inference and source families against hand labels: for each
// expected.json given, its articles are read as the pipeline reads them,
// their `story` removed, and grouped; prints gold stories split and inferred
// stories merged, and the family pairs found / missed / wrong.
//   npm run build && node bench/stories-eval.mjs [-v] [--threshold=0.2] [--linkage=0.5] tests/fixtures/expected.json [more expected.json ...]
import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {groupStories, sourceFamilies} from '../dist/align/index.js'
import {parseArticle} from '../dist/ingest/parse.js'
import {formatOf} from '../dist/ingest/read.js'

const verbose = process.argv.includes('-v')
const option = (/** @type {string} */ name) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`))
  return arg === undefined ? undefined : Number(arg.slice(name.length + 3))
}
const storyOptions = {}
const threshold = option('threshold')
const linkage = option('linkage')
if (threshold !== undefined) storyOptions.threshold = threshold
if (linkage !== undefined) storyOptions.linkage = linkage
const files = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const all = []
for (const file of files) {
  const gold = JSON.parse(readFileSync(file, 'utf8'))
  for (const [id, meta] of Object.entries(gold.articles)) {
    const path = join(dirname(file), meta.file)
    let article
    try {
      article = parseArticle(readFileSync(path, 'utf8'), {format: formatOf(path) ?? 'text'})
    } catch (error) {
      console.log(`SKIPPED ${id}: ${error instanceof Error ? error.message : String(error)}`)
      continue
    }
    const text = article.view.blocks.map((b) => article.view.text.slice(b.start, b.end)).join('\n')
    all.push({id, story: meta.story, family: meta.family ?? id, input: {id, outlet: article.meta.outlet ?? meta.outlet, published: article.meta.published, title: article.meta.title, text}})
  }
}
const stories = groupStories(all.map((a) => a.input), storyOptions)
const goldOf = new Map(all.map((a) => [a.id, a.story]))
let merged = 0
for (const s of stories) {
  const golds = new Set(s.articles.map((id) => goldOf.get(id)))
  if (golds.size > 1) {
    merged++
    console.log(`MERGE ${s.id}: ${s.articles.join(' ')} [${[...golds].join(', ')}] (${s.reason})`)
  }
}
let split = 0
for (const g of new Set(goldOf.values())) {
  const parts = new Set(stories.filter((s) => s.articles.some((id) => goldOf.get(id) === g)).map((s) => s.id))
  if (parts.size > 1) {
    split++
    console.log(`SPLIT ${g} into ${parts.size}:`)
    for (const s of stories.filter((s) => parts.has(s.id))) console.log(`   ${s.articles.join(' ')} (${s.reason})`)
  }
}
// Each gold story grouped alone (as a user with one story's coverage would):
// it should stay one story.
let aloneSplit = 0
for (const g of new Set(goldOf.values())) {
  const own = all.filter((a) => a.story === g).map((a) => a.input)
  const parts = groupStories(own, storyOptions)
  if (parts.length > 1) {
    aloneSplit++
    console.log(`SPLIT ALONE ${g} into ${parts.length}: ${parts.map((p) => `[${p.articles.join(' ')}]`).join(' ')}`)
  }
}
if (verbose) for (const s of stories) console.log(`story ${s.id}: ${s.articles.join(' ')} (${s.reason})`)
const families = sourceFamilies(all.map((a) => a.input))
const goldFamily = new Map(all.map((a) => [a.id, a.family]))
let tp = 0
let fp = 0
let fn = 0
const ids = all.map((a) => a.id)
for (const [i, x] of ids.entries()) {
  for (const y of ids.slice(i + 1)) {
    const g = goldFamily.get(x) === goldFamily.get(y)
    const p = families.get(x) === families.get(y)
    if (g && p) tp++
    else if (p) {
      fp++
      console.log(`FAMILY WRONG ${x} ~ ${y}`)
    } else if (g) {
      fn++
      console.log(`FAMILY MISSED ${x} ~ ${y}`)
    }
  }
}
console.log(`${all.length} articles, ${new Set(goldOf.values()).size} gold stories, ${stories.length} inferred; split ${split}, merged ${merged}; grouped alone, ${aloneSplit} split`)
console.log(`family pairs: ${tp} found, ${fn} missed, ${fp} wrong (${new Set(goldFamily.values()).size} gold families, ${new Set(families.values()).size} found)`)
