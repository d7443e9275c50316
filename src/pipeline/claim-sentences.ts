/**
 * Claim sentences written once: a claim in memory carries its sentence's
 * text (the aligner and the renderers read `claim.sentence.text`), but a
 * report or a JSON line that wrote it with every claim would grow with the
 * square of a sentence full of figures. These functions split claims into
 * {@link StoredClaim}s and one {@link ReportSentence} per sentence, and join
 * them back.
 *
 * @module
 */
import type {Claim, ReportSentence, StoredClaim} from '../types.js'

/** The claim without its sentence text. */
export function storedClaim(claim: Claim | StoredClaim): StoredClaim {
  const {sentence} = claim
  return {...claim, sentence: {start: sentence.start, end: sentence.end, index: sentence.index}}
}

/**
 * Each sentence of `claims` once (claims that carry no sentence text are
 * skipped), sorted by article id, then index.
 */
export function claimSentences(claims: readonly (Claim | StoredClaim)[]): ReportSentence[] {
  const seen = new Map<string, ReportSentence>()
  for (const claim of claims) {
    const {sentence} = claim
    if (typeof (sentence as {text?: unknown}).text !== 'string') continue
    const key = `${sentence.index}\u0000${claim.article}`
    if (!seen.has(key)) seen.set(key, {article: claim.article, index: sentence.index, start: sentence.start, end: sentence.end, text: (sentence as Claim['sentence']).text})
  }
  return [...seen.values()].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.index - b.index))
}

/**
 * The `sentences[]` a report writes: those of its claims (the claims are the
 * truth: a report edited after it was built still writes what its claims
 * say), plus entries of `given` for claims read without sentence text.
 */
export function reportSentences(claims: readonly (Claim | StoredClaim)[], given: readonly ReportSentence[] = []): ReportSentence[] {
  const derived = claimSentences(claims)
  const have = new Set(derived.map((s) => `${s.index}\u0000${s.article}`))
  const wanted = new Set(claims.filter((c) => typeof (c.sentence as {text?: unknown}).text !== 'string').map((c) => `${c.sentence.index}\u0000${c.article}`))
  const extra = given.filter((s) => {
    const key = `${s.index}\u0000${s.article}`
    return wanted.has(key) && !have.has(key)
  })
  if (extra.length === 0) return derived
  return [...derived, ...extra].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.index - b.index))
}

/** Claims and their sentences, each sentence once. */
export function packClaims(claims: readonly Claim[]): {claims: StoredClaim[]; sentences: ReportSentence[]} {
  return {claims: claims.map(storedClaim), sentences: claimSentences(claims)}
}

/**
 * Stored claims with their sentence text put back from `sentences` (one
 * object per sentence, shared by its claims).
 *
 * @throws {Error} naming the claim when its sentence is missing or does not
 *   match its offsets (a hand-edited or truncated line).
 */
export function unpackClaims(claims: readonly StoredClaim[], sentences: readonly ReportSentence[]): Claim[] {
  const byKey = new Map<string, Claim['sentence']>()
  for (const s of sentences) {
    if (typeof s?.article !== 'string' || !Number.isInteger(s.index) || typeof s.text !== 'string' || !Number.isInteger(s.start) || !Number.isInteger(s.end)) {
      throw new Error('each entry of `sentences` needs `article`, `index`, `start`, `end` and `text`')
    }
    byKey.set(`${s.index}\u0000${s.article}`, {start: s.start, end: s.end, text: s.text, index: s.index})
  }
  return claims.map((claim) => {
    const stored = claim?.sentence as (StoredClaim['sentence'] & {text?: unknown}) | undefined
    if (typeof stored !== 'object' || stored === null) throw new Error(`claim \`${String(claim?.id)}\` has no \`sentence\``)
    if (typeof stored.text === 'string') return claim as unknown as Claim
    const sentence = byKey.get(`${stored.index}\u0000${claim.article}`)
    if (!sentence || sentence.start !== stored.start || sentence.end !== stored.end) {
      throw new Error(`claim \`${String(claim.id)}\`: sentence ${String(stored.index)} of \`${claim.article}\` is not in \`sentences\``)
    }
    return {...claim, sentence}
  })
}
