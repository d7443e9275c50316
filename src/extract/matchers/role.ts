import type {Candidate, Matcher, RoleValue} from '../../types.js'
import {findPersonNames, findRoles, findSurnameMentions, resolvePerson, type PersonName} from '../people.js'

/**
 * People named with a role or title: "council leader Liam Robinson",
 * "Chancellor Rachel Reeves", "Martin Birch, Director of Education and
 * Children's Services", "Tim Cook, Apple's chief executive". The claim
 * spans role and name. `value.person` is the full name (a surname-only
 * mention resolves to the full name given elsewhere in the article);
 * `value.role` is the role as written, whitespace-normalized, a leading
 * "the"/"a" dropped (compare it case-insensitively). See docs/claims-quotes.md.
 */
export const role: Matcher<RoleValue> = {
  meta: {
    id: 'role',
    kind: 'role',
    description: 'People named with a role or title, before the name ("council leader Liam Robinson") or after it as an appositive ("Tim Cook, Apple\'s chief executive").',
    docs: 'docs/claims-quotes.md'
  },
  match(sentence, ctx) {
    const known = ctx.memo<PersonName[]>(() => ctx.blocks.flatMap((b) => findPersonNames(ctx.text, b.start, b.end)))
    const here = findPersonNames(ctx.text, sentence.start, sentence.end)
    const people = [...here, ...findSurnameMentions(ctx.text, known, here, sentence.start, sentence.end)].sort((a, b) => a.start - b.start)
    const out: Candidate<RoleValue>[] = []
    for (const found of findRoles(ctx.text, people, sentence.start, sentence.end)) {
      const start = found.start - sentence.start
      const end = found.end - sentence.start
      if (start < 0 || end > sentence.text.length || start >= end) continue
      out.push({start, end, value: {type: 'role', person: resolvePerson(found.person, known), role: found.role}})
    }
    return out
  }
}
