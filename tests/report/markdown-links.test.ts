// Article text never becomes a live link in the Markdown report on a code
// host (issue 13, point 11): GFM links bare `www.…`, `https://…` and
// `a@b.c` with no markup at all, and cmark-gfm merges text nodes before it
// looks for e-mail addresses, so backslash escapes are not enough.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {createChecker} from '../../src/index.js'
import {renderReport} from '../../src/report/index.js'
import {escapeMarkdown} from '../../src/report/escape.js'

const LINK_LIKE = /www\.|:\/\/|@|mailto:|xmpp:/i

const PUNCT = /[!-/:-@[-`{-~]/

/** Inline Markdown as CommonMark reads it: backslash escapes and code spans (equal backtick runs), the rest text. */
function inlinePieces(markdown: string): Array<{code: boolean; text: string}> {
  const out: Array<{code: boolean; text: string}> = []
  let text = ''
  let i = 0
  while (i < markdown.length) {
    const c = markdown[i]!
    if (c === '\\' && i + 1 < markdown.length && PUNCT.test(markdown[i + 1]!)) {
      text += markdown[i + 1]
      i += 2
      continue
    }
    if (c === '`') {
      let n = 0
      while (markdown[i + n] === '`') n++
      let close = -1
      for (let j = i + n; j < markdown.length; ) {
        if (markdown[j] !== '`') {
          j++
          continue
        }
        let m = 0
        while (markdown[j + m] === '`') m++
        if (m === n) {
          close = j
          break
        }
        j += m
      }
      if (close === -1) {
        text += '`'.repeat(n)
        i += n
        continue
      }
      out.push({code: false, text})
      text = ''
      let body = markdown.slice(i + n, close)
      if (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') body = body.slice(1, -1)
      out.push({code: true, text: body.replace(/\\\|/g, '|')})
      i = close + n
      continue
    }
    text += c
    i++
  }
  out.push({code: false, text})
  return out
}

/** What an autolinker could see as text: the Markdown outside code spans, escapes undone. */
function outsideCode(markdown: string): string {
  return inlinePieces(markdown).map((p) => (p.code ? ' ' : p.text)).join('')
}

/** What a reader sees of escapeMarkdown's output. */
function visible(markdown: string): string {
  return inlinePieces(markdown).map((p) => p.text).join('')
}

describe('Markdown report: link-like article text is inert', () => {
  test('www., https://, ftp://, e-mail, mention, mailto: in a quote and a sentence', async () => {
    const checker = createChecker()
    const text = 'Pool\n\nThe pool cost £1m, see www.evil.test/pay or https://evil.test/x and FTP://files.test, mail boss@council.test or @mayor, mailto:x@y.test today.\n\n“Visit www.pool.test now,” said Jo Smith, the mayor.\n'
    const report = await checker.report({articles: [checker.parse(text, {id: 'pool', meta: {outlet: 'www.outlet.test', title: 'a@b.test'}})]})
    const markdown = renderReport(report, 'markdown')
    expect(markdown).toContain('`www.evil.test/pay`')
    expect(markdown).toContain('`boss@council.test`')
    const hit = LINK_LIKE.exec(outsideCode(markdown))
    expect(hit, hit ? outsideCode(markdown).slice(Math.max(0, hit.index - 40), hit.index + 40) : '').toBeNull()
  })

  const pieces = fc.constantFrom('www.', 'WWW.', 'http://', 'https:', '//', '@', 'a@b.c', 'mailto:', 'xmpp:', 'x', ' ', '.', '`', '``', '|', '\\', '*', '_', '[', ']', '<', '>', ':', 'é', '\n', '\t')
  const text = fc.array(pieces, {maxLength: 30}).map((p) => p.join(''))

  test('escapeMarkdown: no link-like sequence outside code spans, and the text is kept', () => {
    fc.assert(fc.property(text, (input) => {
      const out = escapeMarkdown(input)
      expect(LINK_LIKE.test(outsideCode(out))).toBe(false)
      expect(visible(out)).toBe(input.replace(/\s+/g, ' '))
    }), {seed: 13, numRuns: 3000})
  })
})
