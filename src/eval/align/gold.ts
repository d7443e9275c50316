/**
 * The alignment gold: the shape of `expected*.json` (the bundled seed corpus's
 * `tests/fixtures/expected.json` and every `expected-*.json` of a part of the
 * alignment data set, see docs/evaluation.md "Alignment"), its parsing and
 * merging. Pure: JSON text in, checked objects out.
 *
 * @module
 */

export const GOLD_VERDICTS = ['agree', 'differ', 'unrelated'] as const
export type GoldVerdict = (typeof GOLD_VERDICTS)[number]

export const GOLD_KINDS = ['money', 'count', 'percent', 'date', 'period', 'quote', 'role', 'rating'] as const
export type GoldKind = (typeof GOLD_KINDS)[number]

export const GOLD_TIERS = ['must', 'stretch'] as const
export type GoldTier = (typeof GOLD_TIERS)[number]

/** A claim of the gold: an exact substring of an article file. */
export interface GoldClaim {
  article: string
  text: string
}

export interface GoldArticle {
  file: string
  outlet: string
  story: string
  kind?: string
  family?: string
  url?: string
}

export interface GoldFinding {
  id: string
  tier: GoldTier
  kind: GoldKind
  verdict: GoldVerdict
  note?: string
  claims: GoldClaim[]
}

export interface GoldSingle extends GoldClaim {
  kind: GoldKind
}

export interface GoldQuote extends GoldClaim {
  speaker: string
  tier: GoldTier
}

/** One expected file, or several merged. */
export interface AlignGold {
  articles: Record<string, GoldArticle>
  findings: GoldFinding[]
  single_source: GoldSingle[]
  quotes: GoldQuote[]
  not_article_text: GoldClaim[]
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Parse one expected file. Checks the shape (strings where strings belong,
 * arrays where arrays belong, known verdicts, kinds and tiers) and throws an
 * error naming the file and the item otherwise. Text positions are checked
 * by the data-set test, not here.
 */
export function parseGold(json: string, name: string): AlignGold {
  const fail = (why: string): never => {
    throw new Error(`${name}: ${why}`)
  }
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch (error) {
    return fail(`not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  if (!isObject(raw)) return fail('not a JSON object')
  const str = (item: Record<string, unknown>, key: string, what: string): string => {
    const v = item[key]
    if (typeof v !== 'string' || v === '') return fail(`${what}: \`${key}\` must be a non-empty string`)
    return v
  }
  const list = (key: string): Array<Record<string, unknown>> => {
    const v = raw[key] ?? []
    if (!Array.isArray(v)) return fail(`\`${key}\` must be an array`)
    return v.map((item, i) => (isObject(item) ? item : fail(`${key}[${i}] must be an object`)))
  }
  const oneOf = <T extends string>(value: unknown, allowed: readonly T[], what: string): T => {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) return fail(`${what}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`)
    return value as T
  }
  const claim = (item: Record<string, unknown>, what: string): GoldClaim => ({article: str(item, 'article', what), text: str(item, 'text', what)})

  if (!isObject(raw.articles)) return fail('`articles` must be an object')
  const articles: Record<string, GoldArticle> = {}
  for (const [id, value] of Object.entries(raw.articles)) {
    if (!isObject(value)) return fail(`article ${id} must be an object`)
    const what = `article ${id}`
    const article: GoldArticle = {file: str(value, 'file', what), outlet: str(value, 'outlet', what), story: str(value, 'story', what)}
    for (const key of ['kind', 'family', 'url'] as const) {
      const v = value[key]
      if (v === undefined) continue
      if (typeof v !== 'string') return fail(`${what}: \`${key}\` must be a string`)
      article[key] = v
    }
    articles[id] = article
  }
  const findings = list('findings').map((f, i): GoldFinding => {
    const what = `finding ${typeof f.id === 'string' ? f.id : `#${i}`}`
    const claims = Array.isArray(f.claims) ? f.claims : fail(`${what}: \`claims\` must be an array`)
    const out: GoldFinding = {
      id: str(f, 'id', what),
      tier: oneOf(f.tier, GOLD_TIERS, `${what} tier`),
      kind: oneOf(f.kind, GOLD_KINDS, `${what} kind`),
      verdict: oneOf(f.verdict, GOLD_VERDICTS, `${what} verdict`),
      claims: claims.map((c, j) => (isObject(c) ? claim(c, `${what} claim ${j}`) : fail(`${what}: claim ${j} must be an object`)))
    }
    if (typeof f.note === 'string') out.note = f.note
    return out
  })
  const singles = list('single_source').map((s, i): GoldSingle => ({...claim(s, `single_source[${i}]`), kind: oneOf(s.kind, GOLD_KINDS, `single_source[${i}] kind`)}))
  const quotes = list('quotes').map((q, i): GoldQuote => ({...claim(q, `quotes[${i}]`), speaker: str(q, 'speaker', `quotes[${i}]`), tier: q.tier === undefined ? 'must' : oneOf(q.tier, GOLD_TIERS, `quotes[${i}] tier`)}))
  const chrome = list('not_article_text').map((c, i) => claim(c, `not_article_text[${i}]`))
  return {articles, findings, single_source: singles, quotes, not_article_text: chrome}
}

/**
 * Merge the expected files of one part. An article id may appear in several
 * files only with the same file and story; finding ids must be unique across
 * the files (an error names the clash).
 */
export function mergeGold(parts: ReadonlyArray<{name: string; gold: AlignGold}>): AlignGold {
  const out: AlignGold = {articles: {}, findings: [], single_source: [], quotes: [], not_article_text: []}
  const findingFrom = new Map<string, string>()
  for (const {name, gold} of parts) {
    for (const [id, article] of Object.entries(gold.articles)) {
      const seen = out.articles[id]
      if (seen !== undefined && (seen.file !== article.file || seen.story !== article.story)) {
        throw new Error(`${name}: article ${id} is also in another expected file with another file or story`)
      }
      out.articles[id] = seen ?? article
    }
    for (const finding of gold.findings) {
      const other = findingFrom.get(finding.id)
      if (other !== undefined) throw new Error(`${name}: finding id ${finding.id} is also used in ${other}`)
      findingFrom.set(finding.id, name)
      out.findings.push(finding)
    }
    out.single_source.push(...gold.single_source)
    out.quotes.push(...gold.quotes)
    out.not_article_text.push(...gold.not_article_text)
  }
  return out
}
