/** The HTML parser (unified + rehype-parse), loaded when the first HTML page is read. */
import type {Root} from 'hast'
import {lazyRequire} from './require.js'

/** Parse an HTML page into a hast tree (with positions). */
export function parseHtmlTree(source: string): Root {
  const {unified} = lazyRequire('unified') as typeof import('unified')
  const rehypeParse = (lazyRequire('rehype-parse') as typeof import('rehype-parse')).default
  return unified().use(rehypeParse).parse(source)
}
