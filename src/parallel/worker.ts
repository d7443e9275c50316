/**
 * The work of a worker thread (piscina): the map stage (read and extract
 * articles, return plain data: an {@link ArticleResult} or an input error)
 * and the reduce stage (align a batch of stories).
 *
 * Matchers are functions and cannot cross a thread boundary, so each worker
 * builds its own checker from the same config file as the main thread.
 *
 * Files are read synchronously: in a worker a blocking read holds up only
 * that worker, and it avoids a round trip per call through libuv's thread
 * pool (four threads shared by every thread of the process), which made a
 * worker spend more time waiting on small files than extracting them.
 *
 * @module
 */
import type {ArticleFormat, ArticleMeta, Finding, Matcher} from '../types.js'
import {alignPart, newStats, type AlignStats, type StoryPart} from '../align/index.js'
import {createChecker, type Checker} from '../checker.js'
import {loadConfig} from '../config.js'
import {runArticleFile, runArticleText, type ArticleOutcome} from '../pipeline/article-run.js'
import {mapJsonLine, type MappedLine} from '../pipeline/jsonl.js'

/** A file to read and extract. */
export type FileTask = {type: 'file'; config: string | null; path: string; id: string; maxBytes?: number; cwd?: string}
/** A batch of files to read and extract (one outcome each, in order). */
export type FilesTask = {type: 'files'; config: string | null; files: Array<{path: string; id: string}>; maxBytes?: number; cwd?: string}
/** An article held in memory (a JSON line). */
export type TextTask = {type: 'text'; config: string | null; id: string; text: string; format: ArticleFormat; meta: ArticleMeta}
/** A batch of JSON input lines of `extract --jsonl`, each with its line number. */
export type LinesTask = {type: 'lines'; config: string | null; lines: Array<{at: number; line: string}>}
/** A batch of stories to align (the reduce stage; no matchers needed). */
export type AlignTask = {type: 'align'; parts: StoryPart[]; minConfidence?: number}
/** A map task: a file, a batch of files, an article in memory, or a batch of JSON lines. */
export type MapTask = FileTask | FilesTask | TextTask | LinesTask
/** Any task a worker runs. */
export type WorkerTask = MapTask | AlignTask
/** What an {@link AlignTask} gives back: the findings of its stories, and the alignment counters. */
export interface AlignOutcome {
  findings: Finding[]
  stats: AlignStats
}

/** What a task gives back: one article's outcome (`src/pipeline/article-run.ts`). */
export type MapOutcome = ArticleOutcome

/**
 * Read one file (synchronously) and extract its claims: the map stage for
 * one file, on a worker or on the main thread of a one-job run. A file that
 * cannot be read gives its input error ({@link runArticleFile}).
 */
export const extractFile = runArticleFile

const checkers = new Map<string, Promise<Checker>>()

function checkerFor(config: string | null): Promise<Checker> {
  const key = config ?? ''
  let checker = checkers.get(key)
  if (!checker) {
    checker = config === null ? Promise.resolve(createChecker()) : loadConfig(config).then((c) => (c.matchers === undefined ? createChecker() : createChecker({matchers: c.matchers as Matcher[]})))
    checkers.set(key, checker)
  }
  return checker
}

/**
 * Run one task (the worker's entry point; also callable in-thread): one
 * outcome, for a `files` batch one outcome per file, in order, and for an
 * `align` batch the findings of its stories.
 */
export function runTask(task: FileTask | TextTask): Promise<MapOutcome>
export function runTask(task: FilesTask): Promise<MapOutcome[]>
export function runTask(task: LinesTask): Promise<MappedLine[]>
export function runTask(task: AlignTask): Promise<AlignOutcome>
export function runTask(task: WorkerTask): Promise<MapOutcome | MapOutcome[] | MappedLine[] | AlignOutcome>
export async function runTask(task: WorkerTask): Promise<MapOutcome | MapOutcome[] | MappedLine[] | AlignOutcome> {
  if (task.type === 'align') {
    const stats = newStats()
    const findings: Finding[] = []
    for (const part of task.parts) {
      for (const finding of alignPart(part, {stats, ...(task.minConfidence === undefined ? {} : {minConfidence: task.minConfidence})})) findings.push(finding)
    }
    return {findings, stats}
  }
  const checker = await checkerFor(task.config)
  const options = task.type === 'text' || task.type === 'lines' ? {} : {...(task.maxBytes === undefined ? {} : {maxBytes: task.maxBytes}), ...(task.cwd === undefined ? {} : {cwd: task.cwd})}
  const fromFile = (path: string, id: string): MapOutcome => extractFile(path, id, checker.matchers, options)
  switch (task.type) {
    case 'file': return fromFile(task.path, task.id)
    case 'files': return task.files.map((file) => fromFile(file.path, file.id))
    case 'lines': return task.lines.map(({at, line}) => mapJsonLine(line, at, checker.matchers))
    case 'text': return runArticleText(task.text, {id: task.id, format: task.format, meta: task.meta}, checker.matchers)
  }
}

export default runTask
