import {fromMarkdown} from '../lazy/markdown-parser.js'
import {parseEntities} from 'parse-entities'
import type {Block, ExcludedRange} from '../types.js'
import {IngestError} from './errors.js'
import {inlineMarkers, MAX_INLINE_MARKERS} from './markdown-limits.js'

/**
 * The deepest nesting of block containers (block quotes and list items) a
 * Markdown file may have, as estimated by {@link markdownDepth}; deeper files
 * are refused with code `too-deep` before they are parsed. Real articles nest
 * a few levels; the Markdown parser's time grows with lines × depth (a
 * 500-level list of 250 kB takes seconds), so a hostile file could stall a run.
 */
export const MAX_MARKDOWN_DEPTH = 100

/** The Markdown body read into a text view of the same length as the source. */
export interface MarkdownView {
  /** The source with inline markup blanked (see {@link markdownView}). */
  text: string
  /** Headings, paragraphs and list items, in text-view (= source) offsets. */
  blocks: Block[]
  /** Raw HTML, code and rules: not article text. */
  excluded: ExcludedRange[]
}

interface MdNode {
  type: string
  value?: string
  children?: MdNode[]
  position?: {start: {offset?: number}; end: {offset?: number}}
}

/**
 * Read a Markdown body (from `bodyStart` on) into a text view.
 *
 * The view keeps every character at its source offset, so `toSource` is the
 * identity: inside blocks, markup characters (`#`, `*`, `_`, list bullets,
 * `[`, `](url)`, backslash escapes, blockquote `>`) are replaced by spaces
 * and line breaks by spaces (a soft break does not end a sentence); entity
 * references put their character at the reference's first offset. Text
 * outside blocks is left as written.
 */
export function markdownView(source: string, bodyStart: number): MarkdownView {
  const body = source.slice(bodyStart)
  const depth = markdownDepth(body, MAX_MARKDOWN_DEPTH)
  if (depth > MAX_MARKDOWN_DEPTH) throw new IngestError('too-deep', `Markdown nested more than ${MAX_MARKDOWN_DEPTH} levels deep (block quotes and list items); refused rather than parsed`)
  if (inlineMarkers(body, MAX_INLINE_MARKERS) > MAX_INLINE_MARKERS) {
    throw new IngestError('too-complex', `Markdown with more than ${MAX_INLINE_MARKERS} emphasis or link markers (\`*\`, \`_\`, \`[\`, \`]\`) in one paragraph is not article-like, and the Markdown parser takes time that grows with their square; refused rather than parsed (split it into paragraphs, or save it as .txt)`)
  }
  const tree = fromMarkdown(body) as MdNode
  const chars = source.split('')
  const blocks: Block[] = []
  const excluded: ExcludedRange[] = []

  // Iterative (an explicit stack, children pushed in reverse so they are
  // visited in order): nesting depth never touches the call stack.
  const stack: Array<[MdNode, boolean]> = [[tree, false]]
  while (stack.length > 0) {
    const [node, inList] = stack.pop()!
    const start = Math.min((node.position?.start.offset ?? 0) + bodyStart, source.length)
    const end = Math.min((node.position?.end.offset ?? 0) + bodyStart, source.length)
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'tableCell': {
        blank(chars, start, end)
        for (const leaf of leaves(node)) place(source, chars, leaf, bodyStart)
        const kind = node.type === 'heading' ? 'heading' : inList ? 'list-item' : 'paragraph'
        for (const [from, to] of kind === 'paragraph' ? pageLines(source, start, end) : [[start, end] as const]) {
          const block = trimBlock(source, chars, from, to, kind)
          if (block) blocks.push(block)
        }
        continue
      }
      case 'html':
      case 'code':
      case 'thematicBreak':
      case 'definition':
        if (end > start) excluded.push({start, end, rule: 'markup', reason: `Markdown ${node.type === 'html' ? 'raw HTML' : node.type === 'code' ? 'code block' : node.type === 'definition' ? 'link definition' : 'rule'}: not article text`})
        continue
      default: {
        const children = node.children ?? []
        for (let k = children.length - 1; k >= 0; k--) stack.push([children[k]!, inList || node.type === 'listItem'])
      }
    }
  }
  return {text: chars.join(''), blocks, excluded}
}

/** Text-bearing leaves of an inline tree, in order (iterative: emphasis may nest deeply). */
function leaves(root: MdNode): MdNode[] {
  const out: MdNode[] = []
  const stack: MdNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text' || node.type === 'inlineCode') {
      out.push(node)
      continue
    }
    const children = node.children ?? []
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!)
  }
  return out
}

/**
 * An estimate of the deepest nesting of block quotes and list items in a
 * Markdown body, in one pass over its lines, stopping as soon as it passes
 * `limit`. Each `>` and each list marker (`-`, `*`, `+`, `1.`, `1)`) in a
 * line's prefix opens a level; a list item stays open on later lines
 * indented at least to its content column (the CommonMark rule). Thematic
 * breaks (`- - -`) are not lists.
 */
export function markdownDepth(body: string, limit = Infinity): number {
  let max = 0
  // Content columns of the open list items, innermost last.
  const items: number[] = []
  let lineStart = 0
  while (lineStart <= body.length) {
    let lineEnd = lineStart
    while (lineEnd < body.length && body.charCodeAt(lineEnd) !== 10 && body.charCodeAt(lineEnd) !== 13) lineEnd++
    const depth = lineDepth(body, lineStart, lineEnd, items)
    if (depth > max) {
      max = depth
      if (max > limit) return max
    }
    if (lineEnd >= body.length) break
    lineStart = lineEnd + (body.charCodeAt(lineEnd) === 13 && body.charCodeAt(lineEnd + 1) === 10 ? 2 : 1)
  }
  return max
}

