import {describe, expect, test} from 'vitest'
import {runMatcher} from '../../src/extract/test-matcher.js'
import {quote} from '../../src/extract/matchers/quote.js'
import type {QuoteValue} from '../../src/types.js'

// Sentences written for these tests (not from any evaluation set): one group per error class of issue 12.
const pieces = (text: string) => runMatcher(quote, text).map((c) => ({text: c.text, ...(c.value as QuoteValue)}))
const one = (text: string) => {
  const found = pieces(text)
  expect(found.length, JSON.stringify(found)).toBeGreaterThan(0)
  return found[0]!
}
const speakerOf = (text: string, words: string) => pieces(text).find((p) => p.text === words)?.speaker

describe('quoted fragments outside a full reporting clause', () => {
  test('a fragment called by a named speaker', () => {
    const q = one('The finance minister, Olga Brandt, called the proposal "reckless and unfunded".')
    expect(q.speaker).toBe('Olga Brandt')
    expect(q.speakerReason).toBe('fragment-clause')
  })
  test('a fragment inside a clause under "said"', () => {
    expect(one('Olga Brandt said the budget would "protect every family in the region" and keep taxes low.').speaker).toBe('Olga Brandt')
  })
  test('a fragment under a speech-act verb that is not a reporting verb', () => {
    const q = one('Nia Rhodes praised the stewards for "keeping everyone calm all night".')
    expect(q.speaker).toBe('Nia Rhodes')
    expect(q.speakerReason).toBe('fragment-clause')
  })
  test('headline style Name: quote, resolved to the full name named below', () => {
    const text = "Brandt: 'We will not be bullied by the lenders'\nFinance minister Olga Brandt spoke after the talks collapsed."
    const q = one(text)
    expect(q.speaker).toBe('Olga Brandt')
    expect(q.speakerReason).toBe('headline')
  })
  test('no speaker without a verb or a layout that gives one', () => {
    expect(one('The stadium was "full to the rafters with noise" on the night.').speaker).toBeNull()
  })
})

describe('attribution tags that used to be refused', () => {
  test('a parenthetical after the name', () => {
    expect(one('"We will fight this all the way," said Tomas Reyes (Green, Northfield).').speaker).toBe('Tomas Reyes')
    expect(one('"We will fight this all the way," Tomas Reyes (Green, Northfield) said.').speaker).toBe('Tomas Reyes')
  })
  test('a tag after a quote that ends with a full stop inside the marks', () => {
    const q = one('"The result speaks for itself." said Tomas Reyes, the party\'s chair.')
    expect(q.speaker).toBe('Tomas Reyes')
    expect(q.speakerReason).toBe('tag-after')
  })
  test.each([
    ['"This is a betrayal of every worker in the country," fumed union boss Kath Rowley.', 'Kath Rowley'],
    ['"What a night for this club," gushed Ana Petrova.', 'Ana Petrova'],
    ['"Please, look at the evidence again," Dina Okafor implored the jury.', 'Dina Okafor'],
    ['"I think the referee needs new glasses," quipped the manager, Leo Marsh.', 'Leo Marsh'],
    ['"We were simply not good enough tonight," Ana Petrova conceded.', 'Ana Petrova'],
    ['"It is the best day of my career," enthused Ruth Okoro.', 'Ruth Okoro'],
    ['"Nobody asked the residents first," Sam Pryce grumbled.', 'Sam Pryce']
  ])('a verb of the broad class: %s', (text, speaker) => {
    expect(one(text).speaker).toBe(speaker)
  })
  test('a broad verb before a colon, with an appositive', () => {
    expect(one('Later, club boss, Rafa Benn, enthused: "The fans were magnificent tonight."').speaker).toBe('Rafa Benn')
  })
  test('a past-tense verb that is no tag stays unattributed', () => {
    expect(one('"The deal is done," was the message from the board.').speaker).toBeNull()
  })
  test('round-up formats: Name, Outlet: / Name @handle on Twitter: / The Outlet in a leader:', () => {
    expect(one('Ruth Adler, Financial Herald: "Markets have priced in two more rate cuts."').speaker).toBe('Ruth Adler')
    expect(one('Ruth Adler, Financial Herald: "Markets have priced in two more rate cuts."').speakerReason).toBe('round-up')
    expect(one('Tom Price @tomprice on Twitter: "What a shambles this vote has been."').speaker).toBe('Tom Price')
    expect(one('The Daily Courier in a leader: "The minister must go, and soon."').speaker).toBe('Daily Courier')
  })
  test("an outlet's voice is the outlet; the paper refers back to it", () => {
    expect(one('The Daily Chronicle\'s editorial said the plan was "doomed from the start".').speaker).toBe('Daily Chronicle')
    expect(one('"Nobody believes the figures any more," according to the Weekly Record editorial.').speaker).toBe('Weekly Record')
    const text = 'The Evening Star said the plan was "doomed from the start".\n"It should be scrapped before more money is wasted," the paper\'s editorial added.'
    expect(speakerOf(text, 'It should be scrapped before more money is wasted')).toBe('Evening Star')
  })
})

describe('surnames that are common words or places', () => {
  test.each([
    ['Ben Little said: "The vote was fair and square."', 'Ben Little'],
    ['Detective Sergeant Hope said: "We are appealing for witnesses."', 'Detective Sergeant Hope'],
    ['Mayor Jon London said: "The bridge will reopen in May."', 'Jon London'],
    ['"We raised the alarm twice," Wood said.', 'Wood'],
    ['"The vote was rigged from the start," said Little, who lost by 40 votes.', 'Little'],
    ['Sarah Brown chairs the panel.\n"We will publish everything," Brown said.', 'Sarah Brown']
  ])('%s', (text, speaker) => {
    expect(pieces(text).at(-1)?.speaker).toBe(speaker)
  })
  test('a plural or an organisation word in the tag is no person', () => {
    expect(one('"Prices will rise again," Analysts said.').speaker).toBeNull()
  })
})

