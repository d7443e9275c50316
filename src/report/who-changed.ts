/**
 * Who changed what in a quotation: a finding's word diff said with the
 * outlets' names ("Liverpool Echo cuts “really” and adds “social workers”,
 * compared with BBC News"), so no reader has to guess which side "removed"
 * means. One home for the wording of all renderers.
 *
 * A finding's `diff` runs from its first claim to its second: `delete` parts
 * are words only the first quotation has, `insert` parts words only the
 * second has.
 *
 * @module
 */
import type {Finding} from '../types.js'
import {clipEnd, type ReportIndex, splitDiffWhitespace} from './describe.js'

/** A piece of the "who changed what" sentence; quoted words carry the side whose quotation has them. */
export interface WhoPiece {
  text: string
  /** `first`: words only the first quotation has; `second`: only the second. */
  only?: 'first' | 'second'
}

export interface WhoChanged {
  /** The outlets of the diff's two sides (article ids added when both have the same name). */
  first: string
  second: string
  /** Words only the first / only the second quotation has, in order, each at most 120 characters. */
  onlyFirst: string[]
  onlySecond: string[]
  /** The sentence, as pieces: `BBC News cuts “for cared for children,” and “that” (Liverpool Echo has them).` */
  pieces: WhoPiece[]
}

/** Characters of one changed run shown in the sentence. */
const WORDS_MAX = 120

function sideNames(finding: Finding, index: ReportIndex): [string, string] {
  const [a, b] = finding.claims.map((id) => index.claim(id))
  const name = (claim: typeof a, fallback: string) => (claim ? index.outlet(claim.article) : fallback)
  let first = name(a, 'the first quotation')
  let second = name(b, 'the second quotation')
  if (first === second && a && b) {
    first = `${first} (${a.article})`
    second = `${second} (${b.article})`
  }
  return [first, second]
}

function quoted(words: readonly string[], only: 'first' | 'second'): WhoPiece[] {
  const pieces: WhoPiece[] = []
  words.forEach((w, i) => {
    if (i > 0) pieces.push({text: i === words.length - 1 ? ' and ' : ', '})
    pieces.push({text: '“'}, {text: w, only}, {text: '”'})
  })
  return pieces
}

/** Who changed what, or `null` when the finding has no diff with a change. */
export function whoChanged(finding: Finding, index: ReportIndex): WhoChanged | null {
  if (!finding.diff?.length) return null
  const onlyFirst: string[] = []
  const onlySecond: string[] = []
  for (const part of finding.diff) {
    if (part.op === 'equal') continue
    const words = clipEnd(splitDiffWhitespace(part).core || part.text, WORDS_MAX)
    if (!words.trim()) continue
    ;(part.op === 'delete' ? onlyFirst : onlySecond).push(words)
  }
  if (onlyFirst.length === 0 && onlySecond.length === 0) return null
  const [first, second] = sideNames(finding, index)
  const them = (n: number) => (n === 1 ? 'it' : 'them')
  let pieces: WhoPiece[]
  if (onlyFirst.length === 0) {
    pieces = [{text: `${first} cuts `}, ...quoted(onlySecond, 'second'), {text: ` (${second} has ${them(onlySecond.length)}).`}]
  } else if (onlySecond.length === 0) {
    pieces = [{text: `${second} cuts `}, ...quoted(onlyFirst, 'first'), {text: ` (${first} has ${them(onlyFirst.length)}).`}]
  } else {
    pieces = [{text: `${second} cuts `}, ...quoted(onlyFirst, 'first'), {text: ' and adds '}, ...quoted(onlySecond, 'second'), {text: ` (compared with ${first}).`}]
  }
  return {first, second, onlyFirst, onlySecond, pieces}
}
