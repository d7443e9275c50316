// Output size is linear in input size (issue 13, point 1): a sentence full
// of figures used to be written once per claim, so a 10 KB sentence gave a
// report of tens of megabytes and a 60 KB one none at all.
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {createChecker, type Claim, type Report} from '../../src/index.js'
import {clipEnd, clipStart} from '../../src/report/describe.js'
import {renderReport, type ReportFormat} from '../../src/report/index.js'
import {mapJsonLine} from '../../src/pipeline/jsonl.js'
import {packClaims, unpackClaims} from '../../src/pipeline/claim-sentences.js'
import {runCli, tempDir} from './helpers.js'

/** One headline and one sentence of about `kb` KB holding a money figure every 6 characters. */
function figures(kb: number): string {
  const parts = ['The council said it paid']
  let length = parts[0]!.length
  for (let i = 1; length < kb * 1024; i++) {
    const piece = ` £${i}m,`
    parts.push(piece)
    length += piece.length
  }
  return `Pool\n\n${parts.join('')} in all.\n`
}

const SIZES = [10, 20, 40]
const FORMATS: ReportFormat[] = ['json', 'markdown', 'html', 'terminal']

describe('output grows linearly with a sentence full of claims', () => {
  const checker = createChecker()
  const runs = SIZES.map((kb) => {
    const text = figures(kb)
    return {kb, text, report: checker.report({articles: [checker.parse(text, {id: 'pool', meta: {outlet: 'Echo', story: 'pool'}})]})}
  })

  test.each(FORMATS)('%s report: doubling the sentence about doubles the output', async (format) => {
    const sizes: number[] = []
    for (const run of runs) {
      const report: Report = await run.report
      expect(report.claims.length).toBeGreaterThan(run.kb * 100)
      sizes.push(Buffer.byteLength(renderReport(report, format, {color: false})))
    }
    const ratios = [sizes[1]! / sizes[0]!, sizes[2]! / sizes[1]!]
    console.log(`${format}: ${sizes.join(', ')} bytes for ${SIZES.join(', ')} KB; ratios ${ratios.map((r) => r.toFixed(2)).join(', ')}`)
    for (const ratio of ratios) expect(ratio).toBeLessThan(2.4)
    // Bounded per input byte, not just linear: at most a few hundred bytes of report per byte of article.
    expect(sizes[2]! / runs[2]!.text.length).toBeLessThan(400)
  }, 60_000)

  test('extract --jsonl line: linear, and align reads its claims back with their sentences', () => {
    const sizes = runs.map((run) => mapJsonLine(JSON.stringify({id: 'pool', text: run.text}), 1, checker.matchers).json.length)
    const ratios = [sizes[1]! / sizes[0]!, sizes[2]! / sizes[1]!]
    console.log(`extract --jsonl: ${sizes.join(', ')} bytes; ratios ${ratios.map((r) => r.toFixed(2)).join(', ')}`)
    for (const ratio of ratios) expect(ratio).toBeLessThan(2.4)
    const line = JSON.parse(mapJsonLine(JSON.stringify({id: 'pool', text: runs[0]!.text}), 1, checker.matchers).json)
    expect(line.sentences).toHaveLength(1)
    const claims = unpackClaims(line.claims, line.sentences)
    for (const claim of claims) expect(runs[0]!.text.slice(claim.sentence.start, claim.sentence.end)).toBe(claim.sentence.text)
  })
})

test('extract --format json: linear too', async () => {
  const tmp = tempDir('extract-size')
  try {
    const sizes: number[] = []
    for (const kb of SIZES) {
      writeFileSync(join(tmp.dir, `s${kb}.txt`), figures(kb))
      const result = await runCli(['extract', `s${kb}.txt`, '--format', 'json', '--no-config'], tmp.dir)
      expect(result.code).toBe(0)
      const json = JSON.parse(result.stdout)
      expect(json.articles[0].sentences).toHaveLength(1)
      sizes.push(result.stdout.length)
    }
    const ratios = [sizes[1]! / sizes[0]!, sizes[2]! / sizes[1]!]
    console.log(`extract --format json: ${sizes.join(', ')} bytes; ratios ${ratios.map((r) => r.toFixed(2)).join(', ')}`)
    for (const ratio of ratios) expect(ratio).toBeLessThan(2.4)
  } finally {
    tmp.cleanup()
  }
}, 60_000)

