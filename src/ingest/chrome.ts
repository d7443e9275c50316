/**
 * Page-chrome detection: which blocks of a copied news page are not article
 * text (sign-up prompts, "READ MORE" links, related-link lists, mastheads,
 * bylines, datelines, social prompts).
 *
 * Every rule is general: it looks at the shape of a line (length, closing
 * punctuation, a leading label such as "Published" or "READ MORE:"), at
 * reader-prompt vocabulary, at repetition, at where the line stands (before
 * the headline, after the last article paragraph) and at the page's own
 * metadata (outlet, author, title). No rule names a particular site or story.
 *
 * @module
 */
import type {ArticleMeta, Block, ExcludedRange} from '../types.js'
import {isCaption} from './caption.js'
import {furnitureVerdict} from './furniture.js'
import {classifyDateLine, dateLineVerdict} from './dateline.js'
import {comparable, normalizeLine, wordCount} from './line-text.js'

/** What {@link detectChrome} decides: kept blocks and excluded ranges, both in text-view offsets. */
export interface ChromeResult {
  /** Article blocks, in order. */
  kept: Block[]
  /** Chrome ranges (one per dropped block), in order. */
  excluded: ExcludedRange[]
}

/** A rule's verdict on one line. */
interface Verdict {
  rule: string
  reason: string
  /** Starts a run of chrome that may carry on to the end of the page. */
  marker?: boolean
  /** The lines after it are a list of links (until a line that is not headline-like). */
  listHead?: boolean
}

interface Line {
  block: Block
  text: string
  words: number
  /** {@link comparable} of `text`, once asked for ({@link comparableLine}). */
  comparable?: string
}

/** A {@link comparable} form of the metadata, and how many space-separated tokens it has. */
interface Form {
  text: string
  tokens: number
}

/** The page's outlet and title as {@link comparable} forms (null when the metadata lacks them). */
interface Known {
  outlet: Form | null
  title: Form | null
}

function formOf(value: string | undefined): Form | null {
  if (value === undefined) return null
  const text = comparable(value)
  return {text, tokens: text === '' ? 0 : text.split(' ').length}
}

/**
 * Is the line's {@link comparable} form `form`? Each token of a line that
 * holds a letter or digit (`line.words`) leaves at least one token of its
 * own in the comparable form (spaces separate, letters and digits stay), so
 * a line of more such tokens than the form has tokens is not it: then its
 * comparable form is not computed.
 */
function lineIsForm(line: Line, form: Form): boolean {
  return line.words <= form.tokens && comparableLine(line) === form.text
}

/** Lines at most this long may be part of a leading or trailing run of chrome. */
const SHORT_LEAD = 8
const SHORT_TRAIL = 16
/** How far into the page chrome before the headline is looked for. */
const LEAD_WINDOW = 15

/**
 * Split blocks into article text and page chrome.
 *
 * @param text The text view the blocks index into.
 * @param blocks Candidate blocks, in order (for plain text: one per line).
 * @param meta Article metadata; `outlet`, `author` and `title` sharpen the
 *   masthead, byline and headline rules.
 */
export function detectChrome(text: string, blocks: readonly Block[], meta: ArticleMeta = {}): ChromeResult {
  const lines: Line[] = blocks.map((block) => {
    const t = normalizeLine(text.slice(block.start, block.end))
    return {block, text: t, words: wordCount(t)}
  })
  const known: Known = {outlet: formOf(meta.outlet), title: formOf(meta.title)}
  const verdicts: Array<Verdict | null> = lines.map((line) => classifyLine(line, meta, known))

  markLinkLists(lines, verdicts)
  markLeading(lines, verdicts, known)
  markTrailing(lines, verdicts)

  const kept: Block[] = []
  const excluded: ExcludedRange[] = []
  const {title} = known
  lines.forEach((line, index) => {
    const verdict = verdicts[index]
    if (verdict) excluded.push({start: line.block.start, end: line.block.end, rule: verdict.rule, reason: verdict.reason})
    else if (title !== null && lineIsForm(line, title)) kept.push({...line.block, kind: 'heading'})
    else kept.push({...line.block})
  })
  return {kept, excluded}
}

// ---------------------------------------------------------------------------
// Line rules: each looks at one line alone (and the metadata).

