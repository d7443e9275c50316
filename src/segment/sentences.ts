import type {ArticleText, Block, Sentence} from '../types.js'
import {lineBlocks} from './blocks.js'

const segmenter = new Intl.Segmenter('en', {granularity: 'sentence'})

/**
 * Split the article blocks of a text view into sentences, in text-view
 * offsets. Sentences never cross a block boundary.
 */
export function segment(view: ArticleText): Sentence[] {
  return segmentBlocks(view.text, view.blocks)
}

/** Split a plain string into sentences: each line is a block. */
export function segmentText(text: string): Sentence[] {
  return segmentBlocks(text, lineBlocks(text))
}

/** Split the given blocks of `text` into sentences. */
export function segmentBlocks(text: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = []
  blocks.forEach((block, blockIndex) => {
    const slice = text.slice(block.start, block.end)
    for (const part of segmenter.segment(slice)) {
      let s = block.start + part.index
      let e = s + part.segment.length
      while (s < e && /\s/.test(text[s]!)) s++
      while (e > s && /\s/.test(text[e - 1]!)) e--
      if (e > s) sentences.push({start: s, end: e, text: text.slice(s, e), index: sentences.length, block: blockIndex})
    }
  })
  return sentences
}
