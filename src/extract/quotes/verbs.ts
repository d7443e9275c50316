/**
 * The broad class of speech verbs, beyond the reporting verbs that
 * {@link ./reporting.ts} scans for: verbs of saying, of manner of speaking
 * and of speech acts ("fumed", "gushed", "implored", "enthused", "praised",
 * "slammed"). A word is in the class when compromise's lexicon knows it as
 * a verb form (or it is a regular -ed/-ing/-s form the lexicon lacks) and its
 * lemma is a speech-act lemma below. Only read where the list-based
 * attribution found nothing, so the verb scan itself is not slowed.
 *
 * @module
 */
import {isVerbWord, lexTags} from '../people/words.js'

/** Lemmas of speech verbs and speech acts (manner of speaking, evaluation, request, promise, report). */
const SPEECH_LEMMAS: ReadonlySet<string> = new Set([
  // saying and reporting
  'say', 'add', 'tell', 'explain', 'state', 'continue', 'argue', 'claim', 'insist', 'maintain', 'assert', 'contend',
  'declare', 'announce', 'proclaim', 'note', 'observe', 'remark', 'comment', 'mention', 'point', 'stress', 'emphasise',
  'emphasize', 'underline', 'highlight', 'reiterate', 'repeat', 'echo', 'recall', 'recount', 'reflect', 'muse', 'opine',
  'reason', 'suggest', 'propose', 'predict', 'forecast', 'estimate', 'reckon', 'conclude', 'summarise', 'summarize',
  'write', 'tweet', 'post', 'blog', 'text', 'email', 'testify', 'swear', 'affirm', 'confirm', 'reveal', 'disclose',
  'confess', 'admit', 'concede', 'acknowledge', 'allege', 'report', 'reply', 'respond', 'answer', 'retort', 'counter',
  'rebut', 'interject', 'interrupt', 'ask', 'question', 'wonder', 'query', 'inquire', 'enquire', 'describe', 'call',
  'brand', 'label', 'dub', 'term', 'characterise', 'characterize',
  // manner of speaking
  'fume', 'gush', 'quip', 'joke', 'enthuse', 'rage', 'rant', 'snap', 'sneer', 'scoff', 'exclaim', 'shout', 'yell',
  'scream', 'cry', 'sob', 'sigh', 'laugh', 'chuckle', 'grumble', 'moan', 'mutter', 'murmur', 'whisper', 'mumble',
  'groan', 'gasp', 'bark', 'thunder', 'bellow', 'roar', 'growl', 'hiss', 'stammer', 'stutter', 'blurt', 'vent',
  'bemoan', 'lament', 'complain', 'protest', 'object', 'grouse', 'gripe', 'boast', 'brag', 'crow', 'beam', 'smile',
  'chirp', 'trill', 'coo', 'drawl', 'gloat', 'huff', 'sniff', 'spit', 'splutter', 'wail', 'weep',
  // speech acts: evaluation, request, promise, warning
  'praise', 'hail', 'salute', 'applaud', 'commend', 'laud', 'congratulate', 'thank', 'welcome', 'celebrate',
  'criticise', 'criticize', 'slam', 'blast', 'attack', 'condemn', 'denounce', 'decry', 'deride', 'mock', 'ridicule',
  'lambast', 'lambaste', 'berate', 'scold', 'chide', 'rebuke', 'reprimand', 'castigate', 'excoriate', 'savage',
  'accuse', 'blame', 'dismiss', 'reject', 'deny', 'defend', 'justify', 'deplore', 'regret', 'apologise', 'apologize',
  'urge', 'implore', 'beg', 'plead', 'beseech', 'entreat', 'appeal', 'demand', 'encourage', 'invite', 'challenge',
  'advise', 'recommend', 'caution', 'warn', 'threaten', 'promise', 'pledge', 'vow', 'guarantee', 'assure', 'reassure',
  'agree', 'disagree', 'concur', 'hint', 'signal', 'insinuate', 'imply'
])