describe('JSON report: each claim sentence once, claims refer to it', () => {
  test('no claim carries its sentence text; every claim finds its sentence by article and index', async () => {
    const checker = createChecker()
    const a = 'Pool\n\nThe pool cost £1m and £2m. Staff said it took 3 years.\n'
    const b = 'Pool\n\nThe pool cost £1m and £3m.\n'
    const report = await checker.report({articles: [checker.parse(a, {id: 'a', meta: {story: 's'}}), checker.parse(b, {id: 'b', meta: {story: 's'}})]})
    const json = JSON.parse(renderReport(report, 'json'))
    const keys = json.sentences.map((s: {article: string; index: number}) => `${s.article}/${s.index}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(json.sentences.map((s: {text: string}) => s.text)).toEqual(['The pool cost £1m and £2m.', 'Staff said it took 3 years.', 'The pool cost £1m and £3m.'])
    for (const claim of json.claims) {
      expect(Object.keys(claim.sentence)).toEqual(['start', 'end', 'index'])
      const sentence = json.sentences.find((s: {article: string; index: number}) => s.article === claim.article && s.index === claim.sentence.index)
      expect(sentence).toBeDefined()
      expect(sentence.text.slice(claim.start - sentence.start, claim.end - sentence.start)).toBe(claim.text)
    }
    expect(unpackClaims(json.claims, json.sentences)).toEqual(report.claims)
  })
})

describe('packClaims / unpackClaims and the context clip (properties)', () => {
  test('unpackClaims(packClaims(claims)) gives the claims back, each sentence written once', () => {
    const sentence = fc.record({article: fc.constantFrom('a', 'b'), index: fc.nat(5), text: fc.string({maxLength: 30})})
    fc.assert(fc.property(fc.array(sentence, {maxLength: 20}), (specs) => {
      // One sentence object per (article, index), as extraction makes them.
      const shared = new Map<string, Claim['sentence']>()
      const claims: Claim[] = specs.map((s, k) => {
        const key = `${s.article}/${s.index}`
        if (!shared.has(key)) shared.set(key, {start: 10 * s.index, end: 10 * s.index + s.text.length, text: s.text, index: s.index})
        return {id: `${s.article}#m@${k}`, article: s.article, kind: 'mark', text: 'x', start: k, end: k + 1, sentence: shared.get(key)!, matcher: 'm', value: {type: 'mark'}}
      })
      const packed = packClaims(claims)
      expect(packed.sentences.length).toBe(shared.size)
      for (const claim of packed.claims) expect(Object.keys(claim.sentence)).toEqual(['start', 'end', 'index'])
      expect(unpackClaims(JSON.parse(JSON.stringify(packed.claims)), JSON.parse(JSON.stringify(packed.sentences)))).toEqual(claims)
    }), {seed: 13, numRuns: 500})
  })

  test('clipStart / clipEnd: at most max characters (plus the ellipsis), taken from the right end', () => {
    fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 400}), fc.integer({min: 30, max: 200}), (text, max) => {
      const start = clipStart(text, max)
      const end = clipEnd(text, max)
      if (text.length <= max) {
        expect(start).toBe(text)
        expect(end).toBe(text)
        return
      }
      expect(start.startsWith('…')).toBe(true)
      expect(text.endsWith(start.slice(1))).toBe(true)
      expect(start.length - 1).toBeLessThanOrEqual(max)
      expect(end.endsWith('…')).toBe(true)
      expect(text.startsWith(end.slice(0, -1))).toBe(true)
      expect(end.length - 1).toBeLessThanOrEqual(max)
    }), {seed: 13, numRuns: 1000})
  })
})
