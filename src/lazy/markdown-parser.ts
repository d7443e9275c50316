/** The Markdown parser (mdast-util-from-markdown), loaded when the first Markdown file is read. */
import type {Root} from 'mdast'
import {lazyRequire} from './require.js'

/** Parse Markdown into an mdast tree (with positions). */
export function fromMarkdown(value: string): Root {
  return (lazyRequire('mdast-util-from-markdown') as typeof import('mdast-util-from-markdown')).fromMarkdown(value)
}
