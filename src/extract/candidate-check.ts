/**
 * The boundary between a matcher and the pipeline: what `match()` returns is
 * checked and copied into plain data before anything else reads it, so a
 * custom matcher that returns `[null]`, a candidate without `value`, a
 * circular or BigInt value, a non-string speaker, or an object with a
 * throwing getter becomes one per-article `matcher-error` that names the
 * matcher and the field, not a crash later in alignment or rendering.
 *
 * @module
 */
import type {Candidate, ClaimValue, OtherValue} from '../types.js'

/** How deep a value may nest (custom values are small records). */
export const MAX_VALUE_DEPTH = 32

/** A field that breaks the contract: `path` is like `value.speaker`. */
export class CandidateFault extends Error {
  constructor(readonly path: string, readonly problem: string) {
    super(`\`${path}\` ${problem}`)
    this.name = 'CandidateFault'
  }
}

type FieldRule = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'string?' | 'number?' | 'string|null' | 'object|null' | 'number|null'

/** The fields of built-in value types that the aligner and the renderers read. */
const BUILTIN_FIELDS: Readonly<Record<string, Readonly<Record<string, FieldRule>>>> = {
  quantity: {low: 'number', high: 'number', unit: 'string', hedge: 'string', bounds: 'object', hedgeText: 'string?', scale: 'number?', per: 'string?', of: 'number?'},
  date: {start: 'object', end: 'object', granularity: 'string', assigned: 'array', implied: 'array', anchor: 'string', relation: 'string', period: 'string?'},
  quote: {speaker: 'string|null', speakerMention: 'object|null', words: 'string', quotation: 'string', scare: 'boolean'},
  role: {person: 'string', role: 'string'},
  category: {scheme: 'string', label: 'string', subject: 'string?'}
}

/**
 * A checked copy of one candidate of a sentence of `length` characters.
 *
 * @throws {CandidateFault} naming the field that is wrong.
 */
export function checkCandidate(candidate: unknown, length: number): Candidate<ClaimValue | OtherValue> {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) throw new CandidateFault('candidate', `must be an object {start, end, value}, not ${kindOf(candidate)}`)
  const start = read(candidate, 'start', 'start')
  const end = read(candidate, 'end', 'end')
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) > length || (start as number) >= (end as number)) {
    throw new CandidateFault('start, end', `must be integers with 0 <= start < end <= ${length} (the sentence's length), not [${describe(start)}, ${describe(end)})`)
  }
  const kind = read(candidate, 'kind', 'kind')
  if (kind !== undefined && (typeof kind !== 'string' || kind === '')) throw new CandidateFault('kind', `must be a non-empty string when given, not ${kindOf(kind)}`)
  const raw = read(candidate, 'value', 'value')
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new CandidateFault('value', `must be an object with a string \`type\`, not ${kindOf(raw)}`)
  const value = plainData(raw, 'value', new Set(), 0) as Record<string, unknown>
  if (typeof value.type !== 'string' || value.type === '') throw new CandidateFault('value.type', `must be a non-empty string, not ${kindOf(value.type)}`)
  const fields = Object.hasOwn(BUILTIN_FIELDS, value.type) ? BUILTIN_FIELDS[value.type] : undefined
  if (fields) for (const [field, rule] of Object.entries(fields)) checkField(value[field], rule, `value.${field}`)
  if (value.type === 'quote' && value.speakerMention !== null && value.speakerMention !== undefined) {
    const mention = value.speakerMention as Record<string, unknown>
    if (!Number.isInteger(mention.start) || !Number.isInteger(mention.end) || (mention.start as number) < 0 || (mention.start as number) > (mention.end as number)) {
      throw new CandidateFault('value.speakerMention', `must have integer offsets 0 <= start <= end, not [${describe(mention.start)}, ${describe(mention.end)})`)
    }
  }
  return {start: start as number, end: end as number, value: value as unknown as ClaimValue | OtherValue, ...(kind === undefined ? {} : {kind: kind as string})}
}

/** A deep copy of `value` as JSON data: plain objects, arrays, strings, finite numbers, booleans, null. */
function plainData(value: unknown, path: string, stack: Set<object>, depth: number): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      if (!Number.isFinite(value)) throw new CandidateFault(path, `must be a finite number, not ${String(value)}`)
      return value
    case 'object':
      break
    default:
      throw new CandidateFault(path, `is ${kindOf(value)}; a value must be JSON data (objects, arrays, strings, finite numbers, booleans, null)`)
  }
  if (value === null) return null
  if (stack.has(value)) throw new CandidateFault(path, 'is circular (it contains itself)')
  if (depth >= MAX_VALUE_DEPTH) throw new CandidateFault(path, `nests deeper than ${MAX_VALUE_DEPTH} levels`)
  stack.add(value)
  try {
    if (Array.isArray(value)) {
      const length = value.length
      const out: unknown[] = new Array(length)
      for (let i = 0; i < length; i++) out[i] = plainData(read(value, i, `${path}[${i}]`), `${path}[${i}]`, stack, depth + 1)
      return out
    }
    const proto: unknown = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) throw new CandidateFault(path, `is ${kindOf(value)}; only plain objects and arrays are data`)
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value)) {
      const child = read(value, key, `${path}.${key}`)
      if (child === undefined) continue
      const copy = plainData(child, `${path}.${key}`, stack, depth + 1)
      // A key `__proto__` is a key of the copy, not its prototype.
      Object.defineProperty(out, key, {value: copy, enumerable: true, writable: true, configurable: true})
    }
    return out
  } finally {
    stack.delete(value)
  }
}

function checkField(value: unknown, rule: FieldRule, path: string): void {
  const optional = rule.endsWith('?')
  const nullable = rule.endsWith('|null')
  const base = rule.replace(/\?$|\|null$/, '')
  if (value === undefined && (optional || nullable)) return
  if (value === null && nullable) return
  const ok = base === 'array' ? Array.isArray(value) : base === 'object' ? typeof value === 'object' && value !== null && !Array.isArray(value) : typeof value === base
  if (!ok) throw new CandidateFault(path, `must be ${nullable ? `a ${base} or null` : `a ${base}`}${optional ? ' when given' : ''}, not ${kindOf(value)}`)
}

/** `target[key]`, with a throwing getter or Proxy trap reported as a fault at `path`. */
function read(target: object, key: string | number, path: string): unknown {
  try {
    return (target as Record<string | number, unknown>)[key]
  } catch (error) {
    throw new CandidateFault(path, `could not be read (its getter threw${error instanceof Error ? `: ${error.message}` : ''})`)
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'missing'
  if (Array.isArray(value)) return 'an array'
  switch (typeof value) {
    case 'bigint': return `a BigInt (${String(value)}n)`
    case 'symbol': return 'a Symbol'
    case 'function': return 'a function'
    case 'string': return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`
    case 'number': return `a number (${String(value)})`
    case 'boolean': return `a boolean (${String(value)})`
    default: {
      let name = 'object'
      try {
        const ctor = (Object.getPrototypeOf(value) as {constructor?: {name?: unknown}} | null)?.constructor?.name
        if (typeof ctor === 'string' && ctor !== 'Object') name = `${ctor} object`
      } catch {
        // A Proxy that throws on getPrototypeOf.
      }
      return `a ${name}`
    }
  }
}

function describe(value: unknown): string {
  return typeof value === 'number' ? String(value) : kindOf(value)
}
