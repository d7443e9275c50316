/** The YAML parser, loaded when a front matter is more than the plain `key: value` lines `ingest/simple-yaml.ts` reads. */
import type * as Yaml from 'yaml'
import {lazyRequire} from './require.js'

/** `yaml`'s `parseDocument`. */
export const parseDocument = ((...args: Parameters<typeof Yaml.parseDocument>) => (lazyRequire('yaml') as typeof Yaml).parseDocument(...args)) as typeof Yaml.parseDocument
