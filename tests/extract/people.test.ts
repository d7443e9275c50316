import {describe, expect, test} from 'vitest'
import {findPersonNames, findRoles, findSurnameMentions, firstNameGender, looksProper, resolvePerson} from '../../src/extract/people.js'
import {findQuoteMarks} from '../../src/extract/quotes/marks.js'
import {pairQuotations} from '../../src/extract/quotes/spans.js'
import {lineBlocks} from '../../src/segment/blocks.js'

const names = (text: string) => findPersonNames(text).map((p) => p.name)

describe('lexicon look-ups', () => {
  test('only own entries count: "Constructor" is not a name or a common word of the lexicon', () => {
    expect(firstNameGender('constructor')).toBeNull()
    expect(firstNameGender('toString')).toBeNull()
    expect(firstNameGender('Carl')).toBe('male')
    expect(looksProper('Constructor')).toBe(true)
  })
})

describe('findPersonNames', () => {
  test.each([
    ['Cllr Liz Webb spoke first.', ['Liz Webb']],
    ['Erik ten Hag and Ursula von der Leyen met.', ['Erik ten Hag', 'Ursula von der Leyen']],
    ['Dr. Jane Smith and J. K. Rowling attended.', ['Jane Smith', 'J. K. Rowling']],
    ['Sadiq Khan and Rishi Sunak debated.', ['Sadiq Khan', 'Rishi Sunak']],
    ['The show starred Holly Willoughby and Dawn French.', ['Holly Willoughby', 'Dawn French']],
    ['Rose gardens and Holly bushes bloomed.', []],
    ['Jordan O’Neill and Paris Okafor scored.', ['Jordan O’Neill', 'Paris Okafor']],
    ['Ms Joyner took over.', ['Joyner']],
    ['Prime Minister Keir Starmer spoke.', ['Keir Starmer']],
    ['President Macron spoke.', ['Macron']],
    ['Liverpool City Council and Merseyside Police responded.', []],
    ['Manchester United beat Aston Villa.', []],
    ['Despite the rain, Related Stories ran.', []],
    ['The Department of Health and the Care Quality Commission agreed.', []],
    ['In March, Smith. Jones then left.', []],
    // Added for issue 4 (new sentences): titles, abstract nouns, towns and abbreviations are not names.
    ['The Regional Director spoke first.', []],
    ['Customs and Border Protection agents searched the truck.', []],
    ['U.S. President Joe Biden and the U.N. Secretary-General met.', ['Joe Biden']],
    ['The start-up moved from Palo Alto, California, to Austin.', []]
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected))

  test('gender from the first name or honorific', () => {
    expect(findPersonNames('Rachel Reeves and Ms Joyner and Mr Birch and Wael Sawan').map((p) => p.gender)).toEqual(['female', 'female', 'male', null])
  })

  test('surname mentions resolve to the full name', () => {
    const text = 'Omar Haddad spoke. Later Haddad left, and Mr Haddad returned.'
    const known = findPersonNames(text)
    const surnames = findSurnameMentions(text, known, known)
    expect(surnames.map((p) => p.text)).toEqual(['Haddad'])
    expect(resolvePerson(surnames[0]!, known)).toBe('Omar Haddad')
    expect(resolvePerson(known[1]!, known)).toBe('Omar Haddad')
  })
})

describe('looksProper', () => {
  test.each([
    ['Ofsted', true],
    ['Merseyside Police', true],
    ['Officials', false],
    ['The report', false],
    ['Senior managers', false]
  ])('%s', (phrase, expected) => expect(looksProper(phrase)).toBe(expected))
})

describe('findRoles', () => {
  test('role before and after a name', () => {
    const text = 'Chief constable Serena Kennedy met Tim Cook, Apple’s chief executive, in London.'
    const roles = findRoles(text, findPersonNames(text))
    expect(roles.map((r) => [r.person.name, r.role, r.position])).toEqual([
      ['Serena Kennedy', 'Chief constable', 'before'],
      ['Tim Cook', 'Apple’s chief executive', 'after']
    ])
  })
})

describe('quote marks', () => {
  test('apostrophes are not marks', () => {
    const text = "don’t children’s 100’s the Echo's ’til ’90s rock ’n’ roll"
    expect(findQuoteMarks(text, 0, text.length)).toEqual([])
  })

  test('opening and closing by context', () => {
    const text = 'He said "yes" and ‘no’.'
    expect(findQuoteMarks(text, 0, text.length).map((m) => m.role)).toEqual(['open', 'close', 'open', 'close'])
  })

  test('a plural possessive with no open single quote is not a closing mark', () => {
    const text = "The parents' evening was fun."
    expect(pairQuotations(text, lineBlocks(text))).toEqual([])
  })

  test('multi-paragraph quotation continues only into a paragraph that opens with a mark', () => {
    const text = '“One\n“Two\nThree'
    const [q] = pairQuotations(text, lineBlocks(text))
    expect(q?.segments.map((s) => text.slice(s.start, s.end))).toEqual(['One', 'Two'])
    expect(q?.closed).toBe(false)
  })

  test('nested quotes belong to the outer quotation', () => {
    const text = '“When I hear ‘cuts’ I switch off.”'
    const quotations = pairQuotations(text, lineBlocks(text))
    expect(quotations).toHaveLength(1)
    expect(quotations[0]!.nested.map((n) => text.slice(n.start, n.end))).toEqual(['cuts'])
  })
})
