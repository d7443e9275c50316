// The alignment scoring rules (docs/evaluation.md "Alignment") on tiny
// synthetic gold files and reports.
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import type {Article, ArticleRecord, Claim, Finding, Report, Story, Verdict} from '../../src/types.js'
import {mergeGold, parseGold, type AlignGold, type GoldFinding} from '../../src/eval/align/gold.js'
import {expectedFiles, loadPart, locatePart} from '../../src/eval/align/load.js'
import {claimMatches, kindCompatible, matchContext, occurrences, pairingsOf, reached} from '../../src/eval/align/match.js'
import {labelPairing, scoreAlignment, splitMerge} from '../../src/eval/align/score.js'
import {withStories} from '../../src/eval/align/evaluate.js'
import {parseAlignArgs} from '../../src/eval/align/main.js'
import {formatAlign} from '../../src/eval/align/print.js'

// ---------------------------------------------------------------------------
// A tiny world: two stories, four articles.

const SOURCES = new Map<string, string>([
  ['a', 'The council spent £10m on roads. It said 30 people died. "We are sorry," said Jane Roe. Share this. £10m again.'],
  ['b', 'The council spent about £10 million on roads. Officials said 33 people died and 12 were hurt.'],
  ['c', 'The council spent £10.2m on roads on Monday.'],
  ['x', 'Another town spent £10m on parks. Advertisement 2024.']
])

const VALUES: Record<string, Claim['value']> = {
  money: {type: 'quantity', low: 10e6, high: 10e6, unit: 'GBP', hedge: 'exact', bounds: {low: 10e6, high: 10e6}},
  count: {type: 'quantity', low: 30, high: 30, unit: 'person', hedge: 'exact', bounds: {low: 30, high: 30}},
  date: {type: 'date', start: {}, end: {}, granularity: 'day', assigned: [], implied: [], anchor: 'unknown', relation: 'at'},
  quote: {type: 'quote', speaker: 'Jane Roe', speakerMention: null, words: 'We are sorry,', quotation: 'q', scare: false},
  rating: {type: 'category', scheme: 's', label: 'good'}
}

/** A claim on the `nth` occurrence of `text` in article `article`. */
function claim(article: string, text: string, kind: string, nth = 0, value: Claim['value'] = VALUES[kind] ?? VALUES.money!): Claim {
  const source = SOURCES.get(article)!
  const at = occurrences(source, text)[nth]
  if (at === undefined) throw new Error(`test: ${text} not in ${article}`)
  return {id: `${article}:${at[0]}`, article, kind, text, start: at[0], end: at[1], sentence: {start: 0, end: source.length, text: source, index: 0}, matcher: kind, value}
}

let serial = 0
const finding = (verdict: Verdict, kind: string, claims: Claim[], story = 'p1'): Finding => ({id: `f${serial++}`, story, kind, verdict, claims: claims.map((c) => c.id), reason: 'r', message: 'm', confidence: 1})

function report(claims: Claim[], findings: Finding[], stories: Story[] = [{id: 'p1', articles: ['a', 'b', 'c'], inferred: true, reason: ''}, {id: 'p2', articles: ['x'], inferred: true, reason: ''}], records: Partial<ArticleRecord>[] = []): Report {
  return {version: '1', generator: {name: 'corroborate', version: '0'}, articles: records as ArticleRecord[], stories, sentences: [], claims, findings, errors: []}
}

const gf = (id: string, verdict: GoldFinding['verdict'], kind: GoldFinding['kind'], claims: Array<[string, string]>, tier: GoldFinding['tier'] = 'must'): GoldFinding => ({id, tier, kind, verdict, note: 'n', claims: claims.map(([article, text]) => ({article, text}))})

