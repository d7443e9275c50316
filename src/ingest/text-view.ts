import type {ArticleText, Block} from '../types.js'

/** A piece of the text view that maps to a piece of the source. */
export interface ViewPiece {
  /** Offset of the piece in the text view. */
  textStart: number
  /** Length of the piece in the text view. */
  textLength: number
  /** Source range the piece stands for. */
  sourceStart: number
  sourceEnd: number
}

/**
 * A text view that is the source itself (plain text, or Markdown whose body
 * is kept as written). Offsets map one to one.
 */
export function identityView(text: string, blocks: Block[]): ArticleText {
  return {
    text,
    blocks,
    toSource(offset) {
      return clamp(offset, 0, text.length)
    }
  }
}

/**
 * A text view built from pieces. Where a piece is as long in the view as in
 * the source, offsets inside it map one to one; otherwise (an entity such as
 * `&amp;`) the piece maps as a unit: a start inside it maps to its source
 * start, an end inside or at it maps to its source end.
 */
export function piecewiseView(text: string, blocks: Block[], pieces: ViewPiece[]): ArticleText {
  const starts = pieces.map((piece) => piece.textStart)
  return {
    text,
    blocks,
    toSource(offset, side) {
      if (pieces.length === 0) return 0
      const o = clamp(offset, 0, text.length)
      let index = upperBound(starts, o) - 1
      if (index < 0) index = 0
      let piece = pieces[index]!
      // An end offset at a piece boundary belongs to the piece before it.
      if (side === 'end' && o === piece.textStart && index > 0) piece = pieces[index - 1]!
      const inside = o - piece.textStart
      if (inside >= piece.textLength) return piece.sourceEnd
      if (piece.textLength === piece.sourceEnd - piece.sourceStart) return piece.sourceStart + inside
      if (inside <= 0) return piece.sourceStart
      return side === 'start' ? piece.sourceStart : piece.sourceEnd
    }
  }
}

function upperBound(values: number[], target: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (values[mid]! <= target) low = mid + 1
    else high = mid
  }
  return low
}

function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value
}
