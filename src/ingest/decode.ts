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
 * - UTF-32 with a BOM (LE `FF FE 00 00` or BE `00 00 FE FF`) and UTF-16
 *   with a BOM (LE or BE) are decoded strictly; the BOM is removed.
 *   `FF FE 00 00` is also UTF-16LE's BOM followed by a NUL: it is read as
 *   UTF-32LE when what follows is valid UTF-32LE, else as UTF-16LE (where
 *   the NUL makes it `binary`); the four bytes alone are an empty file.
 * - Otherwise the bytes must be valid UTF-8: nothing is ever replaced with
 *   U+FFFD silently.
 * - One rule for every encoding: U+0000 (a NUL) anywhere means `binary`.
 *
 * @throws {IngestError} `empty` (no bytes, or only whitespace), `binary`
 *   (a known binary signature, or a NUL), `invalid-utf8` (with the byte
 *   offset of the first bad sequence, or the encoding a BOM named).
 */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new IngestError('empty', 'file is empty (0 bytes)')
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0x00 && bytes[3] === 0x00 && isUtf32(bytes.subarray(4), true)) text = noNul(decodeUtf32(bytes.subarray(4), true), 'UTF-32LE')
  else if (bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0xfe && bytes[3] === 0xff) text = noNul(decodeUtf32(bytes.subarray(4), false), 'UTF-32BE')
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = noNul(decodeStrict('utf-16le', bytes.subarray(2)), 'UTF-16LE')
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = noNul(decodeStrict('utf-16be', bytes.subarray(2)), 'UTF-16BE')
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

/** `text`, or `binary` when it holds a NUL: the UTF-8 rule, for text decoded from another encoding. */
function noNul(text: string, encoding: string): string {
  const at = text.indexOf('\u0000')
  if (at >= 0) throw new IngestError('binary', `file is binary: it contains a NUL character (U+0000) at character offset ${at} of its ${encoding} text`)
  return text
}

/** Whether `bytes` are valid UTF-32 (see {@link decodeUtf32}). */
function isUtf32(bytes: Uint8Array, little: boolean): boolean {
  if (bytes.length % 4 !== 0) return false
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let at = 0; at < bytes.length; at += 4) {
    const code = view.getUint32(at, little)
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return false
  }
  return true
}

/** Strict UTF-32: whole 4-byte units, each a Unicode scalar value (no surrogates, nothing above U+10FFFF). */
function decodeUtf32(bytes: Uint8Array, little: boolean): string {
  const encoding = little ? 'UTF-32LE' : 'UTF-32BE'
  if (bytes.length % 4 !== 0) throw new IngestError('invalid-utf8', `file has a ${encoding} byte-order mark but is not valid ${encoding}: ${bytes.length} bytes after it, not a multiple of 4`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const parts: string[] = []
  let chunk: number[] = []
  for (let at = 0; at < bytes.length; at += 4) {
    const code = view.getUint32(at, little)
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      throw new IngestError('invalid-utf8', `file has a ${encoding} byte-order mark but is not valid ${encoding}: bad code unit 0x${code.toString(16)} at byte offset ${at + 4}`)
    }
    chunk.push(code)
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk))
      chunk = []
    }
  }
  parts.push(String.fromCodePoint(...chunk))
  return parts.join('')
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
