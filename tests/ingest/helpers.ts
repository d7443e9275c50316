// Shared helpers for the ingest tests.
import {IngestError} from '../../src/ingest/errors.js'
import type {Article, Span} from '../../src/types.js'

/** Source ranges of the kept blocks. */
export function keptRanges(article: Article): Span[] {
  return article.view.blocks.map((block) => ({start: article.view.toSource(block.start, 'start'), end: article.view.toSource(block.end, 'end')}))
}

/** Source texts of the kept blocks. */
export function keptTexts(article: Article): string[] {
  return keptRanges(article).map((range) => article.source.slice(range.start, range.end))
}

/** Source texts of excluded ranges with the given rule prefix. */
export function excludedTexts(article: Article, prefix = 'chrome/'): string[] {
  return article.excluded.filter((range) => range.rule.startsWith(prefix)).map((range) => article.source.slice(range.start, range.end))
}

/** Is `[start, end)` inside some range? */
export function within(ranges: readonly Span[], start: number, end: number): boolean {
  return ranges.some((range) => range.start <= start && end <= range.end)
}

/** Does `[start, end)` overlap some range? */
export function overlapsAny(ranges: readonly Span[], start: number, end: number): boolean {
  return ranges.some((range) => range.start < end && start < range.end)
}

/** Check the offset contract of every block and excluded range. */
export function checkOffsets(article: Article): void {
  const {view, source} = article
  let previous = -1
  for (const block of view.blocks) {
    if (!(block.start < block.end && block.start >= previous && block.end <= view.text.length)) throw new Error(`bad block ${JSON.stringify(block)}`)
    previous = block.end
    const s = view.toSource(block.start, 'start')
    const e = view.toSource(block.end, 'end')
    if (!(0 <= s && s < e && e <= source.length)) throw new Error(`bad source range ${s}-${e}`)
  }
  for (let i = 1; i < article.excluded.length; i++) {
    if (article.excluded[i - 1]!.start > article.excluded[i]!.start) throw new Error('excluded not sorted')
  }
}

/** The IngestError code `run` throws, or `ok` (any other error is thrown on). */
export function codeOf(run: () => unknown): string {
  try {
    run()
    return 'ok'
  } catch (error) {
    if (error instanceof IngestError) return error.code
    throw error
  }
}
