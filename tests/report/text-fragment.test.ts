// URL text fragments: encoding per the spec, and prefix/suffix only where the passage is not unique.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {collapse, directiveMatches, encodeTextDirective, formatTextDirective, linkToPassage, occurrences, textDirective, wellFormed, type TextDirective} from '../../src/report/text-fragment.js'

/** A reader of `:~:text=` as a browser parses it (the spec's grammar: terms split on `,`, `-` marks prefix and suffix). */
function parse(fragment: string): TextDirective {
  const body = /:~:text=([^&]*)/.exec(fragment)![1]!
  const terms = body.split(',')
  const directive: TextDirective = {start: ''}
  if (terms[0]!.endsWith('-')) directive.prefix = decodeURIComponent(terms.shift()!.slice(0, -1))
  if (terms[terms.length - 1]!.startsWith('-')) directive.suffix = decodeURIComponent(terms.pop()!.slice(1))
  expect(terms).toHaveLength(1)
  directive.start = decodeURIComponent(terms[0]!)
  return directive
}

const word = fc.constantFrom('the', 'council', 'said', '£12m', 'repair', 'bridge', 'would', 'cost', 'March', '-', 'a,b', 'x&y', '50%', '“quote”', 'd\u00e9j\u00e0', '#tag')

describe('encodeTextDirective', () => {
  test('the characters the directive syntax uses are encoded', () => {
    expect(encodeTextDirective('well-known, & more')).toBe('well%2Dknown%2C%20%26%20more')
    expect(encodeTextDirective('£12m')).toBe('%C2%A312m')
  })

  test('property: decodes back to the text; no syntax character left bare', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (text) => {
        const encoded = encodeTextDirective(text)
        expect(decodeURIComponent(encoded)).toBe(wellFormed(text))
        expect(encoded).not.toMatch(/[-,&#\s<>"`]/)
      }),
      {numRuns: 500}
    )
  })
})

describe('textDirective', () => {
  const page = 'The council said the repair would cost £12m. Residents were angry. The council said the repair would cost £12m. It will reopen in March.'

  test('a unique passage: its exact text only', () => {
    expect(textDirective(page, 'Residents were angry.')).toEqual({start: 'Residents were angry.'})
    expect(formatTextDirective({start: 'Residents were angry.'})).toBe(':~:text=Residents%20were%20angry.')
  })

  test('a repeated passage: context words pick the occurrence', () => {
    const sentence = 'The council said the repair would cost £12m.'
    const first = textDirective(page, sentence, 0)
    const second = textDirective(page, sentence, 1)
    expect(first).not.toEqual(second)
    const text = collapse(page)
    expect(directiveMatches(text, first)).toEqual([0])
    expect(directiveMatches(text, second)).toEqual([page.lastIndexOf(sentence)])
  })

  test('a link: the URL without its fragment, then the directive; only http(s)', () => {
    expect(linkToPassage('https://example.org/news/1?x=1#top', page, 'Residents were angry.')).toBe('https://example.org/news/1?x=1#:~:text=Residents%20were%20angry.')
    expect(linkToPassage('javascript:alert(1)', page, 'Residents were angry.')).toBeUndefined()
    expect(linkToPassage('/relative', page, 'Residents were angry.')).toBeUndefined()
  })

  test('property: the directive parses back, and it matches the chosen occurrence, uniquely when context can make it so', () => {
    fc.assert(
      fc.property(fc.array(fc.array(word, {minLength: 1, maxLength: 5}), {minLength: 1, maxLength: 8}), fc.nat(), (sentences, pick) => {
        const texts = sentences.map((w) => `${w.join(' ')}.`)
        const page = texts.join(' ')
        const index = pick % texts.length
        const exact = texts[index]!
        const offset = texts.slice(0, index).join(' ').length + (index > 0 ? 1 : 0)
        const occurrence = occurrences(collapse(page.slice(0, offset)), collapse(exact)).length
        const directive = textDirective(page, exact, occurrence)
        const link = linkToPassage('https://example.org/a', page, exact, occurrence)!
        expect(parse(link)).toEqual(directive)
        expect(directive.start).toBe(collapse(exact))
        const text = collapse(page)
        const matches = directiveMatches(text, directive)
        if (occurrences(text, directive.start).length === 1) expect(directive.prefix ?? directive.suffix).toBeUndefined()
        expect(matches.length).toBeGreaterThan(0)
        // Whenever some context of up to six words makes the passage unique, the directive is unique.
        expect(occurrences(text, collapse(exact))[occurrence]).toBe(offset)
        if (matches.length === 1) expect(matches[0]).toBe(offset)
        else expect(matches).toContain(offset)
      }),
      {numRuns: 300}
    )
  })
})
