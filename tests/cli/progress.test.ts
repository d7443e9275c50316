/**
 * Progress on stderr (src/cli/progress.ts, drawn with cli-progress): the line of a stage, redraw
 * throttling, quiet short runs, off when stderr is not a terminal, every
 * stage of `corroborate report`, and terminal text wrapped to the width.
 */
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {createProgress, formatDuration, formatRate, progressLine, reportProgress, terminalWidth} from '../../src/cli/progress.js'
import {main} from '../../src/cli/run.js'
import {loadCliProgress} from '../../src/lazy/cli-progress.js'
import {fakeIo} from './io.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** A fake terminal that records writes. */
function fakeStream(columns = 80) {
  const writes: string[] = []
  return {writes, stream: {isTTY: true, columns, write: (s: string) => writes.push(s)}}
}

/** What a terminal shows: each finished line (and the one being drawn) as it reads after the last redraw, escapes removed. */
function screen(text: string): string[] {
  return text.split('\n').filter(Boolean).map((l) => (l.split(/\r|\u001b\[1G/).at(-1) ?? '').replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b[78]/g, ''))
}

describe('progressLine', () => {
  test('count of total, percentage, rate and ETA while running; elapsed when done', () => {
    const running = progressLine({name: 'aligning', unit: 'claims', done: 4210, total: 10000, elapsedMs: 2000, finished: false}, 120)
    expect(running).toBe('aligning           4,210/10,000 claims  42% · 2,105/s · ETA 2.8s')
    const done = progressLine({name: 'aligning', unit: 'claims', done: 10000, total: 10000, elapsedMs: 5000, finished: true}, 120)
    expect(done).toBe('aligning           10,000/10,000 claims · 2,000/s · done in 5.0s')
    expect(progressLine({name: 'grouping stories', unit: '', done: 0, total: undefined, elapsedMs: 1500, finished: false}, 120)).toBe('grouping stories · 1.5s')
  })

  test('property: a line never reaches the terminal width and holds no line break', () => {
    fc.assert(
      fc.property(
        fc.string({maxLength: 40}).filter((s) => !/[\r\n]/.test(s)),
        fc.nat(1e9),
        fc.option(fc.nat(1e9), {nil: undefined}),
        fc.nat(1e8),
        fc.boolean(),
        fc.integer({min: 11, max: 300}),
        (name, done, total, elapsedMs, finished, width) => {
          const line = progressLine({name, unit: 'files', done, total, elapsedMs, finished}, width)
          expect([...line].length).toBeLessThan(width)
          expect(line).not.toMatch(/[\r\n]/)
        }
      )
    )
  })

  test('durations and rates read as people read them', () => {
    expect(formatDuration(400)).toBe('0.4s')
    expect(formatDuration(12_300)).toBe('12s')
    expect(formatDuration(185_000)).toBe('3m 05s')
    expect(formatDuration(7_260_000)).toBe('2h 01m')
    expect(formatRate(0.42)).toBe('0.4/s')
    expect(formatRate(1950.4)).toBe('1,950/s')
    expect(formatRate(0)).toBe('–/s')
    fc.assert(fc.property(fc.double({min: 0, max: 1e12, noNaN: true}), (ms) => {
      expect(formatDuration(ms)).toMatch(/^(\d+\.\d|\d+)s$|^\d+m \d\ds$|^\d+h \d\dm$/)
    }))
  })
})