function lineDepth(body: string, start: number, end: number, items: number[]): number {
  let i = start
  let column = 0
  let quotes = 0
  let markers = 0
  let blank = true
  for (let k = start; k < end; k++) {
    const c = body.charCodeAt(k)
    if (c !== 32 && c !== 9) {
      blank = false
      break
    }
  }
  if (blank || THEMATIC_BREAK.test(body.slice(start, end))) return quotes + items.length
  while (i < end) {
    const c = body.charCodeAt(i)
    if (c === 32) {
      column++
      i++
    } else if (c === 9) {
      column += 4 - (column % 4)
      i++
    } else if (c === 62) {
      quotes++
      column++
      i++
    } else {
      const width = markerWidth(body, i, end)
      if (width === 0) break
      while (items.length > 0 && items[items.length - 1]! > column) items.pop()
      items.push(column + width + 1)
      markers++
      column += width
      i += width
    }
  }
  if (markers === 0) while (items.length > 0 && items[items.length - 1]! > column) items.pop()
  return quotes + items.length
}

/** Width of a list marker at `i` that is followed by a space, a tab or the end of the line; 0 if none. */
function markerWidth(body: string, i: number, end: number): number {
  const c = body.charCodeAt(i)
  let w = 0
  if (c === 45 || c === 42 || c === 43) w = 1
  else {
    while (w < 9 && i + w < end && body.charCodeAt(i + w) >= 48 && body.charCodeAt(i + w) <= 57) w++
    if (w === 0 || i + w >= end) return 0
    const d = body.charCodeAt(i + w)
    if (d !== 46 && d !== 41) return 0
    w++
  }
  if (i + w < end) {
    const after = body.charCodeAt(i + w)
    if (after !== 32 && after !== 9) return 0
  }
  return w
}

const THEMATIC_BREAK = /^[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/

function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) chars[i] = ' '
}

/**
 * Put a leaf's value back at the source offsets it came from. Characters are
 * only placed where the source has the same character (or an entity or
 * escape for it); anything else in the source (markers, escapes, continuation
 * `>`) stays blank, so the view never invents text.
 */
function place(source: string, chars: string[], leaf: MdNode, bodyStart: number): void {
  const value = leaf.value ?? ''
  let i = (leaf.position?.start.offset ?? 0) + bodyStart
  const end = (leaf.position?.end.offset ?? 0) + bodyStart
  let j = 0
  while (i < end && j < value.length) {
    const s = source[i]!
    const v = value[j]!
    if (s === v) {
      chars[i] = v === '\n' || v === '\r' ? ' ' : v
      i++
      j++
    } else if (s === '&') {
      const semi = source.indexOf(';', i)
      const decoded = semi > i && semi - i < 40 ? parseEntities(source.slice(i, semi + 1)) : ''
      if (decoded !== '' && decoded !== source.slice(i, semi + 1) && value.startsWith(decoded, j) && decoded.length <= semi + 1 - i) {
        for (let k = 0; k < decoded.length; k++) chars[i + k] = decoded[k]!
        i = semi + 1
        j += decoded.length
      } else i++
    } else if (v === '\n' && (s === '\r' || s === ' ')) {
      i++
    } else i++
  }
}

/** A line this long is no hard-wrapped line: the paragraph is a copied page's lines. */
const LONG_LINE = 120
/** A line of at most this many words stands alone (a headline, a dateline, a label). */
const SHORT_LINE_WORDS = 8

/**
 * Split a Markdown paragraph at the soft line breaks that separate lines of
 * a copied page rather than wrap one paragraph: every break when some line
 * is longer than {@link LONG_LINE} characters (nobody hard-wraps at that
 * width); otherwise after a line that ends a sentence before a line that
 * starts like one, after a short line, and before a short line that is not
 * the last (a wrapped paragraph's only short line is its last). A plain
 * text file is read one line a block; this reads such a page saved as
 * Markdown the same way, and leaves hard-wrapped prose whole.
 */
function pageLines(source: string, start: number, end: number): Array<readonly [number, number]> {
  const lines: Array<[number, number]> = []
  let from = start
  for (let i = start; i < end; i++) {
    if (source[i] !== '\n') continue
    lines.push([from, source[i - 1] === '\r' ? i - 1 : i])
    from = i + 1
  }
  lines.push([from, end])
  if (lines.length === 1) return lines
  const text = lines.map(([a, b]) => source.slice(a, b).trim())
  const words = text.map((t) => t.split(/\s+/).filter((w) => w !== '').length)
  const everyBreak = text.some((t) => t.length > LONG_LINE)
  const out: Array<readonly [number, number]> = []
  let open = lines[0]![0]
  for (let k = 0; k < lines.length - 1; k++) {
    const ends = /[.!?]["'”’)\]]*$/.test(text[k]!) && /^["'“‘(\[]*[\p{Lu}\p{N}]/u.test(text[k + 1]!)
    const split = everyBreak || ends || words[k]! <= SHORT_LINE_WORDS || (words[k + 1]! <= SHORT_LINE_WORDS && k + 1 < lines.length - 1)
    if (!split) continue
    out.push([open, lines[k]![1]])
    open = lines[k + 1]![0]
  }
  out.push([open, end])
  return out
}

/**
 * A block starts at its first text character (after `#`, bullets, `>`) and
 * ends where the source node ends (so closing markers such as `**` stay in
 * its source range), less trailing whitespace.
 */
function trimBlock(source: string, chars: string[], start: number, end: number, kind: Block['kind']): Block | null {
  let s = start
  let e = end
  while (s < e && /\s/.test(chars[s]!)) s++
  while (e > s && /\s/.test(source[e - 1]!)) e--
  return e > s ? {start: s, end: e, kind} : null
}
