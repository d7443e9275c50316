// The parsers, diff, the worker pool and the progress bar are loaded at the point of need
// (src/lazy/*): no other module imports them at start-up, and each lazy
// wrapper gives what the package itself gives.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import * as Diff from 'diff'
import * as Yaml from 'yaml'
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import {fromMarkdown as realFromMarkdown} from 'mdast-util-from-markdown'
import {Piscina} from 'piscina'
import * as CliProgress from 'cli-progress'
import {diffArrays} from '../../src/lazy/diff.js'
import {parseDocument} from '../../src/lazy/yaml.js'
import {parseHtmlTree} from '../../src/lazy/html-parser.js'
import {fromMarkdown} from '../../src/lazy/markdown-parser.js'
import {loadPiscina} from '../../src/lazy/piscina.js'
import {loadCliProgress} from '../../src/lazy/cli-progress.js'

const LAZY = ['diff', 'yaml', 'unified', 'rehype-parse', 'mdast-util-from-markdown', 'piscina', 'cli-progress']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('lazy dependencies', () => {
  it('no module outside src/lazy imports them as values (type imports only)', () => {
    const offenders: string[] = []
    for (const file of sourceFiles('src')) {
      if (file.startsWith(join('src', 'lazy'))) continue
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*from\s+['"]([^'"]+)['"]/gm)) {
        if (m[2] === undefined && LAZY.includes(m[3]!)) offenders.push(`${file}: ${m[0].trim()}`)
      }
      for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        if (LAZY.includes(m[1]!) && !/typeof import\(/.test(text.slice(Math.max(0, m.index - 7), m.index + 7))) offenders.push(`${file}: ${m[0]}`)
      }
    }
    expect(offenders).toEqual([])
  })

  it('property: diffArrays is diff\'s diffArrays', () => {
    const letters = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), {maxLength: 12})
    fc.assert(fc.property(letters, letters, (a, b) => {
      const options = {comparator: (x: string, y: string) => x === y}
      expect(diffArrays(a, b, options)).toEqual(Diff.diffArrays(a, b, options))
    }))
  })

  it('property: parseDocument is yaml\'s parseDocument (values and errors)', () => {
    const text = fc.array(fc.constantFrom('title: A', 'date: 2024-01-02', 'x: [1, 2', 'y: "q"', '- item', '  nested: 1', 'title: B', ': bad', '#c'), {maxLength: 6}).map((lines) => lines.join('\n'))
    fc.assert(fc.property(text, (yaml) => {
      const options = {prettyErrors: true, uniqueKeys: true}
      const a = parseDocument(yaml, options)
      const b = Yaml.parseDocument(yaml, options)
      expect(a.toJS()).toEqual(b.toJS())
      expect(a.errors.map((e) => e.message)).toEqual(b.errors.map((e) => e.message))
    }))
  })

  it('property: parseHtmlTree and fromMarkdown are the parsers\' trees', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<b>x</b>', 'text ', '&amp;', '# h', '\n\n', '*e*', '[l](u)', '<div class="a">', '> q')
    const source = fc.array(piece, {maxLength: 10}).map((parts) => parts.join(''))
    fc.assert(fc.property(source, (text) => {
      expect(parseHtmlTree(text)).toEqual(unified().use(rehypeParse).parse(text))
      expect(fromMarkdown(text)).toEqual(realFromMarkdown(text))
    }), {numRuns: 60})
  })

  it('loadPiscina gives piscina\'s Piscina', () => {
    expect(loadPiscina()).toBe(Piscina)
  })

  it('loadCliProgress gives cli-progress\'s SingleBar', () => {
    expect(loadCliProgress().SingleBar).toBe(CliProgress.SingleBar)
  })
})