function world(findings: GoldFinding[], extra: Partial<AlignGold> = {}): AlignGold {
  return {
    articles: {
      a: {file: 'a.md', outlet: 'A', story: 's1'},
      b: {file: 'b.md', outlet: 'B', story: 's1'},
      c: {file: 'c.md', outlet: 'C', story: 's1'},
      x: {file: 'x.md', outlet: 'X', story: 's2'}
    },
    findings,
    single_source: [],
    quotes: [],
    not_article_text: [],
    ...extra
  }
}

const MONEY_AGREE = gf('money', 'agree', 'money', [['a', 'spent £10m'], ['b', 'about £10 million']])
const DEATHS_DIFFER = gf('deaths', 'differ', 'count', [['a', '30 people'], ['b', '33 people']])
const TRAP = gf('trap', 'unrelated', 'count', [['b', '33 people'], ['b', '12 were hurt']])
const CROSS_TRAP = gf('cross', 'unrelated', 'money', [['a', 'spent £10m'], ['x', '£10m on parks']])

describe('claim matching', () => {
  test('any occurrence of the gold text counts', () => {
    const ctx = matchContext(world([]), SOURCES, report([], []))
    const second = claim('a', '£10m', 'money', 1)
    expect(claimMatches(ctx, second, {article: 'a', text: '£10m'}, 'money')).toBe(true)
    expect(claimMatches(ctx, second, {article: 'b', text: '£10m'}, 'money')).toBe(false)
    expect(claimMatches(ctx, second, {article: 'a', text: 'on roads'}, 'money')).toBe(false)
  })

  test('kinds: quantities, dates and categories are families', () => {
    expect(kindCompatible('money', claim('a', '30 people', 'count'))).toBe(true)
    expect(kindCompatible('percent', claim('a', '30 people', 'count'))).toBe(true)
    expect(kindCompatible('period', claim('c', 'on Monday', 'date'))).toBe(true)
    expect(kindCompatible('date', claim('a', '30 people', 'count'))).toBe(false)
    expect(kindCompatible('rating', claim('a', 'sorry', 'grade', 0, VALUES.rating))).toBe(true)
    expect(kindCompatible('quote', claim('a', 'sorry', 'grade', 0, VALUES.rating))).toBe(false)
    expect(kindCompatible('role', claim('a', 'Jane Roe', 'role', 0, {type: 'role', person: 'Jane Roe', role: 'x'}))).toBe(true)
    // A gold period may be a duration, which the library counts in units of time.
    const years = {...(VALUES.count as object), unit: 'year'} as Claim['value']
    expect(kindCompatible('period', claim('a', '30 people', 'count', 0, years))).toBe(true)
    expect(kindCompatible('date', claim('a', '30 people', 'count', 0, years))).toBe(false)
    expect(kindCompatible('period', claim('a', '30 people', 'count'))).toBe(false)
  })
})

