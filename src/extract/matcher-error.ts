/** A matcher broke its contract (threw, or returned a span outside its sentence or a value that is not data). */
export class MatcherError extends Error {
  readonly matcher: string
  constructor(matcher: string, message: string, options?: ErrorOptions) {
    super(`matcher \`${matcher}\`: ${message}`, options)
    this.name = 'MatcherError'
    this.matcher = matcher
  }
}

/**
 * What was thrown, as one line: an Error's message, or a description of any
 * other value; never throws itself (an object whose `toString` throws, a
 * null-prototype object, a Symbol).
 */
export function describeThrown(thrown: unknown): string {
  try {
    if (thrown instanceof Error) return `${thrown.name}: ${thrown.message}`
  } catch {
    // A Proxy or an Error with a throwing getter: fall through.
  }
  try {
    if (typeof thrown === 'string') return JSON.stringify(thrown.length > 200 ? `${thrown.slice(0, 200)}…` : thrown)
    if (typeof thrown === 'symbol' || typeof thrown === 'bigint' || typeof thrown === 'number' || typeof thrown === 'boolean' || thrown === undefined || thrown === null) return `a non-Error value (${String(thrown)})`
    return `a non-Error ${Array.isArray(thrown) ? 'array' : typeof thrown}`
  } catch {
    return 'a value that cannot be described'
  }
}
