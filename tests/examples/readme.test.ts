// The matcher shown in the README is real code: it is cut out of README.md,
// loaded as a module and run through the checker and testMatcher.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {expect, test} from 'vitest'
import {builtinMatchers, createChecker, testMatcher, type Matcher} from '../../src/index.js'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

test('the README matcher example runs as written', async () => {
  const block = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!).find((code) => code.includes("id: 'court-verdict'"))
  expect(block, 'README has the court-verdict example').toBeDefined()
  const file = join(mkdtempSync(join(tmpdir(), 'readme-')), 'verdict.mjs')
  writeFileSync(file, block!)
  const {verdict} = (await import(pathToFileURL(file).href)) as {verdict: Matcher}
  const claims = createChecker({matchers: [...builtinMatchers, verdict]}).extract('The jury found him not guilty on Tuesday, his lawyer said.')
  expect(claims.filter((c) => c.kind === 'verdict').map((c) => [c.text, (c.value as {label: string}).label])).toEqual([['found him not guilty', 'not guilty']])
  testMatcher(verdict, {none: ['He was cleared of all charges.'], found: [{text: 'She pleaded guilty to fraud.', claims: [{text: 'pleaded guilty', value: {label: 'guilty'}}]}]})
})