describe('carry-over', () => {
  test('a quote paragraph continues the previous paragraph\'s quotation', () => {
    const text = '"We have trained hard all week," said Carl Brown.\n"Nobody is injured and everyone is ready."'
    const q = pieces(text)[1]!
    expect(q.speaker).toBe('Carl Brown')
    expect(q.speakerReason).toBe('carried')
  })
  test('someone else taking the floor after the quotation ends the run', () => {
    const text = '"We have trained hard all week," said Carl Brown. Lena Ford disagreed strongly.\n"Nobody is ready for this."'
    expect(pieces(text)[1]!.speaker).toBeNull()
  })
  test('a person merely mentioned after the quotation does not end the run', () => {
    const text = '"I could not control myself," Ian Voss said of the clash with Mark Dale.\n"You celebrate a goal like that."'
    expect(pieces(text)[1]!.speaker).toBe('Ian Voss')
  })
  test('a quote after reported speech in the same paragraph takes its speaker', () => {
    const text = 'Olga Brandt said the lenders had not moved at all. "We waited for an offer that never came."'
    const q = one(text)
    expect(q.speaker).toBe('Olga Brandt')
    expect(q.speakerReason).toBe('reported-speech')
  })
  test('a pronoun goes to the current speaker, not to someone merely mentioned since', () => {
    const text = '"We owe the fans an apology," Tom Hale said.\nThe defeat by Mark Deng\'s side was the third in a row.\n"We have to respond on Saturday," he said.'
    const q = pieces(text)[1]!
    expect(q.speaker).toBe('Tom Hale')
    expect(q.speakerReason).toBe('pronoun')
  })
  test('a pronoun still goes to a new person in subject position', () => {
    const text = '"We owe the fans an apology," Tom Hale said.\nMark Deng took a different view.\n"We played well for an hour," he said.'
    expect(pieces(text)[1]!.speaker).toBe('Mark Deng')
  })
  test('"Jr." is kept apart from the father', () => {
    const text = 'Martin Ruiz Jr. told reporters: "My father built this company."\nMartin Ruiz said: "My son will run it well."\n"He is ready," Ruiz Jr. added.\n"He will be fine," Ruiz said.'
    expect(pieces(text).map((p) => p.speaker)).toEqual(['Martin Ruiz Jr.', 'Martin Ruiz', 'Martin Ruiz Jr.', 'Martin Ruiz'])
  })
})

describe('quotation marks that are not speech', () => {
  test.each([
    ['Her new novel, "The Quiet Harbour", sold well.', 'title'],
    ['The programme "Newsnight at Ten" was cancelled.', 'title'],
    ['Dwayne "The Rock" Johnson arrived late.', 'nickname'],
    ['The defender, known as "the Wall", retired.', 'nickname'],
    ['The so-called "reforms" were criticised.', 'scare']
  ])('%s → %s', (text, kind) => {
    const q = one(text)
    expect(q.markKind).toBe(kind)
    expect(q.speech).toBe(false)
    expect(q.speaker).toBeNull()
    expect(q.speakerReason).toBeNull()
    expect(q.speakerConfidence).toBe(0)
  })
  test('quotations inside an embedded post are flagged', () => {
    const text = 'Fans reacted online.\n"Best night of my life" pic.twitter.com/abc123 — Jo Bell (@jobell) May 2, 2024'
    expect(one(text).markKind).toBe('embed')
  })
  test('a said quotation in title case is still speech', () => {
    const q = one('"Never Again," said Rosa Lind.')
    expect(q.markKind).toBe('speech')
    expect(q.speech).toBe(true)
  })
})

describe('speakerReason and speakerConfidence', () => {
  test('every attributed piece has a reason and a confidence in (0, 1]; an unattributed one has null and 0', () => {
    const text = 'Ana Petrova said: "We were brave." "It was not enough," she added.\nThe stadium was "full to the rafters with noise" on the night.'
    for (const p of pieces(text)) {
      if (p.speaker === null) {
        expect(p.speakerReason).toBeNull()
        expect(p.speakerConfidence).toBe(0)
      } else {
        expect(p.speakerReason).toMatch(/^(?:tag-after|tag-before|fragment-clause|colon-intro|headline|round-up|carried|reported-speech|pronoun)$/)
        expect(p.speakerConfidence).toBeGreaterThan(0)
        expect(p.speakerConfidence).toBeLessThanOrEqual(1)
      }
    }
  })
  test('a named tag is surer than a pronoun, and a pronoun than a carried paragraph', () => {
    const text = '"We were brave," said Ana Petrova. "It was not enough," she added.\n"We go again next week."'
    const [named, pronoun, carried] = pieces(text)
    expect(named!.speakerConfidence).toBeGreaterThan(pronoun!.speakerConfidence!)
    expect(pronoun!.speakerConfidence).toBeGreaterThan(carried!.speakerConfidence!)
  })
})

describe('family name first', () => {
  test('a one-word mention that opens a full name resolves to it when no full name ends with it', () => {
    const text = 'Hospital director Wen Lihua described the scene.\n"All the wards are full tonight," Wen said.'
    expect(pieces(text)[0]!.speaker).toBe('Wen Lihua')
  })
})

describe('a tag marks a short quotation as said, whoever the tag names', () => {
  test.each(['"Disgraceful," he said.', '"Disgraceful," said the spokesman.'])('%s is not a scare quote', (text) => {
    const q = one(text)
    expect(q.scare).toBe(false)
    expect(q.markKind).toBe('speech')
  })
})
