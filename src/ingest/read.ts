import type {Dirent} from 'node:fs'
import {readdir, realpath, stat} from 'node:fs/promises'
import {basename, extname, join, resolve, sep} from 'node:path'
import {assignIds} from './article-ids.js'
import type {Article, ArticleFormat, InputError} from '../types.js'
import {decodeArticleBytes} from './decode.js'
import {IngestError} from './errors.js'
import {parseArticle} from './parse.js'
import {readRegularFile, readRegularFileSync, specialFileError, specialKind} from './read-file.js'

/** Options for {@link readInputs}. */
export interface ReadOptions {
  /** Files larger than this many bytes are refused (`too-large`). Default 64 MiB. */
  maxBytes?: number
  /**
   * Folder that relative paths are read from (default: `process.cwd()`).
   * Paths in the result stay as given.
   */
  cwd?: string
  /**
   * Inside a folder, follow symbolic links whose target lies outside the
   * folder given (default `false`: such a link is listed as an
   * `outside-link` error and not read, so a link to a private file cannot
   * put its text in a report). Paths given directly are always followed.
   */
  followOutsideLinks?: boolean
}

/** What {@link readInputs} returns. */
export interface ReadResult {
  /** The articles read, in path order. */
  articles: Article[]
  /** Every problem, one per failed file or input path. */
  errors: InputError[]
  /** Every file found and every input path that failed, with its status. */
  inputs: Array<{path: string; status: 'ok' | 'error'; id?: string; error?: InputError}>
}

/**
 * How deep a folder walk goes below an input folder. Every file-system call
 * takes a whole path, whose cost grows with its depth, so a walk of a chain
 * of folders costs the square of its depth (2,000 levels took 77 s); deeper
 * folders are listed as `too-deep`, not walked. Article archives nest a
 * handful of levels (year/month/day/section).
 */
export const MAX_FOLDER_DEPTH = 64

/** Default for {@link ReadOptions.maxBytes}: 64 MiB. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024

const FORMATS: Record<string, ArticleFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html'
}

/**
 * The format of an article file from its extension (case-insensitive), or
 * `null` when a directory walk should skip it.
 */
export function formatOf(path: string): ArticleFormat | null {
  return FORMATS[extname(path).toLowerCase()] ?? null
}

/**
 * Read files and directories. Directories are walked recursively for
 * `.txt .text .md .markdown .html .htm` files (dotfiles and README-style
 * project docs skipped, symlinks followed once per real directory, so loops
 * end; a link whose target lies outside the folder given is an
 * `outside-link` error unless `followOutsideLinks`; a FIFO, socket or
 * device is a `special-file` error, never opened). Only regular files are
 * read, and never more than `maxBytes` of one, whatever `stat` says. Files are read in path
 * order. A bad input never throws: it becomes an {@link InputError} in
 * `errors` and an `error` entry in `inputs`, and the other files go on.
 *
 * Ids are file names without extension; when two files share one, each
 * gets its path relative to their common folder instead (`a/story`,
 * `b/story`), with the extension kept if that is still not unique, and the
 * path as given as a last resort: see {@link assignIds}. Every set of
 * distinct paths gets distinct ids.
 */
export async function readInputs(paths: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const listing = await listInputs(paths, options)
  const inputs: ReadResult['inputs'] = [...listing.errors]
  const {files} = listing
  const results = await mapLimited(files, 16, async (file) => {
    const {id} = file
    try {
      return {ok: true as const, article: await readArticle(file.path, {id, maxBytes, ...(options.cwd === undefined ? {} : {cwd: options.cwd})})}
    } catch (error) {
      return {ok: false as const, id, error: toInputError(file.path, error)}
    }
  })
  const articles: Article[] = []
  results.forEach((result, index) => {
    const path = files[index]!.path
    if (result.ok) {
      articles.push(result.article)
      inputs.push({path, status: 'ok', id: result.article.id})
    } else inputs.push({path, status: 'error', id: result.id, error: result.error})
  })
  sortInputs(inputs)
  const errors = inputs.flatMap((entry) => (entry.error ? [entry.error] : []))
  return {articles, errors, inputs}
}

