/**
 * Progress of a long run on stderr: one line per stage, redrawn in place
 * (`\r` and erase-to-end-of-line), with the count, the rate and an ETA:
 *
 *     aligning claims   4,210/10,000  42% · 1,950/s · ETA 3s
 *     rendering html    10,000/10,000 · 8,400/s · done in 1.2s
 *
 * Drawn with `cli-progress` (one `SingleBar` a stage, our line as its
 * format), which is loaded lazily (src/lazy/cli-progress.ts) at the first
 * draw of a long run on a terminal: never for a pipe, a run under `quietMs`
 * or `CORROBORATE_PROGRESS=0`. This layer keeps what the library has no
 * notion of: the run of stages, the quiet start, the count/rate/ETA text
 * (cut to the terminal's width), sanitized stage names. Off unless the
 * stream is a TTY, redrawn at most every `intervalMs`, every stage ended
 * with a newline so output that follows starts on a fresh line. The state
 * lives on the object a call to {@link createProgress} returns.
 *
 * @module
 */

import type * as CliProgress from 'cli-progress'
import {loadCliProgress} from '../lazy/cli-progress.js'
import {sanitizeTerminal} from '../report/escape.js'

export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

export interface ProgressOptions {
  /** Where `cli-progress` comes from (tests); default: loaded lazily at the first draw. */
  load?: () => typeof CliProgress
  /** Draw even when the stream is not a TTY (tests). Default: `stream.isTTY === true`. */
  enabled?: boolean
  /** Milliseconds clock (default `performance.now`). */
  now?: () => number
  /** Least time between two redraws of a stage (default 100 ms). */
  intervalMs?: number
  /** Nothing is drawn before the run is this old (default 300 ms): short runs stay silent. */
  quietMs?: number
}

export interface Stage {
  /** `done` units of `total` (when known) are finished. */
  update(done: number, total?: number): void
  /** The stage is over: its last line is drawn (when anything of it was) and ended. */
  end(): void
}

export interface Progress {
  /** Whether anything can be drawn at all. */
  readonly enabled: boolean
  /** Begin a stage (ending the one before). `unit` names what is counted: `files`, `claims`. */
  stage(name: string, unit?: string, total?: number): Stage
  /** End the current stage, if any. */
  end(): void
}

/** `1,234`. */
export function formatCount(n: number): string {
  return Math.max(0, Math.round(n)).toLocaleString('en-US')
}

/** `0.4s`, `12s`, `3m 05s`, `2h 01m`: a duration for an ETA or an elapsed time. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, ms) / 1000
  if (!Number.isFinite(s)) return '?'
  if (s < 10) return `${s.toFixed(1)}s`
  if (s < 60) return `${Math.round(s)}s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m}m ${String(Math.floor(s % 60)).padStart(2, '0')}s`
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`
}

/** `1,950/s`, `0.4/s`. */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond) || perSecond <= 0) return '–/s'
  return perSecond >= 10 ? `${formatCount(perSecond)}/s` : `${perSecond.toFixed(1)}/s`
}

/**
 * The line of a stage: name, count (of total), percentage, rate and ETA
 * while running; the elapsed time when finished. Cut to `width - 1`
 * characters (so the cursor never wraps to a new line).
 */
export function progressLine(state: {name: string; unit: string; done: number; total: number | undefined; elapsedMs: number; finished: boolean}, width: number): string {
  const {name, unit, done, total, elapsedMs, finished} = state
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : Number.NaN
  // A stage with nothing to count (grouping stories) shows its name and time only.
  const count =
    total === undefined ? (done === 0 && !unit ? '' : `${formatCount(done)}${unit ? ` ${unit}` : ''}`) : `${formatCount(done)}/${formatCount(total)}${unit ? ` ${unit}` : ''}`
  const parts = [count ? `${name.padEnd(18)} ${count}` : name]
  if (total !== undefined && total > 0 && !finished) parts[0] += `  ${Math.floor((Math.min(done, total) / total) * 100)}%`
  if (done > 0 && count) parts.push(formatRate(rate))
  if (finished) parts.push(`done in ${formatDuration(elapsedMs)}`)
  else if (total !== undefined && done > 0 && rate > 0) parts.push(`ETA ${formatDuration(((total - done) / rate) * 1000)}`)
  else parts.push(formatDuration(elapsedMs))
  const line = parts.join(' · ')
  const max = Math.max(10, width - 1)
  return [...line].length > max ? `${[...line].slice(0, max - 1).join('')}…` : line
}

