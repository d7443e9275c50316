/**
 * One finding in the HTML report: verdict, kind, story, message, notes, the
 * outlets side by side with the claim marked in its sentence, and for a
 * quotation the word diff with the outlets named.
 *
 * @module
 */
import type {Claim, DiffPart, Finding} from '../types.js'
import {clippedSentence, formatConfidence, formatSources, isScareQuote, type ReportIndex, speakerOf, splitDiffWhitespace, splitSentence} from './describe.js'
import {htmlIsolate as iso, htmlText as t} from './escape.js'
import {claimLink} from './citation.js'
import {badge, contextAnchor, externalLink, findingAnchor, storyAnchor, verdictClass} from './html-parts.js'
import {whoChanged} from './who-changed.js'

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
    claimLink(claim) !== undefined ? ` · ${externalLink(claimLink(claim), 'at the source ↗', 'src')}` : '',
    '</div>'
  ].join('')
}

/** Who changed what, words marked as in the diff: `<del>` only the first quotation has, `<ins>` only the second. */
function whoHtml(finding: Finding, index: ReportIndex): string {
  const who = whoChanged(finding, index)
  if (!who) return ''
  const sentence = who.pieces.map((p) => (p.only === 'first' ? `<del>${t(p.text)}</del>` : p.only === 'second' ? `<ins>${t(p.text)}</ins>` : t(p.text))).join('')
  return [
    `<p class="who">${sentence}</p>`,
    `<p class="diff-key"><span class="label">Quotation words</span> <del>struck: only ${iso(who.first)}</del> <ins>underlined: only ${iso(who.second)}</ins></p>`
  ].join('')
}

/**
 * One finding. `story` adds a link to the finding's story (when a section
 * holds findings of several stories); `heading` is the level of its title.
 */
export function findingHtml(finding: Finding, index: ReportIndex, heading: 3 | 4 = 4): string {
  const notes = finding.notes?.length ? `<ul class="notes">${finding.notes.map((n) => `<li>${t(n)}</li>`).join('')}</ul>` : ''
  const diff = finding.diff?.length ? `<div class="diff">${whoHtml(finding, index)}<p>${diffHtml(finding.diff)}</p></div>` : ''
  const h = `h${heading}`
  return [
    `<article class="finding ${verdictClass(finding.verdict)}" id="${findingAnchor(finding.id)}">`,
    `<div class="finding-head">${badge(finding.verdict)}<${h} class="kind">${t(finding.kind)}</${h}><a class="story-tag" href="#${storyAnchor(finding.story)}" title="The story">${iso(finding.story)}</a><code title="reason id">${t(finding.reason)}</code>${confidence(finding.confidence)}${sourcesHtml(finding)}</div>`,
    `<p class="message">${t(finding.message)}</p>`,
    notes,
    `<div class="columns">${finding.claims.map((id) => claimColumn(id, index)).join('')}</div>`,
    diff,
    '</article>'
  ].join('\n')
}
