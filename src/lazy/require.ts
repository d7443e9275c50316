/**
 * Dependencies loaded at the point of need, not at start-up: the HTML,
 * Markdown and YAML parsers, `diff` and the worker pool are loaded (with
 * `require`, synchronously, so the APIs that use them stay synchronous) the
 * first time an input or a flag needs them. A plain-text run and
 * `corroborate --version` never load them (see docs/performance.md,
 * "Start-up"). Node's module cache keeps each one loaded; nothing is held
 * here. ES-only packages are loaded with `require(esm)` (Node 20.19+, 22.12+).
 *
 * @module
 */
import {createRequire} from 'node:module'

/** `require` resolving from this folder (the package's own node_modules). */
export const lazyRequire = createRequire(import.meta.url)
