/**
 * The terminal report: plain text, coloured with picocolors when asked,
 * wrapped at about 100 columns with consistent indentation.
 *
 * Without colour every highlight has a text form: the claim is `<<claim>>`,
 * a quote diff reads `[-deleted-]{+inserted+}` (as `git diff --word-diff`),
 * verdicts are `[DIFFER]`.
 *
 * @module
 */
import pc from 'picocolors'
import type {Claim, DiffPart, Finding, Report} from '../types.js'
import {
  articlesPhrase,
  excludedPhrase,
  formatConfidence,
  formatSources,
  indexReport,
  isScareQuote,
  kindsPhrase,
  plural,
  type ReportIndex,
  speakerOf,
  splitDiffWhitespace,
  splitSentence,
  clippedSentence,
  summarize,
  verdictLabel,
  verdictsPhrase
} from './describe.js'
import {sanitizeTerminal} from './escape.js'
import {groupByStory, type StoryGroup} from './group-by-story.js'
import {verdictSections} from './sections.js'
import {articleCitation, bylinePhrase, claimLink} from './citation.js'
import {whoChanged} from './who-changed.js'

export interface TerminalOptions {
  /** Colour with ANSI escapes. Default `false`; resolve it with {@link shouldUseColor}. */
  color?: boolean
  /** List every single-source finding instead of the first few. */
  verbose?: boolean
  /** Wrap width in columns (default 100). */
  width?: number
  /** Called with the findings rendered so far and their total (for a progress display). */
  onProgress?: (done: number, total: number) => void
}

/** How many single-source findings a story shows unless `verbose`. */
export const SINGLE_SOURCE_PREVIEW = 3

/**
 * Whether to colour output written to `stream`: `NO_COLOR` (any non-empty
 * value) turns colour off, `FORCE_COLOR` turns it on (unless `0` or
 * `false`), else colour when the stream is a TTY and `TERM` is not `dumb`.
 */
export function shouldUseColor(stream: {isTTY?: boolean}, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  const force = env.FORCE_COLOR
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false')
  if (env.TERM === 'dumb') return false
  return stream.isTTY === true
}

type Style = 'claim' | 'del' | 'ins' | 'dim' | 'bold' | 'outlet' | 'error' | 'differ' | 'agree' | 'single'

interface Piece {
  text: string
  style?: Style
}

interface Painter {
  color: boolean
  paint(text: string, style: Style | undefined): string
  /** A verdict badge as a piece: `[DIFFER]`, or a coloured block (no-break spaces keep it one word). */
  badge(verdict: string): Piece
}

const NBSP = '\u00A0'

function painter(color: boolean): Painter {
  const c = pc.createColors(color)
  const styles: Record<Style, (s: string) => string> = {
    claim: (s) => c.bold(c.yellow(s)),
    del: (s) => c.red(c.strikethrough(s)),
    ins: (s) => c.green(c.underline(s)),
    dim: (s) => c.dim(s),
    bold: (s) => c.bold(s),
    outlet: (s) => c.bold(c.cyan(s)),
    error: (s) => c.red(s),
    differ: (s) => c.bold(c.bgRed(c.white(s))),
    agree: (s) => c.bold(c.bgGreen(c.black(s))),
    single: (s) => c.bold(c.inverse(s))
  }
  return {
    color,
    paint: (text, style) => (style && color && text ? styles[style](text) : text),
    badge(verdict) {
      const label = sanitizeTerminal(verdictLabel(verdict).toUpperCase()).replace(/ /g, NBSP)
      if (!color) return {text: `[${label}]`}
      return {text: `${NBSP}${label}${NBSP}`, style: verdict === 'differ' ? 'differ' : verdict === 'agree' ? 'agree' : 'single'}
    }
  }
}

/**
 * Lay out styled pieces as words, wrapping at `width` columns; every line
 * starts with `indent`. Words longer than a line are left for the terminal
 * to wrap. Colour is applied per word, so a wrapped line never carries an
 * open escape sequence into the indentation.
 */
