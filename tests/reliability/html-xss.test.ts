/**
 * End to end: articles whose text, front-matter title and outlet carry XSS
 * vectors, as .txt, .md and .html inputs, through the CLI to an HTML report
 * file (`report DIR --format html --out FILE --no-config`). The payloads must
 * be escaped in the HTML string; in headless Chromium (when /usr/bin/chromium
 * exists) no dialog may fire, no injected global may be set, no request may
 * leave the page, and the findings must still render.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {runCli, tempDir, type CliResult} from './helpers.js'

const CHROMIUM = '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)

/** Each payload sets a global flag (and alerts) if it ever runs. */
const PAYLOADS = [
  `<script>window.__xss1=1;alert(1)</script>`,
  `<img src=x onerror="window.__xss2=1;alert(2)">`,
  `"><svg onload="window.__xss3=1;alert(3)">`,
  `'><svg/onload=window.__xss4=1>`,
  `javascript:window.__xss5=1;alert(5)`,
  `</style><script>window.__xss6=1</script>`,
  `</title></textarea><script>window.__xss7=1</script>`,
  `<a href="javascript:window.__xss8=1">click</a>`,
  `<iframe srcdoc="<script>parent.__xss9=1</script>"></iframe>`,
  `<div <b onmouseover=window.__xss10=1 x`,
  `]]><!-- --!><script>window.__xss11=1</script>`,
  `\u202eevil\u202c txt.exe`
]
const RAW_MARKERS = ['<script>window.__xss', '<img src=x onerror', '<svg onload', '<svg/onload', '</style><script>', '<iframe srcdoc', 'href="javascript:', "href='javascript:", '<a href="javascript', '\u202e']

const joined = PAYLOADS.join(' ')

function articles(dir: string): void {
  // Plain text: payloads in the title, outlet and body, next to claims.
  writeFileSync(join(dir, 'xss-text.txt'), `---
outlet: 'Evil <script>window.__xssOutlet=1</script> News'
title: "Title <img src=x onerror=\\"window.__xssTitle=1\\"> \\u202e"
story: xss-story
published: 2023-04-02
---
The council approved the plan in March 2023, ${PAYLOADS[0]} the mayor said.
${PAYLOADS.slice(1).map((p, i) => `Paragraph ${i}: ${p} was posted in May 2021.`).join('\n')}
`)
  // Markdown: payloads as raw HTML, in links and in code.
  writeFileSync(join(dir, 'xss-markdown.md'), `---
outlet: "\\"><svg onload=window.__xssMdOutlet=1>"
title: "</title><script>window.__xssMdTitle=1</script>"
story: xss-story
published: 2023-04-03
---
# Heading ${PAYLOADS[2]}

The council approved the plan in April 2023, ${PAYLOADS[1]} the mayor said.

[a link](javascript:window.__xssLink=1) and ![img](x" onerror="window.__xssImg=1) and \`${PAYLOADS[5]}\`

<script>window.__xssMdScript=1</script>

${PAYLOADS.slice(6).join('\n\n')}
`)
  // HTML input: payloads in <title>, meta, escaped text, and live (removed) markup.
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  writeFileSync(join(dir, 'xss-page.html'), `<!doctype html><html><head>
<title>${esc(PAYLOADS[0]!)} Council</title>
<meta property="og:site_name" content="${esc(PAYLOADS[2]!)}">
<script>window.__xssInputScript=1</script>
<style></style><script>window.__xssStyle=1</script></style>
</head><body><article>
<h1>${esc(PAYLOADS[1]!)}</h1>
<p>The council approved the plan in March 2022, ${esc(joined)} the mayor said.</p>
<p onclick="window.__xssAttr=1">Text with <a href="javascript:window.__xssHref=1">a link</a> in June 2020.</p>
<img src=x onerror="window.__xssImgInput=1">
</article></body></html>
`)
}