/** What {@link listInputs} finds: the article files with their ids, and the inputs that failed. */
export interface InputListing {
  /** Article files in path order, each with the id {@link readInputs} gives it. */
  files: Array<{path: string; id: string}>
  /** Input paths and sub-folders that could not be read (`status: 'error'`). */
  errors: ReadResult['inputs']
}

/**
 * The files {@link readInputs} would read, with their ids, without reading
 * them: for readers that read elsewhere (worker threads, other machines) and
 * must give the same ids, order and path errors.
 */
export async function listInputs(paths: string[], options: Pick<ReadOptions, 'cwd' | 'followOutsideLinks'> = {}): Promise<InputListing> {
  const errors: ReadResult['inputs'] = []
  const found: Array<{path: string; real: string}> = []
  const seenFiles = new Set<string>()
  for (const input of paths) {
    const collected = await collect(input, options.cwd, options.followOutsideLinks ?? false)
    if ('error' in collected) {
      errors.push({path: input, status: 'error', error: collected.error})
      continue
    }
    for (const error of collected.errors) errors.push({path: error.path, status: 'error', error})
    for (const file of collected.files) {
      if (seenFiles.has(file.real)) continue
      seenFiles.add(file.real)
      found.push(file)
    }
  }
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const ids = assignIds(found.map((file) => file.path))
  return {files: found.map((file, index) => ({path: file.path, id: ids[index]!})), errors}
}

