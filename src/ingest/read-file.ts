/**
 * Read one article file safely: only a regular file, and never more than
 * `maxBytes + 1` bytes whatever `stat` said. A FIFO, a socket or a device
 * (`/dev/zero`, or a `story.txt` link to one) is refused before it is
 * opened, and checked again on the open descriptor, which is opened
 * non-blocking so that a FIFO swapped in between cannot hang the read.
 *
 * @module
 */
import {closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats} from 'node:fs'
import {open, stat} from 'node:fs/promises'
import {IngestError} from './errors.js'

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0)
const CHUNK = 1 << 16

/** What a non-regular file is, in words; null for a regular file. */
export function specialKind(info: Stats): string | null {
  if (info.isFile()) return null
  if (info.isDirectory()) return 'a directory'
  if (info.isFIFO()) return 'a FIFO (named pipe)'
  if (info.isCharacterDevice()) return 'a character device'
  if (info.isBlockDevice()) return 'a block device'
  if (info.isSocket()) return 'a socket'
  return 'not a regular file'
}

/** The error for a file that is not a regular file. */
export function specialFileError(path: string, kind: string): IngestError {
  return kind === 'a directory'
    ? new IngestError('unreadable', `${path}: is a directory, not a file`)
    : new IngestError('special-file', `${path}: is ${kind}, not a regular file; only regular files are read`)
}

function tooLarge(path: string, size: number | string, maxBytes: number): IngestError {
  return new IngestError('too-large', `${path}: file is ${size} bytes, over the limit of ${maxBytes} bytes`)
}

function check(path: string, info: Stats, maxBytes: number): void {
  const kind = specialKind(info)
  if (kind !== null) throw specialFileError(path, kind)
  if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes)
}

/** The next read: the whole file as `stat` gave it (plus one byte, to see growth) first, then chunks; never past `maxBytes + 1` in all. */
function nextSize(info: Stats, total: number, maxBytes: number): number {
  const left = maxBytes + 1 - total
  return Math.max(1, Math.min(total === 0 ? info.size + 1 : CHUNK, left))
}

function joined(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

/**
 * The bytes of the regular file at `file` (`path` is how messages name it).
 *
 * @throws {IngestError} `special-file`, `unreadable` (a directory) or
 *   `too-large` (counted while reading, not only from `stat`); file-system
 *   errors as they come.
 */
export async function readRegularFile(file: string, path: string, maxBytes: number): Promise<Uint8Array> {
  check(path, await stat(file), maxBytes)
  const handle = await open(file, OPEN_FLAGS)
  try {
    const info = await handle.stat()
    check(path, info, maxBytes)
    const chunks: Uint8Array[] = []
    let total = 0
    for (;;) {
      const buffer = new Uint8Array(nextSize(info, total, maxBytes))
      const {bytesRead} = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      chunks.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead))
      total += bytesRead
      if (total > maxBytes) throw tooLarge(path, `more than ${maxBytes}`, maxBytes)
    }
    return joined(chunks, total)
  } finally {
    await handle.close()
  }
}

/** {@link readRegularFile} with synchronous calls (for worker threads). */
export function readRegularFileSync(file: string, path: string, maxBytes: number): Uint8Array {
  check(path, statSync(file), maxBytes)
  const fd = openSync(file, OPEN_FLAGS)
  try {
    const info = fstatSync(fd)
    check(path, info, maxBytes)
    const chunks: Uint8Array[] = []
    let total = 0
    for (;;) {
      const buffer = new Uint8Array(nextSize(info, total, maxBytes))
      const bytesRead = readSync(fd, buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      chunks.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead))
      total += bytesRead
      if (total > maxBytes) throw tooLarge(path, `more than ${maxBytes}`, maxBytes)
    }
    return joined(chunks, total)
  } finally {
    closeSync(fd)
  }
}
