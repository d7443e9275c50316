import {isDeepStrictEqual} from 'node:util'
import type {ArticleMeta, Claim, Matcher} from '../types.js'
import {parseArticle} from '../ingest/parse.js'
import {extractArticle} from './run.js'

/** A claim a case expects: its exact text, and optionally its kind and part of its value. */
export interface ExpectedClaim {
  text: string
  kind?: string
  /** Compared as a subset: only the fields given are checked (deeply). */
  value?: Record<string, unknown>
}

/** A text in which the matcher must find exactly these claims (in order of position). */
export interface FoundCase {
  text: string
  /** Article metadata, e.g. `{published: '2022-06-01'}` to anchor relative dates. */
  meta?: ArticleMeta
  claims: ExpectedClaim[]
  /** A name for the case in failure messages. */
  name?: string
}

/** A text in which the matcher must find nothing (or a case object with `text`). */
export type NoneCase = string | {text: string; meta?: ArticleMeta; name?: string}

/** Cases for {@link testMatcher}, in the spirit of ESLint's RuleTester (`none` ≈ valid, `found` ≈ invalid). */
export interface MatcherCases {
  none?: NoneCase[]
  found?: FoundCase[]
}

/**
 * Run a matcher on a text the way the checker does (read as a plain-text
 * article, split into sentences) and return its claims.
 */
export function runMatcher(matcher: Matcher, text: string, meta: ArticleMeta = {}): Claim[] {
  const article = parseArticle(text, {id: 'case', meta, chrome: false})
  return extractArticle(article, [matcher])
}

/**
 * Table-driven test of a matcher. Throws one `Error` listing every failing
 * case; returns normally when all pass. Works in any test runner:
 *
 * ```ts
 * test('money', () => testMatcher(money, {none: ['No money here.'], found: [{text: 'It cost £10m.', claims: [{text: '£10m', value: {low: 1e7}}]}]}))
 * ```
 *
 * Every claim is also checked against the offset contract:
 * `text.slice(start, end) === claim.text`.
 */
export function testMatcher(matcher: Matcher, cases: MatcherCases): void {
  const failures: string[] = []
  for (const item of cases.none ?? []) {
    const {text, meta, name} = typeof item === 'string' ? {text: item, meta: undefined, name: undefined} : item
    const claims = safeRun(matcher, text, meta, failures, name)
    if (claims && claims.length > 0) {
      failures.push(`${label(name, text)}: expected no claim, found ${claims.map((c) => JSON.stringify(c.text)).join(', ')}`)
    }
  }
  for (const item of cases.found ?? []) {
    const claims = safeRun(matcher, item.text, item.meta, failures, item.name)
    if (!claims) continue
    const where = label(item.name, item.text)
    for (const claim of claims) {
      if (item.text.slice(claim.start, claim.end) !== claim.text) failures.push(`${where}: claim ${JSON.stringify(claim.text)} does not slice back from its offsets`)
    }
    if (claims.length !== item.claims.length) {
      failures.push(`${where}: expected ${item.claims.length} claim(s) ${item.claims.map((c) => JSON.stringify(c.text)).join(', ')}, found ${claims.length}: ${claims.map((c) => JSON.stringify(c.text)).join(', ')}`)
      continue
    }
    item.claims.forEach((expected, index) => {
      const claim = claims[index]!
      if (claim.text !== expected.text) failures.push(`${where}: claim ${index + 1}: expected text ${JSON.stringify(expected.text)}, found ${JSON.stringify(claim.text)}`)
      if (expected.kind !== undefined && claim.kind !== expected.kind) failures.push(`${where}: claim ${JSON.stringify(claim.text)}: expected kind ${expected.kind}, found ${claim.kind}`)
      if (expected.value !== undefined) {
        for (const [key, want] of Object.entries(expected.value)) {
          const got = (claim.value as unknown as Record<string, unknown>)[key]
          if (!isSubset(want, got)) failures.push(`${where}: claim ${JSON.stringify(claim.text)}: value.${key}: expected ${JSON.stringify(want)}, found ${JSON.stringify(got)}`)
        }
      }
    })
  }
  if (failures.length > 0) {
    throw new Error(`testMatcher(${matcher.meta.id}): ${failures.length} failure(s)\n- ${failures.join('\n- ')}`)
  }
}

function safeRun(matcher: Matcher, text: string, meta: ArticleMeta | undefined, failures: string[], name?: string): Claim[] | undefined {
  try {
    return runMatcher(matcher, text, meta)
  } catch (error) {
    failures.push(`${label(name, text)}: threw ${String(error)}`)
    return undefined
  }
}

function isSubset(want: unknown, got: unknown): boolean {
  if (want !== null && typeof want === 'object' && !Array.isArray(want)) {
    if (got === null || typeof got !== 'object') return false
    return Object.entries(want).every(([key, value]) => isSubset(value, (got as Record<string, unknown>)[key]))
  }
  return isDeepStrictEqual(want, got)
}

function label(name: string | undefined, text: string): string {
  return name ?? JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text)
}