describe('createProgress', () => {
  test('draws with cli-progress in place, at most once per interval, and ends each stage with a newline', () => {
    let now = 0
    const {writes, stream} = fakeStream()
    const progress = createProgress(stream, {now: () => now, quietMs: 0, intervalMs: 100})
    const stage = progress.stage('extracting', 'files', 1000)
    for (let i = 1; i <= 1000; i++) {
      now += 0.1 // 1000 updates in 100 ms
      stage.update(i, 1000)
    }
    const drawsDuringStage = writes.join('').split('extracting').length - 1
    expect(drawsDuringStage).toBeLessThanOrEqual(3)
    now += 1000
    progress.stage('aligning', 'claims', 10).update(4, 10) // ends the stage before
    now += 1000
    progress.end()
    const lines = screen(writes.join(''))
    expect(lines[0]).toMatch(/^extracting +1,000\/1,000 files · [\d,.]+\/s · done in 1\.1s$/)
    expect(lines[1]).toMatch(/^aligning +4\/10 claims · [\d,.]+\/s · done in 1\.0s$/)
    expect(writes.join('')).toMatch(/\u001b\[1G/) // redrawn in place (cli-progress's cursor-to-column-1)
    expect(writes.at(-1)?.endsWith('\n')).toBe(true)
  })

  test('a line being drawn shows stage, count, rate and ETA', () => {
    let now = 0
    const {writes, stream} = fakeStream()
    const progress = createProgress(stream, {now: () => now, quietMs: 300, intervalMs: 100})
    const stage = progress.stage('aligning', 'claims', 10_000)
    now = 2000
    stage.update(4210, 10_000)
    expect(screen(writes.join(''))).toEqual(['aligning           4,210/10,000 claims  42% · 2,105/s · ETA 2.8s'])
    progress.end()
  })

  test('stage names and units reach the terminal without control characters', () => {
    const {writes, stream} = fakeStream()
    const progress = createProgress(stream, {quietMs: 0, intervalMs: 0})
    progress.stage('evil\u001b]8;;x\u0007name', 'fi\rles', 3).update(1, 3)
    progress.end()
    const text = writes.join('')
    // The only escapes are cli-progress's own cursor moves and erases.
    expect(text.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b[78]/g, '')).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    expect(screen(text)[0]).toMatch(/^evil\[U\+001B\]\]8;;x\[U\+0007\]name +1\/3 fi les/)
  })

  test('a run that ends fast draws nothing; a slow one draws every stage', () => {
    let now = 0
    const fast = fakeStream()
    const quiet = createProgress(fast.stream, {now: () => now, quietMs: 300})
    quiet.stage('extracting', 'files', 5).update(5, 5)
    now = 50
    quiet.end()
    expect(fast.writes).toEqual([])
    const slow = fakeStream()
    now = 0
    const loud = createProgress(slow.stream, {now: () => now, quietMs: 300})
    loud.stage('extracting', 'files', 5).update(1, 5)
    now = 400
    loud.stage('grouping stories')
    now = 900
    loud.end()
    expect(slow.writes.join('')).toMatch(/extracting .*done in 0\.4s.*\n.*grouping stories · done in 0\.5s/s)
  })

  test('off when the stream is not a terminal, and cli-progress is then never loaded', () => {
    const writes: string[] = []
    let loads = 0
    const load = () => {
      loads++
      return loadCliProgress()
    }
    const progress = createProgress({write: (s: string) => writes.push(s)}, {quietMs: 0, intervalMs: 0, load})
    expect(progress.enabled).toBe(false)
    progress.stage('x', 'files', 2).update(2, 2)
    progress.end()
    expect(writes).toEqual([])
    // A fast run on a terminal and CORROBORATE_PROGRESS=0 do not load it either.
    let now = 0
    const fast = fakeStream()
    const quick = createProgress(fast.stream, {now: () => now, load})
    quick.stage('extracting', 'files', 5).update(5, 5)
    now = 100
    quick.end()
    const off = createProgress(fakeStream().stream, {enabled: false, quietMs: 0, load})
    off.stage('extracting', 'files', 5).update(5, 5)
    off.end()
    expect(fast.writes).toEqual([])
    expect(loads).toBe(0)
    // A long run on a terminal loads it once per stage drawn.
    const long = createProgress(fakeStream().stream, {quietMs: 0, intervalMs: 0, load})
    long.stage('extracting', 'files', 5).update(5, 5)
    long.end()
    expect(loads).toBe(1)
  })

  test('reportProgress starts each stage on first use, in order', () => {
    const {writes, stream} = fakeStream()
    const stages = reportProgress(createProgress(stream, {quietMs: 0, intervalMs: 0}), 'html')
    stages.extracted(1, 2)
    stages.extracted(2, 2)
    stages.aligning()
    stages.aligned(0, 4)
    stages.aligned(4, 4)
    stages.assembling()
    stages.rendered(3, 3)
    stages.end()
    const lines = screen(writes.join(''))
    expect(lines.map((l) => l.split(/ {2,}| · /)[0])).toEqual(['extracting', 'grouping stories', 'aligning', 'assembling report', 'rendering html'])
    for (const line of lines) expect(line).toMatch(/done in [\d.]+s$/)
  })

  test('terminalWidth: the columns of a terminal, bounded; none otherwise', () => {
    expect(terminalWidth({isTTY: true, columns: 72})).toBe(72)
    expect(terminalWidth({isTTY: true, columns: 12})).toBe(40)
    expect(terminalWidth({isTTY: true, columns: 400})).toBe(160)
    expect(terminalWidth({isTTY: false, columns: 72})).toBeUndefined()
    expect(terminalWidth({isTTY: true})).toBeUndefined()
  })
})

describe('corroborate report on a terminal', () => {
  test('every stage is shown on stderr (CORROBORATE_PROGRESS=1), and nothing when stderr is not a terminal', async () => {
    const tty = fakeIo(root, '', {NO_COLOR: '1', CORROBORATE_PROGRESS: '1'})
    Object.assign(tty.io.stderr, {isTTY: true, columns: 100})
    await main(['report', 'corpus', '--format', 'json'], tty.io)
    const lines = screen(tty.stderr())
    expect(lines.map((l) => l.split(/ {2,}| · /)[0])).toEqual(['extracting', 'grouping stories', 'aligning', 'assembling report', 'rendering json'])
    expect(lines[0]).toMatch(/^extracting +5\/5 files · [\d.,]+\/s · done in [\d.]+s$/)
    expect(lines[2]).toMatch(/^aligning +\d+\/\d+ claims · /)
    const plain = fakeIo(root, '', {NO_COLOR: '1', CORROBORATE_PROGRESS: '1'})
    await main(['report', 'corpus', '--format', 'markdown'], plain.io)
    expect(plain.stderr()).toBe('')
  })

  test('rendering is a stage too, and terminal text wraps to the terminal width', async () => {
    const tty = fakeIo(root, '', {NO_COLOR: '1', CORROBORATE_PROGRESS: '1'})
    Object.assign(tty.io.stderr, {isTTY: true, columns: 100})
    Object.assign(tty.io.stdout, {isTTY: true, columns: 64})
    await main(['report', 'corpus'], tty.io)
    expect(tty.stderr()).toMatch(/rendering terminal +\d+\/\d+ findings · .*done in/)
    const out = tty.stdout()
    expect(out).toContain('DIFFERENCES (3)')
    for (const line of out.split('\n')) if (line.trim().includes(' ')) expect([...line].length).toBeLessThanOrEqual(64)
    expect(out.split('\n').some((line) => [...line].length > 56)).toBe(true)
  })
})
