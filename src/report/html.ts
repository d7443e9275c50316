/**
 * The HTML report: one self-contained page (inline CSS and script, allowed
 * by hash in a Content-Security-Policy meta element; no network at all).
 *
 * Safety rules, kept by construction:
 * - every string from the report goes through `htmlText` / `htmlIsolate`
 *   (element content) or `escapeHtml` (quoted attribute values, `<title>`);
 * - the only attributes that carry report data are `title` (escaped) and
 *   `id` / `href="#…"` built with `safeId` (`[A-Za-z0-9_-]` only);
 * - no `style=` attribute and no inline event handler is ever written (the
 *   CSP would block them anyway).
 *
 * @module
 */
import type {ArticleRecord, Claim, DiffPart, ExcludedRange, Finding, Report} from '../types.js'
import {
  claimInSentence,
  compare,
  excludedByRule,
  formatConfidence,
  formatSources,
  HTML_TAG,
  indexReport,
  isScareQuote,
  kindsPhrase,
  plural,
  readableSource,
  type ReportIndex,
  segmentText,
  speakerOf,
  splitDiffWhitespace,
  splitSentence,
  clippedSentence,
  summarize,
  SYNTAX_RULES,
  VERDICT_ORDER,
  verdictLabel
} from './describe.js'
import {escapeHtml as attr, htmlIsolate as iso, htmlText as t, safeId} from './escape.js'
import {groupByStory} from './group-by-story.js'
import {CSP, SCRIPT, STYLE} from './html-assets.js'

export interface HtmlOptions {
  /** Article id → original source text: shows each article in full, claims marked, chrome greyed. */
  sources?: Record<string, string>
  /** Page title (default "Corroborate report"). */
  title?: string
}

/** A class name for a verdict: known verdicts only, anything else is `v-other`. */
function verdictClass(verdict: string): string {
  return (VERDICT_ORDER as readonly string[]).includes(verdict) ? `v-${verdict}` : 'v-other'
}

const findingAnchor = (id: string) => safeId('f', id)
const contextAnchor = (id: string) => safeId('ctx', id)
const articleAnchor = (id: string) => safeId('a', id)
const storyAnchor = (id: string) => safeId('s', id)

function badge(verdict: string): string {
  return `<span class="badge ${verdictClass(verdict)}">${t(verdictLabel(verdict))}</span>`
}

function sourcesHtml(finding: Finding): string {
  const sources = formatSources(finding)
  return sources ? `<span class="sources" title="Articles that copy one text (a wire story, a press release) count as one source">${t(sources)}</span>` : ''
}

function confidence(value: number): string {
  const meter = Number.isFinite(value) ? `<meter min="0" max="1" value="${Math.min(1, Math.max(0, value))}"></meter>` : ''
  return `<span class="conf" title="How sure the aligner is that these claims state the same fact">${meter}confidence ${t(formatConfidence(value))}</span>`
}

/** The claim's sentence with the claim marked. */
function sentenceHtml(claim: Claim, index: ReportIndex): string {
  const split = splitSentence(claim, index.article(claim.article)?.format)
  if (!split) return `${t(clippedSentence(claim))} <span class="muted">(claim: <mark>${t(claim.text)}</mark>)</span>`
  return `${t(split.before)}<mark>${t(split.claim)}</mark>${t(split.after)}`
}

/** A word diff: changed words in `<del>` / `<ins>`, their outer spaces left outside so marks hug the words. */
function diffHtml(diff: readonly DiffPart[]): string {
  let html = ''
  let previous: DiffPart['op'] | undefined
  for (const part of diff) {
    if (part.op === 'equal') {
      html += t(part.text)
    } else {
      const {lead, core, trail} = splitDiffWhitespace(part)
      const tag = part.op === 'delete' ? 'del' : 'ins'
      // A replacement ("teams" → "social workers") reads better with a space between the two marks.
      const gap = previous && previous !== 'equal' && previous !== part.op && !lead && !/\s$/.test(html) ? ' ' : ''
      html += `${gap}${t(lead)}<${tag}>${core ? t(core) : t(part.text)}</${tag}>${t(trail)}`
    }
    previous = part.op
  }
  return html
}

