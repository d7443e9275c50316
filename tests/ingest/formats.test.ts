// Formats: front matter, Markdown, HTML; offsets slice exactly.
import {describe, expect, test} from 'vitest'
import {parseArticle} from '../../src/ingest/parse.js'
import {IngestError} from '../../src/ingest/errors.js'
import {normalizeDate, normalizePublished, readFrontMatter} from '../../src/ingest/front-matter.js'
import type {Article} from '../../src/types.js'
import {checkOffsets, keptTexts} from './helpers.js'

function viewTexts(article: Article): string[] {
  return article.view.blocks.map((block) => article.view.text.slice(block.start, block.end))
}

function frontMatterError(source: string): IngestError {
  try {
    parseArticle(source)
  } catch (error) {
    if (error instanceof IngestError) return error
    throw error
  }
  throw new Error('no error')
}

describe('front matter', () => {
  test('fields are read, unknown keys ignored, the range excluded', () => {
    const source = '---\noutlet: Coastal Times\nstory: harbour-fire\ntitle: Fire at harbour\nkind: news\npublished: 2023-08-14\nauthor: Lee Ng\nurl: https://example.org/a\ntags: [fire]\n---\nFire at harbour\nA fire broke out at the harbour on Sunday.\n'
    const article = parseArticle(source)
    expect(article.meta).toEqual({outlet: 'Coastal Times', story: 'harbour-fire', title: 'Fire at harbour', kind: 'news', published: '2023-08-14', author: 'Lee Ng', url: 'https://example.org/a'})
    expect(article.excluded[0]).toMatchObject({start: 0, rule: 'front-matter'})
    expect(source.slice(0, article.excluded[0]!.end)).toMatch(/^---\n[\s\S]*\n---\n$/)
    expect(keptTexts(article)).toEqual(['Fire at harbour', 'A fire broke out at the harbour on Sunday.'])
  })

  test('CRLF and CR line endings keep exact offsets', () => {
    for (const eol of ['\r\n', '\r']) {
      const source = ['---', 'outlet: Valley News', '---', 'Bridge reopens', 'The bridge reopened on Monday after repairs costing £2m.', ''].join(eol)
      const article = parseArticle(source)
      expect(article.meta.outlet).toBe('Valley News')
      expect(keptTexts(article)).toEqual(['Bridge reopens', 'The bridge reopened on Monday after repairs costing £2m.'])
      checkOffsets(article)
    }
  })

  test('a date-time and written dates normalize to YYYY-MM-DD', () => {
    expect(parseArticle('---\npublished: 2021-03-04T10:20:00Z\n---\nText.').meta.published).toBe('2021-03-04')
    expect(parseArticle('---\npublished: "18 January 2019"\n---\nText.').meta.published).toBe('2019-01-18')
    expect(normalizeDate('March 5, 2020')).toBe('2020-03-05')
    expect(normalizeDate('2021-02-30')).toBeNull()
    expect(normalizeDate('yesterday')).toBeNull()
  })

  test.each([
    ['next Tuesday', '---\npublished: next Tuesday\n---\nBody.'],
    ['an impossible day', '---\npublished: 2022-02-30\n---\nBody.'],
    ['month 13', '---\npublished: 2022-13\n---\nBody.'],
    ['a list', '---\npublished: [2022]\n---\nBody.']
  ])('an unreadable published date (%s) is a warning; the article is still read', (_name, source) => {
    const article = parseArticle(source)
    expect(article.meta.published).toBeUndefined()
    expect(article.publishedFrom).toBeUndefined()
    expect(article.warnings).toEqual([expect.objectContaining({code: 'published-unreadable', field: 'published'})])
    expect(article.warnings![0]!.message).toMatch(/`published` is not a date/)
    expect(article.view.text.slice(article.view.blocks[0]!.start)).toContain('Body.')
  })

  test('a month or a year is kept at that precision', () => {
    expect(parseArticle('---\npublished: 2023-09\n---\nText.').meta.published).toBe('2023-09')
    expect(parseArticle('---\npublished: "2023-09"\n---\nText.').meta.published).toBe('2023-09')
    expect(parseArticle('---\npublished: 2018\n---\nText.').meta.published).toBe('2018')
    expect(parseArticle('---\npublished: September 2023\n---\nText.').meta.published).toBe('2023-09')
    expect(parseArticle('---\npublished: 2018\n---\nText.').publishedFrom).toBe('metadata')
    expect(parseArticle('---\npublished: 2018\n---\nText.').warnings).toBeUndefined()
    expect(normalizePublished(2018)).toBe('2018')
    expect(normalizePublished(20.5)).toBeNull()
    expect(normalizePublished('Sept. 2023')).toBe('2023-09')
    expect(normalizePublished('Smarch 2023')).toBeNull()
    expect(normalizePublished('2023-00')).toBeNull()
  })

  test.each([
    ['malformed YAML', '---\noutlet: [unclosed\n---\nBody.', /not valid YAML/],
    ['unclosed fence', '---\noutlet: X\nBody without a closing fence.', /no closing/],
    ['a list, not a mapping', '---\n- a\n- b\n---\nBody.', /mapping/],
    ['a scalar, not a mapping', '---\njust a string\n---\nBody.', /mapping/],
    ['non-string outlet', '---\noutlet: 42\n---\nBody.', /`outlet` must be a string/],
    ['non-string story', '---\nstory: [a, b]\n---\nBody.', /`story` must be a string/],
    ['non-string title', '---\ntitle: {a: 1}\n---\nBody.', /`title` must be a string/],
    ['duplicate keys', '---\noutlet: A\noutlet: B\n---\nBody.', /not valid YAML/]
  ])('%s → front-matter error', (_name, source, message) => {
    const error = frontMatterError(source)
    expect(error.code).toBe('front-matter')
    expect(error.message).toMatch(message)
  })

  test('an alias bomb is refused', () => {
    const lines = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`)
    lines.push('outlet: *i', '---', 'Body.')
    const error = frontMatterError(lines.join('\n'))
    expect(error.code).toBe('front-matter')
    expect(error.message).toMatch(/alias/i)
  })

  test('no front matter, or a rule line later on, is not front matter', () => {
    expect(readFrontMatter('Headline\n---\nBody')).toBeNull()
    expect(readFrontMatter('--- not a fence\nBody')).toBeNull()
    expect(readFrontMatter('---\n---\nBody')).toMatchObject({meta: {}, bodyStart: 8})
  })

  test('options.meta is merged over front matter', () => {
    const article = parseArticle('---\noutlet: A\nstory: s\n---\nBody text here.', {meta: {outlet: 'B'}})
    expect(article.meta).toEqual({outlet: 'B', story: 's'})
  })

  test('a BOM is removed and offsets count from after it', () => {
    const article = parseArticle('\uFEFFHeadline\nBody.')
    expect(article.source).toBe('Headline\nBody.')
    expect(keptTexts(article)).toEqual(['Headline', 'Body.'])
  })
})

describe('Markdown', () => {
  const source = [
    '---',
    'outlet: Money Weekly',
    'published: 2024-01-05',
    '---',
    '# Bank *raises* rates to 5.25%',
    '',
    'The [Bank of England](https://www.bankofengland.co.uk) raised rates to **5.25%** on Thursday,',
    'its highest level since 2008.',
    '',
    '## What it means',
    '',
    '- Mortgage costs rise for about 1.6 million households',
    '- Savers get `better` returns',
    '',
    '> "We will do what is necessary," the governor said.',
    '> He declined to say more.',
    '',
    'Banks \\*may\\* pass on R&amp;D costs.',
    '',
    '<div class="ad">Advertisement</div>',
    '',
    '```',
    'code block',
    '```',
    ''
  ].join('\n')
  const article = parseArticle(source, {format: 'markdown'})

  test('blocks are headings, paragraphs and list items; markup is blanked', () => {
    expect(article.meta).toMatchObject({outlet: 'Money Weekly', published: '2024-01-05'})
    expect(article.view.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'list-item', 'list-item', 'paragraph', 'paragraph'])
    const words = viewTexts(article).map((text) => text.replace(/\s+/g, ' '))
    expect(words).toEqual([
      'Bank raises rates to 5.25%',
      'The Bank of England raised rates to 5.25% on Thursday, its highest level since 2008.',
      'What it means',
      'Mortgage costs rise for about 1.6 million households',
      'Savers get better returns',
      '"We will do what is necessary," the governor said. He declined to say more.',
      'Banks *may * pass on R& D costs.' // escapes and entities blank their markup: the words stay, the spacing does not
    ])
  })

  test('the view has the length of the source and every character maps to itself', () => {
    expect(article.view.text.length).toBe(source.length)
    for (const block of article.view.blocks) {
      for (let i = block.start; i < block.end; i++) {
        const c = article.view.text[i]!
        if (c !== ' ' && !(c === '&' && source.startsWith('&amp;', i))) expect(source[i]).toBe(c)
      }
      const s = article.view.toSource(block.start, 'start')
      expect(source.slice(s, article.view.toSource(block.end, 'end')).trim().length).toBeGreaterThan(0)
    }
    checkOffsets(article)
  })

  test('raw HTML and code blocks are excluded as markup', () => {
    const markup = article.excluded.filter((r) => r.rule === 'markup').map((r) => source.slice(r.start, r.end))
    expect(markup).toEqual(['<div class="ad">Advertisement</div>', '```\ncode block\n```'])
  })

  test('chrome rules apply to Markdown blocks too', () => {
    const md = 'Sign up to our newsletter\n\n# Pier reopens\n\nThe pier reopened on Saturday after a £4m refit.\n\n**Read more:** [Storm damage to seafront](https://example.org/x)\n'
    const parsed = parseArticle(md, {format: 'markdown'})
    expect(keptTexts(parsed)).toEqual(['Pier reopens', 'The pier reopened on Saturday after a £4m refit.'])
    expect(parsed.excluded.map((r) => r.rule)).toEqual(['chrome/prompt', 'chrome/read-more'])
  })
})

