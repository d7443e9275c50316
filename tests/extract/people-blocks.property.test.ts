import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {findPersonNames, findPersonNamesInBlocks} from '../../src/extract/people.js'

// The role matcher takes a whole-block sentence's names from the block list
// (the names of findPersonNamesInBlocks that start inside the block): they
// must be exactly findPersonNames over the block.
const atoms = [
  'Jane', 'Smith', 'Mr', 'Dr.', 'J.', 'K.', 'Rowling', 'Erik', 'ten', 'Hag', 'Liverpool', 'City', 'Council', 'Chancellor', 'Rachel', 'Reeves',
  'the', 'said', 'U.S.', 'President', 'May', 'O’Neill', 'Smith-Jones', ',', '.', ' ', ' ', '\n', '\u00a0', '"', 'é', 'Zoë'
]
const text = fc.array(fc.constantFrom(...atoms), {maxLength: 60}).map((parts) => parts.join(' '))

describe('person names by block', () => {
  test('the names starting in a block are the block’s own', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), {maxLength: 6}), (t, cuts) => {
        // Disjoint blocks in order, from sorted cut points.
        const points = [...new Set(cuts.map((c) => c % (t.length + 1)))].sort((a, b) => a - b)
        const blocks = []
        for (let i = 0; i + 1 < points.length; i += 2) blocks.push({start: points[i]!, end: points[i + 1]!})
        const all = findPersonNamesInBlocks(t, blocks)
        // Sorted by start (the matcher finds a block's first name by binary search).
        for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThan(all[i - 1]!.start)
        for (const b of blocks) {
          expect(all.filter((p) => p.start >= b.start && p.start < b.end)).toEqual(findPersonNames(t, b.start, b.end))
        }
      }),
      {numRuns: 5000}
    )
  })
})
