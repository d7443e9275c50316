/**
 * Running a part of the alignment data set through the public API, in one
 * story mode, and scoring the report.
 *
 * - `inferred`: every article's `story` is removed from its metadata, so the
 *   library groups the articles itself.
 * - `given`: every article's `story` is set to its gold story.
 *
 * Articles are read with `checker.read` (as `corroborate report` reads them),
 * their metadata set for the mode, and reported with
 * `checker.report({articles})`; read errors are added to the report's errors.
 *
 * @module
 */
import type {Checker} from '../../checker.js'
import type {Article, Report} from '../../types.js'
import type {AlignGold} from './gold.js'
import type {LoadedPart} from './load.js'
import {matchContext} from './match.js'
import {scoreAlignment, type AlignScores} from './score.js'

export const STORY_MODES = ['inferred', 'given'] as const
export type StoryMode = (typeof STORY_MODES)[number]

/** The articles with their `story` set for the mode (new objects; the input is untouched). */
export function withStories(articles: readonly Article[], gold: AlignGold, mode: StoryMode): Article[] {
  return articles.map((article) => {
    const {story: _drop, ...meta} = article.meta
    const story = gold.articles[article.id]?.story
    return {...article, meta: mode === 'given' && story !== undefined ? {...meta, story} : meta}
  })
}

export interface ModeResult {
  mode: StoryMode
  articles: number
  claims: number
  findings: number
  errors: Report['errors']
  scores: AlignScores
}

/** Read a part once, then report and score it in each mode. */
export async function evaluatePart(checker: Checker, part: LoadedPart, modes: readonly StoryMode[]): Promise<ModeResult[]> {
  const read = await checker.read(part.inputs)
  const results: ModeResult[] = []
  for (const mode of modes) {
    const report = await checker.report({articles: withStories(read.articles, part.gold, mode)})
    report.errors = [...read.errors, ...report.errors]
    results.push({
      mode,
      articles: report.articles.length,
      claims: report.claims.length,
      findings: report.findings.length,
      errors: report.errors,
      scores: scoreAlignment(matchContext(part.gold, part.sources, report))
    })
  }
  return results
}
