/**
 * "Did you mean": the closest known word to a mistyped one, by edit distance
 * (insertions, deletions, substitutions and swaps of neighbours), if it is
 * close enough to be a typo.
 *
 * @module
 */

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[] = new Array<number>(rows * cols).fill(0)
  for (let i = 0; i < rows; i++) d[i * cols] = i
  for (let j = 0; j < cols; j++) d[j] = j
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1)
      d[i * cols + j] = best
    }
  }
  return d[rows * cols - 1]!
}

/** Most edits a word of this length may have to count as a typo of another. */
function tolerance(length: number): number {
  return length <= 3 ? 1 : length <= 6 ? 2 : 3
}

/**
 * The known word closest to `word` (case-insensitive), or undefined when none
 * is within a typo's distance; a known word that starts with `word` (an
 * abbreviation, at least 3 letters) also counts. Ties go to the earlier word.
 */
export function closest(word: string, known: readonly string[]): string | undefined {
  const typed = word.toLowerCase()
  if (typed === '') return undefined
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const lower = candidate.toLowerCase()
    const distance = typed.length >= 3 && lower.startsWith(typed) ? 0.5 : editDistance(typed, lower)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best !== undefined && bestDistance <= tolerance(typed.length) ? best : undefined
}

/** ` (did you mean X?)`, or an empty string. */
export function didYouMean(word: string, known: readonly string[], show: (s: string) => string = (s) => s): string {
  const match = closest(word, known)
  return match === undefined || match === word ? '' : ` (did you mean ${show(match)}?)`
}
