/**
 * Implied precision: how finely a figure was written. "$4.1 billion" is
 * written to a step of 0.1 billion (two significant digits), "£41.3m" to
 * £0.1m, "3,214,000" to 1, "60%" to 1 point. A figure written more coarsely
 * agrees with a precise one it rounds to ("$4.1 billion" ~ "$4.06 billion");
 * two figures written to the same step must be equal.
 *
 * The step comes from the digits as written and the value they stand for
 * (the scale word is whatever multiplies the written number into the value),
 * so it needs no list of scale words.
 *
 * @module
 */

const NUMBER = /\d(?:[\d,]*\d)?(?:\.\d+)?/g

/** A figure and the step it was written to: `value` is known to ± `step` / 2. */
export interface WrittenFigure {
  value: number
  step: number
}

const EPSILON = 1e-9

/**
 * The step `value` was written to in `text` ("$4.1 billion", 4.1e9 → 1e8),
 * or `undefined` when no number written in digits in `text` stands for
 * `value` (a figure in words: "half a million"). Trailing zeros of a whole
 * number count as written ("3,200,000" is to the unit): only a scale word or
 * decimals make a figure coarse.
 */
export function writtenStep(text: string, value: number): number | undefined {
  if (!Number.isFinite(value) || value <= 0) return undefined
  for (const match of text.matchAll(NUMBER)) {
    const digits = match[0]
    // "2,50" is not a grouped number: every group after a comma has three digits.
    const [whole = '', fraction = ''] = digits.split('.')
    if (whole.includes(',') && !/^\d{1,3}(?:,\d{3})+$/.test(whole)) continue
    const written = Number(`${whole.replaceAll(',', '')}${fraction ? `.${fraction}` : ''}`)
    if (!(written > 0)) continue
    const power = Math.log10(value / written)
    const exponent = Math.round(power)
    if (Math.abs(power - exponent) > EPSILON || exponent < 0) continue
    return 10 ** (exponent - fraction.length)
  }
  return undefined
}

/** Significant digits of a figure written to `step` ("4.1" billion: 2). */
export function significantDigits(figure: WrittenFigure): number {
  return Math.max(1, Math.floor(Math.log10(figure.value) + EPSILON) - Math.round(Math.log10(figure.step)) + 1)
}

/**
 * Does the coarser of two figures round the finer one? True when their steps
 * differ and the finer value lies within half a step of the coarser:
 * 4.1 (step 0.1) and 4.06 (step 0.01); not 4.1 and 4.2, nor 4.06 and 4.10
 * (same step). Symmetric.
 */
export function roundsTo(a: WrittenFigure, b: WrittenFigure): boolean {
  if (near(a.step, b.step)) return false
  const [coarse, fine] = a.step > b.step ? [a, b] : [b, a]
  // Half a step, with room for the floating-point error of the values themselves
  // (at 6e7 a double is off by up to 7e-9, which a half-cent step alone would not absorb).
  const slack = EPSILON * coarse.step + 16 * Number.EPSILON * Math.max(Math.abs(fine.value), Math.abs(coarse.value))
  return Math.abs(fine.value - coarse.value) <= coarse.step / 2 + slack
}

function near(x: number, y: number): boolean {
  return Math.abs(x - y) <= EPSILON * Math.max(Math.abs(x), Math.abs(y))
}
