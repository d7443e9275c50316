import {describe, expect, test} from 'vitest'
import fc from 'fast-check'
import {runMatcher} from '../../src/extract/test-matcher.js'
import {quote} from '../../src/extract/matchers/quote.js'
import {isSpeechVerb, isTagVerb, speechLemma} from '../../src/extract/quotes/verbs.js'
import {isTitleCase} from '../../src/extract/quotes/mark-kinds.js'
import {outletOf} from '../../src/extract/quotes/outlets.js'
import type {QuoteValue} from '../../src/types.js'

// Text from pieces that exercise the new attribution paths: broad verbs, round-ups, outlets, titles, suffixes.
const atoms = [
  '"', '“', '”', '‘', '’', "'", ' ', ' ', '\n', ',', '.', ':', '?', '!', '(', ')', '@', '[', ']', 'fumed', 'gushed',
  'implored', 'praised', 'said', 'he', 'she', 'it', 'the paper', "'s editorial", 'in a leader', 'on Twitter', 'Jr.',
  'Ana', 'Petrova', 'Wood', 'Little', 'The', 'Daily', 'Courier', 'Herald', 'known as', 'novel', 'The Quiet Harbour',
  'We', 'will', 'win', 'pic.twitter.com/x', '— Jo Bell (@jobell) May 2, 2024', 'according to', 'editorial'
]
const article = fc.oneof(
  fc.array(fc.constantFrom(...atoms), {maxLength: 70}).map((parts) => parts.join('')),
  fc.string({unit: fc.constantFrom('"', '“', '”', '‘', '’', "'", 'A', 'b', ' ', '\n', '.', ',', ':', '@', '('), maxLength: 90})
)

const REASONS = new Set(['tag-after', 'tag-before', 'fragment-clause', 'colon-intro', 'headline', 'round-up', 'carried', 'reported-speech', 'pronoun'])
const KINDS = new Set(['speech', 'scare', 'title', 'nickname', 'embed'])

function check(text: string): void {
  const claims = runMatcher(quote, text)
  for (const c of claims) {
    expect(text.slice(c.start, c.end)).toBe(c.text)
    const v = c.value as QuoteValue
    expect(KINDS.has(v.markKind!)).toBe(true)
    expect(v.speech).toBe(v.markKind === 'speech')
    if (v.speaker === null) {
      expect(v.speakerReason).toBeNull()
      expect(v.speakerConfidence).toBe(0)
    } else {
      expect(REASONS.has(v.speakerReason!)).toBe(true)
      expect(v.speakerConfidence).toBeGreaterThan(0)
      expect(v.speakerConfidence).toBeLessThanOrEqual(1)
    }
    if (v.speakerMention) expect(text.slice(v.speakerMention.start, v.speakerMention.end)).toBe(v.speakerMention.text)
  }
  expect(runMatcher(quote, text)).toEqual(claims)
}

describe('quote speakers on arbitrary text', () => {
  test('never throws, offsets slice back, reasons and confidences well formed, deterministic', () => {
    fc.assert(fc.property(article, check), {numRuns: 300})
  })

  test('no recursion or blow-up on deep nesting and long tag chains', () => {
    const deep = `${'“‘'.repeat(3000)}We will win${'’”'.repeat(3000)}`
    const tags = Array.from({length: 800}, (_, i) => `"We will win ${i}," fumed Ana Petrova${i}.`).join(' ')
    const roundups = Array.from({length: 800}, (_, i) => `Ana Petrova${i}, Daily Herald @h${i} on Twitter: "Win ${i}."`).join('\n')
    const spaces = `Ana Petrova${' ,'.repeat(5000)}: "We will win."`
    for (const text of [deep, tags, roundups, spaces]) {
      const started = performance.now()
      expect(() => runMatcher(quote, text)).not.toThrow()
      expect(performance.now() - started).toBeLessThan(5000)
    }
  })
})

describe('speech verbs', () => {
  const lemmas = ['fume', 'gush', 'implore', 'quip', 'enthuse', 'praise', 'slam', 'plead', 'concede', 'grumble']
  const forms = (lemma: string) => {
    const stem = /e$/.test(lemma) ? lemma.slice(0, -1) : /^(?:quip|slam)$/.test(lemma) ? lemma + lemma.at(-1) : lemma
    return [`${stem}ed`, `${stem}ing`]
  }
  test('past and -ing forms map back to their lemma and are speech verbs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...lemmas), (lemma) => {
        for (const form of forms(lemma)) {
          expect(speechLemma(form)).toBe(lemma)
          expect(isSpeechVerb(form)).toBe(true)
          expect(isTagVerb(form)).toBe(true)
        }
      })
    )
  })
  test('never throws on any string; bare lemmas and auxiliaries are no tags', () => {
    fc.assert(fc.property(fc.string({maxLength: 20}), (w) => {
      speechLemma(w)
      isTagVerb(w)
    }))
    for (const w of ['call', 'attack', 'was', 'had', 'did', 'table', 'Smith']) expect(isSpeechVerb(w) && isTagVerb(w)).toBe(false)
  })
})

describe('title case and outlets', () => {
  test('title case is never a sentence: text ending in . ! ? is not a title', () => {
    fc.assert(fc.property(fc.string({maxLength: 60}), fc.constantFrom('.', '!', '?'), (s, end) => {
      expect(isTitleCase(`${s}${end}`)).toBe(false)
    }))
  })
  test('outletOf never throws and names only proper owners', () => {
    fc.assert(fc.property(fc.string({maxLength: 60}), (s) => {
      const found = outletOf(s)
      if (found?.kind === 'org') expect(found.text.length).toBeGreaterThan(0)
    }))
    expect(outletOf("The Daily Chronicle's editorial")).toEqual({kind: 'org', text: 'Daily Chronicle'})
    expect(outletOf("Labour's leader")).toBeNull()
    expect(outletOf('the paper')?.kind).toBe('outlet')
  })
})