const SOCIAL_NETWORK = /\b(facebook|twitter|instagram|whatsapp|tiktok|youtube|linkedin|threads|bluesky|telegram|snapchat|mastodon|pinterest)\b/i
const INVITATION = /^(why not |you can (also )?|be sure to |don'?t forget to |make sure (you )?|please |click here to |tap here to )?(follow|join|like|share|subscribe|find|connect|sign up|get|watch|send|message|tag)\b/i
const READ_MORE_LINE = /^(read more|read next|read also|also read|see more|see also|more|related|recommended|watch|listen|explore more)\s*(:|\||\s[-–—]\s)\s*\S/i
const LIST_HEAD =
  /^(read more|read next|read also|also read|see also|more (on|from|about|in|like) this( \w+)?|more (stories|news|from|on)\b.*|related\b.*|top (stories|news|headlines)\b.*|latest (news|stories|headlines|videos?)\b.*|most (read|popular|viewed|shared|watched)\b.*|popular (now|stories|today)|trending( now)?|recommended( for you| reading| stories| articles)?|our picks|editor'?s picks|you (may|might) (also )?(like|enjoy|be interested in)( this)?|in other news|around the web|elsewhere on .*|more headlines)$/i
const PROMPT =
  /^(sign (up|in)|log ?in|subscribe|register (now|for free|to)|create (an|a free) account|already (a|an) (member|subscriber)|already (have an account|registered|subscribed)|download (the|our) app|get (the|our) app|skip to (the )?(main )?(content|navigation|article)|skip navigation|advertisement|advert|sponsored( content)?|continue reading|keep reading|start reading|start (your|a) (free )?trial|(try|start) \S+ (for )?free|(\w+|\d+) (days?|weeks?|months?) (free|for free)|free trial\b|accept (all )?cookies|we use cookies|cookie (settings|policy|preferences)|manage (cookies|preferences|consent)|share this (article|story|page|post)|share on \w+|(print|email) this (article|story|page)|listen to this article|support (our|independent|quality) journalism|this (article|content) is (only )?available|become a (member|subscriber)|unlock (this|full|unlimited)|(get|enjoy) unlimited (access|digital)|subscribers? only|for subscribers)(?![\p{L}\p{N}])/iu
const READER_LEAD_VERB = /^(get|start|try|download|sign|subscribe|join|register|read|listen|watch|follow|share|enjoy|unlock|discover|explore|browse|continue|stay)\b/i
const BYLINE = /^[Bb][Yy]\s+\p{Lu}[\p{L}'’.-]*(\s+(and\s+)?\p{Lu}[\p{L}'’.-]*){0,4}(\s*[,|–—-]\s*.{0,60})?$/u
const NAME = /^\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}'’-]+$/u
const SPEECH = /\b(said|says|told|added|explained|continued|asked|warned|insisted|admitted|according to)\b/i