describe('HTML', () => {
  const source = `<!doctype html>
<html><head>
<title>Club agrees deal | Northern Sport</title>
<meta property="og:site_name" content="Northern Sport">
<meta property="og:title" content="United agree &pound;10m deal">
<meta property="article:published_time" content="2023-05-02T10:00:00+01:00">
<meta name="author" content="Ravi Kumar">
<style>p { color: red }</style>
<script>var html = "<p>not text</p>";</script>
</head>
<body>
<div class="top">Skip to main content</div>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<main>
<article>
<header><h1>United agree &pound;10m deal</h1></header>
<p>The club said the fee was   &pound;10m &amp; add-ons,
rising to &pound;12m.</p>
<!-- advert slot -->
<p>Manager Jo Bloggs said: &ldquo;We&rsquo;re delighted.&rdquo;</p>
<h2>What happens next</h2>
<ul><li>A medical on Monday</li><li>Registration <b>before</b> Friday</li></ul>
<blockquote>It is a good deal for everyone.</blockquote>
<div>Direct text in a div.<br>After a break.</div>
<aside>Most read: Striker injured</aside>
<noscript>Enable JavaScript</noscript>
<svg><text>icon</text></svg>
</article>
</main>
<footer>© 2023 Northern Sport</footer>
</body></html>`
  const article = parseArticle(source, {format: 'html', id: 'deal'})

  test('metadata comes from <meta> and Open Graph', () => {
    expect(article.meta).toEqual({outlet: 'Northern Sport', title: 'United agree £10m deal', published: '2023-05-02', author: 'Ravi Kumar'})
  })

  test('visible text only, entities decoded, whitespace collapsed', () => {
    expect(viewTexts(article)).toEqual([
      'United agree £10m deal',
      'The club said the fee was £10m & add-ons, rising to £12m.',
      'Manager Jo Bloggs said: “We’re delighted.”',
      'What happens next',
      'A medical on Monday',
      'Registration before Friday',
      'It is a good deal for everyone.',
      'Direct text in a div.',
      'After a break.'
    ])
    expect(article.view.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'heading', 'list-item', 'list-item', 'paragraph', 'paragraph', 'paragraph'])
  })

  test('every block maps back to its exact source text', () => {
    const sources = article.view.blocks.map((b) => source.slice(article.view.toSource(b.start, 'start'), article.view.toSource(b.end, 'end')))
    expect(sources[0]).toBe('United agree &pound;10m deal')
    expect(sources[1]).toBe('The club said the fee was   &pound;10m &amp; add-ons,\nrising to &pound;12m.')
    expect(sources[2]).toBe('Manager Jo Bloggs said: &ldquo;We&rsquo;re delighted.&rdquo;')
    expect(sources[5]).toBe('Registration <b>before</b> Friday')
    checkOffsets(article)
  })

  test('an entity maps as a unit', () => {
    const text = article.view.text
    const at = text.indexOf('£10m &')
    const {toSource} = article.view
    expect(source.slice(toSource(at, 'start'), toSource(at + 4, 'end'))).toBe('&pound;10m')
    expect(source.slice(toSource(at + 5, 'start'), toSource(at + 6, 'end'))).toBe('&amp;')
    // A start inside an entity snaps to its start; an end to its end.
    expect(toSource(at + 5, 'start')).toBe(source.indexOf('&amp;'))
  })

  test('scripts, styles, comments and chrome are excluded', () => {
    const by = (rule: string) => article.excluded.filter((r) => r.rule === rule).map((r) => source.slice(r.start, r.end))
    const markup = by('markup')
    expect(markup.some((m) => m.startsWith('<head>'))).toBe(true)
    expect(markup).toContain('<!-- advert slot -->')
    expect(markup).toContain('<noscript>Enable JavaScript</noscript>')
    expect(markup).toContain('<svg><text>icon</text></svg>')
    const navigation = by('chrome/navigation')
    expect(navigation).toContain('Skip to main content')
    expect(navigation).toContain('<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>')
    expect(navigation).toContain('<aside>Most read: Striker injured</aside>')
    expect(navigation).toContain('<footer>© 2023 Northern Sport</footer>')
    expect(article.view.text).not.toContain('not text')
  })

  test('without <article> or <main> the whole body is read, nav still dropped', () => {
    const page = '<html><body><nav>Home | News</nav><h1>Lake levels fall</h1><p>Levels fell by 2m over the summer.</p></body></html>'
    const parsed = parseArticle(page, {format: 'html'})
    expect(viewTexts(parsed)).toEqual(['Lake levels fall', 'Levels fell by 2m over the summer.'])
    expect(parsed.meta).toEqual({})
  })

  test('of several <article> elements the longest is the story', () => {
    const page = '<body><article><h2>Teaser</h2><p>Short card.</p></article><article><h1>Ferry strike ends</h1><p>Crews returned to work on Monday after a two-week strike over pay and rotas.</p></article></body>'
    const parsed = parseArticle(page, {format: 'html'})
    expect(viewTexts(parsed)).toEqual(['Ferry strike ends', 'Crews returned to work on Monday after a two-week strike over pay and rotas.'])
    expect(parsed.excluded.filter((r) => r.rule === 'chrome/navigation').map((r) => page.slice(r.start, r.end))).toEqual(['Teaser', 'Short card.'])
  })

  test('the outlet suffix of <title> is not part of the title', () => {
    const page = '<html><head><title>Lake levels fall | Lakeland Post</title><meta property="og:site_name" content="Lakeland Post"></head><body><h1>Lake levels fall</h1><p>Levels fell by 2m.</p></body></html>'
    const parsed = parseArticle(page, {format: 'html'})
    expect(parsed.meta.title).toBe('Lake levels fall')
    expect(parsed.view.blocks[0]?.kind).toBe('heading')
  })

  test('a fragment and malformed HTML do not throw', () => {
    expect(viewTexts(parseArticle('<p>Unclosed <b>bold &amp text', {format: 'html'}))).toEqual(['Unclosed bold & text'])
    expect(parseArticle('', {format: 'html'}).view.blocks).toEqual([])
  })

  test('CRLF inside HTML text keeps offsets exact', () => {
    const page = '<p>Line one\r\nline two &amp; three</p>\r\n<p>Next</p>'
    const parsed = parseArticle(page, {format: 'html'})
    expect(viewTexts(parsed)).toEqual(['Line one line two & three', 'Next'])
    const b = parsed.view.blocks[0]!
    expect(page.slice(parsed.view.toSource(b.start, 'start'), parsed.view.toSource(b.end, 'end'))).toBe('Line one\r\nline two &amp; three')
  })
})
