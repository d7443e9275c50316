import {createHash} from 'node:crypto'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {renderHtml, renderReport} from '../../src/report/index.js'
import {escapeHtml, htmlText, safeId} from '../../src/report/escape.js'
import {makeFixture, makeHostileFixture, XSS} from './fixture.js'

interface HNode {
  type: string
  tagName?: string
  value?: string
  properties?: Record<string, unknown>
  children?: HNode[]
}

function parse(html: string): HNode {
  return unified().use(rehypeParse).parse(html) as unknown as HNode
}

function elements(root: HNode): HNode[] {
  const out: HNode[] = []
  const visit = (n: HNode) => {
    if (n.type === 'element') out.push(n)
    for (const c of n.children ?? []) visit(c)
  }
  visit(root)
  return out
}

function textContent(n: HNode): string {
  if (n.type === 'text') return n.value ?? ''
  return (n.children ?? []).map(textContent).join('')
}

/** Tags the renderer writes; anything else in the tree came from input. */
const ALLOWED_TAGS = new Set(
  'html head body meta title style script div header main footer nav section article details summary h1 h2 h3 h4 p span a code blockquote mark del ins ul ol li dl dt dd table thead tbody tr th td strong button label input meter bdi'.split(' ')
)

function checkTree(html: string): HNode[] {
  const all = elements(parse(html))
  const ids = new Set<string>()
  for (const el of all) {
    expect(ALLOWED_TAGS.has(el.tagName ?? ''), `unexpected <${el.tagName}>`).toBe(true)
    for (const [name, value] of Object.entries(el.properties ?? {})) {
      expect(name.toLowerCase().startsWith('on'), `event handler attribute ${name}`).toBe(false)
      expect(name, 'no style attributes').not.toBe('style')
      if (name === 'src') throw new Error(`src attribute on <${el.tagName}>`)
      if (name === 'id') {
        expect(String(value)).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/)
        expect(ids.has(String(value)), `duplicate id ${String(value)}`).toBe(false)
        ids.add(String(value))
      }
    }
  }
  for (const el of all) {
    const href = el.properties?.href
    if (href !== undefined) {
      expect(String(href)).toMatch(/^#[A-Za-z][A-Za-z0-9_-]*$/)
      expect(ids.has(String(href).slice(1)), `dangling link ${String(href)}`).toBe(true)
    }
  }
  return all
}

