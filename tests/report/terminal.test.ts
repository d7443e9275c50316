import {describe, expect, test} from 'vitest'
import {renderReport, renderTerminal, shouldUseColor} from '../../src/report/index.js'
import {SINGLE_SOURCE_PREVIEW} from '../../src/report/terminal.js'
import type {Finding} from '../../src/types.js'
import {makeFixture, makeHostileFixture} from './fixture.js'

const ANSI = /\u001b\[/

describe('renderTerminal', () => {
  test('no ANSI codes without colour, ANSI codes with colour', () => {
    const {report} = makeFixture()
    expect(renderTerminal(report, {color: false})).not.toMatch(ANSI)
    expect(renderTerminal(report)).not.toMatch(ANSI)
    expect(renderTerminal(report, {color: true})).toMatch(ANSI)
    expect(renderReport(report, 'terminal', {color: true})).toMatch(ANSI)
  })

  test('colour output has the same text once escapes are removed', () => {
    const {report} = makeFixture()
    const plain = renderTerminal(report, {color: false})
    const colour = renderTerminal(report, {color: true}).replace(/\u001b\[[0-9;]*m/g, '')
    for (const finding of report.findings) expect(colour.replace(/\s+/g, ' ')).toContain(finding.message)
    // Without colour the claim markers `<<` `>>` take room, so wrapping may differ by a line or two.
    expect(Math.abs(colour.split('\n').length - plain.split('\n').length)).toBeLessThan(5)
  })

  test('summary: articles ok/error, stories, claims by kind, findings by verdict', () => {
    const out = renderTerminal(makeFixture().report)
    expect(out).toContain('6 articles read (5 ok, 1 error)')
    expect(out).toContain('2 stories')
    expect(out).toContain('claims: count 4, date 4, quote 4, money 3, percent 2, role 1')
    expect(out).toContain('findings: 3 differ, 5 agree, 3 single-source')
  })

  test('every finding message is present; the differences of all stories first, then agreements, then single-source', () => {
    const {report} = makeFixture()
    for (const color of [false, true]) {
      const out = renderTerminal(report, {color}).replace(/\u001b\[[0-9;]*m/g, '')
      const flat = out.replace(/\s+/g, ' ')
      for (const finding of report.findings) expect(flat).toContain(finding.message)
      const at = (f: Finding) => flat.indexOf(f.message)
      const of = (v: string) => report.findings.filter((f) => f.verdict === v).map(at)
      // Across stories, not within each: every differ before every agree before every single-source.
      expect(new Set(report.findings.filter((f) => f.verdict === 'differ').map((f) => f.story)).size).toBe(2)
      expect(Math.max(...of('differ'))).toBeLessThan(Math.min(...of('agree')))
      expect(Math.max(...of('agree'))).toBeLessThan(Math.min(...of('single-source')))
      expect(flat.indexOf('DIFFERENCES (3)')).toBeLessThan(Math.min(...of('differ')))
      expect(flat.indexOf('AGREEMENTS (5)')).toBeGreaterThan(Math.max(...of('differ')))
    }
  })

  test('a quotation diff says which outlet cuts and adds which words', () => {
    const out = renderTerminal(makeFixture().report).replace(/\s+/g, ' ')
    expect(out).toContain('Liverpool Echo cuts “really” and “teams” and adds “social workers” (compared with BBC News).')
    expect(out).toContain('words (BBC News → Liverpool Echo):')
  })

  test('report-level notes (claims not compared) are listed', () => {
    const {report} = makeFixture()
    report.notes = ['not compared: claim bbc-liverpool#role@1-2: no person named to compare the role by']
    const out = renderTerminal(report)
    expect(out).toContain('not compared: 1 claim (listed below)')
    expect(out).toMatch(/NOT COMPARED \(1\)\n {2}· not compared: claim bbc-liverpool#role@1-2: no person named/)
    expect(renderTerminal(makeFixture().report)).not.toContain('NOT COMPARED')
  })

  test('claims highlighted in their sentence, speaker and word diff without colour', () => {
    const out = renderTerminal(makeFixture().report).replace(/\s+/g, ' ')
    expect(out).toContain('The council said it had invested <<£10m>> in the service')
    expect(out).toContain('BBC News — Martin Birch')
    expect(out).toContain('We are [-really-] pleased with the progress our [-teams-]{+social workers+} have made')
  })

  test('quote diff in colour: red strikethrough deleted, green inserted', () => {
    const out = renderTerminal(makeFixture().report, {color: true})
    expect(out).toContain('\u001b[31m\u001b[9mreally\u001b[29m\u001b[39m')
    expect(out).toContain('\u001b[32m\u001b[4msocial workers\u001b[24m\u001b[39m')
  })

  test('lines wrap at 100 columns with consistent indentation', () => {
    const out = renderTerminal(makeFixture().report)
    for (const line of out.split('\n')) {
      if (line.trim().includes(' ')) expect([...line].length).toBeLessThanOrEqual(100)
    }
    const narrow = renderTerminal(makeFixture().report, {width: 60})
    for (const line of narrow.split('\n')) if (line.trim().includes(' ')) expect([...line].length).toBeLessThanOrEqual(60)
  })

  test('single-source findings are summarised unless verbose', () => {
    const {report} = makeFixture()
    const template = report.findings.find((f) => f.verdict === 'single-source') as Finding
    for (let i = 0; i < 5; i++) report.findings.push({...template, id: `${template.id}-extra-${i}`, message: `Extra single-source finding ${i}.`})
    const short = renderTerminal(report)
    const story = report.findings.filter((f) => f.story === template.story && f.verdict === 'single-source').length
    expect(short).toContain(`${story} claims only one outlet reports (first ${SINGLE_SOURCE_PREVIEW}; --verbose for all)`)
    expect(short).toContain(`… ${story - SINGLE_SOURCE_PREVIEW} more`)
    expect(short).not.toContain('Extra single-source finding 4.')
    const long = renderTerminal(report, {verbose: true})
    expect(long.replace(/\s+/g, ' ')).toContain('Extra single-source finding 4.')
    expect(renderReport(report, 'terminal', {verbose: true})).toBe(long)
  })

  test('articles with errors, excluded chrome counts, and input errors at the end', () => {
    const out = renderTerminal(makeFixture().report).replace(/[ \n]+/g, ' ')
    expect(out).toMatch(/✗ broken — error/)
    expect(out).toContain('excluded ranges: 4 (chrome/byline ×1, chrome/navigation ×1, chrome/read-more ×1, chrome/social ×1)')
    const errors = out.indexOf('Errors (1)')
    expect(errors).toBeGreaterThan(out.indexOf('Articles'))
    expect(out.slice(errors)).toContain('corpus/broken.txt [invalid-utf8] corpus/broken.txt: not valid UTF-8 at byte 1893')
  })

  test('terminal escapes and bidi controls in article text are neutralised', () => {
    const {report} = makeHostileFixture()
    const claim = report.claims[0]
    if (!claim) throw new Error('fixture has claims')
    claim.sentence = {...claim.sentence, text: `${claim.sentence.text} \u001b[2J\u001b]0;pwned\u0007`}
    report.errors.push({path: 'x\u001b[31m.txt', code: 'unreadable', message: 'bell\u0007'})
    for (const color of [false, true]) {
      const out = renderTerminal(report, {color})
      const withoutOwnColour = out.replace(/\u001b\[[0-9;]*m/g, '')
      expect(withoutOwnColour).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/)
      expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
      expect(out).toContain('[U+202E]')
      expect(out).toContain('[U+001B][2J')
    }
  })
})

describe('shouldUseColor', () => {
  test('NO_COLOR, FORCE_COLOR, TERM=dumb and TTY', () => {
    expect(shouldUseColor({isTTY: true}, {})).toBe(true)
    expect(shouldUseColor({isTTY: false}, {})).toBe(false)
    expect(shouldUseColor({}, {})).toBe(false)
    expect(shouldUseColor({isTTY: true}, {NO_COLOR: '1'})).toBe(false)
    expect(shouldUseColor({isTTY: true}, {NO_COLOR: ''})).toBe(true)
    expect(shouldUseColor({isTTY: false}, {FORCE_COLOR: '1'})).toBe(true)
    expect(shouldUseColor({isTTY: false}, {FORCE_COLOR: ''})).toBe(true)
    expect(shouldUseColor({isTTY: true}, {FORCE_COLOR: '0'})).toBe(false)
    expect(shouldUseColor({isTTY: true}, {FORCE_COLOR: 'false'})).toBe(false)
    expect(shouldUseColor({isTTY: true}, {NO_COLOR: '1', FORCE_COLOR: '1'})).toBe(false)
    expect(shouldUseColor({isTTY: true}, {TERM: 'dumb'})).toBe(false)
    expect(shouldUseColor({isTTY: false}, {TERM: 'dumb', FORCE_COLOR: '1'})).toBe(true)
  })
})
