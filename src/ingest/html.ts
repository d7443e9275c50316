import {parseHtmlTree} from '../lazy/html-parser.js'
import {parseEntities} from 'parse-entities'
import type {ArticleMeta, Block, ExcludedRange} from '../types.js'
import type {ViewPiece} from './text-view.js'
import {normalizePublished} from './published.js'
import {IngestError} from './errors.js'

/**
 * The deepest element nesting an HTML page may have; deeper pages are
 * refused with code `too-deep`. Browsers stop nesting at about the same
 * depth (Blink's parser at 512); the HTML-to-tree step and the walks here
 * recurse once per level, so a page nested thousands deep would overflow the
 * call stack.
 */
export const MAX_HTML_DEPTH = 500

/** The visible text of an HTML page, with the pieces that map it to the source. */
export interface HtmlView {
  /** Visible text: one line per block, whitespace collapsed, entities decoded. */
  text: string
  /** Text-view pieces, in order (see `piecewiseView`). */
  pieces: ViewPiece[]
  /** Blocks of the article region, in text-view offsets. */
  blocks: Block[]
  /** Source ranges dropped by structure (`markup`, `chrome/navigation`). */
  excluded: ExcludedRange[]
  /** Metadata from `<title>` and `<meta>`. */
  meta: ArticleMeta
}

interface HNode {
  type: string
  tagName?: string
  value?: string
  properties?: Record<string, unknown>
  children?: HNode[]
  position?: {start: {offset?: number}; end: {offset?: number}}
}

/** Never visible: dropped with rule `markup`. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'head', 'object', 'embed', 'canvas', 'audio', 'video', 'select', 'button', 'input', 'textarea'])
/** Page furniture: dropped with rule `chrome/navigation`. */
const NAVIGATION = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog'])
/** Elements that break the flow of text into blocks. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul'
])

/**
 * Read an HTML page into its visible text.
 *
 * Invisible elements (script, style, head, …) and comments are excluded as
 * `markup`; `nav`, `aside`, `form`, `footer` and a `header` outside the
 * article are excluded as `chrome/navigation`; when the page has an
 * `<article>` (or else a `<main>`) element, text outside it is excluded as
 * `chrome/navigation` too. Whitespace runs become one space (as a browser
 * shows them) and each entity maps to its whole source reference.
 */
