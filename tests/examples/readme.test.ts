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
  testMatcher(verdict, {
    none: ['He was cleared of all charges.'],
    found: [
      {text: 'She pleaded guilty to fraud.', claims: [{text: 'pleaded guilty', value: {label: 'guilty'}}]},
      {text: 'She was found not guilty.', claims: [{text: 'found not guilty', value: {label: 'not guilty'}}]},
      {text: 'She was found guilty.', claims: [{text: 'found guilty', value: {label: 'guilty'}}]},
      {text: 'The jury found her not guilty of theft.', claims: [{text: 'found her not guilty', value: {label: 'not guilty'}}]}
    ]
  })
  // Two outlets, one says guilty and the other not guilty: that is a difference, never "the same verdict".
  const checker = createChecker({matchers: [...builtinMatchers, verdict]})
  const article = (id: string, outlet: string, text: string) => checker.parse(`---\noutlet: ${outlet}\nstory: trial\n---\n${text}\n`, {id})
  const report = await checker.report({
    articles: [
      article('a', 'Daily Courier', 'Jane Roe was found guilty at Leeds Crown Court on Monday.'),
      article('b', 'Evening Post', 'Jane Roe was found not guilty at Leeds Crown Court on Monday.')
    ]
  })
  expect(report.claims.filter((c) => c.kind === 'verdict').map((c) => (c.value as {label: string}).label).sort()).toEqual(['guilty', 'not guilty'])
  const verdicts = report.findings.filter((f) => report.claims.some((c) => f.claims.includes(c.id) && c.kind === 'verdict'))
  expect(verdicts.some((f) => f.verdict === 'agree')).toBe(false)
})
