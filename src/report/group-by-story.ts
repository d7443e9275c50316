/**
 * Group a report's findings by story, conflicts first.
 *
 * @module
 */
import type {ArticleRecord, Finding, Report, Story} from '../types.js'
import {verdictRank} from './describe.js'

export interface StoryGroup {
  /** The story id. */
  id: string
  /** The story record, or `null` when findings name a story the report does not list. */
  story: Story | null
  /** The story's articles that are in the report, in story order. */
  articles: ArticleRecord[]
  /** Article ids of the story not found among the report's articles. */
  missingArticles: string[]
  /** All findings of the story: differ, then agree, then single-source (report order within each). */
  findings: Finding[]
  /** Findings with one verdict, in display order. */
  differ: Finding[]
  agree: Finding[]
  singleSource: Finding[]
  /** Findings with a verdict this renderer does not know, shown last. */
  other: Finding[]
}

/**
 * Stories in report order (then stories only findings mention, in the order
 * first mentioned); inside a story, findings ordered differ, agree,
 * single-source, keeping the report's order within a verdict.
 */
export function groupByStory(report: Report): StoryGroup[] {
  const articles = new Map(report.articles.map((a) => [a.id, a]))
  const groups = new Map<string, StoryGroup>()
  const make = (id: string, story: Story | null): StoryGroup => {
    const ids = story?.articles ?? []
    return {
      id,
      story,
      articles: ids.map((a) => articles.get(a)).filter((a): a is ArticleRecord => a !== undefined),
      missingArticles: ids.filter((a) => !articles.has(a)),
      findings: [],
      differ: [],
      agree: [],
      singleSource: [],
      other: []
    }
  }
  for (const story of report.stories) if (!groups.has(story.id)) groups.set(story.id, make(story.id, story))
  for (const finding of report.findings) {
    let group = groups.get(finding.story)
    if (!group) {
      group = make(finding.story, null)
      groups.set(finding.story, group)
    }
    group.findings.push(finding)
  }
  for (const group of groups.values()) {
    group.findings = group.findings
      .map((finding, index) => ({finding, index}))
      .sort((a, b) => verdictRank(a.finding.verdict) - verdictRank(b.finding.verdict) || a.index - b.index)
      .map((x) => x.finding)
    for (const finding of group.findings) {
      if (finding.verdict === 'differ') group.differ.push(finding)
      else if (finding.verdict === 'agree') group.agree.push(finding)
      else if (finding.verdict === 'single-source') group.singleSource.push(finding)
      else group.other.push(finding)
    }
    if (!group.story) {
      // A story only findings mention: its articles are those of its claims.
      const claimArticles = new Map(report.claims.map((c) => [c.id, c.article]))
      const seen = new Set<string>()
      for (const finding of group.findings) {
        for (const claimId of finding.claims) {
          const articleId = claimArticles.get(claimId)
          const record = articleId === undefined ? undefined : articles.get(articleId)
          if (record && !seen.has(record.id)) {
            seen.add(record.id)
            group.articles.push(record)
          }
        }
      }
    }
  }
  return [...groups.values()]
}
