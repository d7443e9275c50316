/**
 * Dependencies loaded at the point of need, not at start-up: the HTML,
 * Markdown and YAML parsers, `diff` and the worker pool are loaded (with
 * `require`, synchronously, so the APIs that use them stay synchronous) the
 * first time an input or a flag needs them. A plain-text run and
 * `corroborate --version` never load them (see docs/performance.md,
 * "Start-up"). Node's module cache keeps each one loaded; nothing is held
 * here. ES-only packages (unified, rehype-parse, mdast-util-from-markdown)
 * are loaded with `require(esm)`, which Node has without a flag since
 * 20.19 and 22.12 (the `engines` of package.json).
 *
 * @module
 */
import {createRequire} from 'node:module'

const nodeRequire = createRequire(import.meta.url)

/** `require` from this folder (the package's own node_modules), with a clear error where Node cannot `require` an ES module. */
export function lazyRequire(name: string): unknown {
  try {
    return nodeRequire(name)
  } catch (error) {
    if ((error as {code?: unknown}).code === 'ERR_REQUIRE_ESM') {
      throw new Error(`loading ${name} needs Node 20.19+ or 22.12+ (require of ES modules); this is Node ${process.versions.node}`, {cause: error})
    }
    throw error
  }
}
