// Large stories (issue 11, point 6): no key is too common to compare. Keys
// held by many claims pair each claim with its nearest claims of other
// articles instead of being skipped, so facts every outlet states are still
// paired, and the work grows near-linearly.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {align, newStats, type AlignInput} from '../../src/align/index.js'
import {builtinMatchers, createChecker, type Claim, type Report} from '../../src/index.js'
import {inspectionRating} from '../../examples/inspection-rating.js'
import {articles, claim, money, role} from './helpers.js'

let report: Report

beforeAll(async () => {
  const checker = createChecker({matchers: [...builtinMatchers, inspectionRating]})
  report = await checker.report(new URL('../../corpus', import.meta.url).pathname)
})

/** `k` copies of every corpus article, all in one story; copy `c` of article `x` is `x~c`. */
function copies(k: number): AlignInput {
  const input: AlignInput = {articles: [], claims: []}
  for (let c = 0; c < k; c++) {
    for (const a of report.articles) input.articles.push({id: `${a.id}~${c}`, outlet: `${a.outlet ?? a.id} ${c}`, story: 'big', ...(a.published ? {published: a.published} : {})})
    for (const x of report.claims) input.claims.push({...x, id: `${x.id}~${c}`, article: `${x.article}~${c}`})
  }
  return input
}

/** Paired findings as verdict, reason and the corpus claims they cover (copies folded together). */
function signatures(findings: ReturnType<typeof align>['findings']): string[] {
  return findings
    .filter((f) => f.verdict !== 'single-source')
    .map((f) => `${f.verdict} ${f.reason} ${[...new Set(f.claims.map((id) => id.slice(0, id.lastIndexOf('~'))))].sort().join(' ')}`)
    .sort()
}

describe('large stories', () => {
  test('60 copies of the corpus in one story give the findings of 2 copies, every claim compared', () => {
    const two = align(copies(2))
    const statsOf60 = newStats()
    const started = performance.now()
    const sixty = align(copies(60), {stats: statsOf60})
    const elapsed = performance.now() - started
    const expected = signatures(two.findings)
    expect(expected.some((s) => s.startsWith('agree'))).toBe(true)
    expect(expected.some((s) => s.startsWith('differ'))).toBe(true)
    expect(signatures(sixty.findings)).toEqual(expected)
    expect(statsOf60.windowedKeys).toBeGreaterThan(0)
    expect(statsOf60.uncomparedClaims).toBe(0)
    expect(sixty.findings.some((f) => f.reason === 'not-compared')).toBe(false)
    console.log(`60 copies: ${statsOf60.claims} claims, ${statsOf60.candidatePairs} candidate pairs, ${statsOf60.windowedKeys} windowed keys, ${Math.round(elapsed)} ms`)
  }, 120_000)

  test('a padded article with 47 same-context amounts keeps the real differ', () => {
    const real = 'The council will spend £5m repairing the roof of the town library, the mayor said.'
    const a = claim('a', real, '£5m', 'money', money(5e6), 0)
    const b = claim('b', 'The council will spend £9m repairing the roof of the town library, the mayor said on Monday.', '£9m', 'money', money(9e6), 0)
    const padding: Claim[] = []
    for (let k = 0; k < 47; k++) {
      const amount = 20 + k
      // Every word of the real sentence, and more: all the real pair's keys are held by 49 claims.
      const sentence = `The council will spend £${amount}m repairing the roof of the town library, the mayor said, with plans for ward${k} schools and parks.`
      padding.push(claim('a', sentence, `£${amount}m`, 'money', money(amount * 1e6), k + 1))
    }
    const stats = newStats()
    const result = align({articles: articles(['a', 'b']), claims: [a, ...padding, b]}, {stats})
    expect(stats.windowedKeys).toBeGreaterThan(0)
    const differ = result.findings.filter((f) => f.verdict === 'differ')
    expect(differ.map((f) => f.claims)).toEqual([[a.id, b.id]])
  })

  test('the work grows near-linearly with the claims of one story (n, 2n, 4n)', () => {
    // 60 outlets state the same facts, each in its own words; the facts double.
    // Counted operations (candidate pairs generated, value comparisons run,
    // cross pairs checked while grouping), not time: the machine is shared.
    const outlets = Array.from({length: 60}, (_, i) => `out${String(i).padStart(2, '0')}`)
    const filler = ['reported', 'confirmed', 'announced', 'revealed', 'disclosed', 'stated']
    const counted: number[] = []
    for (const facts of [20, 40, 80]) {
      const claims: Claim[] = []
      outlets.forEach((article, o) => {
        for (let f = 0; f < facts; f++) {
          const amount = (f % 90) + 1
          const sentence = `The council said project${f} in ward${f % 37} will cost £${amount}m and employ staff across the city, ${filler[o % filler.length]} paper${o}.`
          claims.push(claim(article, sentence, `£${amount}m`, 'money', money(amount * 1e6), f))
        }
      })
      const stats = newStats()
      const result = align({articles: articles(outlets), claims}, {stats})
      // Every fact is one finding with every outlet's claim.
      const paired = result.findings.filter((x) => x.verdict !== 'single-source')
      expect(paired).toHaveLength(facts)
      expect(paired.every((x) => x.claims.length === outlets.length)).toBe(true)
      expect(stats.uncomparedClaims).toBe(0)
      counted.push(stats.candidatePairs + stats.comparedPairs + stats.crossChecks)
    }
    console.log(`operations at 1,200 / 2,400 / 4,800 claims: ${counted.join(', ')}`)
    for (let i = 1; i < counted.length; i++) expect((counted[i] as number) / (counted[i - 1] as number)).toBeLessThan(2.6)
  }, 300_000)
})

