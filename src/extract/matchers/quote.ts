import type {Candidate, Matcher, QuoteValue} from '../../types.js'
import {quotePiecesBySentence, type QuoteClaim} from '../quotes/index.js'

/**
 * Direct quotations, one claim per quoted sentence piece, with the speaker.
 *
 * All quotations of the article are found once (`ctx.memo`), because a
 * quotation can span sentences and paragraphs and its attribution may sit
 * in another sentence; each sentence then gets the pieces inside it.
 * The matcher gives `value.speakerMention` in text-view offsets (absolute
 * in `ctx.text`); the extraction runner maps them to source offsets like
 * every other span. See docs/claims-quotes.md.
 */
export const quote: Matcher<QuoteValue> = {
  meta: {
    id: 'quote',
    kind: 'quote',
    description: 'Direct quotations (curly, straight, single and multi-paragraph), one claim per quoted sentence, with the resolved speaker.',
    docs: 'docs/claims-quotes.md'
  },
  match(sentence, ctx) {
    const bySentence = ctx.memo<ReadonlyMap<number, readonly QuoteClaim[]>>(() => quotePiecesBySentence(ctx))
    const pieces = bySentence.get(sentence.index)
    if (pieces === undefined) return []
    const out: Candidate<QuoteValue>[] = []
    for (const piece of pieces) {
      const start = piece.start - sentence.start
      const end = piece.end - sentence.start
      // The sentence list the analysis used is ctx.sentences; guard anyway.
      if (start < 0 || end > sentence.text.length || start >= end) continue
      out.push({start, end, value: piece.value})
    }
    return out
  }
}