function claimColumn(claimId: string, index: ReportIndex): string {
  const claim = index.claim(claimId)
  if (!claim) return `<div class="col"><p class="outlet">Missing claim</p><p class="sentence"><code>${t(claimId)}</code></p></div>`
  const article = index.article(claim.article)
  const speaker = speakerOf(claim)
  return [
    '<div class="col">',
    `<p class="outlet">${iso(index.outlet(claim.article))}${article?.outlet ? ` <span class="aid">${iso(claim.article)}</span>` : ''}</p>`,
    `<blockquote class="sentence">${sentenceHtml(claim, index)}</blockquote>`,
    speaker ? `<p class="speaker">— ${iso(speaker)}${isScareQuote(claim) ? ' <span class="muted">(scare quote)</span>' : ''}</p>` : '',
    `<a class="ctx" href="#${contextAnchor(claim.id)}">in context ↓</a>`,
    '</div>'
  ].join('')
}

function findingHtml(finding: Finding, index: ReportIndex): string {
  const notes = finding.notes?.length ? `<ul class="notes">${finding.notes.map((n) => `<li>${t(n)}</li>`).join('')}</ul>` : ''
  const diff = finding.diff?.length
    ? `<div class="diff"><span class="label">Quotation words: <del>removed</del> / <ins>added</ins></span><p>${diffHtml(finding.diff)}</p></div>`
    : ''
  return [
    `<article class="finding ${verdictClass(finding.verdict)}" id="${findingAnchor(finding.id)}">`,
    `<div class="finding-head">${badge(finding.verdict)}<h3 class="kind">${t(finding.kind)}</h3><code title="reason id">${t(finding.reason)}</code>${confidence(finding.confidence)}${sourcesHtml(finding)}</div>`,
    `<p class="message">${t(finding.message)}</p>`,
    notes,
    `<div class="columns">${finding.claims.map((id) => claimColumn(id, index)).join('')}</div>`,
    diff,
    '</article>'
  ].join('\n')
}

// ---------------------------------------------------------------------------
// Articles in context

interface Mark {
  start: number
  end: number
  claim?: Claim
  excluded?: ExcludedRange
}

/** Marked text: claims as `<mark>` with an anchor at their start, excluded ranges greyed or hidden. */
function markedText(text: string, marks: readonly Mark[], index: ReportIndex, format: string | null | undefined): string {
  let html = ''
  for (const segment of segmentText(text, marks)) {
    for (const m of segment.starts) if (m.claim) html += `<span class="anchor" id="${contextAnchor(m.claim.id)}"></span>`
    if (!segment.text) continue
    const excluded = segment.marks.filter((m) => m.excluded).map((m) => m.excluded as ExcludedRange)
    const syntax = excluded.some((e) => SYNTAX_RULES.has(e.rule))
    // HTML character references read as characters, except in markup shown on request.
    let piece = t(syntax || format !== 'html' ? segment.text : readableSource(segment.text, 'html'))
    const claims = segment.marks.filter((m) => m.claim)
    if (claims.length) piece = `<mark title="${attr(claims.map((m) => m.claim?.kind ?? '').join(', '))}">${piece}</mark>`
    if (excluded.length) {
      const title = excluded.map((e) => `${e.rule}: ${e.reason}`).join('; ')
      piece = `<span class="${syntax ? 'syntax' : 'chrome'}" title="${attr(title)}">${piece}</span>`
    }
    html += piece
    const end = segment.start + segment.text.length
    for (const m of claims) {
      if (m.claim && Math.min(text.length, m.end) === end) html += backLinks(m.claim, index)
    }
  }
  return html
}

/** For an HTML article: its tags as hidden-by-default syntax ranges (shown with "show markup"). */
function tagMarks(text: string, format: string | null | undefined): Mark[] {
  if (format !== 'html') return []
  return [...text.matchAll(HTML_TAG)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    excluded: {start: m.index, end: m.index + m[0].length, rule: 'markup', reason: 'an HTML tag'}
  }))
}

