import {describe, expect, test} from 'vitest'
import {renderHtml, renderMarkdown, renderTerminal} from '../../src/report/index.js'
import {htmlReport} from './fixture.js'

describe('claims from HTML sources read as text', () => {
  test('terminal and Markdown drop tags and decode references in the sentence', () => {
    const {report} = htmlReport()
    expect(renderTerminal(report).replace(/\s+/g, ' ')).toContain('The council spent <<£10m>> & more on it.')
    expect(renderMarkdown(report)).toContain('The council spent **£10m** \\& more on it.')
  })

  test('HTML: finding column shows text; the context hides tags until "show markup"', () => {
    const {report, sources} = htmlReport()
    const html = renderHtml(report)
    expect(html).toContain('<blockquote class="sentence">The council spent <mark>£10m</mark> &amp; more on it.</blockquote>')
    expect(html).toContain('<span class="syntax" title="markup: an HTML tag">&lt;em&gt;</span>')
    const full = renderHtml(report, {sources})
    expect(full).toContain('data-action="markup"')
    expect(html).toContain('data-action="markup"')
    expect(full).toContain('<span class="chrome" title="chrome/navigation: &lt;nav&gt;: page navigation">')
    expect(full).toMatch(/<mark title="money" data-ctx="ctx-[^"]+">£10m<\/mark>/)
    expect(full).toContain(' &amp; more on it.')
  })
})
