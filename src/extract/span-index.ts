/**
 * Fast questions about a fixed list of spans, asked many times: "does any
 * span overlap [start, end)?" and "where do the spans starting at or after x
 * begin?". Answering them by scanning the list is linear per question, and
 * quadratic over an article with many names or quotations.
 *
 * @module
 */
import type {Span} from '../types.js'

interface OverlapIndex {
  /** The list's length when indexed: a list that grew or shrank is indexed again. */
  length: number
  /** Starts, ascending. */
  starts: number[]
  /** maxEnd[i]: the largest end among the spans with the i + 1 smallest starts. */
  maxEnd: number[]
}

const indexes = new WeakMap<readonly Span[], OverlapIndex>()
/** Below this many spans a plain scan is as fast as the index. */
const SMALL = 16

/**
 * Does any span of `spans` overlap [start, end) (`span.start < end && start < span.end`)?
 * The same as `spans.some(…)`; the list must not change between calls (the
 * index built for it is kept while the list lives).
 */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  if (spans.length < SMALL) return spans.some((span) => span.start < end && start < span.end)
  let index = indexes.get(spans)
  if (index === undefined || index.length !== spans.length) {
    const sorted = [...spans].sort((a, b) => a.start - b.start)
    const starts: number[] = []
    const maxEnd: number[] = []
    let max = -Infinity
    for (const span of sorted) {
      starts.push(span.start)
      max = Math.max(max, span.end)
      maxEnd.push(max)
    }
    index = {length: spans.length, starts, maxEnd}
    indexes.set(spans, index)
  }
  // Spans starting before `end`: a prefix of the sorted list; one of them overlaps when the latest end passes `start`.
  const count = firstAtOrAfter(index.starts, end)
  return count > 0 && index.maxEnd[count - 1]! > start
}

/**
 * Binary search: the first index in `[0, length)` for which `before(index)`
 * is false, where `before` is true on a prefix and false after it (`length`
 * when it is true everywhere).
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (before(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The index of the first value `>= value` in an ascending array (its length when none). */
export function firstAtOrAfter(sorted: readonly number[], value: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i]! < value)
}

/** The index of the first span starting at or after `offset` in spans sorted by start (their length when none). */
export function firstStartingAtOrAfter(spans: readonly Span[], offset: number): number {
  return partitionPoint(spans.length, (i) => spans[i]!.start < offset)
}
