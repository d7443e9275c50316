/**
 * Small pieces the HTML report's files share: anchors (built with `safeId`,
 * so only `[A-Za-z0-9_-]` reach an `id` or `href`), verdict classes, badges.
 *
 * @module
 */
import {VERDICT_ORDER, verdictLabel} from './describe.js'
import {htmlText as t, safeId} from './escape.js'

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
