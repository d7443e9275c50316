/**
 * The order every format shows findings in: the differences of all stories
 * first, then the agreements, then the single-source findings (then any
 * verdict a renderer does not know), each section grouped by story in
 * report order.
 *
 * @module
 */
import type {Finding} from '../types.js'
import type {StoryGroup} from './group-by-story.js'

export type SectionVerdict = 'differ' | 'agree' | 'single-source' | 'other'

export interface VerdictSection {
  verdict: SectionVerdict
  /** Anchor id of the section (HTML `id`, Markdown heading slug). */
  anchor: string
  /** Heading: `Differences`, `Agreements`, `Single source`, `Other findings`. */
  title: string
  /** The section's findings by story, stories without any left out. */
  stories: {group: StoryGroup; findings: Finding[]}[]
  /** Number of findings in the section. */
  count: number
}

const SECTIONS: readonly {verdict: SectionVerdict; anchor: string; title: string; pick: (g: StoryGroup) => Finding[]}[] = [
  {verdict: 'differ', anchor: 'differences', title: 'Differences', pick: (g) => g.differ},
  {verdict: 'agree', anchor: 'agreements', title: 'Agreements', pick: (g) => g.agree},
  {verdict: 'single-source', anchor: 'single-source', title: 'Single source', pick: (g) => g.singleSource},
  {verdict: 'other', anchor: 'other-findings', title: 'Other findings', pick: (g) => g.other}
]

/**
 * The verdict sections of a report, in display order. The three known
 * verdicts always have a section (possibly empty, so a link to it works);
 * `other` only when some finding has an unknown verdict.
 */
export function verdictSections(groups: readonly StoryGroup[]): VerdictSection[] {
  return SECTIONS.map(({verdict, anchor, title, pick}) => {
    const stories = groups.map((group) => ({group, findings: pick(group)})).filter((s) => s.findings.length > 0)
    return {verdict, anchor, title, stories, count: stories.reduce((n, s) => n + s.findings.length, 0)}
  }).filter((s) => s.verdict !== 'other' || s.count > 0)
}

/** Anchor of the report-level notes section (claims not compared). */
export const NOTES_ANCHOR = 'not-compared'
/** Anchor of the story list. */
export const STORIES_ANCHOR = 'stories'
