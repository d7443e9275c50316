/**
 * How many independent sources back a finding: its articles, and their
 * source families (copies of one wire story or press release are one
 * source; see `families.ts`).
 *
 * @module
 */
import {compareStrings} from './text.js'

/** The articles of a finding and the independent sources among them. */
export interface FindingSources {
  /** Distinct articles whose claims the finding compares. */
  articles: number
  /** Distinct source families among them. */
  families: number
  /** Articles that share their family with another article of the finding. */
  copies: number
  /** Families with more than one article of the finding. */
  copiedFamilies: number
}

/** Count the articles and families of a finding's claims (`family`: article id → family id; an article not in it is its own family). */
export function findingSources(articles: readonly string[], family: ReadonlyMap<string, string>): FindingSources {
  const distinct = [...new Set(articles)].sort(compareStrings)
  const members = new Map<string, number>()
  for (const id of distinct) {
    const f = family.get(id) ?? id
    members.set(f, (members.get(f) ?? 0) + 1)
  }
  let copies = 0
  let copiedFamilies = 0
  for (const n of members.values()) {
    if (n > 1) {
      copies += n
      copiedFamilies++
    }
  }
  return {articles: distinct.length, families: members.size, copies, copiedFamilies}
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/**
 * The sentence a finding's message ends with when some of its articles are
 * copies of one text, or `null` when every article is an independent source:
 * "3 outlets agree, but 2 of them carry the same wire copy: 2 independent sources."
 */
export function familyNote(sources: FindingSources, differ: boolean): string | null {
  if (sources.families >= sources.articles) return null
  const copy = sources.copiedFamilies === 1 ? 'the same wire copy' : `${sources.copiedFamilies} wire copies`
  const independent = plural(sources.families, 'independent source')
  if (sources.families === 1) {
    return differ
      ? `All ${sources.articles} outlets carry the same wire copy, edited differently: 1 independent source.`
      : `All ${sources.articles} outlets carry the same wire copy: 1 independent source, not independent corroboration.`
  }
  const lead = differ ? `Of the ${sources.articles} outlets, ${sources.copies}` : `${sources.articles} outlets agree, but ${sources.copies} of them`
  return `${lead} carry ${copy}: ${independent}.`
}
