// Citations a reader can follow, in every format (issue 14): per article its
// outlet, page, author and date; per claim in a finding a link to the source
// page at its sentence. Only http(s) URLs ever become links.
import {existsSync} from 'node:fs'
import fc from 'fast-check'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {chromium} from 'playwright-core'
import {describe, expect, test} from 'vitest'
import {createChecker, type Report} from '../../src/index.js'
import {renderHtml, renderMarkdown, renderTerminal} from '../../src/report/index.js'
import {articleCitation, markdownDestination, safeHttpUrl} from '../../src/report/citation.js'

const checker = createChecker()

const courier = `---
outlet: Daily Courier
story: bridge
url: https://courier.example/news/bridge-repair
author: Sam Reporter
published: 2024-03-02
---
The county said the repair would cost £12m. Work starts in May.
`

const post = `---
outlet: Evening Post
story: bridge
url: "https://post.example/bridge?utm=x&ref=(home)"
author: Alex Writer
published: 2024-03-03
---
The county said the repair would cost £13m.
`

const hostile = `---
outlet: Script Times
story: bridge
url: javascript:alert(1)
author: "<img src=x onerror=alert(1)> [x](javascript:alert(2))"
---
The county said the repair would cost £12m.
`

async function reportOf(articles: Array<{id: string; text: string; format: 'text' | 'markdown' | 'html'}>): Promise<Report> {
  return checker.report({articles: articles.map((a) => checker.parse(a.text, {id: a.id, format: a.format}))})
}

const both = () => reportOf([{id: 'courier', text: courier, format: 'markdown'}, {id: 'post', text: post, format: 'markdown'}])

/** Every link a CommonMark parser finds in a Markdown document. */
function markdownLinks(markdown: string): string[] {
  const urls: string[] = []
  const walk = (node: {type: string; url?: string; children?: unknown[]}) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined) urls.push(node.url)
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  walk(fromMarkdown(markdown) as never)
  return urls
}