describe('nothing uncompared silently', () => {
  test('a claim whose value gives nothing to compare by is reported as not compared, in the findings and the report notes', async () => {
    const a = claim('a', 'The mayor opened the new bridge over the Avon on Friday.', 'The mayor', 'role', role('', 'mayor'))
    const b = claim('b', 'The mayor opened the bridge over the Avon on Friday.', 'The mayor', 'role', role('', 'mayor'))
    const stats = newStats()
    const result = align({articles: articles(['a', 'b']), claims: [a, b]}, {stats})
    expect(stats.uncomparedClaims).toBe(2)
    expect(result.findings.map((f) => [f.verdict, f.reason])).toEqual([
      ['single-source', 'not-compared'],
      ['single-source', 'not-compared']
    ])
    expect(result.findings[0]?.message).toContain("it was not compared with the other articles' claims (its value gives nothing to compare by")
    // One article alone: nothing to compare with, so plain single-source.
    expect(align({articles: articles(['a']), claims: [a]}).findings[0]?.reason).toBe('only-one-source')

    const unnamed = {
      meta: {id: 'unnamed-mayor', kind: 'role', description: 'a mayor with no name (test)'},
      match(sentence: {text: string}) {
        const at = sentence.text.indexOf('The mayor')
        return at === -1 ? [] : [{start: at, end: at + 9, value: {type: 'role', person: '', role: 'mayor'}}]
      }
    }
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-uncompared-'))
    try {
      writeFileSync(join(dir, 'one.md'), '---\noutlet: One\nstory: bridge\n---\nThe mayor opened the new bridge over the Avon on Friday.\n')
      writeFileSync(join(dir, 'two.md'), '---\noutlet: Two\nstory: bridge\n---\nThe mayor opened the bridge over the Avon on Friday.\n')
      const report = await createChecker({matchers: [unnamed as never]}).report(dir)
      expect(report.notes).toHaveLength(2)
      expect(report.notes?.[0]).toMatch(/^not compared: claim .*: One states “The mayor”; it was not compared/)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})
