import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {findQuoteMarks, type MarkFamily, type QuoteMark} from '../../src/extract/quotes/marks.js'

// findQuoteMarks answers ASCII without regexes and reads the text after a
// mark only when it needs it; the reference below is the regex version.
const DOUBLE = new Set(['"', '“', '”'])
/** Words written with a leading apostrophe: ’til, ’em, ’n’, ’cause. */
const ELISIONS = /^(?:til|tis|twas|em|n|cause|bout|round|cos|s)(?![\p{L}\p{N}])/iu

function isWord(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c)
}

function isSpace(c: string): boolean {
  return c === '' || /\s/.test(c)
}

/** Before an opening mark: start, space, opening bracket, dash, colon, another quote. */
function opensAfter(prev: string): boolean {
  return isSpace(prev) || /[([{—–\-/:;“‘"'…]/.test(prev)
}

/** After a closing mark: end, space, punctuation, closing bracket, another quote. */
function closesBefore(next: string): boolean {
  return isSpace(next) || /[.,;:!?)\]}—–\-/…”’"']/.test(next)
}

/**
 * Classify the quote characters of `text` between `start` and `end`;
 * apostrophes are left out. `start`/`end` bound the context: a mark at
 * `start` sees the start of a paragraph before it.
 */
function reference(text: string, start: number, end: number): QuoteMark[] {
  const marks: QuoteMark[] = []
  for (let i = start; i < end; i++) {
    // QUOTE_CHARS, by code: " ' ‘ ’ “ ”
    const code = text.charCodeAt(i)
    if (code !== 0x22 && code !== 0x27 && (code < 0x2018 || code > 0x201d || code === 0x201a || code === 0x201b)) continue
    const char = text[i]!
    const prev = i > start ? text[i - 1]! : ''
    const next = i + 1 < end ? text[i + 1]! : ''
    const family: MarkFamily = DOUBLE.has(char) ? 'double' : 'single'
    // "rock ’n’ roll": the closing half of an elided "’n’".
    if (/(?:^|\s)['’]n$/u.test(text.slice(Math.max(start, i - 3), i)) && char !== '‘') continue
    const role = classify(char, prev, next, text.slice(i + 1, Math.min(end, i + 8)))
    if (role !== null) marks.push({at: i, char, family, role})
  }
  return marks
}

function classify(char: string, prev: string, next: string, after: string): QuoteMark['role'] | null {
  switch (char) {
    case '“':
      // A curly opener misused as a closer: "…end.“ "
      return (isWord(prev) || /[.,!?]/.test(prev)) && closesBefore(next) ? 'close' : 'open'
    case '”':
      return opensAfter(prev) && isWord(next) ? 'open' : 'close'
    case '"':
      if (opensAfter(prev) && !isSpace(next)) return 'open'
      if (!isSpace(prev) && closesBefore(next)) return 'close'
      return 'either'
    default:
      return classifySingle(char, prev, next, after)
  }
}

function classifySingle(char: string, prev: string, next: string, after: string): QuoteMark['role'] | null {
  // Inside a word: don’t, children’s, O'Brien, 100’s, rock’n’roll.
  if (isWord(prev) && isWord(next)) return null
  if (opensAfter(prev) && !isSpace(next)) {
    // ’90s, '19, ’til, 'em: elided, not quoted.
    if (/^\d\d(?:s\b|\b)/.test(after) || ELISIONS.test(after)) return null
    return char === '’' && !isWord(next) ? null : 'open'
  }
  if (!isSpace(prev) && closesBefore(next)) {
    // parents’ (plural possessive) looks the same; pairing drops a close with no open.
    return char === '‘' ? null : 'close'
  }
  return null
}

const units = ['"', '“', '”', '‘', '’', "'", 'n', 'N', 's', 'a', 'é', 'Ж', '7', '9', '0', ' ', '\u00a0', '\u2009', '\n', '\t', '', '.', ',', '!', '?', ':', ';', '(', ')', '[', '-', '—', '/', '…', 'til', 'em', 'cause', '90s', '𝒜', '\ud800', '_']
const text = fc.oneof(fc.array(fc.constantFrom(...units), {maxLength: 40}).map((p) => p.join('')), fc.string({maxLength: 60}), fc.string({unit: 'binary', maxLength: 40}))

describe('findQuoteMarks', () => {
  test('agrees with the regex reference, on whole texts and windows', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        expect(findQuoteMarks(t, 0, t.length)).toEqual(reference(t, 0, t.length))
        const start = Math.min(a, b) % (t.length + 1)
        const end = Math.max(start, Math.max(a, b) % (t.length + 1))
        expect(findQuoteMarks(t, start, end)).toEqual(reference(t, start, end))
      }),
      {numRuns: 20000}
    )
  })

  test('every BMP code unit on both sides of a mark', () => {
    for (let cp = 0; cp < 0x10000; cp += 1) {
      const c = String.fromCharCode(cp)
      for (const t of [`${c}’${c}`, `${c}"${c}`]) expect(findQuoteMarks(t, 0, t.length)).toEqual(reference(t, 0, t.length))
    }
  })
})
