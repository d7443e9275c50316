/**
 * compromise's lexicon: the part-of-speech and name tags of about 25,000
 * English words ("carl": MaleName, "criticised": PastTense, "liverpool":
 * City). Names and speakers are told from common words with it.
 *
 * The lexicon is the one compromise builds when it is loaded (its `two`
 * build), stored in `lexicon-data.ts` by `node scripts/lexicon.mjs`:
 * reading it is one `JSON.parse` (about 15 ms) where loading compromise
 * costs about 250 ms of CPU in every process and worker thread.
 * `tests/extract/lexicon.test.ts` checks that it is exactly the lexicon of
 * the compromise installed.
 *
 * @module
 */
import {LEXICON_JSON} from './lexicon-data.js'

/** A word's tags as compromise stores them: one tag, or several. */
export type LexiconTags = string | string[]

interface Table {
  sets: LexiconTags[]
  words: Record<string, number>
}

let table: Table | undefined

function load(): Table {
  table ??= JSON.parse(LEXICON_JSON) as Table
  return table
}

/** The tags of a lowercase word, or undefined when the lexicon does not hold it (own entries only: not "constructor"). */
export function lexiconTags(word: string): LexiconTags | undefined {
  const {sets, words} = load()
  return Object.hasOwn(words, word) ? sets[words[word] as number] : undefined
}

/** The whole lexicon as compromise gives it (`nlp.model().one.lexicon`): for tests and tools. */
export function lexiconEntries(): Record<string, LexiconTags> {
  const {sets, words} = load()
  const out: Record<string, LexiconTags> = {}
  for (const word of Object.keys(words)) Object.defineProperty(out, word, {value: sets[words[word] as number], enumerable: true, writable: true, configurable: true})
  return out
}
