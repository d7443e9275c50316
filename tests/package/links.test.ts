// Every relative link in the README and docs/ points at a file that exists;
// those the published package keeps (docs/, examples/) are shipped (see pack.test.ts).
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {expect, test} from 'vitest'
import {ROOT} from '../parallel/build.js'

const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]

test('relative links in README.md and docs/*.md resolve', () => {
  const broken: string[] = []
  for (const page of pages) {
    const text = readFileSync(join(ROOT, page), 'utf8').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '')
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (target === undefined || /^[a-z]+:/i.test(target) || target.startsWith('#')) continue
      const path = target.split('#')[0]!
      const resolved = join(dirname(join(ROOT, page)), decodeURIComponent(path))
      if (!existsSync(resolved)) broken.push(`${page} → ${target}`)
      else if (relative(ROOT, resolved).startsWith('..')) broken.push(`${page} → ${target} (outside the package)`)
    }
  }
  expect(broken).toEqual([])
})
