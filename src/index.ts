/**
 * corroborate: claim-and-citation fact-checking of news.
 *
 * The one public entry point. See `docs/api.md`.
 *
 * @module
 */
export {createChecker} from './checker.js'
export type {Checker, CheckerOptions} from './checker.js'
export {builtinMatchers} from './extract/matchers/index.js'
export {testMatcher, runMatcher} from './extract/test-matcher.js'
export type {MatcherCases, FoundCase, NoneCase, ExpectedClaim} from './extract/test-matcher.js'
export {MatcherError} from './extract/run.js'
export type * from './types.js'
export {loadConfig, validateConfig, ConfigError} from './config.js'
export type {Config} from './config.js'
export {REPORT_FORMAT_VERSION} from './pipeline/report.js'
export {renderReport, REPORT_FORMATS, shouldUseColor} from './report/index.js'
export type {ReportFormat, RenderOptions} from './report/index.js'
export {IngestError} from './ingest/errors.js'
export {renderAnnotations, ANNOTATION_CONTEXT} from './report/annotations.js'
export type {AnnotationOptions, WebAnnotation} from './report/annotations.js'
export {packClaims, unpackClaims} from './pipeline/claim-sentences.js'
export {retextCorroborate} from './unified/retext-corroborate.js'
export type {RetextCorroborateOptions, CorroborateData} from './unified/retext-corroborate.js'
export type {ClaimLine} from './pipeline/jsonl.js'
export {VERSION} from './version.js'
