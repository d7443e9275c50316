import {fromMarkdown} from 'mdast-util-from-markdown'
import {parseEntities} from 'parse-entities'
import type {Block, ExcludedRange} from '../types.js'

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
  const tree = fromMarkdown(body) as MdNode
  const chars = source.split('')
  const blocks: Block[] = []
  const excluded: ExcludedRange[] = []

  const walk = (node: MdNode, inList: boolean): void => {
    const start = Math.min((node.position?.start.offset ?? 0) + bodyStart, source.length)
    const end = Math.min((node.position?.end.offset ?? 0) + bodyStart, source.length)
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'tableCell': {
        blank(chars, start, end)
        for (const leaf of leaves(node)) place(source, chars, leaf, bodyStart)
        const block = trimBlock(source, chars, start, end, node.type === 'heading' ? 'heading' : inList ? 'list-item' : 'paragraph')
        if (block) blocks.push(block)
        return
      }
      case 'html':
      case 'code':
      case 'thematicBreak':
      case 'definition':
        if (end > start) excluded.push({start, end, rule: 'markup', reason: `Markdown ${node.type === 'html' ? 'raw HTML' : node.type === 'code' ? 'code block' : node.type === 'definition' ? 'link definition' : 'rule'}: not article text`})
        return
      default:
        for (const child of node.children ?? []) walk(child, inList || node.type === 'listItem')
    }
  }
  walk(tree, false)
  return {text: chars.join(''), blocks, excluded}
}

/** Text-bearing leaves of an inline tree, in order. */
function leaves(node: MdNode): MdNode[] {
  if (node.type === 'text' || node.type === 'inlineCode') return [node]
  return (node.children ?? []).flatMap(leaves)
}

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
