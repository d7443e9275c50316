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
import type {Finding, Report} from '../types.js'
import {kindsPhrase, plural, summarize, SYNTAX_RULES, VERDICT_ORDER, verdictLabel, indexReport} from './describe.js'
import {escapeHtml as attr, htmlIsolate as iso, htmlText as t} from './escape.js'
import {groupByStory, type StoryGroup} from './group-by-story.js'
import {articlesHtml} from './html-articles.js'
import {findingHtml} from './html-findings.js'
import {articleAnchor, storyAnchor} from './html-parts.js'
import {NOTES_ANCHOR, STORIES_ANCHOR, verdictSections, type VerdictSection} from './sections.js'
import {CSP, SCRIPT, STYLE} from './html-assets.js'

export interface HtmlOptions {
  /** Article id → original source text: shows each article in full, claims marked, chrome greyed. */
  sources?: Record<string, string>
  /** Page title (default "Corroborate report"). */
  title?: string
  /** Called with the findings and articles rendered so far and their total (for a progress display). */
  onProgress?: (done: number, total: number) => void
}

// ---------------------------------------------------------------------------
// Page

/** A summary card: a link to its section. */
function card(href: string, num: number | string, label: string, detail: string, extra = ''): string {
  return `<a class="card${extra}" href="#${href}"><span class="num">${t(String(num))}</span><span class="label">${t(label)}</span><span class="detail">${t(detail)}</span></a>`
}

const CARD_DETAIL: Record<string, string> = {
  differ: 'outlets report a fact differently',
  agree: 'outlets report compatible facts',
  'single-source': 'facts only one outlet reports'
}

/** A verdict section: its findings by story; single-source ones collapsed per story. */
function sectionHtml(section: VerdictSection, index: ReturnType<typeof indexReport>, tick: () => void): string {
  const one = (f: Finding) => {
    const html = findingHtml(f, index)
    tick()
    return html
  }
  const body = section.stories.map(({group, findings}) => {
    const sub = `<h3 class="story-sub">${iso(group.id)} <span class="muted">· ${t(plural(findings.length, 'finding'))}</span></h3>`
    if (section.verdict !== 'single-source') return sub + findings.map(one).join('\n')
    return `<details class="singles"><summary>${iso(group.id)}: ${t(plural(findings.length, 'claim'))} only one outlet reports</summary>${findings.map(one).join('\n')}</details>`
  })
  const empty = section.count === 0 ? `<p class="muted">No ${t(section.title.toLowerCase())}.</p>` : ''
  return [
    `<section class="verdict-section" id="${section.anchor}" data-verdict="${section.verdict}">`,
    `<h2>${t(section.title)} <span class="count">(${section.count})</span></h2>`,
    empty,
    ...body,
    '</section>'
  ].join('\n')
}

function storyHtml(group: StoryGroup): string {
  const outlets = group.articles.map((a) => `<a href="#${articleAnchor(a.id)}">${iso(a.outlet || a.id)}</a>`).join(', ')
  const counts = [
    [group.differ.length, 'differ'],
    [group.agree.length, 'agree'],
    [group.singleSource.length, 'single source']
  ]
    .map(([n, label]) => `${n} ${label}`)
    .join(' · ')
  return [
    `<section class="story" id="${storyAnchor(group.id)}">`,
    `<h3>${iso(group.id)}</h3>`,
    `<p class="story-meta">${t(plural(group.articles.length, 'article'))}${outlets ? `: ${outlets}` : ''}${
      group.story?.inferred ? ` · grouped automatically: ${t(group.story.reason)}` : ''
    } · ${t(plural(group.findings.length, 'finding'))}: ${t(counts)}</p>`,
    '</section>'
  ].join('\n')
}

const LEGEND = [
  '<p class="legend"><span class="label">Key</span> ',
  '<mark>marked</mark> a claim in its sentence · ',
  '<del>struck</del> / <ins>underlined</ins> quotation words only one outlet has (each diff names the outlets) · ',
  '<span class="chrome">greyed and struck</span> page chrome left out of the check (in Articles)',
  '</p>'
].join('')

