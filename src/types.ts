/**
 * Shared data shapes of corroborate.
 *
 * Offsets: every `start`/`end` pair the library reports is a half-open
 * `[start, end)` range of UTF-16 code units into the **original file text**
 * (after UTF-8 decoding, a leading BOM removed), so that
 * `source.slice(start, end) === text`. For HTML that is the HTML source.
 *
 * Internally, matchers and the segmenter work on an article's *text view*
 * (`ArticleText.text`): for plain text and Markdown front matter it is the
 * source itself; for HTML and Markdown markup it is the readable text, and
 * `ArticleText.toSource` maps its offsets back to the source.
 *
 * One file on purpose (over 400 lines): these are declarations only, the
 * ground floor every stage imports, and one place to read the contract's
 * TypeScript shape beside docs/report-format.md.
 *
 * @module
 */

/** A half-open `[start, end)` range of UTF-16 code units. */
export interface Span {
  start: number
  end: number
}

/** Input formats the reader understands. */
export type ArticleFormat = 'text' | 'markdown' | 'html'

/** Metadata of an article, from front matter (or HTML `<meta>`), all optional. */
export interface ArticleMeta {
  /** Who published it: "BBC News". */
  outlet?: string
  /** Story key: articles with the same story are compared with each other. */
  story?: string
  title?: string
  /** "news", "press-release", … */
  kind?: string
  /**
   * Publication date at the precision known: `YYYY-MM-DD`, `YYYY-MM` or
   * `YYYY` (kept as given, never padded to a day); anchors relative dates
   * ("last year"), with only the parts a month or year anchor can give.
   */
  published?: string
  author?: string
  url?: string
}

/**
 * A problem with an article that did not stop it from being read: a
 * metadata field that could not be read and was left out.
 */
export interface ArticleWarning {
  /** Machine-readable: `published-unreadable`. */
  code: string
  /** The metadata field concerned, if any (`published`). */
  field?: string
  message: string
}

/** Where an article's publication date came from. */
export type PublishedFrom = 'metadata' | 'dateline'

/** Why a range of the source is not article text. */
export interface ExcludedRange extends Span {
  /**
   * Machine-readable rule id, e.g. `front-matter`, `markup`, `chrome/prompt`,
   * `chrome/read-more`, `chrome/link-list`, `chrome/masthead`, `chrome/byline`,
   * `chrome/dateline`, `chrome/social`, `chrome/caption`, `chrome/navigation`.
   */
  rule: string
  /** A human sentence: why it was dropped. */
  reason: string
}

/** A block of article text: a heading, paragraph, list item or short line. */
export interface Block extends Span {
  kind: 'heading' | 'paragraph' | 'list-item' | 'line'
}

/**
 * The text view of an article, after reading and chrome removal.
 * Offsets of `blocks` are in text-view coordinates.
 */
export interface ArticleText {
  /** The readable text; chrome is still present here, but outside `blocks`. */
  text: string
  /** Article-text blocks, in order, non-overlapping, in text-view offsets. */
  blocks: Block[]
  /**
   * Map a text-view offset to a source offset. `side` says whether it is
   * the start or the end of a range (matters where one text character stands
   * for several source characters, such as `&amp;`).
   */
  toSource(offset: number, side: 'start' | 'end'): number
}

/** One article as read: source, metadata, text view and what was dropped. */
export interface Article {
  /** Stable id: the file name without its extension, unless given. */
  id: string
  /** Where it was read from, if from a file. */
  path?: string
  format: ArticleFormat
  /** The original file text (UTF-8 decoded, BOM removed). */
  source: string
  meta: ArticleMeta
  /** Source ranges that are not article text, with the rule and reason. */
  excluded: ExcludedRange[]
  /** The text view the segmenter and matchers work on. */
  view: ArticleText
  /**
   * Where `meta.published` came from: `metadata` (front matter, HTML
   * `<meta>`, or given by the caller) or `dateline` (the article's own
   * "Published: …" line, when the metadata gives none). Absent without one.
   */
  publishedFrom?: PublishedFrom
  /** Problems that did not stop the article from being read (absent when none). */
  warnings?: ArticleWarning[]
}

/** A sentence, in text-view offsets (`view.text.slice(start, end) === text`). */
export interface Sentence extends Span {
  text: string
  /** 0-based index of the sentence in the article. */
  index: number
  /** 0-based index of the block (paragraph, heading, …) it belongs to. */
  block: number
}

// ---------------------------------------------------------------------------
// Claim values

/**
 * How a quantity was hedged in the text.
 * - `exact`: "£10m"
 * - `approximate`: "circa £10 million", "about", "around", "almost", "nearly", "some"
 * - `at-least`: "more than £7.7m", "over", "at least", "in excess of"
 * - `at-most`: "up to £1 million", "under", "less than", "no more than"
 * - `range`: "between £2m and £3m", "£2m-£3m"
 */
