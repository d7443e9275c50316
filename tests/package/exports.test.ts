// What users import from `corroborate`: the renderers, IngestError, the contract types.
import {describe, expect, expectTypeOf, test} from 'vitest'
import * as corroborate from '../../src/index.js'
import {createChecker, IngestError, renderReport, REPORT_FORMATS, REPORT_FORMAT_VERSION, type ClaimLine, type Report, type ReportFormat} from '../../src/index.js'
import * as queue from '../../src/distributed/index.js'

const text = `---\noutlet: Daily Courier\nstory: bridge\n---\nThe county said the repair would cost £12m.\n`

describe('the main entry point', () => {
  test('renderReport(report, format) renders every format; json is the contract', async () => {
    const checker = createChecker()
    const report = await checker.report({articles: [checker.parse(text, {id: 'courier'})]})
    expect(REPORT_FORMATS).toEqual(expect.arrayContaining(['terminal', 'markdown', 'json', 'html']))
    for (const format of REPORT_FORMATS) expect(renderReport(report, format).length, format).toBeGreaterThan(50)
    const json = JSON.parse(renderReport(report, 'json')) as Report
    expect(json.version).toBe(REPORT_FORMAT_VERSION)
    expect(json.claims.map((c) => c.text)).toContain('£12m')
    expect(() => renderReport(report, 'pdf' as ReportFormat)).toThrow(/unknown format/)
  })

  test('IngestError is exported, and what checker.parse throws is one (with a code)', () => {
    let thrown: unknown
    try {
      createChecker().parse('---\n: [unclosed\n---\nText.\n', {id: 'x'})
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(IngestError)
    expect((thrown as IngestError).code).toBe('front-matter')
  })

  test('the contract types are exported', () => {
    expectTypeOf<ClaimLine>().toHaveProperty('claims')
    expectTypeOf<Report>().toHaveProperty('findings')
    expect(Object.keys(corroborate)).not.toContain('runJob')
  })
})

describe('corroborate/queue', () => {
  test('exports the distributed run', () => {
    for (const name of ['runJob', 'startWorkers', 'mapLine', 'reduceLines', 'reduceKey', 'runDistributed', 'articleLines']) expect(typeof (queue as Record<string, unknown>)[name], name).toBe('function')
  })
})
