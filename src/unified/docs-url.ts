/**
 * The `url` of a message from a matcher's `meta.docs`: an absolute URL as
 * given; a path into this package's docs (`docs/claims-dates.md#…`, as the
 * built-in matchers give) as a `file:` URL of the docs shipped with the
 * package; anything else (a path only its author can place) is left out.
 *
 * @module
 */
const PACKAGE_ROOT = new URL('../../', import.meta.url)

export function docsUrl(docs: string | undefined): string | undefined {
  if (docs === undefined || docs === '') return undefined
  if (URL.canParse(docs)) return docs
  if (/^docs\/[\w./-]+\.md(?:#[\w-]*)?$/.test(docs) && !docs.includes('..')) return new URL(docs, PACKAGE_ROOT).href
  return undefined
}