describe('gold findings reached', () => {
  const a = claim('a', '£10m', 'money')
  const b = claim('b', '£10 million', 'money')
  const c = claim('c', '£10.2m', 'money')

  test('reached with the gold verdict, not with another', () => {
    expect(reached(matchContext(world([]), SOURCES, report([a, b], [finding('agree', 'money', [a, b])])), MONEY_AGREE)).toHaveLength(1)
    expect(reached(matchContext(world([]), SOURCES, report([a, b], [finding('differ', 'money', [a, b])])), MONEY_AGREE)).toEqual([])
  })

  test('a finding must hold claims of two articles', () => {
    expect(reached(matchContext(world([]), SOURCES, report([a, b], [finding('agree', 'money', [a])])), MONEY_AGREE)).toEqual([])
  })

  test('every gold claim must be covered, by one finding or several pairwise ones', () => {
    const three = gf('three', 'agree', 'money', [['a', 'spent £10m'], ['b', 'about £10 million'], ['c', '£10.2m']])
    const ab = finding('agree', 'money', [a, b])
    const bc = finding('agree', 'money', [b, c])
    expect(reached(matchContext(world([]), SOURCES, report([a, b, c], [ab])), three)).toEqual([])
    expect(reached(matchContext(world([]), SOURCES, report([a, b, c], [ab, bc])), three)).toHaveLength(2)
    // Partly reached: one finding holds two of the three.
    const partly = scoreAlignment(matchContext(world([three]), SOURCES, report([a, b, c], [ab])))
    expect(partly.must).toEqual({n: 0, of: 1})
    expect(partly.mustPartial).toEqual({n: 1, of: 1})
    const none = scoreAlignment(matchContext(world([three]), SOURCES, report([a, b, c], [finding('differ', 'money', [a, b])])))
    expect(none.mustPartial).toEqual({n: 0, of: 1})
  })

  test('unrelated gold findings are never reached; they are paired or not', () => {
    const b33 = claim('b', '33', 'count')
    const b12 = claim('b', '12', 'count')
    const x = claim('x', '£10m', 'money')
    const ctx = matchContext(world([]), SOURCES, report([a, x, b33, b12], [finding('agree', 'money', [a, x]), finding('agree', 'count', [b33, b12])]))
    expect(reached(ctx, CROSS_TRAP)).toEqual([])
    expect(pairingsOf(ctx, CROSS_TRAP)).toHaveLength(1)
    // Two claims of one article are not a pairing of the trap's two articles.
    expect(pairingsOf(ctx, TRAP)).toEqual([])
  })
})

describe('predicted pairings are labelled', () => {
  const a30 = claim('a', '30 people', 'count')
  const b33 = claim('b', '33 people', 'count')
  const b12 = claim('b', '12', 'count')
  const a10 = claim('a', '£10m', 'money')
  const x10 = claim('x', '£10m', 'money')
  const c10 = claim('c', '£10.2m', 'money')
  const gold = world([DEATHS_DIFFER, MONEY_AGREE, CROSS_TRAP, gf('hurt', 'unrelated', 'count', [['a', '30 people'], ['b', '12 were hurt']])])
  const label = (f: Finding, claims: Claim[]) => labelPairing(matchContext(gold, SOURCES, report(claims, [f])), f).label

  test('correct when it holds a gold finding of its verdict', () => {
    expect(label(finding('differ', 'count', [a30, b33]), [a30, b33])).toBe('correct')
  })
  test('wrong when it holds a gold finding of another verdict or an unrelated pair', () => {
    expect(label(finding('agree', 'count', [a30, b33]), [a30, b33])).toBe('wrong')
    expect(label(finding('differ', 'count', [a30, b12]), [a30, b12])).toBe('wrong')
  })
  test('wrong when it pairs claims of two gold stories, even without a gold finding', () => {
    expect(label(finding('agree', 'money', [c10, x10]), [c10, x10])).toBe('wrong')
  })
  test('wrong when it pairs an unrelated trap, even inside a group that is otherwise right', () => {
    const b33 = claim('b', '33 people', 'count')
    expect(label(finding('differ', 'count', [a30, b33, b12]), [a30, b33, b12])).toBe('wrong')
  })
  test('unlabelled otherwise', () => {
    expect(label(finding('agree', 'money', [a10, c10]), [a10, c10])).toBe('unlabelled')
  })

  test('precision is over labelled findings; unlabelled are counted beside', () => {
    const findings = [finding('differ', 'count', [a30, b33]), finding('differ', 'money', [a10, c10]), finding('differ', 'count', [a30, b12])]
    const s = scoreAlignment(matchContext(gold, SOURCES, report([a30, b33, a10, c10, b12], findings)))
    expect(s.verdicts.differ).toMatchObject({predicted: 3, correct: 1, wrong: 1, unlabelled: 1, precision: 0.5, gold: 1, reached: 1, recall: 1})
    expect(s.kinds.count).toMatchObject({predicted: 2, correct: 1, wrong: 1, precision: 0.5, gold: 1, reached: 1})
    expect(s.kinds.money).toMatchObject({predicted: 1, unlabelled: 1, correct: 0, wrong: 0, precision: 0, gold: 1, reached: 0})
    expect(s.verdicts.agree).toMatchObject({gold: 1, reached: 0, recall: 0})
    expect(s.must).toEqual({n: 1, of: 2})
    expect(s.unrelatedPaired).toEqual({n: 1, of: 2})
    expect(s.misses.map((m) => m.type).sort()).toEqual(['finding-missed', 'finding-wrong', 'unrelated-paired'])
  })

  test('cross-story pairs are counted over pairings', () => {
    const s = scoreAlignment(matchContext(gold, SOURCES, report([a10, x10, a30, b33], [finding('agree', 'money', [a10, x10]), finding('differ', 'count', [a30, b33]), finding('single-source', 'money', [c10])])))
    expect(s.crossStoryPairs).toEqual({n: 1, of: 2})
    expect(s.unrelatedPaired).toEqual({n: 1, of: 2})
  })

  test('must and stretch are counted apart', () => {
    const stretchGold = world([DEATHS_DIFFER, {...MONEY_AGREE, tier: 'stretch'}])
    const s = scoreAlignment(matchContext(stretchGold, SOURCES, report([a10, claim('b', '£10 million', 'money')], [finding('agree', 'money', [a10, claim('b', '£10 million', 'money')])])))
    expect(s.must).toEqual({n: 0, of: 1})
    expect(s.stretch).toEqual({n: 1, of: 1})
  })
})