function wrap(pieces: readonly Piece[], p: Painter, width: number, indent: string): string {
  const words: Piece[][] = []
  let current: Piece[] = []
  for (const piece of pieces) {
    for (const part of piece.text.split(/([ \t\n]+)/)) {
      if (part === '') continue
      if (/^[ \t\n]+$/.test(part)) {
        if (current.length) words.push(current)
        current = []
      } else {
        current.push({text: part, ...(piece.style ? {style: piece.style} : {})})
      }
    }
  }
  if (current.length) words.push(current)
  const lines: string[] = []
  let line: Piece[] = []
  let used = 0
  const max = Math.max(20, width - indent.length)
  // Runs of the same style are painted once (a phrase, not word by word), so
  // an underlined insertion stays underlined across its spaces.
  const flush = () => {
    const merged: Piece[] = []
    for (const piece of line) {
      const last = merged[merged.length - 1]
      if (last && last.style === piece.style) last.text += piece.text
      else merged.push({...piece})
    }
    lines.push(indent + merged.map((piece) => p.paint(piece.text, piece.style)).join(''))
    line = []
    used = 0
  }
  for (const word of words) {
    const length = word.reduce((n, piece) => n + [...piece.text].length, 0)
    if (used > 0 && used + 1 + length > max) flush()
    if (used > 0) {
      const before = line[line.length - 1]?.style
      line.push(before !== undefined && before === word[0]?.style ? {text: ' ', style: before} : {text: ' '})
      used += 1
    }
    line.push(...word)
    used += length
  }
  if (used > 0 || lines.length === 0) flush()
  return lines.join('\n')
}

/** Pieces separated by spaces (pieces passed to `wrap` directly are joined as they are). */
function spaced(...pieces: Piece[]): Piece[] {
  return pieces.flatMap((piece, i) => (i === 0 ? [piece] : [{text: ' '}, piece]))
}

function text(s: string, style?: Style): Piece {
  return style ? {text: sanitizeTerminal(s), style} : {text: sanitizeTerminal(s)}
}

/** The sentence of a claim with the claim highlighted. */
function sentencePieces(claim: Claim, p: Painter, index: ReportIndex): Piece[] {
  const split = splitSentence(claim, index.article(claim.article)?.format)
  if (!split) return [text(clippedSentence(claim)), text(' (claim: ', 'dim'), ...claimPieces(claim.text, p), text(')', 'dim')]
  return [text(split.before), ...claimPieces(split.claim, p), text(split.after)]
}

function claimPieces(claimText: string, p: Painter): Piece[] {
  return p.color ? [text(claimText, 'claim')] : [text(`<<${claimText}>>`)]
}

/** A word diff: `[-deleted-]{+inserted+}` without colour. */
function diffPieces(diff: readonly DiffPart[], p: Painter): Piece[] {
  const pieces: Piece[] = []
  for (const part of diff) {
    if (part.op === 'equal') {
      pieces.push(text(part.text))
      continue
    }
    const {lead, core, trail} = splitDiffWhitespace(part)
    const body = core || part.text || ' '
    pieces.push({text: lead})
    if (part.op === 'delete') pieces.push(p.color ? text(body, 'del') : text(`[-${body}-]`))
    else pieces.push(p.color ? text(body, 'ins') : text(`{+${body}+}`))
    pieces.push({text: trail})
  }
  return pieces
}

/** ` · 2 independent sources of 3 articles`, or nothing. */
function sourcesSuffix(finding: Finding): string {
  const sources = formatSources(finding)
  return sources ? ` · ${sources}` : ''
}

