import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {mayHoldRole} from '../../src/extract/matchers/role.js'
import {ROLE_HEADS} from '../../src/extract/people.js'

// The role matcher's sentence test reads words by hashes where it can; the
// reference reads every word's form with the regexes `hasRoleHead` uses.
function form(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '').replace(/[^a-z-]/g, '')
}
function reference(text: string, start: number, end: number): boolean {
  if (end - start > 240) return true
  for (const m of text.slice(start, end).matchAll(/\S+/g)) {
    const word = m[0]
    if (word.length >= 60 || ROLE_HEADS.has(form(word))) return true
    for (let i = 0; i < word.length; i++) if (',;:.('.includes(word[i]!) && i > 0 && ROLE_HEADS.has(form(word.slice(0, i)))) return true
  }
  return false
}

const pieces = [
  'head', 'Head', 'HEAD', 'chief', 'leader', 'mp', 'MP', 'member', 'vice-president', 'chief-executive', 'ceo', 'the', 'council', 'Smith',
  "'s", '’s', "'S", 's', "'", '’', '-', ',', '.', ':', ';', '(', ')', '"', '“', '2018', '9', 'é', 'K', '\u212a', 'İ', 'ſ', ' ', ' ', '\u00a0', '\n', '\t'
]
const text = fc.oneof(fc.array(fc.constantFrom(...pieces), {maxLength: 30}).map((p) => p.join('')), fc.string({maxLength: 60}))

describe('mayHoldRole', () => {
  test('agrees with reading every word form', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(mayHoldRole(t, 0, t.length)).toBe(reference(t, 0, t.length))
      }),
      {numRuns: 20000}
    )
  })
})
