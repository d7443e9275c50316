// One decoding rule for every encoding (issue 13, point 12): a UTF-32 BOM
// was read as UTF-16 (status ok, garbage text), and U+0000 was refused in
// UTF-8 but read in UTF-16.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {decodeArticleBytes} from '../../src/ingest/decode.js'
import {IngestError} from '../../src/ingest/errors.js'
import {mapJsonLine} from '../../src/pipeline/jsonl.js'
import {builtinMatchers} from '../../src/index.js'
import {codeOf} from './helpers.js'

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'
const ENCODINGS: Encoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be']

function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text)
  if (encoding === 'utf-8-bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const out = new Uint8Array(2 + 2 * text.length)
    const view = new DataView(out.buffer)
    view.setUint16(0, 0xfeff, encoding === 'utf-16le')
    for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), encoding === 'utf-16le')
    return out
  }
  const points = [...text].map((c) => c.codePointAt(0)!)
  const out = new Uint8Array(4 + 4 * points.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, 0xfeff, encoding === 'utf-32le')
  points.forEach((p, i) => view.setUint32(4 + 4 * i, p, encoding === 'utf-32le'))
  return out
}

describe('decodeArticleBytes', () => {
  test.each(ENCODINGS)('%s with a BOM (or none for utf-8): the same text', (encoding) => {
    const text = 'Pool reopens 🏊\nThe £1.5m refit — “done”.'
    expect(decodeArticleBytes(encode(text, encoding))).toBe(text)
  })

  test.each(ENCODINGS)('%s: a NUL anywhere is binary (one rule)', (encoding) => {
    expect(codeOf(() => decodeArticleBytes(encode('Pool\u0000 reopens', encoding)))).toBe('binary')
  })

  test('UTF-32 that is not valid: invalid, not garbage', () => {
    expect(codeOf(() => decodeArticleBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0])))).toBe('invalid-utf8')
    expect(codeOf(() => decodeArticleBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x00, 0xd8, 0, 0])))).toBe('invalid-utf8')
    expect(codeOf(() => decodeArticleBytes(new Uint8Array([0, 0, 0xfe, 0xff, 0, 0x11, 0, 0])))).toBe('invalid-utf8')
  })

  test('every encoding gives the same text or the same error (property)', () => {
    const scalar = fc.string({unit: 'grapheme', maxLength: 40})
    fc.assert(fc.property(scalar, fc.boolean(), fc.nat(40), (base, withNul, at) => {
      const chars = [...base]
      const text = withNul ? [...chars.slice(0, at), '\u0000', ...chars.slice(at)].join('') : base
      // FF FE 00 00 alone is both UTF-16LE "\u0000" and an empty UTF-32LE file: read as the latter.
      fc.pre(text !== '\u0000')
      const results = ENCODINGS.map((e) => {
        try {
          return `ok:${decodeArticleBytes(encode(text, e))}`
        } catch (error) {
          return (error as IngestError).code
        }
      })
      expect(new Set(results).size, JSON.stringify([text, results])).toBe(1)
      if (withNul) expect(results[0]).toBe('binary')
    }), {seed: 13, numRuns: 2000})
  })
})

describe('--jsonl lines: metadata checked as front matter is', () => {
  const line = (fields: Record<string, unknown>) => JSON.parse(mapJsonLine(JSON.stringify({id: 'a', text: 'The pool cost £1m.', ...fields}), 3, builtinMatchers).json)
  test.each([{published: 'soon'}, {published: '2024-02-30'}])('%j: read, with a published-unreadable warning (as front matter)', (fields) => {
    const out = line(fields)
    expect(out.id).toBe('a')
    expect(out.error).toBeUndefined()
    expect(out.published).toBeUndefined()
    expect(out.warnings.map((w: {code: string}) => w.code)).toEqual(['published-unreadable'])
  })

  test.each([
    [{published: 20240101}, /`published` must be a string/],
    [{story: 5}, /`story` must be a string/],
    [{outlet: ['a']}, /`outlet` must be a string, not a list/],
    [{text: 'a\u0000b'}, /NUL character/]
  ])('%j: a bad-line error', (fields, message) => {
    const out = line(fields)
    // The id as given is echoed with the error (and the input line number).
    expect(out.id).toBe('a')
    expect(out.line).toBe(3)
    expect(out.error.code).toBe('bad-line')
    expect(out.error.message).toMatch(message)
  })
  test('a date front matter would take is normalized; blanks are absent', () => {
    const out = line({published: '18 January 2019', story: '  pool  ', outlet: ' '})
    expect(out.published).toBe('2019-01-18')
    expect(out.story).toBe('pool')
    expect(out.outlet).toBeUndefined()
  })
})
