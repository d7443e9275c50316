import {describe, expect, test} from 'vitest'
import {align, compareQuote, diffQuotes, quoteTokens} from '../../src/align/index.js'
import {articles, claim, quote} from './helpers.js'

function quoteClaim(article: string, sentence: string, words: string, speaker: string | null, scare = false) {
  return claim(article, sentence, words, 'quote', quote(words, speaker, {scare}))
}

const pairs = (result: ReturnType<typeof align>) => result.findings.filter((f) => f.verdict !== 'single-source')

describe('quoteTokens', () => {
  test('case and punctuation are ignored; ellipses are cuts', () => {
    const t = quoteTokens('We will, I promise… fix THIS.')
    // Norms are also spelling keys: "promise" and a (hypothetical) "promize" have one key.
    expect(t.tokens.map((x) => x.norm)).toEqual(['we', 'will', 'i', 'promize', 'fix', 'this'])
    expect(t.cuts).toEqual([4])
  })
})

describe('quotes', () => {
  test('an exact fragment of a longer quotation agrees', () => {
    const long = 'We played with heart and we never stopped believing we could win this final'
    const a = quoteClaim('a', `The captain said: "${long}."`, long, 'Jade Miller')
    const b = quoteClaim('b', 'Miller said the team "never stopped believing we could win this final".', 'never stopped believing we could win this final', 'Jade Miller')
    const [finding] = pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))
    expect(finding?.verdict).toBe('agree')
    expect(finding?.reason).toBe('quote-fragment')
    expect(finding?.notes?.[0]).toMatch(/^fragment: /)
  })

  test('words dropped inside the quotation without an ellipsis differ (quote-words-cut) with a diff', () => {
    const full = 'The court has heard no evidence at all that my client was at the scene that night'
    const cut = 'The court has heard no evidence that my client was at the scene'
    const a = quoteClaim('a', `"${full}," the barrister said.`, full, 'Priya Shah')
    const b = quoteClaim('b', `"${cut}," Ms Shah told the jury.`, cut, 'Priya Shah')
    const [finding] = pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))
    expect(finding?.verdict).toBe('differ')
    expect(finding?.reason).toBe('quote-words-cut')
    expect(finding?.diff).toEqual([
      {op: 'equal', text: 'The court has heard no evidence '},
      {op: 'delete', text: 'at all '},
      {op: 'equal', text: 'that my client was at the scene '},
      {op: 'delete', text: 'that night'}
    ])
  })

  test('changed words differ (quote-words-changed) with a word diff from the first claim to the second', () => {
    const a = quoteClaim('a', '"This season we spent about £40 million on new players and it has paid off," he said.', 'This season we spent about £40 million on new players and it has paid off', 'Luis Ortega')
    const b = quoteClaim('b', '"This season we spent roughly £40m on our new players and it has paid off," Ortega said.', 'This season we spent roughly £40m on our new players and it has paid off', 'Luis Ortega')
    const [finding] = pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))
    expect(finding?.verdict).toBe('differ')
    expect(finding?.reason).toBe('quote-words-changed')
    // "£40 million" and "£40m" are one number in two house styles: the same words.
    expect(finding?.diff).toEqual([
      {op: 'equal', text: 'This season we spent '},
      {op: 'delete', text: 'about '},
      {op: 'insert', text: 'roughly '},
      {op: 'equal', text: '£40 million on '},
      {op: 'insert', text: 'our '},
      {op: 'equal', text: 'new players and it has paid off'}
    ])
    expect(finding?.notes).toEqual(['words changed inside: “about” ↔ “roughly”', 'cut without an ellipsis inside: “our”'])
  })

  test('a cut marked with an ellipsis agrees', () => {
    const full = 'We will rebuild the library, whatever it costs, and it will open again next spring'
    const marked = 'We will rebuild the library … and it will open again next spring'
    const a = quoteClaim('a', `"${full}," the mayor said.`, full, 'Anne Cole')
    const b = quoteClaim('b', `"${marked}," said Ms Cole.`, marked, 'Anne Cole')
    const [finding] = pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))
    expect(finding?.verdict).toBe('agree')
    expect(finding?.reason).toBe('quote-ellipsis')
    expect(finding?.notes).toEqual(['cut marked with an ellipsis'])
  })

  test('a quotation ended at a full stop of the longer, keeping exact words, agrees as shortened', () => {
    const full = 'We knew the road would be closed for weeks. The bridge had to be rebuilt'
    const short = 'We knew the road would be closed for weeks'
    const a = quoteClaim('a', `"${full}," the engineer said.`, full, 'Dev Patel')
    const b = quoteClaim('b', `"${short}." He added that work had started.`, short, 'Dev Patel')
    const [finding] = pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))
    expect(finding?.verdict).toBe('agree')
    expect(finding?.reason).toBe('quote-shortened')
  })

  test('overlapping short fragments agree as a fragment', () => {
    const a = quoteClaim('a', 'Inspectors found a "serious decline in standards" at the prison since the last visit.', 'serious decline in standards', null)
    const b = quoteClaim('b', 'The report describes a "serious decline" at the prison since the last inspection visit.', 'serious decline', null, true)
    const [finding] = pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))
    expect(finding?.verdict).toBe('agree')
    expect(finding?.reason).toBe('quote-fragment')
  })

  test('scare quotes pair only with equal words', () => {
    const a = quoteClaim('a', 'The minister called the plan "reckless" on Monday.', 'reckless', null, true)
    const b = quoteClaim('b', 'The minister called the plan "reckless and costly" on Monday.', 'reckless and costly', null, true)
    expect(compareQuote(a, b).relation).toBe('none')
  })

  test('different speakers never pair, even with the same words', () => {
    const words = 'We are delighted with the result tonight and the fans were brilliant'
    const a = quoteClaim('a', `"${words}," said Ortega.`, words, 'Luis Ortega')
    const b = quoteClaim('b', `"${words}," said Miller.`, words, 'Jade Miller')
    expect(compareQuote(a, b).relation).toBe('none')
    expect(pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))).toEqual([])
  })

  test('one speaker unknown may pair; a surname-only speaker is the same person', () => {
    const words = 'The verdict is a victory for every family that lost someone'
    const a = quoteClaim('a', `"${words}," a campaigner said.`, words, null)
    const b = quoteClaim('b', `"${words}," said Mrs Okafor.`, words, 'Okafor')
    const c = quoteClaim('c', `"${words}," said Grace Okafor.`, words, 'Grace Okafor')
    const [finding] = pairs(align({articles: articles(['a', 'b', 'c']), claims: [a, b, c]}))
    expect(finding?.claims).toEqual([a.id, b.id, c.id])
    expect(finding?.reason).toBe('same-words')
  })

  test('quotations sharing a few common words are not paired', () => {
    const a = quoteClaim('a', '"We will keep fighting for the people of this town," he said.', 'We will keep fighting for the people of this town', null)
    const b = quoteClaim('b', '"We will not accept cuts to services for the people who need them," she said.', 'We will not accept cuts to services for the people who need them', null)
    expect(compareQuote(a, b).relation).toBe('none')
  })

  test('diffQuotes ignores case and punctuation', () => {
    const parts = diffQuotes(quoteTokens('The Council agreed, today.').tokens, quoteTokens('the council agreed today').tokens)
    expect(parts.every((p) => p.op === 'equal')).toBe(true)
  })
})