describe('splits and merges', () => {
  test('k groups of one gold group are k−1 splits; m gold groups in one are m−1 merges', () => {
    const gold = new Map([['a', 's1'], ['b', 's1'], ['c', 's2'], ['d', 's2'], ['e', 's3']])
    const predicted = new Map([['a', 'p1'], ['b', 'p2'], ['c', 'p2'], ['d', 'p2'], ['e', 'p2']])
    expect(splitMerge(gold, predicted)).toMatchObject({gold: 3, predicted: 2, splits: 1, merges: 2})
    expect(splitMerge(gold, new Map([...gold].map(([k, v]) => [k, `p-${v}`])))).toMatchObject({splits: 0, merges: 0})
  })

  test('stories from the report; families only when records carry them', () => {
    const stories: Story[] = [{id: 'p1', articles: ['a', 'b'], inferred: true, reason: ''}, {id: 'p2', articles: ['c', 'x'], inferred: true, reason: ''}]
    const gold = world([])
    gold.articles.a!.family = 'wire'
    gold.articles.b!.family = 'wire'
    const plain = scoreAlignment(matchContext(gold, SOURCES, report([], [], stories, [{id: 'a', status: 'ok'}])))
    expect(plain.stories).toEqual({gold: 2, predicted: 2, splits: 1, merges: 1})
    expect(plain.families).toBeNull()
    const records = [{id: 'a', status: 'ok', family: 'f1'}, {id: 'b', status: 'ok', family: 'f2'}, {id: 'c', status: 'ok', family: 'f3'}, {id: 'x', status: 'ok', family: 'f3'}] as unknown as Array<Partial<ArticleRecord>>
    const fam = scoreAlignment(matchContext(gold, SOURCES, report([], [], stories, records)))
    expect(fam.families).toEqual({gold: 3, predicted: 3, splits: 1, merges: 1})
  })
})