function renderFinding(finding: Finding, index: ReportIndex, p: Painter, width: number): string {
  const lines: string[] = []
  lines.push(
    wrap(
      spaced(p.badge(finding.verdict), text(finding.kind, 'bold'), text(`· ${finding.reason} · confidence ${formatConfidence(finding.confidence)}${sourcesSuffix(finding)}`, 'dim')),
      p,
      width,
      '  '
    )
  )
  lines.push(wrap([text(finding.message)], p, width, '  '))
  for (const note of finding.notes ?? []) lines.push(wrap(spaced(text('note:', 'dim'), text(note)), p, width, '    '))
  for (const claimId of finding.claims) {
    const claim = index.claim(claimId)
    if (!claim) {
      lines.push(wrap(spaced(text('missing claim', 'error'), text(claimId, 'dim')), p, width, '    '))
      continue
    }
    const speaker = speakerOf(claim)
    lines.push(
      wrap(
        spaced(
          text(index.outlet(claim.article), 'outlet'),
          ...(speaker ? [text(`— ${speaker}`, 'dim')] : []),
          ...(isScareQuote(claim) ? [text('(scare quote)', 'dim')] : [])
        ),
        p,
        width,
        '    '
      )
    )
    lines.push(wrap(sentencePieces(claim, p, index), p, width, '      '))
    const link = claimLink(claim)
    // The URL on a line of its own, unwrapped, so a terminal can detect and open it.
    if (link !== undefined) lines.push(`      ${p.paint(`↗ ${sanitizeTerminal(link)}`, 'dim')}`)
  }
  if (finding.diff && finding.diff.length) {
    const who = whoChanged(finding, index)
    if (who) {
      lines.push(wrap(who.pieces.map((piece) => (piece.only && p.color ? diffPieces([{op: piece.only === 'first' ? 'delete' : 'insert', text: piece.text}], p) : [text(piece.text)])).flat(), p, width, '    '))
      lines.push(`    ${p.paint(`words (${sanitizeTerminal(who.first)} → ${sanitizeTerminal(who.second)}):`, 'dim')}`)
    } else {
      lines.push(`    ${p.paint('words:', 'dim')}`)
    }
    lines.push(wrap(diffPieces(finding.diff, p), p, width, '      '))
  }
  return lines.join('\n')
}

/** One line per single-source finding: outlet, message and the claim in its sentence. */
function renderSingle(finding: Finding, index: ReportIndex, p: Painter, width: number): string {
  const claim = finding.claims.map((id) => index.claim(id)).find((c) => c !== undefined)
  const pieces: Piece[] = spaced(text('·'), text(finding.kind, 'bold'))
  if (claim) pieces.push({text: ' '}, text(`${index.outlet(claim.article)}:`, 'outlet'), {text: ' '}, ...sentencePieces(claim, p, index))
  pieces.push({text: ' '}, text(`(${finding.message})`, 'dim'))
  const link = claim ? claimLink(claim) : undefined
  return wrap(pieces, p, width, '    ') + (link !== undefined ? `\n      ${p.paint(`↗ ${sanitizeTerminal(link)}`, 'dim')}` : '')
}

/** The story a run of findings belongs to. */
function storyLine(group: StoryGroup, p: Painter, width: number): string {
  const outlets = group.articles.map((a) => a.outlet || a.id).join(', ')
  return wrap(
    spaced(
      text('Story', 'bold'),
      text(group.id, 'bold'),
      text(`· ${plural(group.articles.length, 'article')}${outlets ? `: ${outlets}` : ''}`, 'dim'),
      ...(group.story?.inferred ? [text(`(grouped: ${group.story.reason})`, 'dim')] : [])
    ),
    p,
    width,
    ''
  )
}

