// A custom claim matcher: inspection grades on a four-point scale
// (Outstanding / Good / Requires improvement / Inadequate), as used by
// Ofsted and similar inspectorates. It is the worked example of
// docs/writing-matchers.md and uses only the public API of `corroborate`.
//
// Plain JavaScript with JSDoc types, so a config file can import it without a
// build step; `tsc` still checks it (see tsconfig.json `checkJs`).

/** @typedef {import('corroborate').Matcher<import('corroborate').CategoryValue>} RatingMatcher */

const GRADE = String.raw`outstanding|good|requires?\s+improvement(?:\s+to\s+be\s+good)?|required\s+improvement|inadequate`

// "rated inadequate", "deemed inadequate", "rated as inadequate",
// "judged to be good", "ranked the service as 'inadequate' overall".
// The object between verb and "as" is at most three words, so the pattern
// stays linear (no nested quantifiers over overlapping classes).
const VERB_GRADE = new RegExp(
  String.raw`\b(?:rated|deemed|judged|graded|ranked|assessed|found|declared|branded|labelled|labeled)` +
    String.raw`(?:\s+[\w’'-]+){0,3}?\s+(?:as\s+|to\s+be\s+)?[‘'"“]?(` + GRADE + String.raw`)\b[’'"”]?(\s+overall)?`,
  'gi'
)

// "said it required improvement", "which found the services required improvement".
const STATED_GRADE = new RegExp(String.raw`\b(requires?\s+improvement|required\s+improvement)\b`, 'gi')

// A judgement line: "Overall effectiveness – Inadequate",
// "• The experiences and progress of care leavers – Inadequate".
const JUDGEMENT_LINE = new RegExp(String.raw`^(?:[•*-]\s*)?([A-Z][^–—\n]{2,160}?)\s+[–—-]\s+(` + GRADE + String.raw`)\s*\.?$`, 'i')

/** @param {string} raw */
function label(raw) {
  const grade = raw.toLowerCase().replace(/\s+/g, ' ')
  if (grade.startsWith('outstanding')) return 'outstanding'
  if (grade.startsWith('good')) return 'good'
  if (grade.startsWith('inadequate')) return 'inadequate'
  return 'requires improvement'
}

/** @param {string} raw */
function subjectOf(raw) {
  const subject = raw.trim().replace(/\s+/g, ' ').toLowerCase()
  // "Overall effectiveness" is the headline judgement; an unqualified
  // "rated inadequate overall" refers to the same judgement.
  return subject === 'overall' ? 'overall effectiveness' : subject
}

/** @type {RatingMatcher} */
export const inspectionRating = {
  meta: {
    id: 'inspection-rating',
    kind: 'rating',
    description: 'Inspection grades on the four-point scale: outstanding, good, requires improvement, inadequate.',
    docs: 'docs/writing-matchers.md'
  },
  match(sentence) {
    const text = sentence.text
    // Cheap precheck: most sentences name no grade.
    if (!/outstanding|good|improvement|inadequate/i.test(text)) return []
    /** @type {import('corroborate').Candidate<import('corroborate').CategoryValue>[]} */
    const found = []
    const line = JUDGEMENT_LINE.exec(text)
    if (line && line[1] && line[2]) {
      const start = line.index + line[0].indexOf(line[1])
      found.push({
        start,
        end: line.index + line[0].trimEnd().length,
        value: {type: 'category', scheme: 'inspection-grade', label: label(line[2]), subject: subjectOf(line[1])}
      })
      return found
    }
    for (const match of text.matchAll(VERB_GRADE)) {
      if (!match[1]) continue
      // "good" is too common a word to trust after a loose verb: require the
      // verb to be a rating verb directly before it ("rated good").
      if (/^good$/i.test(match[1]) && !/^(?:rated|graded|judged)\s+(?:as\s+|to\s+be\s+)?[‘'"“]?good/i.test(match[0])) continue
      const end = match.index + match[0].replace(/[’'"”]$/, '').length
      found.push({
        start: match.index,
        end,
        value: {type: 'category', scheme: 'inspection-grade', label: label(match[1]), ...(match[2] ? {subject: 'overall effectiveness'} : {})}
      })
    }
    for (const match of text.matchAll(STATED_GRADE)) {
      if (!match[1]) continue
      const start = match.index
      if (found.some((c) => c.start <= start && start < c.end)) continue
      found.push({start, end: start + match[0].length, value: {type: 'category', scheme: 'inspection-grade', label: label(match[1])}})
    }
    return found.sort((a, b) => a.start - b.start)
  }
}
