/**
 * Figures compared with another in one sentence: "net income rose to $2.3bn,
 * up from $1.9bn", "fell to $1.5bn … from $2.45bn", "compared with 40",
 * "from 27.2% to 31.2%". The earlier figure of such a pair is a different
 * fact from the later one (qualifier `previous`), and both measure the
 * concept that the sentence names once.
 *
 * @module
 */
import type {FrameToken} from './tokens.js'

/** Verbs and adverbs of change, whose `from N` is the earlier figure. */
const CHANGE: ReadonlySet<string> = new Set(
  (
    'rose rise rises risen rising fell fall falls fallen falling grew grow grows increased increase increases decreased decrease ' +
    'decreases declined decline declines dropped drop drops jumped jump jumps slumped slump climbed climb surged surge plunged ' +
    'plummeted tumbled slid sank soared gained widened narrowed expanded shrank shrunk improved worsened slowed eased accelerated climbing rising falling declining dropping up down increase decline growth'
  ).split(/\s+/)
)

/** Is this word a verb or adverb of change ("rose", "declined", "up")? */
export function isChange(lower: string): boolean {
  return CHANGE.has(lower)
}

/** How far back (in tokens) a compared figure or a verb of change is looked for. */
const REACH = 25

/** Words that end a figure: its scale and its unit ("2.4 billion", "18 per cent"). */
const FIGURE_WORDS: ReadonlySet<string> = new Set(['percent', 'per', 'cent', 'pc', 'million', 'billion', 'trillion', 'thousand', 'bn', 'm', 'k'])

/** The last token of the figure that starts at token `start`. */
export function figureEnd(tokens: readonly FrameToken[], start: number): number {
  let end = start
  while (end + 1 < tokens.length && end - start < 4) {
    const next = tokens[end + 1] as FrameToken
    if (next.breakBefore || !(next.cls === 'num' || FIGURE_WORDS.has(next.lower))) break
    if (next.lower === 'per' && tokens[end + 2]?.lower !== 'cent') break
    end++
  }
  return end
}

/** The first token of the figure whose last number token is `at`. */
function figureStart(tokens: readonly FrameToken[], at: number): number {
  let start = at
  while (start > 0 && (tokens[start - 1] as FrameToken).cls === 'num' && !(tokens[start] as FrameToken).breakBefore) start--
  return start
}

/** The first token of the nearest figure of this shape before token `before`, or -1. */
function figureBefore(tokens: readonly FrameToken[], before: number, shape: FrameToken['figure']): number {
  for (let i = before - 1; i >= 0 && before - i <= REACH; i--) {
    const t = tokens[i] as FrameToken
    if (t.figure !== null && t.figure === shape && !/^(1[89]|2[01])\d\d$/.test(t.lower)) return figureStart(tokens, i)
  }
  return -1
}

/** The index of the nearest verb of change before token `before`, or -1. */
function changeBefore(tokens: readonly FrameToken[], before: number): number {
  for (let i = before - 1; i >= 0 && before - i <= REACH; i--) if (CHANGE.has((tokens[i] as FrameToken).lower)) return i
  return -1
}

/** The first token of the first figure of this shape in `[from, to)`, or -1. */
function figureAfter(tokens: readonly FrameToken[], from: number, to: number, shape: FrameToken['figure']): number {
  for (let i = from; i < to; i++) if ((tokens[i] as FrameToken).figure === shape) return i
  return -1
}

/** Is the figure at `first` followed, within a few words, by "to" and a figure of its shape ("from 18% to 22%")? */
function fromTo(tokens: readonly FrameToken[], first: number, shape: FrameToken['figure']): boolean {
  for (let i = first + 1; i < Math.min(tokens.length - 1, first + 5); i++) {
    if ((tokens[i] as FrameToken).lower === 'to') return (tokens[i + 1] as FrameToken).figure === shape
  }
  return false
}

/**
 * How the figure starting at token `first` is compared with another:
 * `earlier` (it is the base of a change: "up from N", "from N", "compared
 * with N"), with the earlier-named figure whose concept it repeats, if any;
 * `later` ("from N1 to N2": N2), with N1; or null.
 */
export function figureCompared(tokens: readonly FrameToken[], first: number): {role: 'earlier' | 'later'; other: number; from: number} | null {
  const self = tokens[first] as FrameToken
  if (self.breakBefore || first === 0) return null
  const shape = self.figure
  const l = tokens[first - 1] as FrameToken
  const l2 = tokens[first - 2]
  const earlier =
    ((l.lower === 'from' || l.lower === 'with' || l.lower === 'to' || l.lower === 'against') && l2 !== undefined && ['up', 'down', 'compared', 'comparison', 'against'].includes(l2.lower)) ||
    l.lower === 'versus' ||
    l.lower === 'vs' ||
    (l.lower === 'from' && (changeBefore(tokens, first - 1) !== -1 || fromTo(tokens, first, shape)))
  if (earlier) {
    // "from N1 to N2": N1 is the earlier figure of the phrase before "from".
    if (l.lower === 'from' && fromTo(tokens, first, shape)) return {role: 'earlier', other: -1, from: first - 1}
    // "fell to $1.5bn, or 26 cents a share, from $2.45bn": the figure the change reached.
    const change = changeBefore(tokens, first - 1)
    const reached = change === -1 ? -1 : figureAfter(tokens, change + 1, first - 1, shape)
    return {role: 'earlier', other: reached !== -1 ? reached : figureBefore(tokens, first - 1, shape), from: first - 1}
  }
  if (l.lower === 'to') {
    for (let i = first - 2; i >= 0 && first - i <= 8; i--) {
      const t = tokens[i] as FrameToken
      if (t.lower === 'from' && (tokens[i + 1] as FrameToken).figure === shape) return {role: 'later', other: i + 1, from: i}
    }
  }
  return null
}