/** A progress reporter on `stream`. */
export function createProgress(stream: ProgressStream, options: ProgressOptions = {}): Progress {
  const enabled = options.enabled ?? stream.isTTY === true
  const now = options.now ?? (() => performance.now())
  const interval = options.intervalMs ?? 100
  const quiet = options.quietMs ?? 300
  const load = options.load ?? loadCliProgress
  const started = now()
  let current: Stage | undefined

  const width = () => (typeof stream.columns === 'number' && stream.columns > 0 ? stream.columns : 80)

  const progress: Progress = {
    enabled,
    stage(rawName, rawUnit = '', total) {
      progress.end()
      // Our own strings, but they reach a terminal: no control characters.
      const name = sanitizeTerminal(rawName)
      const unit = sanitizeTerminal(rawUnit)
      const begun = now()
      let done = 0
      let all = total
      let finished = false
      let last = Number.NEGATIVE_INFINITY
      let bar: CliProgress.SingleBar | undefined
      const line = () => progressLine({name, unit, done, total: all, elapsedMs: now() - begun, finished}, width())
      const draw = () => {
        const t = now()
        if (!enabled || (!bar && t - started < quiet)) return
        if (!finished && t - last < interval) return
        last = t
        if (!bar) {
          // The library is loaded here, at the first draw of a long run on a terminal.
          const {SingleBar} = load()
          bar = new SingleBar({
            stream: stream as unknown as NodeJS.WritableStream,
            format: () => line(),
            fps: interval > 0 ? Math.min(60, 1000 / interval) : 60,
            synchronousUpdate: true,
            noTTYOutput: false,
            hideCursor: null,
            clearOnComplete: false,
            stopOnComplete: false,
            linewrap: null,
            gracefulExit: false
          })
          bar.start(all ?? 0, done)
        } else if (finished) {
          bar.update(done)
          bar.stop() // draws the last line and ends it with a newline
        } else {
          if (all !== undefined) bar.setTotal(all)
          bar.update(done)
        }
        if (finished && bar.isActive) bar.stop()
        // cli-progress re-arms a redraw timer after each draw; it must never keep the process alive.
        ;(bar as unknown as {timer?: {unref?: () => void} | null}).timer?.unref?.()
      }
      const stage: Stage = {
        update(d: number, t?: number) {
          if (finished) return
          done = d
          if (t !== undefined) all = t
          draw()
        },
        end() {
          if (current === stage) current = undefined
          if (finished) return
          finished = true
          draw()
        }
      }
      current = stage
      draw()
      return stage
    },
    end() {
      current?.end()
    }
  }
  return progress
}

/**
 * The stages of `corroborate report` as callbacks for the pipeline:
 * extracting (files), grouping stories, aligning (claims), assembling the
 * report, rendering (findings). Each callback starts its stage on first use.
 */
export interface ReportProgress {
  extracted(done: number, total: number): void
  /** Alignment begins (the stories are being grouped). */
  aligning(): void
  aligned(done: number, total: number): void
  /** Alignment is over; the report is being put together. */
  assembling(): void
  /** Rendering begins (formats that count call {@link ReportProgress.rendered} as they go). */
  rendering(): void
  rendered(done: number, total: number): void
  /** End the last stage (before the output is written). */
  end(): void
}

export function reportProgress(progress: Progress, format: string): ReportProgress {
  const stages = new Map<string, Stage>()
  const stage = (name: string, unit?: string, total?: number): Stage => {
    let s = stages.get(name)
    if (!s) {
      s = progress.stage(name, unit, total)
      stages.set(name, s)
    }
    return s
  }
  return {
    extracted: (done, total) => stage('extracting', 'files', total).update(done, total),
    aligning: () => void stage('grouping stories'),
    aligned: (done, total) => stage('aligning', 'claims', total).update(done, total),
    assembling: () => void stage('assembling report'),
    rendering: () => void stage(`rendering ${format}`, format === 'json' ? '' : format === 'html' ? 'findings+articles' : 'findings'),
    rendered: (done, total) => stage(`rendering ${format}`).update(done, total),
    end: () => progress.end()
  }
}

/** The width to wrap terminal text at: the terminal's columns (40 to 160), or `undefined` (the renderer's default) when not a terminal. */
export function terminalWidth(stream: {isTTY?: boolean; columns?: number}): number | undefined {
  if (stream.isTTY !== true || typeof stream.columns !== 'number' || !(stream.columns > 0)) return undefined
  return Math.min(160, Math.max(40, Math.floor(stream.columns)))
}
