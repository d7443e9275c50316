// The date reader moved to src/extract/date/; the old normalize/ paths
// re-export the same functions for now.
import {describe, expect, it} from 'vitest'
import {findDates} from '../../src/extract/date/index.js'
import {tokenize} from '../../src/extract/date/tokens.js'
import {findDates as oldFindDates} from '../../src/normalize/date-parse.js'
import {tokenize as oldTokenize} from '../../src/normalize/date-tokens.js'
import {findDates as dateFindDates} from '../../src/normalize/date.js'

describe('date reader paths', () => {
  it('normalize/date-parse, normalize/date-tokens and normalize/date re-export extract/date', () => {
    expect(oldFindDates).toBe(findDates)
    expect(dateFindDates).toBe(findDates)
    expect(oldTokenize).toBe(tokenize)
  })
})