/** Classify one line on its own; `null` when no rule matches. */
function classifyLine(line: Line, meta: ArticleMeta, known: Known): Verdict | null {
  const {text, words} = line
  const closing = /[.!?]["'”’)]*$/.test(text)

  const dated = classifyDateLine(text, words, meta.outlet)
  if (dated) return dateLineVerdict(dated)
  const furniture = furnitureVerdict(text, words)
  if (furniture) return furniture
  if (isCaption(text, words)) {
    return {rule: 'chrome/caption', reason: 'a photo caption (a picture credit or a description of a picture), not a sentence of the article'}
  }
  if (READ_MORE_LINE.test(text) && words <= 30) {
    return {rule: 'chrome/read-more', reason: 'a "READ MORE:"-style link to another article, inserted between paragraphs'}
  }
  if (!closing && words <= 8 && LIST_HEAD.test(trimTrailing(text, LIST_HEAD_TAIL).trim())) {
    const readMore = /^(read|see|also)\b/i.test(text)
    return {
      rule: readMore ? 'chrome/read-more' : 'chrome/link-list',
      reason: `the heading of a list of links to other articles ("${clip(text)}")`,
      marker: true,
      listHead: true
    }
  }
  // INVITATION first: anchored at the start, it fails faster than the network-name search.
  if (INVITATION.test(text) && SOCIAL_NETWORK.test(text) && words <= 60) {
    return {rule: 'chrome/social', reason: 'an invitation to follow or join the outlet on a social network', marker: true}
  }
  if (/^(follow|share) (us|this)\b/i.test(text) && words <= 6) {
    return {rule: 'chrome/social', reason: 'a follow/share prompt', marker: true}
  }
  if (words <= 14 && (PROMPT.test(text) || containsPrompt(text))) {
    return {rule: 'chrome/prompt', reason: 'a prompt addressed to the reader (sign up, subscribe, download, skip…), not article text', marker: true}
  }
  if (known.outlet !== null && lineIsForm(line, known.outlet)) {
    return {rule: 'chrome/masthead', reason: 'the outlet name on a line of its own (masthead)'}
  }
  if (meta.author !== undefined && words <= 12 && isAuthorLine(text, meta.author)) {
    return {rule: 'chrome/byline', reason: 'the byline (the author named in the metadata)'}
  }
  if (words <= 10 && !closing && BYLINE.test(text)) {
    return {rule: 'chrome/byline', reason: 'a byline ("By …")'}
  }
  return null
}

/** A prompt sentence after a question ("Already a member? Sign in here"). */
function containsPrompt(text: string): boolean {
  return text.split(/(?<=[?!.])\s+/).some((part, index) => index > 0 && PROMPT.test(part))
}

function isAuthorLine(text: string, author: string): boolean {
  const line = comparable(text.replace(/^by\s+/i, ''))
  const name = comparable(author)
  return line === name || (line.startsWith(name) && /^[,|–—-]/.test(line.slice(name.length).trim()))
}

// ---------------------------------------------------------------------------
// Context rules: runs of lines.

/** After a list heading, headline-like lines are the links of the list. */
function markLinkLists(lines: Line[], verdicts: Array<Verdict | null>): void {
  for (let i = 0; i < lines.length; i++) {
    const head = verdicts[i]
    if (!head?.listHead) continue
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!
      if (verdicts[j]) {
        if (verdicts[j]!.listHead) break
        continue
      }
      if (!isHeadlineLike(line)) break
      verdicts[j] = {rule: 'chrome/link-list', reason: `a headline in the list of links under "${clip(lines[i]!.text)}"`}
    }
  }
}

