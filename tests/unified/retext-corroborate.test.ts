// The unified plugin: claims as messages with places, on a real retext
// pipeline, and the claims in file.data.
import fc from 'fast-check'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {createChecker, retextCorroborate, type Matcher} from '../../src/index.js'

const text = 'The airline will invest $2bn in new aircraft, about 40 planes, by March 2027.\n\n“We are growing again,” said chief executive Jane Smith.\n'

async function run(value: string, options?: Parameters<typeof retextCorroborate>[0]) {
  const file = new VFile({value, path: 'story.txt'})
  const processor = unified().use(retextEnglish).use(retextCorroborate, options)
  await processor.run(processor.parse(file), file)
  return file
}

describe('retextCorroborate', () => {
  test('each claim is an info message with its place, rule (the matcher) and source', async () => {
    const file = await run(text)
    const claims = file.data.corroborate?.claims ?? []
    expect(claims.map((c) => c.kind)).toEqual(expect.arrayContaining(['money', 'count', 'date', 'quote']))
    expect(file.messages).toHaveLength(claims.length)
    for (const [i, message] of file.messages.entries()) {
      const claim = claims[i]!
      expect(message.source).toBe('corroborate')
      expect(message.ruleId).toBe(claim.matcher)
      expect(message.fatal).toBeUndefined()
      expect(message.actual).toBe(claim.text)
      expect(message.place).toMatchObject({start: {offset: claim.start}, end: {offset: claim.end}})
      expect(text.slice(claim.start, claim.end)).toBe(claim.text)
    }
    const money = file.messages.find((m) => m.ruleId === 'money')
    expect(money?.reason).toBe('money claim: $2bn')
    expect(money?.url).toMatch(/^file:.*\/docs\/claims-quantities\.md#money$/)
    expect(file.messages.find((m) => m.ruleId === 'count')?.reason).toBe('count claim: about 40 planes')
    const date = file.messages.find((m) => m.ruleId === 'date')
    expect(date?.reason).toBe('date claim: before March 2027')
    expect(date?.reason).not.toContain('{')
    expect(money?.place).toMatchObject({start: {line: 1, column: 25}})
    const quote = file.messages.find((m) => m.ruleId === 'quote')
    expect(quote?.place).toMatchObject({start: {line: 3}})
    expect(quote?.reason).toContain('Jane Smith')
  })

  test('the claims are those of createChecker().extract on the same text', async () => {
    const file = await run(text)
    expect(file.data.corroborate?.claims).toEqual(createChecker().extract(createChecker().parse(text, {id: 'story', path: 'story.txt'})))
  })

  test('custom matchers, and format: markdown (offsets into the Markdown source)', async () => {
    const rating: Matcher = {
      meta: {id: 'rating', kind: 'category', description: 'inspection ratings'},
      match: (sentence) => [...sentence.text.matchAll(/\binadequate\b/g)].map((m) => ({start: m.index, end: m.index + m[0].length, value: {type: 'category', scheme: 'ofsted', label: 'inadequate'}}))
    }
    const markdown = '---\ntitle: Ratings\n---\n# Report\n\nThe service was rated **inadequate**.\n'
    const file = await run(markdown, {matchers: [rating], format: 'markdown'})
    expect(file.messages.map((m) => [m.ruleId, m.actual])).toEqual([['rating', 'inadequate']])
    const claim = file.data.corroborate!.claims[0]!
    expect(markdown.slice(claim.start, claim.end)).toBe('inadequate')
    expect(file.messages[0]?.place).toMatchObject({start: {line: 6, column: 25}})
  })

  test('bad front matter: one warning and no claims, the pipeline goes on', async () => {
    const file = await run('---\ntitle: [unclosed\n---\nIt cost £5m.\n', {format: 'markdown'})
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({ruleId: 'front-matter', source: 'corroborate', fatal: false})
    expect(file.data.corroborate?.claims).toEqual([])
  })

  test('a byte-order mark: places count it, claims do not', async () => {
    const file = await run('\ufeffIt cost £5m.')
    const claim = file.data.corroborate!.claims[0]!
    expect(claim.text).toBe('£5m')
    expect(file.messages[0]?.place).toMatchObject({start: {offset: claim.start + 1, column: claim.start + 2}})
  })

  test('never throws on any text, and every message points at its claim', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({maxLength: 200}), async (value) => {
        const file = await run(value)
        const claims = file.data.corroborate?.claims ?? []
        const shift = value.charCodeAt(0) === 0xfeff ? 1 : 0
        file.messages.forEach((message, i) => {
          if (message.ruleId === 'front-matter') return
          const start = (message.place as {start: {offset: number}}).start.offset
          expect(start).toBe(claims[i]!.start + shift)
        })
      }),
      {numRuns: 300}
    )
  })
})
