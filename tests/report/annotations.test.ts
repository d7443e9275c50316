// `--format annotations`: W3C Web Annotations (JSON-LD). Checked against the
// model's required fields and against the terms of its JSON-LD context
// (https://www.w3.org/ns/anno.jsonld; the term list below is that context's).
import {describe, expect, test} from 'vitest'
import {createChecker, renderAnnotations, ANNOTATION_CONTEXT} from '../../src/index.js'
import {main} from '../../src/cli/run.js'
import {fakeIo} from '../cli/io.js'
import {mkdtemp, mkdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/** The terms of http://www.w3.org/ns/anno.jsonld (Web Annotation Vocabulary, W3C Recommendation 23 February 2017). */
const CONTEXT_TERMS = new Set([
  'id', 'type', 'Annotation', 'Dataset', 'Image', 'Video', 'Audio', 'Text', 'TextualBody', 'ResourceSelection', 'SpecificResource',
  'FragmentSelector', 'CssSelector', 'XPathSelector', 'TextQuoteSelector', 'TextPositionSelector', 'DataPositionSelector', 'SvgSelector',
  'RangeSelector', 'TimeState', 'HttpRequestState', 'CssStylesheet', 'Choice', 'Person', 'Software', 'Organization', 'AnnotationCollection',
  'AnnotationPage', 'Audience', 'Motivation', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting',
  'identifying', 'linking', 'moderating', 'questioning', 'replying', 'reviewing', 'assessing', 'tagging', 'auto', 'ltr', 'rtl', 'body',
  'target', 'source', 'selector', 'state', 'scope', 'refinedBy', 'startSelector', 'endSelector', 'renderedVia', 'creator', 'generator',
  'rights', 'homepage', 'via', 'canonical', 'stylesheet', 'cached', 'conformsTo', 'items', 'partOf', 'first', 'last', 'next', 'prev',
  'audience', 'motivation', 'purpose', 'textDirection', 'accessibility', 'bodyValue', 'format', 'language', 'processingLanguage', 'value',
  'exact', 'prefix', 'suffix', 'styleClass', 'name', 'email', 'email_sha1', 'nickname', 'label', 'created', 'modified', 'generated',
  'sourceDate', 'sourceDateStart', 'sourceDateEnd', 'start', 'end', 'total', 'startIndex'
])
const MOTIVATIONS = new Set(['bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'reviewing', 'assessing', 'tagging'])
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i

/** Every key used is a term of the context (or a JSON-LD keyword); every `type`, `motivation` and `purpose` value is one of its terms. */
function checkTerms(node: unknown, path: string, problems: string[]): void {
  if (Array.isArray(node)) return node.forEach((item, i) => checkTerms(item, `${path}[${i}]`, problems))
  if (typeof node !== 'object' || node === null) return
  for (const [key, value] of Object.entries(node)) {
    if (!key.startsWith('@') && !CONTEXT_TERMS.has(key)) problems.push(`${path}.${key}: not a term of the context`)
    if ((key === 'type' || key === 'motivation' || key === 'purpose') && !CONTEXT_TERMS.has(String(value))) problems.push(`${path}.${key}: ${String(value)} is not a term of the context`)
    checkTerms(value, `${path}.${key}`, problems)
  }
}

interface Target {
  source: string
  selector: Array<{type: string; exact?: string; start?: number; end?: number; prefix?: string; suffix?: string}>
}

interface Annotation {
  id: string
  type: string
  motivation: string
  body: Array<{type: string; value: string; purpose: string}>
  target: Target | Target[]
}

const a = `---\noutlet: Daily Courier\nstory: bridge\nurl: https://courier.example/bridge\n---\nThe county said the repair would cost £12m, officials said.\n`
const b = `---\noutlet: Evening Post\nstory: bridge\n---\nThe county said the repair would cost £15m, officials said.\n`

describe('renderAnnotations', () => {
  test('the W3C model: @context, required fields, selectors from the exact offsets, terms of the context only', async () => {
    const checker = createChecker()
    const articles = [checker.parse(a, {id: 'courier', path: '/news/courier.txt'}), checker.parse(b, {id: 'post', path: '/news/post.txt'})]
    const report = await checker.report({articles})
    const collection = JSON.parse(renderAnnotations(report))
    expect(collection['@context']).toBe(ANNOTATION_CONTEXT)
    expect(ANNOTATION_CONTEXT).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(collection.type).toBe('AnnotationCollection')
    expect(collection.id).toMatch(IRI)
    expect(collection.first.type).toBe('AnnotationPage')
    const items = collection.first.items as Annotation[]
    expect(collection.total).toBe(items.length)
    expect(items).toHaveLength(report.claims.length + report.findings.length)
    const problems: string[] = []
    checkTerms(collection, '$', problems)
    expect(problems).toEqual([])
    const ids = new Set<string>()
    const sources = {courier: a, post: b} as Record<string, string>
    for (const item of items) {
      expect(item.id).toMatch(IRI)
      expect(ids.has(item.id)).toBe(false)
      ids.add(item.id)
      expect(item.type).toBe('Annotation')
      expect(MOTIVATIONS.has(item.motivation)).toBe(true)
      expect(item.body.length).toBeGreaterThan(0)
      for (const body of item.body) {
        expect(body.type).toBe('TextualBody')
        expect(typeof body.value).toBe('string')
        expect(body.value).not.toBe('')
      }
      const targets = Array.isArray(item.target) ? item.target : [item.target]
      expect(targets.length).toBeGreaterThan(0)
      for (const target of targets) {
        expect(target.source).toMatch(IRI)
        const quote = target.selector.find((s) => s.type === 'TextQuoteSelector')!
        const position = target.selector.find((s) => s.type === 'TextPositionSelector')!
        expect(quote.exact).toBeTruthy()
        expect(Number.isInteger(position.start) && position.start! >= 0 && position.end! >= position.start!).toBe(true)
        // The position selects the quote's exact text in the article as read; prefix and suffix surround it.
        const text = target.source.includes('courier') ? sources.courier! : sources.post!
        expect(text.slice(position.start, position.end)).toBe(quote.exact)
        if (quote.prefix) expect(text.slice(0, position.start).endsWith(quote.prefix)).toBe(true)
        if (quote.suffix) expect(text.slice(position.end).startsWith(quote.suffix)).toBe(true)
      }
    }
    // The article with a url is targeted at it; the other at its file.
    const money = items.filter((i) => i.motivation === 'describing' && i.body.some((x) => x.purpose === 'tagging' && x.value === 'money'))
    expect(money.map((m) => (m.target as {source: string}).source).sort()).toEqual(['file:///news/post.txt', 'https://courier.example/bridge'])
    expect(money[0]!.body.some((x) => x.purpose === 'describing' && /£1[25]m/.test(x.value))).toBe(true)
    // The differ finding: its verdict in the body, both claims as targets.
    const differ = items.find((i) => i.motivation === 'assessing' && i.body.some((x) => x.value.startsWith('differ:')))
    expect(differ).toBeDefined()
    expect(differ!.target).toHaveLength(2)
  })

  test('the CLI writes it with --format annotations', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corroborate-anno-'))
    await mkdir(join(dir, 'articles'))
    await writeFile(join(dir, 'articles', 'a.txt'), a)
    await writeFile(join(dir, 'articles', 'b.txt'), b)
    const run = fakeIo(dir)
    expect(await main(['report', 'articles', '--format', 'annotations', '--no-config'], run.io)).toBe(0)
    const collection = JSON.parse(run.stdout())
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(collection.first.items.length).toBeGreaterThan(2)
    expect(collection.first.items.some((i: Annotation) => (i.target as {source: string}).source === `file://${join(dir, 'articles', 'b.txt')}`)).toBe(true)
  })
})