describe('safe URLs', () => {
  test('only absolute http(s) URLs pass, serialised', () => {
    expect(safeHttpUrl('https://a.example/x y#:~:text=a')).toBe('https://a.example/x%20y#:~:text=a')
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>', 'vbscript:x', '/relative', 'mailto:a@b.c', 'file:///etc/passwd', '', 42, null]) {
      expect(safeHttpUrl(bad)).toBeUndefined()
    }
    expect(articleCitation({url: 'javascript:alert(1)', author: ' ', outlet: 'X', published: null} as never)).toEqual({outlet: 'X'})
  })

  test('a Markdown destination parses back to the same URL, as one link, in a table cell too', () => {
    fc.assert(
      fc.property(fc.webUrl({withFragments: true, withQueryParameters: true}), fc.string(), (raw, fragment) => {
        const url = safeHttpUrl(`${raw}#${fragment}`)
        fc.pre(url !== undefined)
        const dest = markdownDestination(url!)
        expect(dest).not.toMatch(/[\s()<>[\]|`]|(?<!\\)&/u)
        const links = markdownLinks(`| a |\n|---|\n| [page](${dest}) |\n`)
        expect(links).toHaveLength(1)
        // The whole destination is the link (no `)`, `|` or space cut it short), and it is the same page.
        expect(links[0]).toBe(dest.replace(/\\&/g, '&'))
        expect(new URL(links[0]!).host).toBe(new URL(url!).host)
      }),
      {numRuns: 300}
    )
  })
})

describe('every format shows the citation', () => {
  test('terminal: byline and page per article, the link after each claim, nothing raw', async () => {
    const out = renderTerminal(await both(), {color: false, width: 200})
    expect(out).toContain('DIFFERENCES (1)')
    expect(out).toContain('by Sam Reporter · 2024-03-02')
    expect(out).toMatch(/\n {4}https:\/\/courier\.example\/news\/bridge-repair\n/)
    expect(out).toContain(`↗ https://courier.example/news/bridge-repair#:~:text=${encodeURIComponent('The county said the repair would cost £12m.')}`)
    expect(out).toMatch(/↗ https:\/\/post\.example\/bridge\?utm=x&ref=\(home\)#:~:text=/)
  })

  test('Markdown: the article table has author, date and page; each claim links at its sentence', async () => {
    const md = renderMarkdown(await both())
    const row = md.split('\n').find((l) => l.startsWith('| `courier`'))!
    expect(row).toContain('| Daily Courier |')
    expect(row).toContain('| Sam Reporter | 2024-03-02 |')
    const links = markdownLinks(md).filter((u) => !u.startsWith('#'))
    expect(links).toContain('https://courier.example/news/bridge-repair')
    expect(links.some((u) => u.startsWith('https://courier.example/news/bridge-repair#:~:text=The%20county'))).toBe(true)
    // Parentheses in the URL are encoded, `&` survives as `&`.
    expect(links.some((u) => u.startsWith('https://post.example/bridge?utm=x&ref=%28home%29#:~:text='))).toBe(true)
    expect(links.every((u) => /^https:\/\//.test(u))).toBe(true)
  })

  test('HTML: author, date and page in the facts; each claim has an <a rel="noopener noreferrer"> at its sentence', async () => {
    const html = renderHtml(await both())
    expect(html).toContain('<dt>Author</dt><dd><bdi>Sam Reporter</bdi></dd>')
    expect(html).toContain('<dt>Published</dt><dd>2024-03-02</dd>')
    expect(html).toContain('<dt>Page</dt><dd><a class="out" href="https://courier.example/news/bridge-repair" rel="noopener noreferrer">')
    expect(html).toMatch(/<a class="src" href="https:\/\/courier\.example\/news\/bridge-repair#:~:text=The%20county[^"]*" rel="noopener noreferrer">at the source ↗<\/a>/)
    expect(html).toContain('href="https://post.example/bridge?utm=x&amp;ref=(home)#:~:text=')
  })
})

describe('a URL that is not http(s) never becomes a link', () => {
  test('front matter javascript: url, hostile author: no link and inert text in every format', async () => {
    const report = await reportOf([{id: 'courier', text: courier, format: 'markdown'}, {id: 'js', text: hostile, format: 'markdown'}])
    expect(report.articles.find((a) => a.id === 'js')!.url).toBeNull()
    const html = renderHtml(report)
    expect(html).not.toMatch(/javascript:alert\(1\)"|href="javascript/i)
    expect(html).not.toContain('<img src=x')
    const md = renderMarkdown(report)
    expect(markdownLinks(md).filter((u) => !u.startsWith('#')).every((u) => u.startsWith('https://courier.example/'))).toBe(true)
    expect(renderTerminal(report, {color: false})).not.toContain('javascript:alert(1)')
  })

  test('records built by hand: a javascript: url and link, a link with markup and escapes, are dropped or encoded', async () => {
    const report = await both()
    const evil = structuredClone(report)
    evil.articles[0]!.url = 'javascript:alert(1)'
    evil.claims[0]!.link = 'javascript:alert(document.domain)//#:~:text=x'
    evil.claims[1]!.link = 'https://x.example/a\u001b]8;;https://evil.example\u0007#"><img src=x onerror=alert(1)>)](javascript:alert(3))'
    const html = renderHtml(evil)
    expect(html).not.toMatch(/href="javascript/i)
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('href="https://x.example/a%1B]8;;https://evil.example%07#%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E)](javascript:alert(3))"')
    const md = renderMarkdown(evil)
    const links = markdownLinks(md).filter((u) => !u.startsWith('#'))
    expect(links.every((u) => u.startsWith('https://'))).toBe(true)
    expect(links.some((u) => u.startsWith('https://x.example/a%1B%5D8;;https://evil.example%07#%22%3E%3Cimg%20src=x%20onerror=alert%281%29%3E%29%5D%28javascript:alert%283%29%29'))).toBe(true)
    const terminal = renderTerminal(evil, {color: false})
    expect(terminal).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
    expect(terminal).not.toContain('javascript:alert(document.domain)')
  })
})

const CHROMIUM = '/usr/bin/chromium'

describe.skipIf(!existsSync(CHROMIUM))('in headless Chromium', () => {
  test('every link is http(s) or an in-page anchor; outbound ones carry rel=noopener noreferrer', async () => {
    const report = await reportOf([{id: 'courier', text: courier, format: 'markdown'}, {id: 'js', text: hostile, format: 'markdown'}])
    report.claims[0]!.link = 'javascript:window.__xss=1'
    const browser = await chromium.launch({executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu']})
    try {
      const page = await browser.newPage()
      await page.setContent(renderHtml(report))
      const links = await page.$$eval('a[href]', (as) => as.map((a) => ({href: a.getAttribute('href')!, protocol: (a as unknown as {protocol: string}).protocol, rel: a.getAttribute('rel')})))
      const outbound = links.filter((l) => !l.href.startsWith('#'))
      expect(outbound.length).toBeGreaterThan(0)
      for (const link of outbound) {
        expect(['http:', 'https:']).toContain(link.protocol)
        expect(link.rel).toBe('noopener noreferrer')
      }
      expect(links.some((l) => /javascript/i.test(l.href))).toBe(false)
    } finally {
      await browser.close()
    }
  }, 60_000)
})
