// Date phrases for property tests: every form the date reader reads, written as news writes them.
import fc from 'fast-check'

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
export const dateText = fc.oneof(
  fc.tuple(fc.integer({min: 1, max: 28}), fc.constantFrom(...months), fc.integer({min: 1900, max: 2099})).map(([d, m, y]) => `${d} ${m} ${y}`),
  fc.tuple(fc.constantFrom(...months), fc.integer({min: 1, max: 28})).map(([m, d]) => `${m} ${d}`),
  fc.tuple(fc.constantFrom(...months), fc.integer({min: 1900, max: 2099})).map(([m, y]) => `${m} ${y}`),
  fc.constantFrom(...months),
  fc.integer({min: 1900, max: 2098}).map((y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`),
  fc.tuple(fc.integer({min: 1900, max: 2050}), fc.integer({min: 1, max: 40})).map(([y, n]) => `between ${y} and ${y + n}`),
  fc.tuple(fc.constantFrom('since', 'until', 'by', 'after', 'in'), fc.integer({min: 1900, max: 2099})).map(([p, y]) => `${p} ${y}`),
  fc.tuple(fc.constantFrom(...months), fc.constantFrom(...months)).map(([a, b]) => `from ${a} to ${b}`),
  fc.constantFrom('last year', 'next month', 'earlier this year', 'two years ago', 'last week', 'last summer', 'in the 1990s', 'the late 1980s', 'spring 2020', 'in the winter of 2021', 'the past five years', 'Q2 2021', 'mid-March', 'in March last year')
)