describe('chrome, quotes and single-source claims', () => {
  test('chrome claims overlap a not_article_text span', () => {
    const gold = world([], {not_article_text: [{article: 'x', text: 'Advertisement 2024.'}, {article: 'a', text: 'Share this.'}]})
    const s = scoreAlignment(matchContext(gold, SOURCES, report([claim('x', '2024', 'date'), claim('x', '£10m', 'money')], [])))
    expect(s.chromeClaims).toBe(1)
    expect(s.chromeSpans).toEqual({n: 1, of: 2})
  })

  test('quote speakers: right, wrong, missing', () => {
    const gold = world([], {quotes: [{article: 'a', text: 'We are sorry,', speaker: 'Jane Roe', tier: 'must'}, {article: 'b', text: 'Officials said', speaker: 'Bob', tier: 'stretch'}]})
    const right = scoreAlignment(matchContext(gold, SOURCES, report([claim('a', 'We are sorry', 'quote')], [])))
    expect(right.quoteSpeakers).toEqual({n: 1, of: 2})
    expect(right.quoteSpeakersMust).toEqual({n: 1, of: 1})
    const wrongValue = {...(VALUES.quote as object), speaker: 'John Doe'} as Claim['value']
    const wrong = scoreAlignment(matchContext(gold, SOURCES, report([claim('a', 'We are sorry', 'quote', 0, wrongValue)], [])))
    expect(wrong.quoteSpeakers).toEqual({n: 0, of: 2})
    expect(wrong.misses.map((m) => m.type).sort()).toEqual(['quote-missed', 'speaker-wrong'])
  })

  test('single-source: found alone, not paired; precision over labelled', () => {
    const gold = world([DEATHS_DIFFER], {single_source: [{article: 'b', text: '12 were hurt', kind: 'count'}, {article: 'c', text: 'on Monday', kind: 'date'}]})
    const b12 = claim('b', '12', 'count')
    const a30 = claim('a', '30 people', 'count')
    const cMon = claim('c', 'on Monday', 'date')
    const x10 = claim('x', '£10m', 'money')
    const alone = scoreAlignment(matchContext(gold, SOURCES, report([b12, a30, cMon, x10], [finding('single-source', 'count', [b12]), finding('single-source', 'count', [a30]), finding('single-source', 'money', [x10])])))
    expect(alone.singleSource).toEqual({n: 1, of: 2})
    expect(alone.verdicts['single-source']).toMatchObject({gold: 2, reached: 1, predicted: 3, correct: 1, wrong: 1, unlabelled: 1, precision: 0.5})
    const paired = scoreAlignment(matchContext(gold, SOURCES, report([b12, a30], [finding('single-source', 'count', [b12]), finding('differ', 'count', [b12, a30])])))
    expect(paired.singleSource).toEqual({n: 0, of: 2})
    expect(paired.misses.map((m) => m.type)).toContain('single-paired')
  })
})

