import {parseDocument} from '../lazy/yaml.js'
import type {ArticleMeta, ArticleWarning, Span} from '../types.js'
import {IngestError} from './errors.js'
import {normalizePublished} from './published.js'
import {readSimpleMapping} from './simple-yaml.js'

export {normalizeDate, normalizePublished} from './published.js'

/** YAML front matter found at the very start of a file. */
export interface FrontMatter {
  /** Metadata read from it (only the known keys). */
  meta: ArticleMeta
  /** Source range of the whole block, both `---` fences included. */
  range: Span
  /** Where the body starts (just after the closing fence's line ending). */
  bodyStart: number
  /** Fields that could not be read and were left out (the article is still read). */
  warnings: ArticleWarning[]
}

// Aliases let a tiny document expand to gigabytes ("billion laughs"); real
// article metadata needs none, so a low cap is safe.
const MAX_ALIASES = 50

const STRING_KEYS = ['outlet', 'story', 'title', 'kind', 'author', 'url'] as const

/**
 * Bounds on front matter (article metadata is a few lines): the YAML
 * parser's duplicate-key check grows with the square of the number of keys
 * (40,000 keys took 11.5 s), so larger blocks are refused before parsing.
 */
export const MAX_FRONT_MATTER_LINES = 200
export const MAX_FRONT_MATTER_CHARS = 64 * 1024

/**
 * Find and read YAML front matter: a `---` line at offset 0, then YAML, then a
 * `---` (or `...`) line. Any line ending (LF, CRLF, CR) is accepted.
 *
 * @returns `null` when the source does not start with a `---` line.
 * @throws {IngestError} code `front-matter` for unclosed fences, YAML syntax
 *   errors, alias bombs, a value that is not a mapping or non-string fields.
 *   A `published` value that is not a date is no error: it is left out of
 *   `meta` and reported in `warnings`.
 */
export function readFrontMatter(source: string): FrontMatter | null {
  const open = /^---[ \t]*(\r\n|\n|\r)/.exec(source)
  if (!open) return null
  const yamlStart = open[0].length
  // Walk the lines after the opening fence until a closing fence line.
  const line = /([^\r\n]*)(\r\n|\n|\r|$)/g
  line.lastIndex = yamlStart
  let yamlEnd = -1
  let bodyStart = -1
  let match: RegExpExecArray | null
  let lines = 0
  while (line.lastIndex <= source.length && (match = line.exec(source)) !== null) {
    if (++lines > MAX_FRONT_MATTER_LINES + 1 || match.index - yamlStart > MAX_FRONT_MATTER_CHARS) {
      throw new IngestError('front-matter', `front matter is over ${MAX_FRONT_MATTER_LINES} lines or ${MAX_FRONT_MATTER_CHARS / 1024} KiB (article metadata is a few lines); refused rather than parsed`)
    }
    if (/^(---|\.\.\.)[ \t]*$/.test(match[1]!)) {
      yamlEnd = match.index
      bodyStart = match.index + match[0].length
      break
    }
    if (match[0].length === 0) break
  }
  if (yamlEnd < 0) throw new IngestError('front-matter', 'front matter starts with `---` on line 1 but has no closing `---` line')
  // The YAML parser knows LF and CRLF line breaks but not a lone CR (old Mac
  // files): read each lone CR as LF. Same length, and only the values are
  // used, so no offset changes.
  const yamlText = source.slice(yamlStart, yamlEnd).replace(/\r(?!\n)/g, '\n')
  const warnings: ArticleWarning[] = []
  const meta = parseMeta(yamlText, warnings)
  return {meta, range: {start: 0, end: bodyStart}, bodyStart, warnings}
}

/** Every key {@link parseMeta} reads. */
const META_KEYS: ReadonlySet<string> = new Set([...STRING_KEYS, 'published'])

function parseMeta(yamlText: string, warnings: ArticleWarning[]): ArticleMeta {
  // Plain `key: value` lines of known keys need no YAML parser (the same values; anything else goes to it).
  return metaOf(readSimpleMapping(yamlText, META_KEYS) ?? parseYaml(yamlText), warnings)
}

/** The YAML value of the front matter, with every YAML error as an {@link IngestError}. */
function parseYaml(yamlText: string): unknown {
  let value: unknown
  try {
    const doc = parseDocument(yamlText, {prettyErrors: true, uniqueKeys: true})
    const error = doc.errors[0]
    if (error) throw new IngestError('front-matter', `front matter is not valid YAML: ${firstLine(error.message)}`)
    value = doc.toJS({maxAliasCount: MAX_ALIASES})
  } catch (error) {
    if (error instanceof IngestError) throw error
    const message = error instanceof Error ? error.message : String(error)
    if (/alias/i.test(message)) throw new IngestError('front-matter', `front matter uses too many YAML aliases (more than ${MAX_ALIASES}): ${firstLine(message)}`)
    throw new IngestError('front-matter', `front matter could not be read: ${firstLine(message)}`)
  }
  return value
}

/** The metadata of a front matter value: only the known keys, checked. */
function metaOf(value: unknown, warnings: ArticleWarning[]): ArticleMeta {
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    throw new IngestError('front-matter', `front matter must be a mapping of keys to values (like \`outlet: BBC News\`), not ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}`)
  }
  const record = value as Record<string, unknown>
  const meta: ArticleMeta = {}
  for (const key of STRING_KEYS) {
    const field = record[key]
    if (field === undefined || field === null) continue
    if (typeof field !== 'string') throw new IngestError('front-matter', `front matter field \`${key}\` must be a string, not ${describe(field)}`)
    const trimmed = field.trim()
    if (trimmed !== '') meta[key] = trimmed
  }
  const published = record.published
  if (published !== undefined && published !== null) {
    const date = normalizePublished(published)
    if (date !== null) meta.published = date
    else {
      const shown = published instanceof Date ? 'an invalid date' : JSON.stringify(String(published)).slice(0, 60)
      warnings.push({code: 'published-unreadable', field: 'published', message: `front matter field \`published\` is not a date: ${shown} (use YYYY-MM-DD, YYYY-MM or YYYY); the article is read without a publication date`})
    }
  }
  return meta
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return 'a date'
  return `a ${typeof value} (${JSON.stringify(value)?.slice(0, 40)})`
}

function firstLine(message: string): string {
  return message.split(/\r?\n/)[0] ?? message
}
