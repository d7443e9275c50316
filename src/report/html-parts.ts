/**
 * Small pieces the HTML report's files share: anchors (built with `safeId`,
 * so only `[A-Za-z0-9_-]` reach an `id` or `href`), verdict classes, badges.
 *
 * @module
 */
import {VERDICT_ORDER, verdictLabel} from './describe.js'
import {safeHttpUrl} from './citation.js'
import {escapeHtml as attr, htmlText as t, safeId} from './escape.js'

/** A class name for a verdict: known verdicts only, anything else is `v-other`. */
export function verdictClass(verdict: string): string {
  return (VERDICT_ORDER as readonly string[]).includes(verdict) ? `v-${verdict}` : 'v-other'
}

export const findingAnchor = (id: string) => safeId('f', id)
export const contextAnchor = (id: string) => safeId('ctx', id)
export const articleAnchor = (id: string) => safeId('a', id)
export const storyAnchor = (id: string) => safeId('s', id)

export function badge(verdict: string): string {
  return `<span class="badge ${verdictClass(verdict)}">${t(verdictLabel(verdict))}</span>`
}

/**
 * A link out of the report to an outlet's page: only for an absolute
 * http(s) URL (anything else gives ''), the URL attribute-escaped, opened
 * without an opener or a referrer. `label` is HTML already escaped.
 */
export function externalLink(url: string | undefined, label: string, className = 'out'): string {
  const href = safeHttpUrl(url)
  if (href === undefined) return ''
  return `<a class="${className}" href="${attr(href)}" rel="noopener noreferrer">${label}</a>`
}