export type Hedge = 'exact' | 'approximate' | 'at-least' | 'at-most' | 'range'

/** A normalized amount: money, a count, or a percentage. */
export interface QuantityValue {
  type: 'quantity'
  /** Stated lower and upper value (equal unless a range); hedge not applied. */
  low: number
  high: number
  /**
   * Unit: an ISO 4217 code for money (`GBP`, `USD`, `EUR`), `%` for a
   * percentage, `pp` for percentage points, else the counted noun's lemma
   * (`social worker`, `area`).
   */
  unit: string
  hedge: Hedge
  /** The hedge word as written ("circa", "more than"), if any. */
  hedgeText?: string
  /** The multiplier that was written ("m" or "million": 1e6), if any. */
  scale?: number
  /**
   * The interval the hedge allows: `exact` gives `[low, high]`, `approximate`
   * widens it by a tolerance, `at-least` opens the top (`null` = unbounded),
   * `at-most` opens the bottom to 0. Always contains `[low, high]`.
   */
  bounds: { low: number | null; high: number | null }
  /** A rate, if any: "a year" in "£10m-a-year". */
  per?: string
  /** For "x out of y": the whole (`5` in "four out of five"). */
  of?: number
  /**
   * A movement, separate from the hedge: "rose 12 cents" (the value is the
   * size of the change, direction `up`), "fell 3.2%" (`down`), and "from 7%
   * to 5%" (one claim: the value is the end level, `from` the start).
   */
  change?: QuantityChange
  /**
   * For a physical or technical measure (kind `measure`): the stated values
   * and bounds converted to one canonical unit per dimension ("80 km" and
   * "50 miles" are both in `m`), so that measures in different units compare.
   */
  quantity?: MeasureQuantity
}

/** The direction of a change and, for a movement "from X to Y", its two ends (stated values). */
export interface QuantityChange {
  direction: 'up' | 'down'
  /** The start level of a movement "from X to Y" (X, in the claim's unit). */
  from?: number
  /** The end level of a movement (Y; equal to `low`/`high`). */
  to?: number
  /** The change word as written ("rose", "fell by", "down from", "increase"). */
  text?: string
}

/** A measure in its canonical unit (see {@link QuantityValue.quantity}). */
export interface MeasureQuantity {
  /** The canonical unit of the dimension: `m`, `kg`, `l`, `m/s`, `W`, `J`, `N*m`, `B`, `mAh`, `rpm`, `tempC`, `m2`, `Hz`, `times`, or `magnitude` (an earthquake magnitude, as written). */
  unit: string
  /** `length`, `mass`, `volume`, `speed`, `power`, `energy`, `torque`, `information`, `charge`, `angular_velocity`, `temperature`, `area`, `frequency`, `ratio`, `magnitude`. */
  dimension: string
  low: number
  high: number
  bounds: {low: number | null; high: number | null}
}

/** A calendar point with only the parts that are known. */
export interface DatePoint {
  year?: number
  month?: number
  day?: number
}

/** Parts of a date. */
export type DatePart = 'year' | 'month' | 'day'

/** A normalized date or period. Bounds are inclusive. */
export interface DateValue {
  type: 'date'
  start: DatePoint
  end: DatePoint
  /** Finest unit stated: "18 January 2019" is `day`, "in March" is `month`. */
  granularity: 'day' | 'month' | 'year'
  /** Parts written in the text ("March" assigns the month). */
  assigned: DatePart[]
  /** Parts filled in from the anchor (the publication date). */
  implied: DatePart[]
  /**
   * `absolute`: no anchor needed; `publication`: relative or implied parts
   * were filled from the article's publication date; `unknown`: they could
   * not be filled (no publication date), so they are left out.
   */
  anchor: 'absolute' | 'publication' | 'unknown'
  /** How the text relates the fact to the period: "since 2017" is `since`. */
  relation: 'at' | 'since' | 'until' | 'before' | 'after'
  /** Special period kinds: "2021/22" is a `split-year` (financial or school year). */
  period?: 'split-year'
}

