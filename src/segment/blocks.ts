import type {Block} from '../types.js'
import {isSpace} from './chars.js'

/**
 * Split text into line blocks: each non-blank line is a block. Lines are
 * where news text breaks most reliably (headlines, bylines, list items,
 * paragraphs in plain-text copies all sit on lines of their own).
 * Lines end at LF, CR or CRLF; blocks are trimmed of white space (tabs,
 * no-break spaces…), and lines of white space only give no block.
 * Only lines that start before `end` are read, and a block is cut at `end`.
 */
export function lineBlocks(text: string, start = 0, end = text.length): Block[] {
  const blocks: Block[] = []
  const re = /[^\r\n]+/g
  re.lastIndex = start
  let match: RegExpExecArray | null
  while ((match = re.exec(text)) !== null && match.index < end) {
    let s = match.index
    let e = Math.min(match.index + match[0].length, end)
    while (s < e && isSpace(text.charCodeAt(s))) s++
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--
    if (e > s) blocks.push({start: s, end: e, kind: 'line'})
  }
  return blocks
}
