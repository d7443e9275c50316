/**
 * Person names: "Martin Birch", "Mr Birch", "M. Birch" and "Birch" may be the
 * same person; "Martin Birch" and "Sarah Birch" are not.
 *
 * @module
 */

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'cllr', 'councillor', 'rev', 'judge', 'justice'])

/** Name parts, lowercased, accents folded, titles dropped. */
export function nameParts(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .split(/[\s.]+/)
    .map((p) => p.replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter((p) => p && !TITLES.has(p))
}

/** Normalized full name, for grouping: `martin birch`. */
export function normalizeName(name: string): string {
  return nameParts(name).join(' ')
}

/** Same person? Same surname, and first names equal, one an initial of the other, or one missing. */
export function sameName(a: string, b: string): boolean {
  const x = nameParts(a)
  const y = nameParts(b)
  if (!x.length || !y.length) return false
  if (x[x.length - 1] !== y[y.length - 1]) return false
  const fx = x.length > 1 ? x[0] : undefined
  const fy = y.length > 1 ? y[0] : undefined
  if (fx === undefined || fy === undefined) return true
  if (fx === fy) return true
  if (fx.length === 1 || fy.length === 1) return fx[0] === fy[0]
  return false
}
