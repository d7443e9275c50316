/**
 * Report renderers: one {@link Report}, four formats.
 *
 * - `terminal`: plain text for a console, optionally coloured;
 * - `markdown`: CommonMark / GFM for a code host or a newsroom wiki;
 * - `json`: the stable JSON contract (docs/report-format.md);
 * - `html`: one self-contained page with a strict Content-Security-Policy.
 *
 * @module
 */
import type {Report} from '../types.js'
import {renderHtml} from './html.js'
import {renderJson} from './json.js'
import {renderMarkdown} from './markdown.js'
import {renderTerminal} from './terminal.js'

export type ReportFormat = 'terminal' | 'markdown' | 'json' | 'html'

/** The formats, for CLI validation and help. */
export const REPORT_FORMATS: readonly ReportFormat[] = ['terminal', 'markdown', 'json', 'html']

export interface RenderOptions {
  /**
   * Terminal only: colour with ANSI escapes. Default `false`; the caller
   * resolves it for its stream with {@link shouldUseColor}.
   */
  color?: boolean
  /** Terminal only: list every single-source finding, not just the first few. */
  verbose?: boolean
  /** HTML only: article id → original source text, to show each article in full with claims marked. */
  sources?: Record<string, string>
  /** Markdown and HTML: the document title. */
  title?: string
  /** Terminal only: wrap width in columns (default 100). */
  width?: number
  /**
   * Terminal, Markdown and HTML: called with the findings (and, for HTML,
   * articles) rendered so far and their total, for a progress display.
   */
  onProgress?: (done: number, total: number) => void
}

/** Render a report in one of the formats. */
export function renderReport(report: Report, format: ReportFormat, options: RenderOptions = {}): string {
  const progress = options.onProgress === undefined ? {} : {onProgress: options.onProgress}
  switch (format) {
    case 'terminal':
      return renderTerminal(report, {
        ...(options.color === undefined ? {} : {color: options.color}),
        ...(options.verbose === undefined ? {} : {verbose: options.verbose}),
        ...(options.width === undefined ? {} : {width: options.width}),
        ...progress
      })
    case 'markdown':
      return renderMarkdown(report, {...(options.title === undefined ? {} : {title: options.title}), ...progress})
    case 'json':
      return renderJson(report)
    case 'html':
      return renderHtml(report, {
        ...(options.sources === undefined ? {} : {sources: options.sources}),
        ...(options.title === undefined ? {} : {title: options.title}),
        ...progress
      })
    default:
      throw new TypeError(`renderReport: unknown format \`${String(format as unknown)}\` (expected ${REPORT_FORMATS.join(', ')})`)
  }
}

export {renderHtml, type HtmlOptions} from './html.js'
export {renderJson} from './json.js'
export {renderMarkdown, type MarkdownOptions} from './markdown.js'
export {renderTerminal, shouldUseColor, type TerminalOptions} from './terminal.js'
