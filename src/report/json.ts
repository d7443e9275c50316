/**
 * The JSON report: the contract (docs/report-format.md).
 *
 * Keys are written in a fixed order per object type (the order of
 * `src/types.ts`), whatever order the object was built in; keys the
 * contract does not name (custom claim values, future fields) follow in
 * sorted order. Arrays keep their order. Two-space indent, trailing newline:
 * equal reports give byte-identical files.
 *
 * @module
 */
import type {Report} from '../types.js'
import {reportSentences, storedClaim} from '../pipeline/claim-sentences.js'
import {jsonTerminalSafe} from './escape.js'

/** Key order of a type, and the key order of the values of some of its keys. */
interface Shape {
  keys: readonly string[]
  /** Shapes of object values (or of the elements of array values). */
  children?: Readonly<Record<string, Shape | ((value: unknown) => Shape | undefined)>>
}

const SPAN_TEXT: Shape = {keys: ['start', 'end', 'text']}
const INPUT_ERROR: Shape = {keys: ['path', 'code', 'message']}
const EXCLUDED: Shape = {keys: ['start', 'end', 'rule', 'reason']}
const DATE_POINT: Shape = {keys: ['year', 'month', 'day']}

const VALUE_SHAPES: Record<string, Shape> = {
  quantity: {
    keys: ['type', 'low', 'high', 'unit', 'hedge', 'hedgeText', 'scale', 'bounds', 'per', 'of', 'change', 'quantity'],
    children: {
      bounds: {keys: ['low', 'high']},
      change: {keys: ['direction', 'from', 'to', 'text']},
      quantity: {keys: ['unit', 'dimension', 'low', 'high', 'bounds'], children: {bounds: {keys: ['low', 'high']}}}
    }
  },
  date: {
    keys: ['type', 'start', 'end', 'granularity', 'assigned', 'implied', 'anchor', 'relation', 'period'],
    children: {start: DATE_POINT, end: DATE_POINT}
  },
  quote: {keys: ['type', 'speaker', 'speakerMention', 'words', 'quotation', 'scare', 'speech', 'markKind', 'speakerReason', 'speakerConfidence'], children: {speakerMention: SPAN_TEXT}},
  role: {keys: ['type', 'person', 'role']},
  category: {keys: ['type', 'scheme', 'label', 'subject']}
}

const CLAIM: Shape = {
  keys: ['id', 'article', 'kind', 'text', 'start', 'end', 'sentence', 'matcher', 'value', 'frame', 'link'],
  children: {
    sentence: {keys: ['start', 'end', 'index']},
    frame: {keys: ['concept', 'owner', 'time', 'qualifiers']},
    value: (value) => {
      const type = (value as {type?: unknown} | null)?.type
      return typeof type === 'string' && Object.hasOwn(VALUE_SHAPES, type) ? VALUE_SHAPES[type] : {keys: ['type']}
    }
  }
}

const REPORT: Shape = {
  keys: ['version', 'generator', 'articles', 'stories', 'sentences', 'claims', 'findings', 'errors', 'notes'],
  children: {
    generator: {keys: ['name', 'version']},
    articles: {
      keys: ['id', 'path', 'format', 'outlet', 'title', 'published', 'publishedFrom', 'url', 'author', 'story', 'storyInferred', 'family', 'status', 'error', 'warnings', 'sentences', 'excluded'],
      children: {error: INPUT_ERROR, warnings: {keys: ['code', 'field', 'message']}, excluded: EXCLUDED}
    },
    stories: {keys: ['id', 'articles', 'inferred', 'reason']},
    sentences: {keys: ['article', 'index', 'start', 'end', 'text']},
    claims: CLAIM,
    findings: {
      keys: ['id', 'story', 'kind', 'verdict', 'claims', 'reason', 'message', 'confidence', 'sources', 'basis', 'notes', 'diff'],
      children: {diff: {keys: ['op', 'text']}, sources: {keys: ['articles', 'families']}}
    },
    errors: INPUT_ERROR
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const POSITIONS = new WeakMap<Shape, ReadonlyMap<string, number>>()

/** The position of each key of a shape. */
function positions(shape: Shape): ReadonlyMap<string, number> {
  let map = POSITIONS.get(shape)
  if (map === undefined) {
    map = new Map(shape.keys.map((key, i) => [key, i]))
    POSITIONS.set(shape, map)
  }
  return map
}

const NO_SHAPE: Shape = {keys: []}

/**
 * `value` with object keys in contract order (unknown keys sorted, after
 * the known ones): the value itself where it is already in that order
 * (objects built by this library are, so most of a report is not copied),
 * else a copy.
 */
function order(value: unknown, shape: Shape | undefined): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      const ordered = order(item, shape)
      if (copy === undefined && ordered !== item) copy = value.slice(0, i)
      copy?.push(ordered)
    }
    return copy ?? value
  }
  if (!isPlainObject(value)) return value
  if (typeof (value as {toJSON?: unknown}).toJSON === 'function') return value
  const own = shape ?? NO_SHAPE
  const known = positions(own)
  const keys = Object.keys(value)
  const children: unknown[] = new Array(keys.length)
  let inOrder = true
  let lastKnown = -1
  let lastUnknown: string | undefined
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    const at = known.get(key)
    if (at === undefined) {
      if (lastUnknown !== undefined && key < lastUnknown) inOrder = false
      lastUnknown = key
    } else {
      if (at < lastKnown || lastUnknown !== undefined) inOrder = false
      lastKnown = at
    }
    const child = own.children?.[key]
    const childShape = typeof child === 'function' ? child(value[key]) : child
    children[i] = order(value[key], childShape)
    if (children[i] !== value[key]) inOrder = false
  }
  if (inOrder) return value
  const index = new Map(keys.map((key, i) => [key, i]))
  const out: Record<string, unknown> = {}
  const put = (key: string) => {
    const copy = children[index.get(key) as number]
    // A key `__proto__` (a custom value read from JSON) is a key, not the copy's prototype.
    if (key === '__proto__') Object.defineProperty(out, key, {value: copy, enumerable: true, writable: true, configurable: true})
    else out[key] = copy
  }
  for (const key of own.keys) if (index.has(key)) put(key)
  for (const key of keys.filter((k) => !known.has(k)).sort()) put(key)
  return out
}

/**
 * The report as stable JSON: keys in a fixed order, two-space indent, a
 * trailing newline; byte-identical for equal reports. Each claim sentence
 * is written once, in `sentences` (claims keep `start`, `end`, `index`), so
 * the size is linear in the input's.
 */
export function renderJson(report: Report): string {
  const sentences = reportSentences(report.claims, (report as Partial<Report>).sentences)
  const stored = {...report, sentences, claims: report.claims.map(storedClaim)}
  return `${jsonTerminalSafe(JSON.stringify(order(stored, REPORT), null, 2))}\n`
}