function backLinks(claim: Claim, index: ReportIndex): string {
  return index
    .findingsOf(claim.id)
    .map((f) => `<a class="back" href="#${findingAnchor(f.id)}" title="${attr(`${verdictLabel(f.verdict)}: ${f.message}`)}">↑</a>`)
    .join('')
}

/** The claim sentences of an article, each once, claims marked. */
function sentencesHtml(claims: readonly Claim[], index: ReportIndex, format: string | null | undefined): string {
  const bySentence = new Map<number, Claim[]>()
  for (const claim of claims) {
    const key = claim.sentence?.index ?? -1
    const group = bySentence.get(key)
    if (group) group.push(claim)
    else bySentence.set(key, [claim])
  }
  const items = [...bySentence]
    .sort((a, b) => a[0] - b[0])
    .map(([sentenceIndex, group]) => {
      const first = group[0] as Claim
      const marks: Mark[] = tagMarks(first.sentence?.text ?? '', format)
      const unplaced: Claim[] = []
      for (const claim of group) {
        const at = claimInSentence(claim)
        if (at) marks.push({...at, claim})
        else unplaced.push(claim)
      }
      const extra = unplaced
        .map((c) => ` <span class="anchor" id="${contextAnchor(c.id)}"></span><span class="muted">(claim: <mark>${t(c.text)}</mark>${backLinks(c, index)})</span>`)
        .join('')
      const label = Number.isInteger(sentenceIndex) && sentenceIndex >= 0 ? `<span class="muted">Sentence ${sentenceIndex + 1}:</span> ` : ''
      return `<li>${label}${markedText(first.sentence?.text ?? '', marks, index, format)}${extra}</li>`
    })
  return items.length ? `<ul class="sentences">${items.join('')}</ul>` : '<p class="muted">No claims found in this article.</p>'
}

function excludedHtml(excluded: readonly ExcludedRange[], source: string | undefined): string {
  if (excluded.length === 0) return '<p class="excluded muted">No text was excluded.</p>'
  const chrome = excluded.filter((e) => !SYNTAX_RULES.has(e.rule))
  const syntax = excluded.filter((e) => SYNTAX_RULES.has(e.rule))
  const rules = excludedByRule(excluded)
    .map(([rule, n]) => `${rule} ×${n}`)
    .join(', ')
  const rows = chrome
    .map((e) => {
      const text = source !== undefined ? `<td>${t(source.slice(e.start, e.end))}</td>` : ''
      return `<tr><td><code>${t(e.rule)}</code></td><td>${t(e.reason)}</td>${text}<td>${t(String(e.start))}–${t(String(e.end))}</td></tr>`
    })
    .join('')
  const head = `<tr><th>Rule</th><th>Why</th>${source !== undefined ? '<th>Excluded text</th>' : ''}<th>Offsets</th></tr>`
  const syntaxLine = syntax.length
    ? `<p class="muted">${t(plural(syntax.length, 'range'))} of format syntax (${t(
        excludedByRule(syntax)
          .map(([r]) => r)
          .join(', ')
      )}) not listed.</p>`
    : ''
  return [
    `<details class="excluded"><summary>${t(plural(excluded.length, 'excluded range'))} <span class="muted">(${t(rules)})</span></summary>`,
    chrome.length ? `<table><thead>${head}</thead><tbody>${rows}</tbody></table>` : '',
    syntaxLine,
    '</details>'
  ].join('')
}