describe('gold files', () => {
  const good = {articles: {a: {file: 'articles/a.md', outlet: 'A', story: 's1'}}, findings: [{id: 'f', tier: 'must', kind: 'money', verdict: 'agree', claims: [{article: 'a', text: 't'}]}]}

  test('parse: shape errors name the file and the item', () => {
    expect(parseGold(JSON.stringify(good), 'e.json').findings).toHaveLength(1)
    expect(() => parseGold('{', 'e.json')).toThrow(/e\.json: not JSON/)
    expect(() => parseGold(JSON.stringify({...good, findings: [{...good.findings[0], verdict: 'same'}]}), 'e.json')).toThrow(/finding f verdict/)
    expect(() => parseGold(JSON.stringify({...good, findings: [{...good.findings[0], kind: 'weight'}]}), 'e.json')).toThrow(/finding f kind/)
    expect(() => parseGold(JSON.stringify({...good, articles: {a: {file: 'x'}}}), 'e.json')).toThrow(/article a: `outlet`/)
  })

  test('merge: findings concatenated, clashing ids and articles refused', () => {
    const g = parseGold(JSON.stringify(good), 'a.json')
    const other = parseGold(JSON.stringify({...good, findings: [{...good.findings[0], id: 'g'}]}), 'b.json')
    expect(mergeGold([{name: 'a.json', gold: g}, {name: 'b.json', gold: other}]).findings.map((f) => f.id)).toEqual(['f', 'g'])
    expect(() => mergeGold([{name: 'a.json', gold: g}, {name: 'b.json', gold: g}])).toThrow(/finding id f is also used in a\.json/)
    const moved = parseGold(JSON.stringify({...good, articles: {a: {...good.articles.a, story: 's9'}}, findings: []}), 'c.json')
    expect(() => mergeGold([{name: 'a.json', gold: g}, {name: 'c.json', gold: moved}])).toThrow(/article a/)
  })

  test('parts: a missing folder is missing; expected-*.json are merged in name order', () => {
    const root = mkdtempSync(join(tmpdir(), 'align-eval-'))
    expect(locatePart(root, 'dev')).toMatchObject({status: 'missing'})
    expect(locatePart(root, 'seed')).toMatchObject({status: 'missing'})
    const dir = join(root, 'tests', 'fixtures', 'align', 'dev')
    mkdirSync(join(dir, 'articles'), {recursive: true})
    expect(locatePart(root, 'dev')).toMatchObject({status: 'missing'})
    writeFileSync(join(dir, 'articles', 'a.md'), '---\noutlet: A\n---\nt and t\n')
    writeFileSync(join(dir, 'expected-b.json'), JSON.stringify({...good, findings: [{...good.findings[0], id: 'g'}]}))
    writeFileSync(join(dir, 'expected-a.json'), JSON.stringify(good))
    writeFileSync(join(dir, 'notes.json'), '{}')
    expect(expectedFiles(dir).map((p) => p.slice(dir.length + 1))).toEqual(['expected-a.json', 'expected-b.json'])
    const location = locatePart(root, 'dev')
    if ('status' in location) throw new Error('dev part not found')
    const part = loadPart(location)
    expect(part.gold.findings.map((f) => f.id)).toEqual(['f', 'g'])
    expect(part.sources.get('a')).toContain('t and t')
  })
})

describe('harness plumbing', () => {
  test('story modes: given sets the gold story, inferred removes any', () => {
    const article = {id: 'a', format: 'text', source: '', meta: {outlet: 'A', story: 'front-matter'}, excluded: [], view: {text: '', blocks: [], toSource: (n: number) => n}} as Article
    const gold = world([])
    expect(withStories([article], gold, 'given')[0]!.meta).toEqual({outlet: 'A', story: 's1'})
    expect(withStories([article], gold, 'inferred')[0]!.meta).toEqual({outlet: 'A'})
    expect(article.meta.story).toBe('front-matter')
  })

  test('arguments', () => {
    expect(parseAlignArgs(['--align'])).toEqual({json: false, misses: false, parts: ['seed', 'dev', 'test'], modes: ['inferred', 'given']})
    expect(parseAlignArgs(['--align', '--part', 'dev', '--stories', 'given', '--json', '--misses'])).toEqual({json: true, misses: true, parts: ['dev'], modes: ['given']})
    expect(() => parseAlignArgs(['--part', 'train'])).toThrow(/--part needs/)
    expect(() => parseAlignArgs(['--stories', 'some'])).toThrow(/--stories needs/)
    expect(() => parseAlignArgs(['--set', 'x'])).toThrow(/unknown argument/)
  })

  test('printing: missing parts listed; control characters in texts neutralised', () => {
    const out = formatAlign([{part: 'test', status: 'missing', path: '/x/test'}], false)
    expect(out).toContain('part test: missing')
    const s = scoreAlignment(matchContext(world([gf('esc', 'agree', 'money', [['a', 'spent £10m'], ['b', 'about £10 million']])]), SOURCES, report([], [])))
    s.misses.push({type: 'chrome-claim', id: 'c1', detail: 'evil \u001b[31m\u009b text'})
    const printed = formatAlign([{part: 'dev', status: 'ok', expected: ['e.json'], goldArticles: 4, modes: [{mode: 'given', articles: 4, claims: 0, findings: 0, errors: [], scores: s}]}], true)
    expect(printed).not.toMatch(/[\u001b\u009b]/)
    expect(printed).toContain('finding-missed')
  })
})