/** The report for a terminal. */
export function renderTerminal(report: Report, options: TerminalOptions = {}): string {
  const p = painter(options.color === true)
  const width = options.width ?? 100
  const index = indexReport(report)
  const summary = summarize(report)
  const out: string[] = []

  out.push(
    `${p.paint('corroborate report', 'bold')} ${p.paint(
      `(${sanitizeTerminal(report.generator?.name ?? 'corroborate')} ${sanitizeTerminal(report.generator?.version ?? '?')}, report format ${sanitizeTerminal(report.version)})`,
      'dim'
    )}`
  )
  out.push(
    wrap(
      [
        text(
          `${articlesPhrase(summary)} · ${plural(summary.stories, 'story', 'stories')} · ${plural(summary.claims.total, 'claim')} · ${plural(summary.findings.total, 'finding')}`
        )
      ],
      p,
      width,
      ''
    )
  )
  out.push(wrap([text(`claims: ${kindsPhrase(summary)}`)], p, width, '  '))
  out.push(wrap([text(`findings: ${verdictsPhrase(summary)}`)], p, width, '  '))

  const groups = groupByStory(report)
  let rendered = 0
  const tick = (n: number) => {
    rendered += n
    options.onProgress?.(rendered, report.findings.length)
  }
  const notes = report.notes ?? []
  if (notes.length) out.push(wrap([text(`not compared: ${plural(notes.length, 'claim')} (listed below)`)], p, width, '  '))
  out.push(wrap(spaced(text('key:', 'dim'), ...claimPieces('claim', p), text('in its sentence ·', 'dim'), ...diffPieces([{op: 'delete', text: 'only the first'}, {op: 'equal', text: ' / '}, {op: 'insert', text: 'only the second'}], p), text('quotation words (outlets named under each)', 'dim')), p, width, '  '))

  for (const section of verdictSections(groups)) {
    out.push('')
    out.push(p.paint(`${section.title.toUpperCase()} (${section.count})`, 'bold'))
    out.push(p.paint('═'.repeat(Math.min(width, 60) - 1), 'dim'))
    if (section.count === 0) out.push(`  no ${section.title.toLowerCase()}`)
    for (const {group, findings} of section.stories) {
      out.push(storyLine(group, p, width))
      if (section.verdict === 'single-source') {
        const shown = options.verbose ? findings : findings.slice(0, SINGLE_SOURCE_PREVIEW)
        const more = findings.length - shown.length
        out.push(
          wrap(
            spaced(
              p.badge('single-source'),
              text(`${plural(findings.length, 'claim')} only one outlet reports`),
              ...(more > 0 ? [text(`(first ${shown.length}; --verbose for all)`, 'dim')] : [])
            ),
            p,
            width,
            '  '
          )
        )
        for (const finding of shown) out.push(renderSingle(finding, index, p, width))
        tick(findings.length)
        if (more > 0) out.push(p.paint(`    … ${more} more`, 'dim'))
        out.push('')
        continue
      }
      for (const finding of findings) {
        out.push(renderFinding(finding, index, p, width))
        out.push('')
        tick(1)
      }
    }
    while (out[out.length - 1] === '') out.pop()
  }

  if (notes.length) {
    out.push('')
    out.push(p.paint(`NOT COMPARED (${notes.length})`, 'bold'))
    for (const note of notes) out.push(wrap(spaced(text('·'), text(note)), p, width, '  '))
  }

  out.push('')
  out.push(p.paint(`Stories (${groups.length})`, 'bold'))
  for (const group of groups) {
    const counts = `${group.differ.length} differ · ${group.agree.length} agree · ${group.singleSource.length} single source`
    out.push(wrap(spaced(text(group.id, 'bold'), text(`· ${plural(group.articles.length, 'article')}: ${group.articles.map((a) => a.outlet || a.id).join(', ') || 'none'} · ${counts}`, 'dim')), p, width, '  '))
  }
  out.push('')
  out.push(p.paint('Articles', 'bold'))
  for (const article of report.articles) {
    const name = sanitizeTerminal(article.outlet || '')
    const pieces: Piece[] = [
      text(article.status === 'ok' ? '✓' : '✗', article.status === 'ok' ? 'dim' : 'error'),
      text(article.id, 'bold'),
      ...(name ? [text(`(${name})`, 'outlet')] : []),
      text(`— ${article.status === 'ok' ? 'ok' : 'error'}`, article.status === 'ok' ? 'dim' : 'error'),
      text(`· ${plural(article.sentences, 'sentence')} · excluded ranges: ${excludedPhrase(article.excluded)}`, 'dim')
    ]
    if (article.title) pieces.push(text(`· “${article.title}”`, 'dim'))
    const citation = articleCitation(article)
    const byline = bylinePhrase(citation)
    if (byline) pieces.push(text(`· ${byline}`, 'dim'))
    if (article.error) pieces.push(text(`· ${article.error.code}: ${article.error.message}`, 'error'))
    out.push(wrap(spaced(...pieces), p, width, '  '))
    if (citation.url !== undefined) out.push(`    ${p.paint(sanitizeTerminal(citation.url), 'dim')}`)
  }

  if (report.errors.length) {
    out.push('')
    out.push(p.paint(`Errors (${report.errors.length})`, 'bold'))
    for (const error of report.errors) {
      out.push(wrap(spaced(text('✗', 'error'), text(error.path, 'bold'), text(`[${error.code}]`, 'error'), text(error.message)), p, width, '  '))
    }
  }
  return `${out.join('\n')}\n`
}
