import fc from 'fast-check'
import {parseDocument} from 'yaml'
import {describe, expect, test} from 'vitest'
import {readSimpleMapping} from '../../src/ingest/simple-yaml.js'

// Whenever the fast path reads a text, the YAML parser must read it without
// error to the same mapping.
const keys = new Set(['outlet', 'story', 'title', 'kind', 'author', 'url', 'published'])
const key = fc.oneof({weight: 5, arbitrary: fc.constantFrom(...keys)}, fc.constantFrom('tags', 'null', 'true', 'Outlet', ' title', 'title ', ''))
const separator = fc.oneof({weight: 5, arbitrary: fc.constantFrom(': ', ':  ')}, fc.constantFrom(':', ':\t', ' :', ': \t', '::'))
const piece = fc.constantFrom(
  'BBC', 'News', ' ', '  ', 'a', 'Z', '9', '2021-03-22', '2021', '1e3', '0x1F', '.5', '-', '- ', '#', ' #', ':', ': ', "'", '"', '\\', '\t', '\r',
  'true', 'True', 'null', 'Null', 'NULL', '~', 'yes', 'no', 'on', 'y', 'N', '.inf', '.nan', 'NaN', '[a]', '{b: c}', ',', '&a', '*a', '!tag', '!!str',
  '|', '>', '%', '@', '`', '?', 'é', '😀', '\u2028', '\u0085', '\u00a0', '\ufeff', 'https://x.org/a#b', "children's", '---', '...'
)
const word = fc.constantFrom('BBC', 'News', 'a', 'Z', 'x9', '2021-03-22')
const scalar = fc.oneof(
  fc.tuple(word, fc.array(fc.oneof(piece, word), {maxLength: 4})).map(([first, parts]) => first + parts.join('')),
  fc.array(piece, {maxLength: 6}).map((parts) => parts.join(''))
)
const value = fc.oneof(scalar, scalar.map((s) => `"${s}"`), scalar.map((s) => `'${s}'`), scalar.map((s) => `"${s}"  `), fc.string({maxLength: 12}))
const line = fc.oneof({weight: 6, arbitrary: fc.tuple(key, separator, value).map(([k, s, v]) => `${k}${s}${v}`)}, fc.constantFrom('', ' ', '# note', '  indented: x', '- item'))
const text = fc.oneof(fc.array(line, {maxLength: 2}), fc.array(line, {maxLength: 7})).map((lines) => lines.join('\n'))

describe('readSimpleMapping', () => {
  test('reads only what the YAML parser reads the same way', () => {
    let fast = 0
    fc.assert(
      fc.property(text, (t) => {
        const simple = readSimpleMapping(t, keys)
        if (simple === undefined) return
        fast++
        const doc = parseDocument(t, {prettyErrors: true, uniqueKeys: true})
        expect(doc.errors).toEqual([])
        expect(doc.toJS() ?? {}).toEqual(simple)
      }),
      {numRuns: 20000}
    )
    expect(fast).toBeGreaterThan(3000)
  })

  test('the usual front matter takes the fast path', () => {
    expect(readSimpleMapping('outlet: "BBC News"\nstory: liverpool-ofsted\ntitle: "Leaders criticised over \'failure\'"\nkind: news\npublished: 2021-03-22\n', keys)).toEqual({
      outlet: 'BBC News',
      story: 'liverpool-ofsted',
      title: "Leaders criticised over 'failure'",
      kind: 'news',
      published: '2021-03-22'
    })
  })
})
