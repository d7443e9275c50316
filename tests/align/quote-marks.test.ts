import {describe, expect, test} from 'vitest'
import {compareQuote} from '../../src/align/index.js'
import {claim, quote} from './helpers.js'

// Quotation marks that are not speech (a title, a nickname) are never compared as quotations.
describe('non-speech quotation marks do not pair', () => {
  const title = 'The Long Road Home'
  const asTitle = (article: string) => claim(article, `Her memoir "${title}" is out.`, title, 'quote', {...quote(title, null), speech: false, markKind: 'title'})
  const asSpeech = (article: string) => claim(article, `"${title}" was how she put it, said Ann Vale.`, title, 'quote', {...quote(title, 'Ann Vale'), speech: true, markKind: 'speech'})

  test('two titles with the same words are not a quotation finding', () => {
    expect(compareQuote(asTitle('a'), asTitle('b')).relation).toBe('none')
  })

  test('a title does not pair with speech of the same words', () => {
    expect(compareQuote(asTitle('a'), asSpeech('b')).relation).toBe('none')
  })

  test('speech with the same words still agrees', () => {
    expect(compareQuote(asSpeech('a'), asSpeech('b')).relation).toBe('agree')
  })
})
