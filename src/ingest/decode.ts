import {IngestError} from './errors.js'

/** Magic numbers of common binary files that are never articles. */
const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (or .docx/.xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]]
]

/**
 * Decode the bytes of an article file to a string.
 *
 * - A UTF-8 BOM is removed (offsets count from the character after it).
 * - UTF-16 with a BOM (LE or BE) is decoded; the BOM is removed.
 * - Otherwise the bytes must be valid UTF-8: nothing is ever replaced with
 *   U+FFFD silently.
 *
 * @throws {IngestError} `empty` (no bytes, or only whitespace), `binary`
 *   (a known binary signature, or NUL bytes), `invalid-utf8` (with the byte
 *   offset of the first bad sequence).
 */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new IngestError('empty', 'file is empty (0 bytes)')
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeStrict('utf-16le', bytes.subarray(2))
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeStrict('utf-16be', bytes.subarray(2))
  else {
    for (const [name, magic] of MAGIC) {
      if (magic.every((byte, index) => bytes[index] === byte)) throw new IngestError('binary', `file is binary (${name}), not article text`)
    }
    const nul = bytes.indexOf(0)
    if (nul >= 0) throw new IngestError('binary', `file is binary: it contains a NUL byte at byte offset ${nul}`)
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
    try {
      text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(body)
    } catch {
      const offset = firstInvalidUtf8(bytes)
      throw new IngestError('invalid-utf8', `file is not valid UTF-8: bad byte sequence at byte offset ${offset} (re-save it as UTF-8)`)
    }
  }
  if (text.trim() === '') throw new IngestError('empty', 'file contains only whitespace')
  return text
}

function decodeStrict(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes)
  } catch {
    throw new IngestError('invalid-utf8', `file has a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`)
  }
}

/**
 * Byte offset of the first invalid UTF-8 sequence (per the WHATWG decoder:
 * overlongs, surrogates and values above U+10FFFF are invalid), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) { i++; continue }
    let need: number, low = 0x80, high = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) low = 0xa0; if (b === 0xed) high = 0x9f }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) low = 0x90; if (b === 0xf4) high = 0x8f }
    else return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined) return i
      if (k === 1 ? c < low || c > high : c < 0x80 || c > 0xbf) return i
    }
    i += need + 1
  }
  return -1
}
