/**
 * Pair quotation marks into quotations over a whole article.
 *
 * - Marks pair within their family (double “ ” ", single ‘ ’ '); a quote
 *   inside a quote is *nested* and stays part of the outer quotation.
 * - UK multi-paragraph quotes: a paragraph that opens a quotation and ends
 *   without closing it continues into the next paragraph when that one
 *   opens with a mark of the same family (straight and curly mix freely).
 * - An unclosed double quote that does not continue runs to the end of its
 *   paragraph; an unclosed single mark is dropped (too often an apostrophe).
 *
 * @module
 */
import type {Block, Span} from '../../types.js'
import {findQuoteMarks, type MarkFamily, type QuoteMark} from './marks.js'

/** The quoted text of a quotation within one paragraph (marks excluded). */
export interface QuoteSegment extends Span {
  /** Index of the block. */
  block: number
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark, or null when the paragraph ends first. */
  close: number | null
}

/** A quotation: one or more segments (paragraphs, or parts split by an attribution). */
export interface Quotation {
  /** Stable id: `q@<offset of the first opening mark>`. */
  id: string
  family: MarkFamily
  segments: QuoteSegment[]
  /** Quotes nested inside this one (content spans). */
  nested: Span[]
  /** False when the last segment ran to the end of a paragraph unclosed. */
  closed: boolean
}

interface Open {
  mark: QuoteMark
  /** The quotation it opens, when it is a top-level open. */
  continuing?: Quotation
}

/** Find the quotations of an article's blocks, in text order. */
export function pairQuotations(text: string, blocks: readonly Block[]): Quotation[] {
  const quotations: Quotation[] = []
  let carried: Quotation | null = null
  // Nested spans found before their outer quotation closes (reset per paragraph).
  const pendingNested: Span[] = []
  blocks.forEach((block, blockIndex) => {
    const marks = findQuoteMarks(text, block.start, block.end)
    const stack = new OpenStack()
    let first = 0
    // A continued quotation: this paragraph must open with a mark of its family.
    if (carried !== null) {
      const opener = marks[0]
      if (opener && opener.at === block.start && opener.family === carried.family && opener.role !== 'close') {
        stack.push({mark: opener, continuing: carried})
        first = 1
      } else if (opener && opener.at === block.start && carried.family === 'double' && opener.char === '”') {
        stack.push({mark: opener, continuing: carried})
        first = 1
      }
    }
    carried = null
    for (let i = first; i < marks.length; i++) {
      const mark = marks[i]!
      const openIndex = mark.role === 'open' ? -1 : stack.innermost(mark.family)
      const closes = mark.role === 'close' || (mark.role === 'either' && openIndex !== -1)
      if (!closes) {
        if (mark.role !== 'close') stack.push({mark})
        continue
      }
      if (openIndex === -1) continue // a closer with nothing open: apostrophe or stray
      const open = stack.at(openIndex)
      stack.truncate(openIndex)
      const content = {start: open.mark.at + 1, end: mark.at}
      if (openIndex > 0) {
        // Nested: part of the outermost open quotation's words.
        pendingNested.push(content)
        continue
      }
      const quotation = open.continuing ?? newQuotation(open.mark)
      if (!open.continuing) quotations.push(quotation)
      quotation.segments.push({start: content.start, end: content.end, block: blockIndex, open: open.mark.at, close: mark.at})
      // A loop, not push(...): 70,000 nested pairs are more arguments than a call takes.
      for (const n of pendingNested) if (n.start >= content.start && n.end <= content.end) quotation.nested.push(n)
      pendingNested.length = 0
    }
    // What is still open at the paragraph end.
    const outer = stack.length > 0 ? stack.at(0) : undefined
    if (outer) {
      const continues = startsWithOpener(text, blocks[blockIndex + 1], outer.mark.family)
      const strongOpen = outer.mark.family === 'double' || continues
      if (strongOpen) {
        const quotation = outer.continuing ?? newQuotation(outer.mark)
        if (!outer.continuing) quotations.push(quotation)
        const content = {start: outer.mark.at + 1, end: block.end}
        quotation.segments.push({start: content.start, end: content.end, block: blockIndex, open: outer.mark.at, close: null})
        for (const n of pendingNested) if (n.start >= content.start) quotation.nested.push(n)
        if (continues) carried = quotation
        else quotation.closed = false
      } else if (outer.continuing) {
        outer.continuing.closed = false
      }
    }
    pendingNested.length = 0
  })
  quotations.sort((a, b) => a.segments[0]!.open - b.segments[0]!.open)
  return quotations.filter((q) => q.segments.length > 0)
}

function newQuotation(mark: QuoteMark): Quotation {
  return {id: `q@${mark.at}`, family: mark.family, segments: [], nested: [], closed: true}
}

/**
 * The opens of a paragraph, innermost last, with the positions of each
 * family's opens kept apart so that finding the innermost open of a family
 * is constant time (a long run of opens of one family and closers of the
 * other would otherwise rescan the whole stack for every closer).
 */
class OpenStack {
  private readonly items: Open[] = []
  private readonly byFamily: Record<MarkFamily, number[]> = {double: [], single: []}

  get length(): number {
    return this.items.length
  }

  at(index: number): Open {
    return this.items[index]!
  }

  push(open: Open): void {
    this.byFamily[open.mark.family].push(this.items.length)
    this.items.push(open)
  }

  /** The index of the innermost open of this family, or -1. */
  innermost(family: MarkFamily): number {
    const positions = this.byFamily[family]
    return positions.length === 0 ? -1 : positions[positions.length - 1]!
  }

  /** Drop the opens from `index` on. */
  truncate(index: number): void {
    this.items.length = index
    for (const positions of [this.byFamily.double, this.byFamily.single]) {
      while (positions.length > 0 && positions[positions.length - 1]! >= index) positions.pop()
    }
  }
}

/** Does the paragraph open with a quotation mark of this family? */
function startsWithOpener(text: string, block: Block | undefined, family: MarkFamily): boolean {
  if (!block) return false
  const first = findQuoteMarks(text, block.start, Math.min(block.end, block.start + 2))[0]
  if (!first || first.at !== block.start) return false
  if (first.family !== family) return false
  return first.role !== 'close' || first.char === '”'
}