/** A direct quotation (one quoted sentence or fragment) with its speaker. */
export interface QuoteValue {
  type: 'quote'
  /** The resolved speaker's name ("Martin Birch"), or `null` when unknown. */
  speaker: string | null
  /** How the speaker is mentioned near the quote ("he", "the council's director"), in source offsets. */
  speakerMention: (Span & { text: string }) | null
  /** The quoted words, whitespace-normalized, quotation marks removed. */
  words: string
  /** Id of the whole quotation this piece belongs to (multi-sentence, multi-paragraph quotes). */
  quotation: string
  /** One- or two-word scare quotes ("'flawless'"): not a statement. */
  scare: boolean
  /**
   * False when the marks do not enclose speech: a title, a nickname, an
   * embedded post, or a scare quote (see `markKind`). Absent means true
   * (values from before 2.0.0).
   */
  speech?: boolean
  /** What the marks enclose: `speech`, `scare`, `title`, `nickname`, `embed`. */
  markKind?: 'speech' | 'scare' | 'title' | 'nickname' | 'embed'
  /**
   * How the speaker was found: `tag-after`, `tag-before`, `fragment-clause`,
   * `colon-intro`, `headline`, `round-up`, `carried`, `reported-speech`,
   * `pronoun`; null when `speaker` is null.
   */
  speakerReason?: 'tag-after' | 'tag-before' | 'fragment-clause' | 'colon-intro' | 'headline' | 'round-up' | 'carried' | 'reported-speech' | 'pronoun' | null
  /** How sure the speaker is, 0..1 (0 when `speaker` is null). */
  speakerConfidence?: number
}

/** A person named with a role or title. */
export interface RoleValue {
  type: 'role'
  person: string
  role: string
}

/**
 * A categorical value: a rating, grade or verdict on some scheme. Custom
 * matchers use it for things like inspection grades or court verdicts.
 */
export interface CategoryValue {
  type: 'category'
  /** The scheme the label belongs to: "ofsted-grade". */
  scheme: string
  /** The normalized label: "inadequate". */
  label: string
  /** What is rated, if stated ("overall effectiveness"). */
  subject?: string
}

/** Any value a custom matcher returns that is none of the above. */
export interface OtherValue {
  type: string
  [key: string]: unknown
}

export type ClaimValue = QuantityValue | DateValue | QuoteValue | RoleValue | CategoryValue

/** Built-in claim kinds; custom matchers may use other kinds. */
export type BuiltinKind = 'money' | 'count' | 'percent' | 'measure' | 'date' | 'quote' | 'role'

/**
 * What a claim is about, read from its sentence (see docs/alignment.md,
 * "Frames"). Alignment compares frames to decide whether two claims state
 * the same fact.
 */
export interface ClaimFrame {
  /**
   * What the value measures or dates, lowercase: "in-year overspend", "net
   * income", "death toll", "inspection"; a role's title; a rating's subject.
   * `null` when no rule of the sentence's syntax names it.
   */
  concept: string | null
  /** Whose fact it is (organisation, place, person): "Sefton Council"; a quote's speaker; a role's person. */
  owner: string | null
  /** The time it applies to, as written near it and normalized: "2021/22", "Q3", "a year earlier", "the quarter" (several joined by ", "). */
  time: string | null
  /**
   * Qualifiers that make it a different fact, sorted: `forecast`, `actual`,
   * `net`, `gross`, `pre-tax`, `adjusted`, `statutory`, `per-share`,
   * `previous`, `target`, `total`, `additional`, `annual`.
   */
  qualifiers: string[]
}

/** A claim: a checkable statement found in an article, linked to its source. */
export interface Claim {
  /** Stable id derived from article id, matcher and offsets. */
  id: string
  /** Article id. */
  article: string
  kind: string
  /** Exactly `source.slice(start, end)`. */
  text: string
  start: number
  end: number
  /** The sentence the claim comes from, in source offsets, with its text. */
  sentence: Span & { text: string; index: number }
  /** Id of the matcher that found it. */
  matcher: string
  value: ClaimValue | OtherValue
  /** What the claim is about. Always set on claims the library extracts; claims built by hand may leave it out (alignment then reads it from the sentence). */
  frame?: ClaimFrame
  /**
   * In a report, when the article has a `url`: that page at the claim's
   * sentence, with a URL text fragment (`#:~:text=…`), so a click opens the
   * page scrolled to, and highlighting, the sentence.
   */
  link?: string
}

// ---------------------------------------------------------------------------
// Matchers

/** Metadata of a matcher: data, so docs and the CLI can list matchers. */
export interface MatcherMeta {
  /** Unique id, e.g. `money` or `ofsted-rating`. */
  id: string
  /** The kind of the claims it makes (`money`, `rating`, …). */
  kind: string
  description: string
  /** A URL or path to its documentation. */
  docs?: string
}

/** What a matcher returns: a span relative to the sentence text, and a value. */
export interface Candidate<V = ClaimValue | OtherValue> {
  /** Offsets into `sentence.text`. */
  start: number
  end: number
  value: V
  /** Override the matcher's kind for this candidate (a `count` matcher may say `percent`). */
  kind?: string
}