/** Event-handler attributes and javascript: URLs of the page's real tags (attribute values parsed, so escaped text inside a value does not count). */
function dangerousAttributes(page: string): string[] {
  const found: string[] = []
  const tag = /<([a-z][a-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi
  const attribute = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g
  for (const m of page.matchAll(tag)) {
    for (const a of (m[2] ?? '').matchAll(attribute)) {
      const name = a[1]!.toLowerCase()
      const value = (a[2] ?? '').replace(/^["']|["']$/g, '').trim().toLowerCase()
      if (name.startsWith('on') || (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && value.startsWith('javascript:'))) found.push(`<${m[1]} ${a[0]}>`)
    }
  }
  return found
}

let tmp: ReturnType<typeof tempDir>
let out: string
let html: string
let cli: CliResult

beforeAll(async () => {
  tmp = tempDir('xss')
  const dir = join(tmp.dir, 'articles')
  const {mkdirSync} = await import('node:fs')
  mkdirSync(dir)
  articles(dir)
  out = join(tmp.dir, 'report.html')
  cli = await runCli(['report', dir, '--format', 'html', '--out', out, '--no-config'], tmp.dir)
  html = existsSync(out) ? readFileSync(out, 'utf8') : ''
}, 60_000)
afterAll(() => tmp?.cleanup())

describe('HTML report: XSS end to end (.txt, .md, .html inputs through the CLI)', () => {
  test('the CLI writes the report without error', () => {
    expect(cli.thrown).toBeUndefined()
    expect(cli.stderr).toBe('')
    expect([0, 1]).toContain(cli.code)
    expect(html.length).toBeGreaterThan(1000)
  })

  test('payloads are escaped in the HTML string', () => {
    const found = RAW_MARKERS.filter((m) => html.includes(m))
    expect(found).toEqual([])
    // The payload text is still there, escaped, so a reader sees it.
    expect(html).toContain('&lt;script&gt;window.__xss1=1')
    expect(html).toContain('[U+202E]')
    // No event-handler attribute or javascript: URL anywhere but escaped text.
    expect(dangerousAttributes(html)).toEqual([])
  })

  test('the page has a strict Content-Security-Policy meta, and loads nothing from the network', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)
    expect(csp, 'CSP meta').not.toBeNull()
    const policy = csp![1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"')
    expect(policy).toMatch(/default-src 'none'/)
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
    // No external resource references.
    expect(html.match(/<(script|link|img|iframe)[^>]+(src|href)\s*=\s*["']?(https?:)?\/\//gi) ?? []).toEqual([])
  })

  test.skipIf(!hasChromium)('in headless Chromium: no dialog, no injected global, no request, findings render', async () => {
    const {chromium} = await import('playwright-core')
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
    })
    try {
      const page = await browser.newPage()
      const dialogs: string[] = []
      const requests: string[] = []
      const pageErrors: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      page.on('request', (request) => {
        if (!request.url().startsWith('file:')) requests.push(request.url())
      })
      page.on('pageerror', (error) => pageErrors.push(error.message))
      await page.goto(pathToFileURL(out).href)
      // Hover, click and expand everything, so event-handler payloads would fire.
      await page.evaluate(`(() => {
        for (const el of document.querySelectorAll('*')) {
          for (const type of ['mouseover', 'click', 'focus', 'error', 'load']) el.dispatchEvent(new Event(type))
        }
        for (const d of document.querySelectorAll('details')) d.open = true
      })()`)
      await page.waitForTimeout(300)
      const flags = (await page.evaluate(`Object.keys(window).filter((k) => k.startsWith('__xss'))`)) as string[]
      expect(dialogs).toEqual([])
      expect(flags).toEqual([])
      expect(requests).toEqual([])
      expect(pageErrors).toEqual([])
      const findings = await page.locator('article.finding').count()
      expect(findings).toBeGreaterThan(0)
      const text = await page.locator('body').innerText()
      expect(text).toContain('<script>window.__xss1=1')
      expect(text).toContain('[U+202E]')
    } finally {
      await browser.close()
    }
  }, 60_000)
})
