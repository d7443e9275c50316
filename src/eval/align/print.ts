/**
 * Text output of `npm run eval -- --align`: one block per part and story
 * mode. Pure: results in, a string out.
 *
 * @module
 */
import {sanitizeTerminal} from '../../report/escape.js'
import type {ModeResult} from './evaluate.js'
import type {PartName} from './load.js'
import {SCORED_KINDS, SCORED_VERDICTS, type AlignMiss, type Pr, type Ratio} from './score.js'

export type PartResult =
  | {part: PartName; status: 'missing'; path: string}
  | {part: PartName; status: 'ok'; expected: string[]; goldArticles: number; modes: ModeResult[]}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
export const ratio = (r: Ratio): string => `${r.n}/${r.of}${r.of === 0 ? '' : ` (${pct(r.n / r.of)})`}`

function prRow(name: string, pr: Pr): string {
  const p = pr.correct + pr.wrong === 0 ? '     -' : pct(pr.precision).padStart(6)
  const r = pr.gold === 0 ? '     -' : pct(pr.recall).padStart(6)
  return `  ${name.padEnd(14)}${p} ${r}${String(pr.reached).padStart(7)}${String(pr.gold).padStart(6)}${String(pr.correct).padStart(8)}${String(pr.wrong).padStart(6)}${String(pr.unlabelled).padStart(7)}`
}

const PR_HEADER = `  ${''.padEnd(14)}${'P'.padStart(6)} ${'R'.padStart(6)}${'reach'.padStart(7)}${'gold'.padStart(6)}${'correct'.padStart(8)}${'wrong'.padStart(6)}${'unlab'.padStart(7)}`

/** The block of one mode. */
export function formatMode(result: ModeResult): string {
  const s = result.scores
  const lines = [
    `stories ${result.mode}: ${result.articles} articles, ${result.claims} claims, ${result.findings} findings${result.errors.length > 0 ? `, ${result.errors.length} input error(s)` : ''}`,
    `  must findings, right verdict     ${ratio(s.must)}   (partly, 2+ claims: ${ratio(s.mustPartial)})`,
    `  stretch findings, right verdict  ${ratio(s.stretch)}   (partly, 2+ claims: ${ratio(s.stretchPartial)})`,
    `  unrelated traps paired           ${ratio(s.unrelatedPaired)}`,
    `  stories                          gold ${s.stories.gold}, predicted ${s.stories.predicted}: ${s.stories.splits} split, ${s.stories.merges} merged`,
    `  cross-story pairs                ${ratio(s.crossStoryPairs)} of pairings`,
    `  chrome claims                    ${s.chromeClaims} (chrome spans hit ${ratio(s.chromeSpans)})`,
    `  quote speakers right             ${ratio(s.quoteSpeakers)} (must ${ratio(s.quoteSpeakersMust)})`,
    `  single-source found as such      ${ratio(s.singleSource)}`
  ]
  if (s.families !== null) lines.push(`  source families                  gold ${s.families.gold}, predicted ${s.families.predicted}: ${s.families.splits} split, ${s.families.merges} merged`)
  lines.push('', `${PR_HEADER}   (P over labelled: correct/(correct+wrong))`)
  for (const v of SCORED_VERDICTS) lines.push(prRow(v, s.verdicts[v]))
  lines.push('')
  for (const k of [...SCORED_KINDS, ...Object.keys(s.kinds).filter((k) => !(SCORED_KINDS as readonly string[]).includes(k)).sort()]) {
    const pr = s.kinds[k]
    if (pr !== undefined) lines.push(prRow(k, pr))
  }
  for (const e of result.errors) lines.push(`  input error ${sanitizeTerminal(`${e.code}: ${e.message.includes(e.path) ? '' : `${e.path}: `}${e.message}`)}`)
  return lines.join('\n')
}

export function formatMisses(misses: readonly AlignMiss[]): string {
  return misses.map((m) => `    ${m.type.padEnd(17)} ${sanitizeTerminal(m.id)}  ${sanitizeTerminal(m.detail)}`).join('\n')
}

/** The whole text output. */
export function formatAlign(parts: readonly PartResult[], misses: boolean): string {
  const out: string[] = []
  for (const part of parts) {
    if (part.status === 'missing') {
      out.push(`== part ${part.part}: missing (${part.path})`)
      continue
    }
    out.push(`== part ${part.part}: ${part.goldArticles} gold articles, expected: ${part.expected.join(', ')}`)
    for (const mode of part.modes) {
      out.push(formatMode(mode))
      if (misses && mode.scores.misses.length > 0) out.push(`  misses (${mode.mode}):`, formatMisses(mode.scores.misses))
      out.push('')
    }
  }
  return `${out.join('\n')}\n`
}
