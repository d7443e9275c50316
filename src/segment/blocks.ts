import type {Block} from '../types.js'

/**
 * Split text into line blocks: each non-blank line is a block. Lines are
 * where news text breaks most reliably (headlines, bylines, list items,
 * paragraphs in plain-text copies all sit on lines of their own).
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

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0xfeff
}
