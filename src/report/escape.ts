/**
 * Escaping for every output format. Everything that comes from an article
 * (text, titles, outlet names, speakers, paths, error messages) is untrusted:
 * it goes through one of these functions before it reaches the output.
 *
 * @module
 */

/**
 * Bidirectional formatting characters (LRE, RLE, PDF, LRO, RLO, LRI, RLI,
 * FSI, PDI, and the marks LRM, RLM, ALM). In article text they can reorder
 * the renderer's own text ("Trojan Source"), so they are shown, not obeyed.
 */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

/** C0 and C1 control characters except tab, newline and carriage return (terminal escapes start here). */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g

/** Line and paragraph separators, which some viewers treat as newlines. */
const SEPARATORS = /[\u2028\u2029]/g

/** `U+202E` for a character. */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** Collapse runs of whitespace (newlines included) to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ')
}

// ---------------------------------------------------------------------------
// HTML

const HTML_ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/**
 * Escape text for HTML element content or a quoted attribute value:
 * `& < > " '` become character references; bidi and other control
 * characters become a visible `[U+202E]` so they cannot reorder the page.
 */
export function escapeHtml(text: string): string {
  return String(text)
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
    .replace(BIDI_CONTROLS, (c) => `[${codePointLabel(c)}]`)
    .replace(CONTROLS, (c) => `[${codePointLabel(c)}]`)
    .replace(SEPARATORS, ' ')
}

/**
 * Escape text for HTML element content and mark neutralised control
 * characters so a reader sees that they were in the article:
 * `<span class="ctl" title="U+202E">[U+202E]</span>`.
 */
export function htmlText(text: string): string {
  return String(text)
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
    .replace(BIDI_CONTROLS, (c) => `<span class="ctl" title="hidden control character ${codePointLabel(c)}">[${codePointLabel(c)}]</span>`)
    .replace(CONTROLS, (c) => `<span class="ctl" title="control character ${codePointLabel(c)}">[${codePointLabel(c)}]</span>`)
    .replace(SEPARATORS, ' ')
}

/** Untrusted inline text (an outlet name, a title) isolated from the surrounding direction. */
export function htmlIsolate(text: string): string {
  return `<bdi>${htmlText(text)}</bdi>`
}

/**
 * Turn any id (claim ids contain `#`, `@`, spaces, anything an article file
 * name holds) into a safe HTML id / fragment: a prefix, the id with every
 * character outside `[A-Za-z0-9_-]` replaced by `-`, and a short hash of
 * the original so that different ids never collide.
 */
export function safeId(prefix: string, id: string): string {
  const cleaned = String(id).replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60)
  return `${prefix}-${cleaned}${cleaned ? '-' : ''}${hash(String(id))}`
}

/** FNV-1a, 32 bits, as 8 hex digits: stable across runs and platforms. */
export function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

// ---------------------------------------------------------------------------
// Markdown

/**
 * Escape untrusted text for inline Markdown (CommonMark / GFM): whitespace is
 * collapsed (so no block structure can start), and every character with
 * inline meaning is backslash-escaped: `\ ` * _ [ ] < > | ~ & $ #` (`(`, `)`
 * and `!` only mean something next to `[` / `]`, which are escaped).
 * `<` escaped means no raw HTML and no autolink can be formed; `|` escaped
 * keeps table cells intact; `&` escaped keeps entity references literal.
 * Bidi and control characters are written as a visible `[U+202E]`. A word
 * that a code host would turn into a link by itself (`www.…`, `https://…`,
 * `a@b.c`, `@someone`, `mailto:…`) is written as an inline code span, so
 * article text stays inert there too.
 */
export function escapeMarkdown(text: string): string {
  const collapsed = collapseWhitespace(String(text))
  if (!LINK_LIKE.test(collapsed)) return escapeInline(collapsed)
  return collapsed
    .split(' ')
    .map((word) => (LINK_LIKE.test(word) ? markdownCode(word) : escapeInline(word)))
    .join(' ')
}

/**
 * What a code host's Markdown (GFM and its kin) turns into a link with no
 * markup at all: `www.`, a scheme's `://`, `mailto:` / `xmpp:`, and `@`
 * (an e-mail address `a@b.c`, or a mention that pings `@someone`).
 * Backslash escapes do not stop them everywhere (cmark-gfm merges text
 * nodes before it looks for e-mail addresses), so a word holding one is
 * written as an inline code span, which no renderer links.
 */
const LINK_LIKE = /www\.|:\/\/|@|mailto:|xmpp:/i

function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&$#]/g, (c) => `\\${c}`)
    .replace(BIDI_CONTROLS, (c) => `[${codePointLabel(c)}]`)
    .replace(CONTROLS, (c) => `[${codePointLabel(c)}]`)
}

/**
 * {@link escapeMarkdown} for text that starts a line: also escapes what
 * would open a block there (`- `, `+ `, `1. `, `1) `, `===`).
 */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(text)
    .trimStart()
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
}

/**
 * An inline code span holding `text` verbatim (ids, reason codes, paths):
 * fenced with more backticks than the longest run inside, and `|` escaped
 * (GFM splits table cells before it reads code spans).
 */
export function markdownCode(text: string): string {
  const clean = collapseWhitespace(String(text))
    .replace(BIDI_CONTROLS, (c) => `[${codePointLabel(c)}]`)
    .replace(CONTROLS, (c) => `[${codePointLabel(c)}]`)
    .replace(/\|/g, '\\|')
  if (clean === '') return '` `'
  let longest = 0
  for (const m of clean.matchAll(/`+/g)) longest = Math.max(longest, m[0].length)
  const fence = '`'.repeat(longest + 1)
  const pad = clean.startsWith('`') || clean.endsWith('`') || (clean.startsWith(' ') && clean.endsWith(' ')) ? ' ' : ''
  return `${fence}${pad}${clean}${pad}${fence}`
}

// ---------------------------------------------------------------------------
// Terminal

/**
 * Make untrusted text safe to print to a terminal: escape sequences and other
 * control characters (ESC, BEL, CSI …) and bidi controls are written as a
 * visible `[U+001B]`, whitespace is collapsed.
 */
export function sanitizeTerminal(text: string): string {
  return collapseWhitespace(String(text))
    .replace(BIDI_CONTROLS, (c) => `[${codePointLabel(c)}]`)
    .replace(CONTROLS, (c) => `[${codePointLabel(c)}]`)
}

/**
 * {@link sanitizeTerminal} for text of several lines (a message with a help
 * text): line breaks and tabs are kept, a carriage return (which would let
 * text overwrite its own line) and every other control or bidi character
 * is written as a visible `[U+000D]`.
 */
export function terminalLines(text: string): string {
  return String(text)
    .replace(BIDI_CONTROLS, (c) => `[${codePointLabel(c)}]`)
    .replace(CONTROLS, (c) => `[${codePointLabel(c)}]`)
    .replace(/\r/g, '[U+000D]')
    .replace(SEPARATORS, ' ')
}

/** Characters `JSON.stringify` leaves raw that a terminal may obey: DEL and C1 controls, bidi controls, line separators. */
const JSON_RAW = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g

/**
 * JSON text with every character of {@link JSON_RAW} written as a `\uXXXX`
 * escape: the same JSON value, but nothing in it a terminal would obey when
 * the output is printed (`JSON.stringify` already escapes C0 controls such
 * as ESC). Those characters only occur inside JSON strings, so the escape is
 * always valid.
 */
export function jsonTerminalSafe(json: string): string {
  return json.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
