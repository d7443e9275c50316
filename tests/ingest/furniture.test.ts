// Breadcrumbs, comment counters and republication notes are chrome. Made-up lines.
import {describe, expect, test} from 'vitest'
import {furnitureVerdict} from '../../src/ingest/furniture.js'
import {isCaption} from '../../src/ingest/caption.js'
import {wordCount} from '../../src/ingest/line-text.js'

const verdict = (line: string) => furnitureVerdict(line, wordCount(line))?.rule ?? null

describe('furnitureVerdict', () => {
  test.each([
    ['Home » Business » Ferry strike ends after five weeks', 'chrome/navigation'],
    ['Home > News > Harbour', 'chrome/navigation'],
    ['7 Comments - Add comment', 'chrome/social'],
    ['12 comments', 'chrome/social'],
    ['Comments (3)', 'chrome/social'],
    ['Leave a comment', 'chrome/social'],
    ['This article originally appeared in The Harbour Gazette on 2006-01-23 at 12:00 p.m.', 'chrome/dateline'],
    ['This story was first published by the Harbour Gazette.', 'chrome/dateline'],
    ['This article is from the archive of The Harbour Gazette before the launch of its new website in 2022.', 'chrome/prompt']
  ])('%s → %s', (line, rule) => {
    expect(verdict(line)).toBe(rule)
  })

  test.each([
    'Home owners face higher bills, the council said.',
    '7 comments were received during the consultation, the council said.',
    'The article was published in a journal in 2019 and cited 40 times by other researchers who studied the harbour.',
    'The report published on Monday found 40 faults.'
  ])('not furniture: %s', (line) => {
    expect(verdict(line)).toBeNull()
  })
})

describe('more caption cues', () => {
  const caption = (line: string) => isCaption(line, wordCount(line))
  test.each([
    'Ada Quill, left, and her lawyer arrive at the court in Harbourtown, Monday, May 2, 2016',
    'The mayor (right) opens the pier on Monday',
    'Fans gathered outside the stadium. Image via Twitter',
    'The judge arrives at court on Wednesday, May 4, 2016. Photo: Ada M. Quill/Harbour Gazette'
  ])('caption: %s', (line) => {
    expect(caption(line)).toBe(true)
  })
  test.each([
    'Smith, left, said the pier would open in May.',
    'The party came out on top, ahead of its rivals.',
    'She turned right, then left, and reached the pier.'
  ])('not a caption: %s', (line) => {
    expect(caption(line)).toBe(false)
  })
})
