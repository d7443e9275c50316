// Citations a reader can follow: url, author and published from front matter
// and from HTML into the JSON article record; each claim links to the page at its sentence.
import {describe, expect, test} from 'vitest'
import {createChecker, renderReport, type Report} from '../../src/index.js'

const checker = createChecker()

async function jsonOf(articles: Array<{id: string; text: string; format?: 'text' | 'markdown' | 'html'}>): Promise<Report> {
  const report = await checker.report({articles: articles.map((a) => checker.parse(a.text, {id: a.id, format: a.format ?? 'text'}))})
  return JSON.parse(renderReport(report, 'json')) as Report
}

const markdown = `---
outlet: Daily Courier
story: bridge
url: https://courier.example/news/bridge-repair
author: Sam Reporter
published: 2024-03-02
---
The county said the repair would cost £12m. Work starts in May.

The county said the repair would cost £12m. Nobody else said so.
`

const html = `<!doctype html><html><head>
<title>Bridge to stay shut - Evening Post</title>
<meta property="og:site_name" content="Evening Post">
<link rel="canonical" href="https://post.example/bridge?utm=x#comments">
<meta property="og:url" content="https://post.example/other">
<meta property="article:published_time" content="2024-03-03T08:00:00Z">
<meta name="author" content="Alex Writer">
<meta name="story" content="bridge">
</head><body><article><p>The county expects the repair to cost around £12 million.</p></article></body></html>`

describe('article records', () => {
  test('url, author and published from front matter', async () => {
    const report = await jsonOf([{id: 'courier', text: markdown, format: 'markdown'}])
    expect(report.articles[0]).toMatchObject({url: 'https://courier.example/news/bridge-repair', author: 'Sam Reporter', published: '2024-03-02'})
  })

  test('from HTML: <link rel=canonical> first (its fragment dropped), author meta, article:published_time', async () => {
    const report = await jsonOf([{id: 'post', text: html, format: 'html'}])
    expect(report.articles[0]).toMatchObject({url: 'https://post.example/bridge?utm=x', author: 'Alex Writer', published: '2024-03-03', outlet: 'Evening Post'})
    const ogOnly = await jsonOf([{id: 'og', text: html.replace(/<link rel="canonical"[^>]*>/, ''), format: 'html'}])
    expect(ogOnly.articles[0]!.url).toBe('https://post.example/other')
  })

  test('no url: null, and no links; a url that is not http(s) is not kept', async () => {
    const plain = await jsonOf([{id: 'plain', text: 'The county said the repair would cost £12m.\n'}])
    expect(plain.articles[0]).toMatchObject({url: null, author: null})
    expect(plain.claims.every((c) => c.link === undefined)).toBe(true)
    const script = await jsonOf([{id: 'js', text: '---\nurl: javascript:alert(1)\n---\nThe county said the repair would cost £12m.\n'}])
    expect(script.articles[0]!.url).toBeNull()
    expect(script.claims.every((c) => c.link === undefined)).toBe(true)
  })

  test('the record keys are in contract order', async () => {
    const report = await jsonOf([{id: 'courier', text: markdown, format: 'markdown'}])
    const keys = Object.keys(report.articles[0]!)
    expect(keys.indexOf('url')).toBe(keys.indexOf('published') + 2)
    expect(keys.indexOf('author')).toBe(keys.indexOf('url') + 1)
  })
})

describe('claim links', () => {
  test('each claim links to the page at its sentence; a repeated sentence gets context words', async () => {
    const report = await jsonOf([{id: 'courier', text: markdown, format: 'markdown'}])
    const money = report.claims.filter((c) => c.kind === 'money')
    expect(money).toHaveLength(2)
    const [first, second] = money.map((c) => c.link!)
    expect(first).toMatch(/^https:\/\/courier\.example\/news\/bridge-repair#:~:text=/)
    expect(first).not.toBe(second)
    const sentence = encodeURIComponent('The county said the repair would cost £12m.')
    expect(first).toBe(`https://courier.example/news/bridge-repair#:~:text=${sentence},-Work`)
    expect(second).toBe(`https://courier.example/news/bridge-repair#:~:text=May.-,${sentence}`)
    const date = report.claims.find((c) => c.kind === 'date')
    expect(date?.link).toBe(`https://courier.example/news/bridge-repair#:~:text=${encodeURIComponent('Work starts in May.')}`)
  })
})