/** Short verbs whose final consonant doubles before -ed/-ing ("quipped", "slammed", "snapping"). */
function undouble(stem: string): string {
  return /([bdgklmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem
}

/** The speech lemma of a lowercase word form, or null: "fumed" → "fume", "implored" → "implore", "quipped" → "quip". */
export function speechLemma(word: string): string | null {
  const w = word.toLowerCase()
  if (w.length < 2 || !/^\p{Ll}+$/u.test(w)) return null
  if (SPEECH_LEMMAS.has(w)) return w
  return inflectedLemma(w)
}

/** The lemma of an inflected form (-ed, -ing, -s), or null; no allocation beyond the candidate strings. */
function inflectedLemma(w: string): string | null {
  const n = w.length
  const has = (c: string): string | null => (SPEECH_LEMMAS.has(c) ? c : null)
  if (w.endsWith('ed')) {
    if (w.endsWith('ied')) {
      const y = has(`${w.slice(0, -3)}y`)
      if (y) return y
    }
    const stem = w.slice(0, n - 2)
    return has(w.slice(0, n - 1)) ?? has(stem) ?? has(undouble(stem))
  }
  if (w.endsWith('ing')) {
    const stem = w.slice(0, n - 3)
    return has(stem) ?? has(`${stem}e`) ?? has(undouble(stem))
  }
  if (w.endsWith('s')) {
    if (w.endsWith('ies')) {
      const y = has(`${w.slice(0, -3)}y`)
      if (y) return y
    }
    return has(w.slice(0, n - 1)) ?? (w.endsWith('es') ? has(w.slice(0, n - 2)) : null)
  }
  return null
}

/** Every inflected form of the speech lemmas that the rules of {@link speechLemma} map back (built once; read-only). */
const SPEECH_FORMS: ReadonlySet<string> = (() => {
  const forms = new Set<string>()
  for (const lemma of SPEECH_LEMMAS) {
    const stems = [lemma, /e$/.test(lemma) ? lemma.slice(0, -1) : lemma, /[bdgklmnprt]$/.test(lemma) ? lemma + lemma.at(-1)! : lemma]
    for (const stem of stems) for (const end of ['ed', 'ing']) forms.add(stem + end)
    if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ied`).add(`${lemma.slice(0, -1)}ies`)
    forms.add(`${lemma}d`).add(`${lemma}s`).add(`${lemma}es`)
  }
  for (const form of [...forms]) if (speechLemma(form) === null || speechLemma(form) === form) forms.delete(form)
  return forms
})()

/** Is the word an inflected speech verb (past, -s or -ing; not the bare lemma, which is too often a noun: "call", "attack")? */
export function isSpeechVerb(word: string): boolean {
  const w = word.toLowerCase()
  if (!SPEECH_FORMS.has(w)) return false
  // An -s form the lexicon knows only as a plural noun ("calls", "attacks") is left out.
  return isVerbWord(w) || lexTags(w).length === 0 || /(?:ed|ing)$/.test(w)
}

/** Verbs that are never a speech tag on their own ("was", "had", "did", "used"). */
const NOT_TAG = new Set(['was', 'were', 'had', 'did', 'been', 'used', 'based', 'led', 'need', 'needed', 'wanted', 'seemed', 'appeared', 'happened', 'started', 'ended', 'played', 'scored', 'won', 'lost'])

/**
 * A verb right after a quotation's closing mark and its subject
 * (`"…," fumed X`, `"…," X implored the jury`): a speech verb, or any
 * past-tense verb of the lexicon, which the tag position makes a verb of
 * saying ("smiled", "shrugged"). Auxiliaries and copulas are not.
 */
export function isTagVerb(word: string): boolean {
  const w = word.toLowerCase()
  if (NOT_TAG.has(w)) return false
  if (isSpeechVerb(w)) return true
  return /ed$/.test(w) && (lexTags(w).includes('PastTense') || (lexTags(w).length === 0 && isVerbWord(w)))
}
