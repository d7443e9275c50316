/**
 * Sentence segmentation of article text.
 *
 * Blocks (headings, paragraphs, list items, lines) are segmented one by one,
 * so a sentence never crosses a block: a headline without a full stop stays
 * apart from the first paragraph. Inside a block, {@link blockSentenceSpans}
 * finds the boundaries; the rules are in docs/segmentation.md.
 *
 * @module
 */

import type {ArticleText, Block, Sentence} from '../types.js'
import {lineBlocks} from './blocks.js'
import {blockSentenceSpans} from './boundaries.js'

/**
 * Split the article blocks of a text view into sentences, in text-view
 * offsets (`view.text.slice(s.start, s.end) === s.text`).
 */
export function segment(view: ArticleText): Sentence[] {
  return segmentBlocks(view.text, view.blocks)
}

/**
 * Split a plain string into sentences, each line (CR, LF or CRLF ended)
 * being a block of its own.
 */
export function segmentText(text: string): Sentence[] {
  return segmentBlocks(text, lineBlocks(text))
}

/**
 * Split the given blocks of `text` into sentences. Sentences are trimmed of
 * white space, ordered, non-overlapping and never empty; `index` counts
 * sentences across all blocks and `block` is the index into `blocks`.
 */
export function segmentBlocks(text: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = []
  const spans: number[] = []
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!
    spans.length = 0
    blockSentenceSpans(text, Math.max(0, block.start), Math.min(text.length, block.end), spans)
    for (let k = 0; k < spans.length; k += 2) {
      const start = spans[k]!
      const end = spans[k + 1]!
      sentences.push({start, end, text: text.slice(start, end), index: sentences.length, block: b})
    }
  }
  return sentences
}