/** Sort read entries by path, in place (stable: the order {@link readInputs} reports). */
export function sortInputs(inputs: ReadResult['inputs']): ReadResult['inputs'] {
  return inputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/**
 * Read one article file: check its size, decode it, parse it by extension
 * (unknown extensions are read as plain text).
 *
 * @throws {IngestError} with the codes of docs/ingestion.md; file-system
 *   errors are thrown as they come (see {@link toInputError}).
 */
export async function readArticle(path: string, options: ArticleFileOptions = {}): Promise<Article> {
  const file = options.cwd === undefined ? path : resolve(options.cwd, path)
  return articleFromBytes(path, await readRegularFile(file, path, options.maxBytes ?? DEFAULT_MAX_BYTES), options)
}

/**
 * {@link readArticle} with synchronous file-system calls, for worker threads:
 * there a blocking read holds up only that thread, and it skips the round
 * trips through libuv's small thread pool, which all threads of a process
 * share. Same checks, same result, same errors.
 */
export function readArticleSync(path: string, options: ArticleFileOptions = {}): Article {
  const file = options.cwd === undefined ? path : resolve(options.cwd, path)
  return articleFromBytes(path, readRegularFileSync(file, path, options.maxBytes ?? DEFAULT_MAX_BYTES), options)
}

/** Options of {@link readArticle} and {@link readArticleSync}. */
export interface ArticleFileOptions {
  /** The article's id (default: the file name without extension). */
  id?: string
  /** See {@link ReadOptions.maxBytes}. */
  maxBytes?: number
  /** See {@link ReadOptions.cwd}. */
  cwd?: string
}

function articleFromBytes(path: string, bytes: Uint8Array, options: ArticleFileOptions): Article {
  const source = decodeArticleBytes(bytes)
  const id = options.id ?? basename(path, extname(path))
  return parseArticle(source, {id, path, format: formatOf(path) ?? 'text'})
}

/** Turn anything {@link readArticle} throws into an {@link InputError} for `path`. */
export function toInputError(path: string, error: unknown): InputError {
  if (error instanceof IngestError) {
    const message = error.message.startsWith(`${path}:`) ? error.message : `${path}: ${error.message}`
    return {path, code: error.code, message}
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return {path, code: 'unreadable', message: `${path}: cannot be read (${describeErrno(code, error)})`}
}

function describeErrno(code: string | undefined, error: unknown): string {
  switch (code) {
    case 'ENOENT': return 'no such file or directory'
    case 'EACCES':
    case 'EPERM': return 'permission denied'
    case 'EISDIR': return 'is a directory'
    case 'ELOOP': return 'too many symbolic links (a symlink loop)'
    case 'ENOTDIR': return 'a part of the path is not a directory'
    default: return error instanceof Error ? error.message : String(error)
  }
}

type Collected = {files: Array<{path: string; real: string}>; errors: InputError[]} | {error: InputError}

/** Files under one input path, or the error that stops it. */
async function collect(input: string, cwd: string | undefined, followOutside: boolean): Promise<Collected> {
  // `fs(p)` is where a path is read from; `p` itself is what reports show.
  const fs = (p: string): string => (cwd === undefined ? p : resolve(cwd, p))
  let info
  try {
    info = await stat(fs(input))
  } catch (error) {
    return {error: toInputError(input, error)}
  }
  if (!info.isDirectory()) return {files: [{path: input, real: await realpath(fs(input)).catch(() => resolve(fs(input)))}], errors: []}
  const files: Array<{path: string; real: string}> = []
  const errors: InputError[] = []
  const visited = new Set<string>()
  const top = await realpath(fs(input)).catch(() => resolve(fs(input)))
  const inside = (real: string): boolean => real === top || real.startsWith(top.endsWith(sep) ? top : top + sep)
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_FOLDER_DEPTH) {
      errors.push({path: dir, code: 'too-deep', message: `${dir}: folder nested more than ${MAX_FOLDER_DEPTH} levels below ${input}; not walked`})
      return
    }
    let real: string
    try {
      real = await realpath(fs(dir))
    } catch {
      return
    }
    if (visited.has(real)) return
    visited.add(real)
    let entries
    try {
      entries = await readdir(fs(dir), {withFileTypes: true})
    } catch (error) {
      // The top folder's error is reported below; a sub-folder's here.
      if (dir !== input) errors.push(toInputError(dir, error))
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (entry.name.startsWith('.') || isProjectDoc(entry.name)) continue
      const path = join(dir, entry.name)
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      let special: string | null = isDir || isFile || entry.isSymbolicLink() ? null : direntKind(entry)
      if (entry.isSymbolicLink()) {
        let target
        let targetReal
        try {
          target = await stat(fs(path))
          targetReal = await realpath(fs(path))
        } catch {
          // A dangling or looping link: only worth reporting if it looks like an article.
          if (formatOf(path)) files.push({path, real: resolve(fs(path))})
          continue
        }
        if (!followOutside && !inside(targetReal) && (target.isDirectory() || formatOf(path))) {
          errors.push({path, code: 'outside-link', message: `${path}: skipped: a symbolic link to ${target.isDirectory() ? 'a folder' : 'a file'} outside the folder given (${input}); pass --follow-outside-links (followOutsideLinks) to read it`})
          continue
        }
        isDir = target.isDirectory()
        isFile = target.isFile()
        special = isDir || isFile ? null : specialKind(target)
      }
      if (special !== null) {
        // A FIFO, socket or device is listed, not skipped silently (and never opened).
        errors.push(toInputError(path, specialFileError(path, special)))
        continue
      }
      if (isDir) await walk(path, depth + 1)
      else if (isFile && formatOf(path)) {
        // A file that is not a link lies where its folder really is: no realpath call per file.
        files.push({path, real: entry.isSymbolicLink() ? await realpath(fs(path)).catch(() => resolve(fs(path))) : join(real, entry.name)})
      }
    }
  }
  await walk(input, 0)
  // Unreadable sub-folders are skipped above; an unreadable top folder is an error.
  try {
    await readdir(fs(input))
  } catch (error) {
    return {error: toInputError(input, error)}
  }
  if (files.length === 0 && errors.length === 0) {
    return {error: {path: input, code: 'no-articles', message: `${input}: directory has no article files (.txt, .text, .md, .markdown, .html, .htm)`}}
  }
  return {files, errors}
}

/** What a directory entry that is neither file, folder nor link is, in words. */
function direntKind(entry: Dirent): string {
  if (entry.isFIFO()) return 'a FIFO (named pipe)'
  if (entry.isCharacterDevice()) return 'a character device'
  if (entry.isBlockDevice()) return 'a block device'
  if (entry.isSocket()) return 'a socket'
  return 'not a regular file'
}

/**
 * README, CHANGELOG, LICENSE… describe a folder of articles; they are not
 * articles, so a directory walk skips them (name them as a file to read one).
 */
function isProjectDoc(name: string): boolean {
  return /^(readme|changelog|changes|license|licence|contributing|notice|authors)(\.[a-z]+)?$/i.test(name)
}

async function mapLimited<T, R>(items: T[], limit: number, run: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await run(items[index]!, index)
    }
  }
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker))
  return results
}

/** Re-exported so callers of the reader can test `instanceof IngestError`. */
export {IngestError} from './errors.js'
