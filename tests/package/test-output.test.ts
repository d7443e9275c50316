// A passing `npm test` prints the summary only; failures (with their console output) in full.
import {expect, test} from 'vitest'
import config from '../../vitest.config.js'

test('vitest: minimal reporter, console output only of failing tests', () => {
  const options = (config as {test?: {reporters?: unknown; silent?: unknown}}).test
  expect(options?.reporters).toEqual(['minimal'])
  expect(options?.silent).toBe('passed-only')
})
