// The stored lexicon (src/extract/lexicon-data.ts, written by
// `node scripts/lexicon.mjs`) must be exactly the lexicon the installed
// compromise builds: after an upgrade of compromise this fails until the
// data is written again.
import {createRequire} from 'node:module'
import nlp from 'compromise'
import {describe, expect, test} from 'vitest'
import {COMPROMISE_VERSION} from '../../src/extract/lexicon-data.js'
import {lexiconEntries, lexiconTags} from '../../src/extract/lexicon.js'

type Lexicon = Record<string, string | string[]>
const modelLexicon = (lib: {model(): unknown}) => (lib.model() as {one: {lexicon: Lexicon}}).one.lexicon

describe('the stored compromise lexicon', () => {
  test('was written from the installed compromise version (else run `node scripts/lexicon.mjs`)', () => {
    expect(COMPROMISE_VERSION).toBe((nlp as unknown as {version: string}).version)
  })

  test('is the lexicon of the full compromise library and of its two build, entry for entry', () => {
    const stored = lexiconEntries()
    expect(Object.keys(stored).length).toBeGreaterThan(20_000)
    expect(stored).toEqual(modelLexicon(nlp as unknown as {model(): unknown}))
    const two = createRequire(import.meta.url)('compromise/two') as {model(): unknown}
    expect(stored).toEqual(modelLexicon(two))
  })

  test('look-ups: tags of a word, nothing for an unknown word or an Object.prototype name', () => {
    expect([lexiconTags('carl')].flat()).toContain('MaleName')
    expect(lexiconTags('qwxzv')).toBeUndefined()
    expect(lexiconTags('constructor')).toBeUndefined()
    expect(lexiconTags('__proto__')).toBeUndefined()
  })
})