/** Read-only facts about the article a matcher is looking at. */
export interface MatchContext {
  article: { id: string; meta: Readonly<ArticleMeta> }
  /** The whole text view. */
  text: string
  /** All sentences of the article, in order (for attribution across sentences). */
  sentences: readonly Sentence[]
  /** Blocks of the article. */
  blocks: readonly Block[]
  /**
   * Per-article, per-matcher memo: compute something once for the article
   * (`ctx.memo(() => findAllQuotations(ctx))`) and reuse it for every sentence.
   */
  memo<T>(compute: () => T): T
}

/**
 * A claim matcher. Built-in matchers use exactly this interface.
 * `match` must be pure: same sentence and context, same candidates.
 */
export interface Matcher<V = ClaimValue | OtherValue> {
  meta: MatcherMeta
  match(sentence: Sentence, context: MatchContext): Candidate<V>[]
}

// ---------------------------------------------------------------------------
// Report (the JSON contract; see docs/report-format.md)

export type Verdict = 'agree' | 'differ' | 'single-source'

/** One word-level edit between two quotations. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

/** The outcome of comparing claims across articles of one story. */
export interface Finding {
  id: string
  story: string
  kind: string
  verdict: Verdict
  /** Claim ids, in article order. */
  claims: string[]
  /** Machine-readable reason, e.g. `same-value-hedged`, `quote-words-changed`. */
  reason: string
  /** A human sentence explaining the verdict. */
  message: string
  /** How sure the aligner is that these claims state the same fact, 0..1. */
  confidence: number
  /** What differs though the verdict is agree (hedge, precision, fragment). */
  notes?: string[]
  /** Word-level diff for quotations: from the first claim to the second. */
  diff?: DiffPart[]
  /**
   * How many articles back the finding, and how many independent sources
   * (source families: copies of one wire story or press release count once).
   */
  sources?: FindingSourceCount
  /**
   * Why the claims were taken to be one fact (agree and differ findings):
   * which parts of their frames matched (`frames match: concept “overspend”,
   * time “2021/22”`), the shared sentence words, or that the values identify
   * the fact.
   */
  basis?: string
}

/** The articles behind a finding and the independent source families among them. */
export interface FindingSourceCount {
  articles: number
  families: number
}

/** An input that could not be read, or a problem with one. */
export interface InputError {
  path: string
  /** `empty`, `binary`, `invalid-utf8`, `front-matter`, `unreadable`, `no-articles`, `too-large`, … */
  code: string
  message: string
}

/** A report row for one input article. */
export interface ArticleRecord {
  id: string
  path: string | null
  format: ArticleFormat | null
  outlet: string | null
  title: string | null
  published: string | null
  /** Where `published` came from (`metadata` or `dateline`); absent when `published` is null. */
  publishedFrom?: PublishedFrom
  /**
   * The page's address: front matter `url`, or HTML `<link rel=canonical>` /
   * `og:url`; an absolute http(s) URL, or null. Always written by
   * corroborate; optional in the type for records built by hand.
   */
  url?: string | null
  /** Front matter `author`, or HTML `<meta name=author>` / `article:author`; null when not given (always written, as `url`). */
  author?: string | null
  story: string | null
  storyInferred: boolean
  status: 'ok' | 'error'
  /**
   * The article's source family: the id of the smallest article whose text it
   * shares most of (a reprinted wire story, a copied press release); its own
   * id when it copies none. `null` for an article that could not be read.
   */
  family: string | null
  error?: InputError
  /** Problems that did not stop the article from being read; absent when none. */
  warnings?: ArticleWarning[]
  sentences: number
  excluded: ExcludedRange[]
}

/** A group of articles about the same story. */
export interface Story {
  id: string
  articles: string[]
  inferred: boolean
  /** Why the articles were grouped (for inferred stories). */
  reason: string
}

/**
 * A sentence that holds at least one claim, written once in the report
 * (`Report.sentences`); claims refer to it by `article` and `index`.
 */
export interface ReportSentence {
  article: string
  /** 0-based index of the sentence in the article (`Claim.sentence.index`). */
  index: number
  /** Source offsets: `source.slice(start, end) === text`. */
  start: number
  end: number
  text: string
}

/**
 * A claim as the JSON report and the JSON lines write it: its sentence
 * without the text, which is in `sentences[]` once per sentence.
 */
export type StoredClaim = Omit<Claim, 'sentence'> & { sentence: Span & { index: number } }

/** The whole consistency report. */
export interface Report {
  /** Semantic version of this format. */
  version: string
  generator: { name: 'corroborate'; version: string }
  articles: ArticleRecord[]
  stories: Story[]
  /**
   * Each claim sentence once, by article and index. In memory, claims keep
   * `sentence.text` too (the same string); the JSON has it only here.
   */
  sentences: ReportSentence[]
  claims: Claim[]
  findings: Finding[]
  errors: InputError[]
  /** Report-level notes: claims that were not compared, and why. Absent when there are none. */
  notes?: string[]
}