export function htmlView(source: string): HtmlView {
  const tree = parseHtml(source)
  const meta = readMeta(tree)
  const focus = largest(findAll(tree, 'article')) ?? largest(findAll(tree, 'main'))

  let text = ''
  const pieces: ViewPiece[] = []
  const blocks: Block[] = []
  const excluded: ExcludedRange[] = []

  // The run of inline text being collected for the current block.
  let runText = ''
  let runPieces: ViewPiece[] = []
  let lastSpace = true

  const flush = (kind: Block['kind'], inFocus: boolean): void => {
    // Trim a trailing collapsed space.
    const tail = runPieces[runPieces.length - 1]
    if (tail && tail.textLength === 1 && runText.endsWith(' ')) {
      runPieces.pop()
      runText = runText.slice(0, -1)
    }
    if (runText !== '') {
      const first = runPieces[0]!
      const last = runPieces[runPieces.length - 1]!
      if (!inFocus) {
        excluded.push({start: first.sourceStart, end: last.sourceEnd, rule: 'chrome/navigation', reason: 'text outside the page\'s <article>/<main> element'})
      } else {
        if (text !== '') {
          // A line break between blocks; it stands for no source text.
          const at = pieces[pieces.length - 1]!.sourceEnd
          pieces.push({textStart: text.length, textLength: 1, sourceStart: at, sourceEnd: at})
          text += '\n'
        }
        const offset = text.length
        for (const piece of runPieces) pieces.push({...piece, textStart: piece.textStart + offset})
        blocks.push({start: offset, end: offset + runText.length, kind})
        text += runText
      }
    }
    runText = ''
    runPieces = []
    lastSpace = true
  }

  // parse5 may report an end one past the input at EOF (an unclosed comment).
  const clampOffset = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : Math.min(Math.max(offset, 0), source.length))

  const addText = (node: HNode): void => {
    const start = clampOffset(node.position?.start.offset)
    const end = clampOffset(node.position?.end.offset)
    if (start === undefined || end === undefined) return
    const raw = source.slice(start, end)
    const segments: Array<{value: string; start: number; end: number; unit: boolean}> = []
    parseEntities(raw, {
      position: {line: 1, column: 1, offset: start},
      text(value, position) {
        segments.push({value, start: position.start.offset ?? 0, end: position.end.offset ?? 0, unit: false})
      },
      reference(value, position) {
        segments.push({value, start: position.start.offset ?? 0, end: position.end.offset ?? 0, unit: true})
      }
    })
    const expected = collapse(node.value ?? '')
    if (collapse(segments.map((s) => s.value).join('')) !== expected) {
      // The parser decoded differently (rare: CR handling, malformed input): map the node as a unit.
      segments.length = 0
      segments.push({value: node.value ?? '', start, end, unit: true})
    }
    for (const segment of segments) {
      if (segment.unit) {
        const value = /^\s+$/.test(segment.value) && segment.value !== '\u00a0' ? ' ' : collapse(segment.value)
        if (value === ' ' && lastSpace) continue
        if (value === '') continue
        runPieces.push({textStart: runText.length, textLength: value.length, sourceStart: segment.start, sourceEnd: segment.end})
        runText += value
        lastSpace = value.endsWith(' ')
        continue
      }
      // Plain text: copy one to one, collapsing each whitespace run to a space.
      const re = /(\s+)|[^\s]+/g
      let m: RegExpExecArray | null
      while ((m = re.exec(segment.value)) !== null) {
        const s = segment.start + m.index
        const e = s + m[0].length
        if (m[1] !== undefined) {
          if (lastSpace) continue
          runPieces.push({textStart: runText.length, textLength: 1, sourceStart: s, sourceEnd: e})
          runText += ' '
          lastSpace = true
        } else {
          runPieces.push({textStart: runText.length, textLength: m[0].length, sourceStart: s, sourceEnd: e})
          runText += m[0]
          lastSpace = false
        }
      }
    }
  }

  const walk = (node: HNode, kind: Block['kind'], inFocus: boolean, inArticle: boolean): void => {
    const start = clampOffset(node.position?.start.offset)
    const end = clampOffset(node.position?.end.offset)
    if (node.type === 'comment' || node.type === 'doctype') {
      if (node.type === 'comment' && start !== undefined && end !== undefined) excluded.push({start, end, rule: 'markup', reason: 'an HTML comment'})
      return
    }
    if (node.type === 'text') {
      addText(node)
      return
    }
    if (node.type !== 'element' && node.type !== 'root') return
    const tag = node.tagName ?? ''
    if (INVISIBLE.has(tag)) {
      flush(kind, inFocus)
      if (start !== undefined && end !== undefined) excluded.push({start, end, rule: 'markup', reason: `<${tag}> is not visible text`})
      return
    }
    if (NAVIGATION.has(tag) && !(tag === 'header' && inArticle)) {
      flush(kind, inFocus)
      if (start !== undefined && end !== undefined) excluded.push({start, end, rule: 'chrome/navigation', reason: `<${tag}>: page navigation or furniture, not the article`})
      return
    }
    if (tag === 'br') {
      flush(kind, inFocus)
      return
    }
    const focusHere = node === focus
    const childFocus = focus === null || inFocus || focusHere
    const childArticle = inArticle || focusHere
    if (BLOCK.has(tag)) {
      flush(kind, inFocus)
      const childKind = kindOf(tag, kind)
      for (const child of node.children ?? []) walk(child, childKind, childFocus, childArticle)
      flush(childKind, childFocus)
    } else {
      for (const child of node.children ?? []) walk(child, kind, childFocus, childArticle)
    }
  }
  walk(tree, 'paragraph', focus === null, false)
  flush('paragraph', focus === null)
  excluded.sort((a, b) => a.start - b.start || b.end - a.end)
  return {text, pieces, blocks, excluded, meta}
}

const tooDeep = (): IngestError => new IngestError('too-deep', `HTML nested more than ${MAX_HTML_DEPTH} elements deep; refused rather than parsed`)

/**
 * Parse a page, refusing one nested deeper than {@link MAX_HTML_DEPTH}:
 * after parsing, the depth is measured without recursion; a page so deep
 * that the parser's own tree conversion overflows the stack (thousands of
 * levels) gives the same `too-deep` error, so the outcome does not depend on
 * how much stack is left.
 */
function parseHtml(source: string): HNode {
  let tree: HNode
  try {
    tree = parseHtmlTree(source) as unknown as HNode
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw tooDeep()
    throw error
  }
  if (treeDepth(tree) > MAX_HTML_DEPTH) throw tooDeep()
  return tree
}