/** A headline: short, no closing full stop or colon, no attribution verb. */
function isHeadlineLike(line: Line): boolean {
  return line.words >= 1 && line.words <= SHORT_TRAIL && !/[.:;,]["'”’)]*$/.test(line.text) && !SPEECH.test(line.text)
}

/**
 * Before the headline: a run of short lines that holds chrome (prompts, the
 * outlet name, a byline) is chrome as a whole. When the title is known from
 * the metadata, every short line before it is chrome; otherwise only very
 * short lines sandwiched between two chrome lines are (a section label such
 * as "Sport" between the masthead and the byline).
 */
function markLeading(lines: Line[], verdicts: Array<Verdict | null>, known: Known): void {
  const window = Math.min(lines.length, LEAD_WINDOW)
  const {title} = known
  let headline = -1
  if (title !== null) {
    for (let i = 0; i < window; i++) if (lineIsForm(lines[i]!, title)) { headline = i; break }
  }
  let end = headline >= 0 ? headline : lines.findIndex((line, i) => i < window && line.words > SHORT_LEAD)
  if (end < 0) end = window
  // A header needs an article after it: a text of short lines only is left alone.
  if (end >= lines.length) return
  const lead = lines.slice(0, end)
  if (lead.length === 0 || lead.some((line) => line.words > (headline >= 0 ? 12 : SHORT_LEAD))) return

  // Repetition and reader-addressed slogans only count in this position.
  const seen = new Map<string, number>()
  lead.forEach((line, i) => {
    const key = comparableLine(line)
    if (seen.has(key) && !verdicts[i]) {
      verdicts[i] = {rule: 'chrome/masthead', reason: 'a line repeated in the page header (masthead or navigation)'}
      const first = seen.get(key)!
      if (!verdicts[first]) verdicts[first] = verdicts[i]
    } else seen.set(key, i)
    if (!verdicts[i] && line.words <= 10 && READER_LEAD_VERB.test(line.text)) {
      verdicts[i] = {rule: 'chrome/prompt', reason: 'a call to action addressed to the reader, in the page header before the headline'}
    }
  })

  // A bare two-word name after header chrome is a byline ("Jane Okafor").
  lead.forEach((line, i) => {
    if (!verdicts[i] && NAME.test(line.text) && verdicts.slice(0, i).some((v) => v !== null)) {
      verdicts[i] = {rule: 'chrome/byline', reason: 'a name on a line of its own in the page header (a byline)'}
    }
  })

  const chromeAt = lead.map((_, i) => verdicts[i] !== null)
  const last = chromeAt.lastIndexOf(true)
  if (last < 0) return
  lead.forEach((line, i) => {
    if (verdicts[i]) return
    const label = line.words <= 2 && !/[.!?:;,]["'”’]*$/.test(line.text)
    // A very short label in the header run (a section name, "Home") or a short
    // line sandwiched between two chrome lines belongs to the header.
    // (A headline is followed by its byline and dateline, not by prompts: a
    // two-word line before only those is a headline, not a label.)
    const before = chromeAt.slice(0, i).includes(true)
    const headerAfter = verdicts.slice(i + 1, last + 1).some((v) => v !== null && v.rule !== 'chrome/byline' && v.rule !== 'chrome/dateline')
    const sandwiched = i < last && ((before && line.words <= 4) || (label && headerAfter))
    if (headline >= 0 || sandwiched) {
      verdicts[i] = label
        ? {rule: 'chrome/masthead', reason: 'a section label in the page header, before the headline'}
        : {rule: 'chrome/prompt', reason: 'a short line in the run of page-header chrome before the headline'}
    }
  })
}

/**
 * After the article: from a chrome marker (a list heading, a sign-up prompt,
 * a social prompt) to the end of the page, when nothing after the marker
 * looks like an article paragraph (every line short, no attributed speech).
 */
function markTrailing(lines: Line[], verdicts: Array<Verdict | null>): void {
  let k = lines.length
  while (k > 0) {
    const line = lines[k - 1]!
    const ok = verdicts[k - 1] !== null || isTrailingChromeShape(line)
    if (!ok) break
    k--
  }
  let start = -1
  for (let i = Math.max(0, k - 1); i < lines.length; i++) if (verdicts[i]?.marker) { start = i; break }
  if (start < 0) return
  let current = verdicts[start]!
  for (let i = start; i < lines.length; i++) {
    const verdict = verdicts[i]
    if (verdict) {
      if (verdict.marker) current = verdict
      continue
    }
    verdicts[i] = current.listHead
      ? {rule: 'chrome/link-list', reason: `part of the list of links at the end of the page, after "${clip(lines[start]!.text)}"`}
      : {rule: current.rule, reason: `part of the trailing page chrome after "${clip(lines[start]!.text)}"`}
  }
}

/**
 * Could this line be part of the chrome after an article? A headline-like
 * line, a very short line, or a short line addressed to the reader ("…for
 * you."). A short full sentence that is not addressed to the reader ("The
 * fee was not disclosed.") is article text and ends the trailing run.
 */
function isTrailingChromeShape(line: Line): boolean {
  if (SPEECH.test(line.text)) return false
  return isHeadlineLike(line) || line.words <= 5 || (line.words <= 12 && /\b(you|your)\b/i.test(line.text))
}

// ---------------------------------------------------------------------------

/** {@link comparable} of a line's text, computed once per line. */
function comparableLine(line: Line): string {
  return (line.comparable ??= comparable(line.text))
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}

/** `:`, `›`, `»`, `>`, `→` after a list heading ("Related stories ›"). */
const LIST_HEAD_TAIL = new Set([0x3a, 0x203a, 0xbb, 0x3e, 0x2192])

/**
 * `text` less a trailing run of the given (BMP) characters: what
 * `text.replace(/[…]+$/, '')` gives, by a backwards scan (the regex retries
 * from every position of a long run: quadratic).
 */
function trimTrailing(text: string, chars: ReadonlySet<number>): string {
  let end = text.length
  while (end > 0 && chars.has(text.charCodeAt(end - 1))) end--
  return text.slice(0, end)
}