/** The report as one self-contained HTML page. */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  const title = options.title ?? 'Corroborate report'
  const index = indexReport(report)
  const summary = summarize(report)
  const groups = groupByStory(report)
  const sections = verdictSections(groups)
  const notes = report.notes ?? []
  const inferred = groups.filter((g) => g.story?.inferred).length
  const verdictCount = (v: string) => summary.findings.byVerdict.find(([k]) => k === v)?.[1] ?? 0
  const units = report.findings.length + report.articles.length
  let rendered = 0
  const tick = () => options.onProgress?.(++rendered, units)

  const cards = [
    ...sections
      .filter((s) => s.verdict !== 'other')
      .map((s) => card(s.anchor, s.count, verdictLabel(s.verdict), CARD_DETAIL[s.verdict] ?? '', ` c-${s.verdict}`)),
    card(STORIES_ANCHOR, summary.stories, summary.stories === 1 ? 'story' : 'stories', inferred === 0 ? 'as given in the articles' : `${plural(inferred, 'story', 'stories')} grouped automatically`),
    card('articles', summary.articles.total, `${summary.articles.total === 1 ? 'article' : 'articles'} read`, `${summary.articles.ok} ok · ${plural(summary.articles.error, 'error')} · ${plural(summary.excluded, 'excluded range')}`),
    card('articles', summary.claims.total, summary.claims.total === 1 ? 'claim' : 'claims', kindsPhrase(summary)),
    ...(notes.length ? [card(NOTES_ANCHOR, notes.length, 'not compared', 'claims with nothing to compare them by')] : [])
  ]

  const toc = [
    ...sections.map((s) => `<a href="#${s.anchor}">${t(s.title)}</a>`),
    ...(notes.length ? [`<a href="#${NOTES_ANCHOR}">Not compared</a>`] : []),
    `<a href="#${STORIES_ANCHOR}">Stories</a>`,
    '<a href="#articles">Articles</a>',
    ...(report.errors.length ? ['<a href="#errors">Errors</a>'] : [])
  ]

  // HTML tags (and, with sources, front matter and other syntax) are hidden in the articles; a toggle shows them.
  const hasMarkup = report.articles.some((a) => a.format === 'html' || (options.sources !== undefined && a.excluded.some((e) => SYNTAX_RULES.has(e.rule))))
  const only = (v: string, label: string, n: number) => `<button type="button" data-action="only" data-verdict="${v}" aria-pressed="${v === 'all' ? 'true' : 'false'}">${t(label)} <span class="n">${n}</span></button>`
  const toolbar = [
    '<div class="toolbar js-only" role="toolbar" aria-label="Filter findings">',
    '<span class="label">Show only</span>',
    '<span class="group" role="group" aria-label="Show only">',
    only('all', 'All', summary.findings.total),
    ...VERDICT_ORDER.map((v) => only(v, verdictLabel(v), verdictCount(v))),
    '</span>',
    '<span class="sep"></span>',
    '<button type="button" data-action="expand">Expand all</button>',
    '<button type="button" data-action="collapse">Collapse all</button>',
    hasMarkup ? '<span class="sep"></span><label><input type="checkbox" data-action="markup"> Show markup</label>' : '',
    '</div>'
  ].join('')

  const notesHtml = notes.length
    ? `<section id="${NOTES_ANCHOR}"><h2>Not compared (${notes.length})</h2><p class="muted">Claims that were not compared with the other articles of their story, and why.</p><ul class="report-notes">${notes
        .map((n) => `<li>${t(n)}</li>`)
        .join('')}</ul></section>`
    : ''

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
<p class="meta">Generated by ${t(report.generator?.name ?? 'corroborate')} ${t(report.generator?.version ?? '?')} · report format ${t(report.version)} · <span id="finding-count">${summary.findings.total}</span> ${summary.findings.total === 1 ? 'finding' : 'findings'}</p>
<nav class="summary" aria-label="Summary">${cards.join('')}</nav>
<nav class="toc" aria-label="Contents">${toc.join('')}</nav>
${LEGEND}
</header>
${toolbar}
<main>
${sections.map((s) => sectionHtml(s, index, tick)).join('\n')}
${notesHtml}
<section id="${STORIES_ANCHOR}"><h2>Stories (${groups.length})</h2>
${groups.length ? groups.map(storyHtml).join('\n') : '<p class="muted">No stories.</p>'}
</section>
<section id="articles"><h2>Articles</h2>
${articlesHtml(report, index, options.sources, tick)}
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
