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
    keys: ['type', 'low', 'high', 'unit', 'hedge', 'hedgeText', 'scale', 'bounds', 'per', 'of'],
    children: {bounds: {keys: ['low', 'high']}}
  },
  date: {
    keys: ['type', 'start', 'end', 'granularity', 'assigned', 'implied', 'anchor', 'relation', 'period'],
    children: {start: DATE_POINT, end: DATE_POINT}
  },
  quote: {keys: ['type', 'speaker', 'speakerMention', 'words', 'quotation', 'scare'], children: {speakerMention: SPAN_TEXT}},
  role: {keys: ['type', 'person', 'role']},
  category: {keys: ['type', 'scheme', 'label', 'subject']}
}

const CLAIM: Shape = {
  keys: ['id', 'article', 'kind', 'text', 'start', 'end', 'sentence', 'matcher', 'value'],
  children: {
    sentence: {keys: ['start', 'end', 'text', 'index']},
    value: (value) => {
      const type = (value as {type?: unknown} | null)?.type
      return typeof type === 'string' && Object.hasOwn(VALUE_SHAPES, type) ? VALUE_SHAPES[type] : {keys: ['type']}
    }
  }
}

const REPORT: Shape = {
  keys: ['version', 'generator', 'articles', 'stories', 'claims', 'findings', 'errors'],
  children: {
    generator: {keys: ['name', 'version']},
    articles: {
      keys: ['id', 'path', 'format', 'outlet', 'title', 'published', 'story', 'storyInferred', 'status', 'error', 'sentences', 'excluded'],
      children: {error: INPUT_ERROR, excluded: EXCLUDED}
    },
    stories: {keys: ['id', 'articles', 'inferred', 'reason']},
    claims: CLAIM,
    findings: {
      keys: ['id', 'story', 'kind', 'verdict', 'claims', 'reason', 'message', 'confidence', 'notes', 'diff'],
      children: {diff: {keys: ['op', 'text']}}
    },
    errors: INPUT_ERROR
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A copy of `value` with object keys in contract order (unknown keys sorted, after the known ones). */
function order(value: unknown, shape: Shape | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => order(item, shape))
  if (!isPlainObject(value)) return value
  if (typeof (value as {toJSON?: unknown}).toJSON === 'function') return value
  const known = shape?.keys ?? []
  const keys = [...known.filter((k) => Object.hasOwn(value, k)), ...Object.keys(value).filter((k) => !known.includes(k)).sort()]
  const out: Record<string, unknown> = {}
  for (const key of keys) {
    const child = shape?.children?.[key]
    const childShape = typeof child === 'function' ? child(value[key]) : child
    const copy = order(value[key], childShape)
    // A key `__proto__` (a custom value read from JSON) is a key, not the copy's prototype.
    if (key === '__proto__') Object.defineProperty(out, key, {value: copy, enumerable: true, writable: true, configurable: true})
    else out[key] = copy
  }
  return out
}

/**
 * The report as stable JSON: keys in a fixed order, two-space indent, a
 * trailing newline; byte-identical for equal reports.
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(order(report, REPORT), null, 2)}\n`
}
