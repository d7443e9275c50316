/**
 * The HTML report's Articles section: each article's facts, its excluded
 * ranges and its text (the full source when given, else its claim
 * sentences) with every claim marked. Each marked piece names, in
 * `data-ctx`, the anchors of all claims it belongs to, so "in context"
 * can outline exactly the clicked claim, also where claims nest.
 *
 * @module
 */
import type {ArticleRecord, Claim, ExcludedRange, Report} from '../types.js'
import {claimInSentence, compare, excludedByRule, HTML_TAG, plural, readableSource, type ReportIndex, segmentText, SYNTAX_RULES, verdictLabel} from './describe.js'
import {escapeHtml as attr, htmlIsolate as iso, htmlText as t} from './escape.js'
import {articleCitation} from './citation.js'
import {articleAnchor, contextAnchor, externalLink, findingAnchor, storyAnchor} from './html-parts.js'

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
    if (claims.length) {
      const ctx = claims.map((m) => contextAnchor((m.claim as Claim).id)).join(' ')
      piece = `<mark title="${attr(claims.map((m) => m.claim?.kind ?? '').join(', '))}" data-ctx="${ctx}">${piece}</mark>`
    }
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
        .map((c) => ` <span class="anchor" id="${contextAnchor(c.id)}"></span><span class="muted">(claim: <mark data-ctx="${contextAnchor(c.id)}">${t(c.text)}</mark>${backLinks(c, index)})</span>`)
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
  const cite = articleCitation(record)
  const facts: [string, string][] = [
    ['Id', `<code>${t(record.id)}</code>`],
    ['Outlet', record.outlet ? iso(record.outlet) : '—'],
    ['Title', record.title ? iso(record.title) : '—'],
    ['Path', record.path ? `<code>${t(record.path)}</code>` : '—'],
    ['Format', record.format ? t(record.format) : '—'],
    ['Published', cite.published !== undefined ? t(cite.published) : '—'],
    ['Author', cite.author !== undefined ? iso(cite.author) : '—'],
    ['Page', cite.url !== undefined ? externalLink(cite.url, t(cite.url)) : '—'],
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

export function articlesHtml(report: Report, index: ReportIndex, sources: Record<string, string> | undefined, tick: () => void = () => {}): string {
  const claimsByArticle = new Map<string, Claim[]>()
  for (const claim of report.claims) {
    const list = claimsByArticle.get(claim.article)
    if (list) list.push(claim)
    else claimsByArticle.set(claim.article, [claim])
  }
  const records: ArticleRecord[] = [...report.articles]
  // Claims of articles the report does not list still need a place to link to.
  for (const id of [...claimsByArticle.keys()].sort(compare)) {
    if (!index.article(id)) {
      records.push({id, path: null, format: null, outlet: null, title: null, published: null, story: null, storyInferred: false, family: null, status: 'ok', sentences: 0, excluded: []})
    }
  }
  const source = (id: string) => (sources && Object.hasOwn(sources, id) && typeof sources[id] === 'string' ? sources[id] : undefined)
  return records
    .map((r, i) => {
      const html = articleHtml(r, claimsByArticle.get(r.id) ?? [], index, source(r.id))
      if (i < report.articles.length) tick()
      return html
    })
    .join('\n')
}

