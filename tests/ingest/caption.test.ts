// Photo captions are chrome. Made-up lines, not from any data set.
import {describe, expect, test} from 'vitest'
import {isCaption} from '../../src/ingest/caption.js'
import {wordCount} from '../../src/ingest/line-text.js'
import {parseArticle} from '../../src/ingest/parse.js'
import {createChecker} from '../../src/index.js'

const caption = (line: string) => isCaption(line, wordCount(line))

describe('isCaption', () => {
  test.each([
    'Volunteers clear the flooded square on Sunday. (AP Photo/Ada Quill)',
    'Volunteers clear the flooded square on Sunday (File)',
    'A ferry leaves the harbour at dawn (file photo)',
    'Volunteers clear the flooded square (Getty Images)',
    'Volunteers clear the flooded square (Harbour Gazette/Ada Quill)',
    'Volunteers clear the flooded square. Credit: Ada Quill',
    'Volunteers clear the flooded square. Photo: Harbour Gazette',
    'This handout photo provided by the port authority on May 2, 2016 shows the damaged pier.',
    'A frame grab from video released on Monday shows smoke over the harbour.'
  ])('caption: %s', (line) => {
    expect(caption(line)).toBe(true)
  })

  test.each([
    'The pier cost £12m, the authority said.',
    'The company (Northwind) reported results.',
    'A man (pictured) was arrested on Monday.',
    'They visited the site (see photo).',
    'He said the photo shows nothing new.',
    'The picture is clear, the minister said, and it shows progress.',
    'The scheme extends the tax credit: a plan for 2024',
    'The firm said its Tax Credit: Plus scheme grew'
  ])('not a caption: %s', (line) => {
    expect(caption(line)).toBe(false)
  })
})

test('a caption line gives no claims', () => {
  const source = 'Pier reopens\nVolunteers clear the flooded square on Sunday, May 1, 2016, after 300 homes were hit. (AP Photo/Ada Quill)\nThe harbour authority said on Tuesday that the new pier would cost about £12m and open to ferries within two years.\n'
  const article = parseArticle(source)
  const range = article.excluded.find((r) => r.rule === 'chrome/caption')
  expect(range).toBeDefined()
  const claims = createChecker().extract(article)
  expect(claims.filter((c) => c.start < range!.end && range!.start < c.end)).toEqual([])
  expect(claims.some((c) => c.text.includes('£12m'))).toBe(true)
})