function articleHtml(record: ArticleRecord, claims: readonly Claim[], index: ReportIndex, source: string | undefined): string {
  const name = record.outlet || record.id
  const facts: [string, string][] = [
    ['Id', `<code>${t(record.id)}</code>`],
    ['Outlet', record.outlet ? iso(record.outlet) : '—'],
    ['Title', record.title ? iso(record.title) : '—'],
    ['Path', record.path ? `<code>${t(record.path)}</code>` : '—'],
    ['Format', record.format ? t(record.format) : '—'],
    ['Published', record.published ? t(record.published) : '—'],
    ['Story', record.story ? `<a href="#${storyAnchor(record.story)}">${iso(record.story)}</a>${record.storyInferred ? ' (inferred)' : ''}` : '—'],
    ...(typeof record.family === 'string' && record.family !== record.id
      ? [['Source family', `copies the text of ${index.article(record.family) ? `<a href="#${articleAnchor(record.family)}">${iso(record.family)}</a>` : iso(record.family)}`] as [string, string]]
      : []),
    ['Status', record.status === 'ok' ? 'ok' : `<strong>error</strong>${record.error ? ` <code>${t(record.error.code)}</code> ${t(record.error.message)}` : ''}`],
    ['Sentences', t(String(record.sentences))],
    ['Claims', String(claims.length)]
  ]
  let body: string
  if (source !== undefined) {
    const marks: Mark[] = [...record.excluded.map((e) => ({start: e.start, end: e.end, excluded: e})), ...tagMarks(source, record.format)]
    const unplaced: Claim[] = []
    for (const claim of claims) {
      if (source.slice(claim.start, claim.end) === claim.text && claim.end > claim.start) marks.push({start: claim.start, end: claim.end, claim})
      else unplaced.push(claim)
    }
    body = `<div class="source">${markedText(source, marks, index, record.format)}</div>${
      unplaced.length ? `<p class="muted">Claims whose offsets do not fit the source text:</p>${sentencesHtml(unplaced, index, record.format)}` : ''
    }`
  } else {
    body = sentencesHtml(claims, index, record.format)
  }
  const status = record.status === 'ok' ? '' : ' <span class="badge v-differ">error</span>'
  return [
    `<details class="article${record.status === 'ok' ? '' : ' error'}" id="${articleAnchor(record.id)}" open>`,
    `<summary>${iso(name)}${record.title ? ` — ${iso(record.title)}` : ''}${status} <span class="muted">· ${t(plural(claims.length, 'claim'))} · ${t(
      plural(record.excluded.length, 'excluded range')
    )}</span></summary>`,
    `<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`,
    excludedHtml(record.excluded, source),
    body,
    '</details>'
  ].join('\n')
}

function articlesHtml(report: Report, index: ReportIndex, sources: Record<string, string> | undefined): string {
  const claimsByArticle = new Map<string, Claim[]>()
  for (const claim of report.claims) claimsByArticle.set(claim.article, [...(claimsByArticle.get(claim.article) ?? []), claim])
  const records: ArticleRecord[] = [...report.articles]
  // Claims of articles the report does not list still need a place to link to.
  for (const id of [...claimsByArticle.keys()].sort(compare)) {
    if (!index.article(id)) {
      records.push({id, path: null, format: null, outlet: null, title: null, published: null, story: null, storyInferred: false, family: null, status: 'ok', sentences: 0, excluded: []})
    }
  }
  const source = (id: string) => (sources && Object.hasOwn(sources, id) && typeof sources[id] === 'string' ? sources[id] : undefined)
  return records.map((r) => articleHtml(r, claimsByArticle.get(r.id) ?? [], index, source(r.id))).join('\n')
}

// ---------------------------------------------------------------------------
// Page

