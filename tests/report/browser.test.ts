/**
 * The HTML report in a real browser: headless Chromium via playwright-core.
 * Skipped when /usr/bin/chromium is missing (`apt-get install -y chromium`).
 *
 * `CORROBORATE_SCREENSHOT=1 npx vitest run tests/report/browser.test.ts`
 * also writes docs/img/report.png, report-phone.png and report-dark.png (the
 * first screen at 1280×800 and 390×844): the report on the
 * bundled corpus, as `npm run report -- --format html` gives it.
 */
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {renderHtml} from '../../src/report/index.js'
import {builtinMatchers, createChecker} from '../../src/index.js'
import {inspectionRating} from '../../examples/inspection-rating.js'
import {readFileSync} from 'node:fs'
import {htmlReport, makeFixture, makeHostileFixture} from './fixture.js'
import {safeId} from '../../src/report/escape.js'

const CHROMIUM = '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
if (!hasChromium) console.warn(`[report] browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium to run them)`)

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

describe.skipIf(!hasChromium)('HTML report in headless Chromium', () => {
  let browser: Browser
  let dir: string

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
    })
    dir = mkdtempSync(join(tmpdir(), 'corroborate-report-'))
  })

  afterAll(async () => {
    await browser?.close()
    if (dir) rmSync(dir, {recursive: true, force: true})
  })

  interface Watch {
    dialogs: string[]
    console: string[]
    errors: string[]
    requests: string[]
  }

  /** Open a page from a file, recording dialogs, console messages, page errors and requests. */
  async function open(html: string, name: string, colorScheme: 'light' | 'dark' = 'light', hash = '', viewport = {width: 1280, height: 900}): Promise<{page: Page; watch: Watch}> {
    const file = join(dir, name)
    writeFileSync(file, html)
    const url = pathToFileURL(file).href
    const context = await browser.newContext({viewport, colorScheme, javaScriptEnabled: true})
    const page = await context.newPage()
    const watch: Watch = {dialogs: [], console: [], errors: [], requests: []}
    page.on('dialog', (dialog) => {
      watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
      void dialog.dismiss()
    })
    page.on('console', (message) => watch.console.push(`${message.type()}: ${message.text()}`))
    page.on('pageerror', (error) => watch.errors.push(String(error)))
    page.on('request', (request) => {
      if (request.url().split('#')[0] !== url) watch.requests.push(request.url())
    })
    // A hook an injected payload would trip: any call to alert/confirm/prompt, or setting window.__xss.
    // (Browser-side code is passed as strings: the project's tsconfig has no DOM lib.)
    await page.addInitScript(`
      window.__xssHits = 0;
      for (const name of ['alert', 'confirm', 'prompt']) {
        const original = window[name];
        window[name] = (...args) => { window.__xssHits++; return original.apply(window, args); };
      }
    `)
    await page.goto(url + hash, {waitUntil: 'load'})
    return {page, watch}
  }

  test('the fixture report renders, its own script runs, nothing is fetched, no CSP violation', async () => {
    const {report, sources} = makeFixture()
    const {page, watch} = await open(renderHtml(report, {sources}), 'report.html')
    expect(await page.locator('#finding-count').textContent()).toBe('11')
    expect(await page.locator('article.finding').count()).toBe(11)
    // The page's own script ran (it marks the root and shows the toolbar).
    expect(await page.evaluate('document.documentElement.dataset.js')).toBe('on')
    await expect.poll(() => page.locator('.toolbar').isVisible()).toBe(true)
    // Its own stylesheet applied (a CSP hash mismatch would leave it unstyled).
    const border = await page.locator('article.finding.v-differ').first().evaluate((el) => (globalThis as unknown as {getComputedStyle(e: unknown): {borderLeftWidth: string}}).getComputedStyle(el).borderLeftWidth)
    expect(border).toBe('5px')
    // A collapsible opens on click.
    const singles = page.locator('details.singles').first()
    expect(await singles.evaluate((d) => (d as unknown as {open: boolean}).open)).toBe(false)
    await singles.locator('summary').click()
    expect(await singles.evaluate((d) => (d as unknown as {open: boolean}).open)).toBe(true)
    // "Show only" filters: one verdict, then all again.
    const differ = page.locator('article.finding.v-differ').first()
    const agree = page.locator('article.finding.v-agree').first()
    await page.locator('button[data-verdict="agree"]').click()
    expect(await differ.isVisible()).toBe(false)
    expect(await agree.isVisible()).toBe(true)
    await page.locator('button[data-verdict="all"]').click()
    expect(await differ.isVisible()).toBe(true)
    // Collapse all, then an "in context" link opens the article and reaches the claim.
    await page.locator('button[data-action="collapse"]').click()
    expect(await page.locator('details[open]').count()).toBe(0)
    await page.locator('a.ctx').first().click()
    const hash = await page.evaluate<string>('location.hash.slice(1)')
    expect(hash).toMatch(/^ctx-/)
    expect(await page.locator(`[id="${hash}"]`).evaluate((el) => (el as unknown as {closest(s: string): {open: boolean}}).closest('details').open)).toBe(true)
    await page.locator('button[data-action="expand"]').click()
    expect(await page.locator('details:not([open])').count()).toBe(0)
    expect(watch.dialogs).toEqual([])
    expect(watch.errors).toEqual([])
    expect(watch.console.filter((m) => /Content Security Policy|Refused/i.test(m))).toEqual([])
    expect(watch.requests).toEqual([])
    await page.context().close()
  })

  /** The verdicts of the findings a reader can see. */
  async function visibleVerdicts(page: Page): Promise<string[]> {
    return page.evaluate(`[...document.querySelectorAll('article.finding')].filter((el) => el.checkVisibility()).map((el) => el.className.replace('finding ', ''))`)
  }

  test('"show only" filters: a click, the keyboard, the state in the URL hash, and a hash that restores a filtered view', async () => {
    const {report, sources} = makeFixture()
    const html = renderHtml(report, {sources})
    const {page, watch} = await open(html, 'filters.html')
    // Differences come first on the page, across both stories.
    const first = await page.locator('article.finding').first().getAttribute('class')
    expect(first).toBe('finding v-differ')
    await page.locator('button[data-verdict="differ"]').click()
    expect(new Set(await visibleVerdicts(page))).toEqual(new Set(['v-differ']))
    expect(await page.evaluate('location.hash')).toBe('#only=differ')
    expect(await page.locator('button[data-verdict="differ"]').getAttribute('aria-pressed')).toBe('true')
    expect(await page.locator('button[data-verdict="all"]').getAttribute('aria-pressed')).toBe('false')
    // Keyboard only: Tab to "Single source", press Enter.
    await page.locator('button[data-verdict="all"]').focus()
    let focused = ''
    for (let i = 0; i < 6 && focused !== 'single-source'; i++) {
      await page.keyboard.press('Tab')
      focused = await page.evaluate<string>(`document.activeElement.getAttribute('data-verdict') || ''`)
    }
    expect(focused).toBe('single-source')
    await page.keyboard.press('Enter')
    expect(new Set(await visibleVerdicts(page))).toEqual(new Set(['v-single-source']))
    expect(await page.evaluate('location.hash')).toBe('#only=single-source')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Space')
    expect((await visibleVerdicts(page)).length).toBe(report.findings.length)
    expect(await page.evaluate('location.hash')).toBe('')
    await page.context().close()
    // A link to a filtered view opens filtered.
    const restored = await open(html, 'filters.html', 'light', '#only=agree')
    expect(new Set(await visibleVerdicts(restored.page))).toEqual(new Set(['v-agree']))
    expect(await restored.page.locator('button[data-verdict="agree"]').getAttribute('aria-pressed')).toBe('true')
    // Following a link to a finding the filter hides shows everything again.
    const differId = safeId('f', report.findings.find((f) => f.verdict === 'differ')?.id ?? '')
    await restored.page.evaluate(`location.hash = '#${differId}'`)
    await expect.poll(() => restored.page.locator(`[id="${differId}"]`).isVisible()).toBe(true)
    expect(watch.errors).toEqual([])
    expect(restored.watch.errors).toEqual([])
    await restored.page.context().close()
  })

  test('"in context" outlines the clicked claim, not a claim nested inside it', async () => {
    const {report, sources} = makeFixture()
    const outer = report.claims.find((c) => c.text === 'circa £10 million')
    if (!outer) throw new Error('fixture')
    // A claim that starts where the outer one starts and ends inside it.
    report.claims.push({...outer, id: `${outer.id}-inner`, kind: 'count', end: outer.start + 5, text: outer.text.slice(0, 5)})
    const {page, watch} = await open(renderHtml(report, {sources}), 'nested.html')
    await page.locator(`a.ctx[href="#${safeId('ctx', outer.id)}"]`).first().click()
    const outlined = await page.evaluate<string>(`[...document.querySelectorAll('.source mark.target')].map((m) => m.textContent).join('')`)
    expect(outlined).toBe('circa £10 million')
    expect(watch.errors).toEqual([])
    await page.context().close()
  })

  test('on a phone the filter bar stays one row and a linked finding is not under it', async () => {
    const {report, sources} = makeFixture()
    const target = safeId('f', report.findings.filter((f) => f.verdict === 'agree')[2]?.id ?? '')
    const {page} = await open(renderHtml(report, {sources}), 'phone.html', 'light', `#${target}`, {width: 390, height: 844})
    const bar = await page.locator('.toolbar').boundingBox()
    expect(bar?.height ?? 999).toBeLessThan(56)
    await page.waitForTimeout(100)
    const box = (await page.locator(`[id="${target}"]`).evaluate((el) => (el as unknown as {getBoundingClientRect(): {top: number}}).getBoundingClientRect().top)) as number
    const barBottom = (await page.locator('.toolbar').evaluate((el) => (el as unknown as {getBoundingClientRect(): {bottom: number}}).getBoundingClientRect().bottom)) as number
    expect(box).toBeGreaterThanOrEqual(barBottom)
    // The page does not scroll sideways.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390)
    await page.context().close()
  })

  test('XSS payloads in article text, titles, outlets, speakers, ids and errors do not execute', async () => {
    const {report, sources} = makeHostileFixture()
    for (const [name, html] of [
      ['hostile.html', renderHtml(report, {title: 'Report <script>window.__xss=1</script>'})],
      ['hostile-sources.html', renderHtml(report, {sources, title: '"><img src=x onerror=alert(1)>'})]
    ] as const) {
      const {page, watch} = await open(html, name)
      // Let any (wrongly) injected handler fire.
      await page.locator('button[data-action="expand"]').click()
      await page.mouse.move(400, 400)
      await page.waitForTimeout(200)
      expect(watch.dialogs).toEqual([])
      expect(await page.evaluate('window.__xss')).toBeUndefined()
      expect(await page.evaluate('window.__xssHits')).toBe(0)
      expect(watch.console.filter((m) => /Content Security Policy|Refused/i.test(m))).toEqual([])
      expect(watch.errors).toEqual([])
      expect(watch.requests).toEqual([])
      // No element came from input: one script (ours), no img/svg/iframe, no inline handlers.
      expect(await page.locator('script').count()).toBe(1)
      expect(await page.locator('img, svg, iframe, object, embed, textarea, b, i').count()).toBe(0)
      const handlers = await page.evaluate(
        `[...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name))`
      )
      expect(handlers).toEqual([])
      // The page still works and shows the hostile strings as text.
      expect(await page.locator('#finding-count').textContent()).toBe('11')
      expect(await page.evaluate('document.documentElement.dataset.js')).toBe('on')
      const body = await page.locator('body').innerText()
      expect(body).toContain('<img src=x onerror=alert(1)>')
      expect(body).toContain('[U+202E]evil[U+202C]')
      expect(await page.title()).not.toContain('\u202E')
      await page.context().close()
    }
  })

  test('an HTML article: tags hidden in context until "Show markup" is ticked', async () => {
    const {report, sources} = htmlReport()
    const {page, watch} = await open(renderHtml(report, {sources}), 'html-source.html')
    const tag = page.locator('.source .syntax').first()
    expect(await tag.isVisible()).toBe(false)
    await page.locator('input[data-action="markup"]').check()
    expect(await tag.isVisible()).toBe(true)
    expect(await page.locator('.source').innerText()).toContain('The council spent <em>£10m↑</em> & more on it.')
    expect(watch.errors).toEqual([])
    await page.context().close()
  })

  test('negative control: an unescaped payload would be caught (blocked by the CSP and reported)', async () => {
    const {report} = makeFixture()
    const html = renderHtml(report).replace('<main>', '<main><script>window.__xss=1;alert(1)</script><img src="x.png">')
    const {page, watch} = await open(html, 'control.html')
    expect(await page.evaluate('window.__xss')).toBeUndefined()
    expect(watch.dialogs).toEqual([])
    expect(watch.console.some((m) => /Content Security Policy/i.test(m))).toBe(true)
    // The page's own script still ran.
    expect(await page.evaluate('document.documentElement.dataset.js')).toBe('on')
    await page.context().close()
  })

  test.skipIf(!process.env.CORROBORATE_SCREENSHOT)('screenshot for the docs (CORROBORATE_SCREENSHOT=1)', async () => {
    const corpus = join(root, 'corpus')
    const report = await createChecker({matchers: [...builtinMatchers, inspectionRating]}).report(corpus)
    const sources = Object.fromEntries(report.articles.map((a) => [a.id, readFileSync(resolve(root, a.path ?? ''), 'utf8')]))
    const html = renderHtml(report, {sources})
    mkdirSync(join(root, 'docs/img'), {recursive: true})
    const shots = [
      ['docs/img/report.png', 'light', {width: 1280, height: 800}],
      ['docs/img/report-phone.png', 'light', {width: 390, height: 844}],
      ['docs/img/report-dark.png', 'dark', {width: 1280, height: 800}]
    ] as const
    for (const [file, scheme, viewport] of shots) {
      const {page} = await open(html, `shot-${scheme}-${viewport.width}.html`, scheme, '', viewport)
      await page.screenshot({path: join(root, file), fullPage: false})
      await page.context().close()
    }
    expect(existsSync(join(root, 'docs/img/report.png'))).toBe(true)
  })
})