describe('renderHtml', () => {
  test('self-contained: no external resources, one inline style and one inline script', () => {
    const {report, sources} = makeFixture()
    for (const html of [renderHtml(report), renderHtml(report, {sources})]) {
      expect(html.startsWith('<!doctype html>')).toBe(true)
      expect(html).not.toMatch(/<link\b/i)
      expect(html).not.toMatch(/<script\b[^>]*\bsrc\s*=/i)
      expect(html).not.toMatch(/\b(src|href|action|poster|data)\s*=\s*["']?\s*(https?:|\/\/|javascript:|data:)/i)
      expect(html).not.toMatch(/url\(|@import/i)
      expect(html.match(/<script\b/g)).toHaveLength(1)
      expect(html.match(/<style\b/g)).toHaveLength(1)
      checkTree(html)
    }
  })

  test('Content-Security-Policy allows only the page’s own inline style and script, by hash', () => {
    const html = renderHtml(makeFixture().report)
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]
    expect(csp).toBeDefined()
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? ''
    const h = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`
    expect(csp).toBe(`default-src 'none'; style-src ${h(style)}; script-src ${h(script)}; img-src data:; base-uri 'none'; form-action 'none'`)
    // The CSP meta comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'))
    expect(html.indexOf('<meta charset="utf-8">')).toBeLessThan(html.indexOf('Content-Security-Policy'))
  })

  test('content: summary, stories, findings in order with columns, diff, notes, errors, articles', () => {
    const {report} = makeFixture()
    const html = renderHtml(report)
    const root = parse(html)
    const all = elements(root)
    expect(textContent(all.find((e) => e.properties?.id === 'finding-count') as HNode)).toBe('11')
    const findings = all.filter((e) => e.tagName === 'article')
    expect(findings).toHaveLength(report.findings.length)
    for (const f of report.findings) expect(findings.some((el) => el.properties?.id === safeId('f', f.id))).toBe(true)
    // Order: the differences of all stories first, then agreements, then single-source.
    const order = findings.map((el) => String((el.properties?.className as string[]).join(' ')))
    const count = (v: string) => report.findings.filter((f) => f.verdict === v).length
    expect(order).toEqual([
      ...Array(count('differ')).fill('finding v-differ'),
      ...Array(count('agree')).fill('finding v-agree'),
      ...Array(count('single-source')).fill('finding v-single-source')
    ])
    // The findings of both stories are in the Differences section, before any agreement.
    const stories = new Set(report.findings.filter((f) => f.verdict === 'differ').map((f) => f.story))
    expect(stories.size).toBe(2)
    expect(html.indexOf('id="differences"')).toBeLessThan(html.indexOf('id="agreements"'))
    expect(html.indexOf('id="agreements"')).toBeLessThan(html.indexOf('id="single-source"'))
    const quote = findings.find((el) => el.properties?.id === safeId('f', 'liverpool-ofsted/quote-1')) as HNode
    const cols = elements(quote).filter((e) => (e.properties?.className as string[] | undefined)?.includes('col'))
    expect(cols).toHaveLength(2)
    expect(textContent(cols[0] as HNode)).toContain('BBC News')
    expect(textContent(cols[0] as HNode)).toContain('— Martin Birch')
    // Who changed what, the outlets named; the diff's key names them too.
    const who = elements(quote).find((e) => (e.properties?.className as string[] | undefined)?.includes('who')) as HNode
    expect(textContent(who)).toBe('Liverpool Echo cuts “really” and “teams” and adds “social workers” (compared with BBC News).')
    expect(elements(quote).filter((e) => e.tagName === 'del').map(textContent)).toEqual(['really', 'teams', 'struck: only BBC News', 'really', 'teams'])
    expect(elements(quote).filter((e) => e.tagName === 'ins').map(textContent)).toEqual(['social workers', 'underlined: only Liverpool Echo', 'social workers'])
    expect(html).toContain('<p>We are <del>really</del> pleased with the progress our <del>teams</del> <ins>social workers</ins> have made')
    expect(html).toContain('<mark>£10m</mark>')
    expect(html).toContain('Liverpool Echo is more precise: 18 January 2019')
    expect(html).toContain('<code>corpus/broken.txt</code> <span class="badge v-differ">invalid-utf8</span>')
    // Single-source findings are collapsible.
    expect(html).toMatch(/<details class="singles"><summary>(<bdi>)?liverpool-ofsted(<\/bdi>)?: 3 claims only one outlet reports<\/summary>/)
    // Excluded chrome: per-article count and an expandable list with rule and reason.
    expect(html).toContain('4 excluded ranges')
    expect(html).toContain('<td><code>chrome/read-more</code></td><td>A link to another article.</td>')
    expect(renderReport(report, 'html')).toBe(html)
  })

  test('summary cards link to their sections; report-level notes get a card and a section, escaped', () => {
    const {report} = makeFixture()
    report.notes = ['not compared: claim bbc-liverpool#role@1-2: no person named <img src=x onerror=alert(1)>']
    const html = renderHtml(report)
    const all = checkTree(html)
    const cards = all.filter((e) => (e.properties?.className as string[] | undefined)?.includes('card'))
    expect(cards.every((c) => c.tagName === 'a')).toBe(true)
    expect(cards.map((c) => String(c.properties?.href))).toEqual(['#differences', '#agreements', '#single-source', '#stories', '#articles', '#articles', '#not-compared'])
    expect(textContent(cards[0] as HNode)).toMatch(/^3Differ/)
    const notes = all.find((e) => e.properties?.id === 'not-compared') as HNode
    expect(textContent(notes)).toContain('no person named <img src=x onerror=alert(1)>')
    expect(html).not.toContain('<img src=x')
    expect(renderHtml(makeFixture().report)).not.toContain('id="not-compared"')
  })

  test('every claim links to its sentence in the articles section', () => {
    const {report, sources} = makeFixture()
    for (const html of [renderHtml(report), renderHtml(report, {sources})]) {
      const all = checkTree(html)
      for (const claim of report.claims) {
        expect(all.some((e) => e.properties?.id === safeId('ctx', claim.id))).toBe(true)
      }
      expect(html).toContain(`href="#${safeId('ctx', 'bbc-liverpool#money@' + report.claims.find((c) => c.text === '£10m')?.start + '-' + report.claims.find((c) => c.text === '£10m')?.end)}"`)
    }
  })

  test('with sources: article text shown with claims marked and chrome greyed', () => {
    const {report, sources} = makeFixture()
    const html = renderHtml(report, {sources})
    expect(html).toContain('<span class="chrome" title="chrome/read-more: A link to another article.">Read more: Sefton council told to improve</span>')
    expect(html).toContain('<td>Share this article on Facebook</td>')
    expect(html).toMatch(/<span class="anchor" id="ctx-[^"]+"><\/span><mark title="money" data-ctx="ctx-[^"]+">£12m<\/mark><a class="back" href="#f-/)
    // Without sources: the sentence with the claim marked.
    const plain = renderHtml(report)
    expect(plain).toMatch(/<li><span class="muted">Sentence \d+:<\/span> The city council has spent <span class="anchor" id="ctx-[^"]+"><\/span><mark title="money" data-ctx="ctx-[^"]+">£12m<\/mark>/)
  })

  test('overlapping claims in one sentence are marked without broken nesting', () => {
    const {report, sources} = makeFixture()
    const money = report.claims.find((c) => c.text === 'circa £10 million')
    if (!money) throw new Error('fixture')
    report.claims.push({...money, id: `${money.id}-inner`, kind: 'count', start: money.start + 6, end: money.end, text: money.text.slice(6)})
    for (const html of [renderHtml(report), renderHtml(report, {sources})]) {
      checkTree(html)
      // Each piece names the claims it belongs to, so "in context" outlines the whole outer claim.
      const outer = safeId('ctx', money.id)
      const inner = safeId('ctx', `${money.id}-inner`)
      expect(html).toContain(`<mark title="money" data-ctx="${outer}">circa </mark>`)
      expect(html).toContain(`<mark title="money, count" data-ctx="${outer} ${inner}">£10 million</mark>`)
    }
  })

  test('claims whose offsets do not fit their sentence still render', () => {
    const {report} = makeFixture()
    const claim = report.claims[0]
    if (!claim) throw new Error('fixture')
    claim.start = 99999
    claim.end = 100003
    claim.text = 'nowhere'
    const html = renderHtml(report, {sources: makeFixture().sources})
    checkTree(html)
    expect(html).toContain('(claim: <mark>nowhere</mark>)')
  })

  test('hostile input: every payload escaped, no injected element or attribute', () => {
    const {report, sources} = makeHostileFixture()
    for (const html of [renderHtml(report), renderHtml(report, {sources, title: `T ${XSS.script} ${XSS.rlo}`})]) {
      for (const payload of Object.values(XSS)) {
        if (payload === XSS.js) continue
        expect(html).not.toContain(payload)
      }
      expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/)
      expect(html).toContain('[U+202E]')
      expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i)
      expect(html).not.toMatch(/<(img|svg|iframe|object|embed|textarea|b|i)\b/i)
      expect(html.match(/<script\b/gi)).toHaveLength(1)
      const all = checkTree(html)
      // The payloads are there as text, for the journalist to see.
      const text = all.map((e) => (e.tagName === 'body' ? textContent(e) : '')).join('')
      expect(text).toContain(XSS.img)
      expect(text).toContain(XSS.svg)
      expect(text).toContain(XSS.textarea)
      expect(text).toContain(XSS.js)
    }
  })
})

test('a report read from untrusted JSON with wrong types still cannot inject markup', () => {
  const {report} = makeFixture()
  const evil = '<script>alert(1)</script>'
  const record = report.articles.find((r) => r.id === 'echo-liverpool')
  if (!record) throw new Error('fixture')
  ;(record as unknown as Record<string, unknown>).sentences = evil
  const range = record.excluded[0]
  if (range) (range as unknown as Record<string, unknown>).start = evil
  const claim = report.claims[0]
  if (claim) (claim.sentence as unknown as Record<string, unknown>).index = evil
  ;(report.findings[0] as unknown as Record<string, unknown>).confidence = evil
  ;(report.findings[0] as unknown as Record<string, unknown>).verdict = evil
  const html = renderHtml(report, {sources: makeFixture().sources})
  expect(html).not.toContain(evil)
  checkTree(html)
})

describe('html escaping helpers', () => {
  test('escapeHtml escapes & < > " \' and shows bidi controls', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;')
    expect(escapeHtml('a\u202Eb')).toBe('a[U+202E]b')
    expect(escapeHtml('a\u0000b\u001bc')).toBe('a[U+0000]b[U+001B]c')
    expect(escapeHtml('line\r\nnext\tx')).toBe('line\r\nnext\tx')
  })

  test('htmlText marks control characters visibly', () => {
    expect(htmlText('x\u2066y')).toBe('x<span class="ctl" title="hidden control character U+2066">[U+2066]</span>y')
  })

  test('safeId gives distinct, safe ids', () => {
    const ids = ['a#b', 'a@b', 'a b', '"><svg>', 'javascript:alert(1)', '', 'ü', 'a-b']
    const made = ids.map((id) => safeId('c', id))
    for (const id of made) expect(id).toMatch(/^c-[A-Za-z0-9_-]+$/)
    expect(new Set(made).size).toBe(ids.length)
    expect(safeId('c', 'x')).toBe(safeId('c', 'x'))
  })
})