/** The depth of a tree (the root is 0), with an explicit stack. */
function treeDepth(root: HNode): number {
  let max = 0
  const stack: Array<[HNode, number]> = [[root, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > max) max = depth
    for (const child of node.children ?? []) stack.push([child, depth + 1])
  }
  return max
}

/**
 * `title.split(/\s+[|–—-]\s+/)` ("Headline | Outlet", "Headline - Outlet")
 * in one pass: the regex retries from every position of a long run of
 * white space, which is quadratic.
 */
export function splitTitle(title: string): string[] {
  const parts: string[] = []
  const space = (at: number): boolean => at < title.length && WHITE_SPACE.test(title[at]!)
  let last = 0
  let runStart = -1
  for (let p = 0; p < title.length; p++) {
    if (space(p)) {
      if (runStart < 0) runStart = p
      continue
    }
    if (runStart >= 0 && TITLE_SEPARATORS.has(title[p]!) && space(p + 1)) {
      let e = p + 1
      while (space(e)) e++
      parts.push(title.slice(last, runStart))
      last = e
      p = e - 1
    }
    runStart = -1
  }
  parts.push(title.slice(last))
  return parts
}

const WHITE_SPACE = /^\s$/
const TITLE_SEPARATORS = new Set(['|', '–', '—', '-'])

function kindOf(tag: string, inherited: Block['kind']): Block['kind'] {
  if (/^h[1-6]$/.test(tag)) return 'heading'
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'list-item'
  if (tag === 'p' || tag === 'blockquote' || tag === 'td' || tag === 'th' || tag === 'figcaption' || tag === 'pre') return 'paragraph'
  return inherited === 'heading' || inherited === 'list-item' ? inherited : 'paragraph'
}

function collapse(value: string): string {
  return value.replace(/[ \t\n\r\f]+/g, ' ')
}

/** Outermost `tag` elements outside invisible and navigation elements. */
function findAll(node: HNode, tag: string, out: HNode[] = []): HNode[] {
  if (node.type === 'element' && node.tagName === tag) {
    out.push(node)
    return out
  }
  for (const child of node.children ?? []) {
    const name = child.tagName ?? ''
    if (child.type === 'element' && (INVISIBLE.has(name) || (NAVIGATION.has(name) && name !== 'header'))) continue
    findAll(child, tag, out)
  }
  return out
}

/**
 * The element with the most text: pages list teaser cards as `<article>`
 * too, and the story is the long one.
 */
function largest(nodes: HNode[]): HNode | null {
  let best: HNode | null = null
  let size = -1
  for (const node of nodes) {
    const length = collapse(textOf(node)).trim().length
    if (length > size) {
      best = node
      size = length
    }
  }
  return best
}

function textOf(node: HNode): string {
  if (node.type === 'text') return node.value ?? ''
  return (node.children ?? []).map(textOf).join('')
}

/** Metadata from `<title>`, Open Graph and `<meta name=author>`. */
function readMeta(tree: HNode): ArticleMeta {
  const meta: ArticleMeta = {}
  let title: string | undefined
  const visit = (node: HNode): void => {
    if (node.type === 'element') {
      if (node.tagName === 'title' && title === undefined) title = collapse(textOf(node)).trim()
      if (node.tagName === 'meta') {
        const key = String(node.properties?.property ?? node.properties?.name ?? '').toLowerCase()
        const content = node.properties?.content
        if (typeof content === 'string' && content.trim() !== '') {
          const value = collapse(content).trim()
          if (key === 'og:site_name') meta.outlet ??= value
          else if (key === 'og:title') meta.title ??= value
          else if (key === 'article:published_time' || key === 'date' || key === 'dc.date') {
            const date = normalizePublished(value)
            if (date !== null) meta.published ??= date
          } else if (key === 'author' || key === 'article:author') {
            if (!/^https?:/i.test(value)) meta.author ??= value
          } else if (key === 'og:url') meta.url ??= value
        }
      }
      if (node.tagName === 'link' && node.properties?.rel && String(node.properties.rel).includes('canonical') && typeof node.properties.href === 'string') {
        meta.url ??= node.properties.href
      }
    }
    for (const child of node.children ?? []) visit(child)
  }
  visit(tree)
  if (meta.title === undefined && title) {
    // "Headline | Outlet" / "Headline - Outlet": the outlet is not part of the headline.
    const outlet = meta.outlet
    const parts = splitTitle(title)
    meta.title = outlet !== undefined && parts.length > 1 && parts[parts.length - 1]!.toLowerCase() === outlet.toLowerCase() ? parts.slice(0, -1).join(' - ') : title
  }
  return meta
}