/** The report as one self-contained HTML page. */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  const title = options.title ?? 'Corroborate report'
  const index = indexReport(report)
  const summary = summarize(report)
  const groups = groupByStory(report)
  const inferred = groups.filter((g) => g.story?.inferred).length
  const verdictCount = (v: string) => summary.findings.byVerdict.find(([k]) => k === v)?.[1] ?? 0

  const cards = [
    `<div class="card"><span class="num" id="finding-count">${summary.findings.total}</span><span class="label">${summary.findings.total === 1 ? 'finding' : 'findings'}</span><span class="detail">${summary.findings.byVerdict
      .map(([v, n]) => `${n} ${t(verdictLabel(v).toLowerCase())}`)
      .join(' · ')}</span></div>`,
    `<div class="card"><span class="num">${verdictCount('differ')}</span><span class="label">differ</span><span class="detail">outlets report a fact differently</span></div>`,
    `<div class="card"><span class="num">${summary.articles.total}</span><span class="label">${summary.articles.total === 1 ? 'article' : 'articles'} read</span><span class="detail">${summary.articles.ok} ok · ${t(plural(summary.articles.error, 'error'))} · ${t(plural(summary.excluded, 'excluded range'))}</span></div>`,
    `<div class="card"><span class="num">${summary.stories}</span><span class="label">${summary.stories === 1 ? 'story' : 'stories'}</span><span class="detail">${inferred === 0 ? 'as given in the articles' : `${t(plural(inferred, 'story', 'stories'))} grouped automatically`}</span></div>`,
    `<div class="card"><span class="num">${summary.claims.total}</span><span class="label">${summary.claims.total === 1 ? 'claim' : 'claims'}</span><span class="detail">${t(kindsPhrase(summary))}</span></div>`
  ]

  const toc = [
    ...groups.map((g) => `<a href="#${storyAnchor(g.id)}">${iso(g.id)}</a>`),
    '<a href="#articles">Articles</a>',
    ...(report.errors.length ? ['<a href="#errors">Errors</a>'] : [])
  ]

  // HTML tags (and, with sources, front matter and other syntax) are hidden in the articles; a toggle shows them.
  const hasMarkup = report.articles.some((a) => a.format === 'html' || (options.sources !== undefined && a.excluded.some((e) => SYNTAX_RULES.has(e.rule))))
  const toolbar = [
    '<div class="toolbar js-only" role="toolbar" aria-label="Filter findings">',
    '<span class="label">Show</span>',
    ...VERDICT_ORDER.map(
      (v) => `<button type="button" data-action="filter" data-verdict="${v}" aria-pressed="true">${t(verdictLabel(v))} (${verdictCount(v)})</button>`
    ),
    '<span class="sep"></span>',
    '<button type="button" data-action="expand">Expand all</button>',
    '<button type="button" data-action="collapse">Collapse all</button>',
    hasMarkup ? '<span class="sep"></span><label><input type="checkbox" data-action="markup"> Show markup</label>' : '',
    '</div>'
  ].join('')

  const stories = groups.map((group) => {
    const outlets = group.articles.map((a) => `<a href="#${articleAnchor(a.id)}">${iso(a.outlet || a.id)}</a>`).join(', ')
    const singles = group.singleSource.length
      ? `<details class="singles"><summary>Single source: ${t(plural(group.singleSource.length, 'claim'))} only one outlet reports</summary>${group.singleSource
          .map((f) => findingHtml(f, index))
          .join('\n')}</details>`
      : ''
    return [
      `<section class="story" id="${storyAnchor(group.id)}">`,
      `<h2>Story: ${iso(group.id)}</h2>`,
      `<p class="story-meta">${t(plural(group.articles.length, 'article'))}${outlets ? `: ${outlets}` : ''}${
        group.story?.inferred ? ` · grouped automatically: ${t(group.story.reason)}` : ''
      } · ${t(plural(group.findings.length, 'finding'))}</p>`,
      group.findings.length === 0 ? '<p class="muted">No findings.</p>' : '',
      ...[...group.differ, ...group.agree, ...group.other].map((f) => findingHtml(f, index)),
      singles,
      '</section>'
    ].join('\n')
  })

  const errors = report.errors.length
    ? `<section id="errors"><h2>Input errors (${report.errors.length})</h2><ul class="errors">${report.errors
        .map((e) => `<li><code>${t(e.path)}</code> <span class="badge v-differ">${t(e.code)}</span> ${t(e.message)}</li>`)
        .join('')}</ul></section>`
    : ''

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="${attr(`${report.generator?.name ?? 'corroborate'} ${report.generator?.version ?? ''}`.trim())}">
<title>${attr(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="wrap">
<header>
<h1>${t(title)}</h1>
<p class="meta">Generated by ${t(report.generator?.name ?? 'corroborate')} ${t(report.generator?.version ?? '?')} · report format ${t(report.version)}</p>
<section class="summary" aria-label="Summary">${cards.join('')}</section>
<nav class="toc" aria-label="Contents">${toc.join('')}</nav>
</header>
${toolbar}
<main>
${stories.join('\n')}
<section id="articles"><h2>Articles</h2>
${articlesHtml(report, index, options.sources)}
</section>
${errors}
</main>
<footer>Self-contained report: no network access, no external resources. Claims are marked <mark>like this</mark>; excluded page chrome is <span class="chrome">greyed</span>.</footer>
</div>
<script>${SCRIPT}</script>
</body>
</html>
`
}
