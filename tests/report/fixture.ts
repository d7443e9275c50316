/**
 * Hand-built reports for the renderer tests: two stories with differ, agree
 * and single-source findings (one a quote with a word diff), an input
 * error, and excluded chrome ranges. Claim offsets are computed from the
 * article sources, so `source.slice(start, end) === text` holds.
 */
import type {ArticleRecord, Claim, ClaimValue, DiffPart, ExcludedRange, Finding, InputError, OtherValue, Report, Story} from '../../src/types.js'
import {claimSentences} from '../../src/pipeline/claim-sentences.js'

export interface ArticleSpec {
  id: string
  outlet: string | null
  title: string | null
  story: string
  published: string | null
  source: string
  /** Excluded ranges, located by their text. */
  excluded?: {text: string; rule: string; reason: string}[]
}

/** Sentences of a source: lines split after `.`, `!` or `?` (and a closing quote). */
export function sentencesOf(source: string): {start: number; end: number; text: string; index: number}[] {
  const out: {start: number; end: number; text: string; index: number}[] = []
  for (const line of source.matchAll(/[^\n]+/g)) {
    const base = line.index
    const re = /[^]+?(?:[.!?]["”’]?(?=\s|$)|$)/g
    for (const m of line[0].matchAll(re)) {
      const lead = m[0].length - m[0].trimStart().length
      const text = m[0].trim()
      if (!text) continue
      const start = base + m.index + lead
      out.push({start, end: start + text.length, text, index: out.length})
    }
  }
  return out
}

export function makeClaim(article: ArticleSpec, text: string, kind: string, value: ClaimValue | OtherValue, matcher = kind): Claim {
  const start = article.source.indexOf(text)
  if (start === -1) throw new Error(`fixture: "${text}" not in ${article.id}`)
  const end = start + text.length
  const sentence = sentencesOf(article.source).find((s) => s.start <= start && s.end >= end)
  if (!sentence) throw new Error(`fixture: no sentence holds "${text}" in ${article.id}`)
  return {id: `${article.id}#${matcher}@${start}-${end}`, article: article.id, kind, text, start, end, sentence, matcher, value}
}

export function makeRecord(article: ArticleSpec): ArticleRecord {
  const excluded: ExcludedRange[] = (article.excluded ?? []).map((e) => {
    const start = article.source.indexOf(e.text)
    if (start === -1) throw new Error(`fixture: excluded "${e.text}" not in ${article.id}`)
    return {start, end: start + e.text.length, rule: e.rule, reason: e.reason}
  })
  return {
    id: article.id,
    path: `corpus/${article.id}.txt`,
    format: 'text',
    outlet: article.outlet,
    title: article.title,
    published: article.published,
    story: article.story,
    storyInferred: false,
    family: article.id,
    status: 'ok',
    sentences: sentencesOf(article.source).length,
    excluded
  }
}

const money = (n: number, hedge: 'exact' | 'approximate' = 'exact'): ClaimValue => ({
  type: 'quantity',
  low: n,
  high: n,
  unit: 'GBP',
  hedge,
  scale: 1e6,
  bounds: hedge === 'exact' ? {low: n, high: n} : {low: n * 0.9, high: n * 1.1}
})
const count = (n: number, unit: string, hedge: 'exact' | 'approximate' | 'at-least' = 'exact'): ClaimValue => ({
  type: 'quantity',
  low: n,
  high: n,
  unit,
  hedge,
  bounds: hedge === 'at-least' ? {low: n, high: null} : {low: n, high: n}
})
const date = (year: number, month?: number, day?: number): ClaimValue => ({
  type: 'date',
  start: {year, ...(month ? {month} : {}), ...(day ? {day} : {})},
  end: {year, ...(month ? {month} : {}), ...(day ? {day} : {})},
  granularity: day ? 'day' : month ? 'month' : 'year',
  assigned: day ? ['year', 'month', 'day'] : month ? ['year', 'month'] : ['year'],
  implied: [],
  anchor: 'absolute',
  relation: 'at'
})
const quote = (speaker: string | null, words: string, quotation: string): ClaimValue => ({
  type: 'quote',
  speaker,
  speakerMention: null,
  words,
  quotation,
  scare: false
})

/** The strings a report can carry from its inputs, for the hostile variant. */
export interface Texts {
  bbcOutlet: string
  echoTitle: string
  speaker: string
  quoteTail: string
  errorMessage: string
  storyId: string
}

export const PLAIN: Texts = {
  bbcOutlet: 'BBC News',
  echoTitle: "Liverpool children's services no longer inadequate, Ofsted says",
  speaker: 'Martin Birch',
  quoteTail: 'for the children of this city',
  errorMessage: 'corpus/broken.txt: not valid UTF-8 at byte 1893',
  storyId: 'liverpool-ofsted'
}

export interface Fixture {
  report: Report
  sources: Record<string, string>
}

/** A realistic report: two stories, every verdict, a quote diff, an input error, chrome. */
export function makeFixture(texts: Texts = PLAIN): Fixture {
  const story1 = texts.storyId
  const bbc: ArticleSpec = {
    id: 'bbc-liverpool',
    outlet: texts.bbcOutlet,
    title: 'Liverpool council children’s services rated as improving',
    story: story1,
    published: '2024-03-14',
    source: [
      'Liverpool council children’s services rated as improving',
      'Liverpool City Council’s children’s services are no longer rated inadequate, inspectors have said.',
      'Ofsted found the authority had made progress since it was rated inadequate in January 2019.',
      'The council said it had invested £10m in the service and recruited more than 300 social workers.',
      `Director Martin Birch said: “We are really pleased with the progress our teams have made ${texts.quoteTail}.”`,
      'About 62% of referrals are now seen within a week, the report said.'
    ].join('\n')
  }
  const echo: ArticleSpec = {
    id: 'echo-liverpool',
    outlet: 'Liverpool Echo',
    title: texts.echoTitle,
    story: story1,
    published: '2024-03-14',
    source: [
      'Home | News | Liverpool',
      "Liverpool children's services no longer inadequate, Ofsted says",
      'By David Humphreys',
      'Liverpool’s children’s services have been lifted out of the inadequate rating by Ofsted.',
      'The watchdog first rated the service inadequate on 18 January 2019.',
      'The city council has spent £12m on the improvement plan, hiring around 320 social workers.',
      `Martin Birch, director of children’s services, said: “We are pleased with the progress our social workers have made ${texts.quoteTail}.”`,
      'Read more: Sefton council told to improve',
      'Share this article on Facebook'
    ].join('\n'),
    excluded: [
      {text: 'Home | News | Liverpool', rule: 'chrome/navigation', reason: 'A breadcrumb trail of section links, not article text.'},
      {text: 'By David Humphreys', rule: 'chrome/byline', reason: 'A byline line names the author; it is not a claim.'},
      {text: 'Read more: Sefton council told to improve', rule: 'chrome/read-more', reason: 'A link to another article.'},
      {text: 'Share this article on Facebook', rule: 'chrome/social', reason: 'A social-media sharing prompt.'}
    ]
  }
  const lcc: ArticleSpec = {
    id: 'lcc-liverpool',
    outlet: 'Liverpool City Council',
    title: 'Ofsted recognises improvements in children’s services',
    story: story1,
    published: '2024-03-13',
    source: [
      'Ofsted recognises improvements in children’s services',
      `Martin Birch, Director of Children’s Services, welcomed the report.`,
      'The council has invested circa £10 million since 2019 and reduced agency staff by 40%.'
    ].join('\n')
  }
  const echoSefton: ArticleSpec = {
    id: 'echo-sefton',
    outlet: 'Liverpool Echo',
    title: 'Sefton children’s services still require improvement',
    story: 'sefton-ofsted',
    published: '2024-05-02',
    source: [
      'Sefton children’s services still require improvement',
      'Inspectors visited Sefton in March 2024 and found 1,200 children in care.',
      '“There is more to do,” said council leader Marion Atkinson.'
    ].join('\n')
  }
  const bbcSefton: ArticleSpec = {
    id: 'bbc-sefton',
    outlet: texts.bbcOutlet,
    title: 'Sefton council told children’s services must improve',
    story: 'sefton-ofsted',
    published: '2024-05-02',
    source: [
      'Sefton council told children’s services must improve',
      'Ofsted inspectors visited the borough in April 2024.',
      'About 1,200 children are in the council’s care.',
      '“There is more to do,” council leader Marion Atkinson said.'
    ].join('\n')
  }

  const c = {
    bbcMoney: makeClaim(bbc, '£10m', 'money', money(10e6)),
    echoMoney: makeClaim(echo, '£12m', 'money', money(12e6)),
    lccMoney: makeClaim(lcc, 'circa £10 million', 'money', money(10e6, 'approximate')),
    bbcDate: makeClaim(bbc, 'January 2019', 'date', date(2019, 1)),
    echoDate: makeClaim(echo, '18 January 2019', 'date', date(2019, 1, 18)),
    bbcCount: makeClaim(bbc, 'more than 300 social workers', 'count', count(300, 'social worker', 'at-least')),
    echoCount: makeClaim(echo, 'around 320 social workers', 'count', count(320, 'social worker', 'approximate')),
    bbcQuote: makeClaim(bbc, `“We are really pleased with the progress our teams have made ${texts.quoteTail}.”`, 'quote', quote(texts.speaker, `We are really pleased with the progress our teams have made ${texts.quoteTail}.`, 'bbc-q1')),
    echoQuote: makeClaim(echo, `“We are pleased with the progress our social workers have made ${texts.quoteTail}.”`, 'quote', quote(texts.speaker, `We are pleased with the progress our social workers have made ${texts.quoteTail}.`, 'echo-q1')),
    bbcPercent: makeClaim(bbc, '62%', 'percent', {type: 'quantity', low: 62, high: 62, unit: '%', hedge: 'approximate', hedgeText: 'About', bounds: {low: 60, high: 64}}),
    lccPercent: makeClaim(lcc, '40%', 'percent', {type: 'quantity', low: 40, high: 40, unit: '%', hedge: 'exact', bounds: {low: 40, high: 40}}),
    lccRole: makeClaim(lcc, 'Martin Birch, Director of Children’s Services', 'role', {type: 'role', person: 'Martin Birch', role: 'Director of Children’s Services'}),
    seftonDateEcho: makeClaim(echoSefton, 'March 2024', 'date', date(2024, 3)),
    seftonDateBbc: makeClaim(bbcSefton, 'April 2024', 'date', date(2024, 4)),
    seftonCountEcho: makeClaim(echoSefton, '1,200 children', 'count', count(1200, 'child')),
    seftonCountBbc: makeClaim(bbcSefton, 'About 1,200 children', 'count', count(1200, 'child', 'approximate')),
    seftonQuoteEcho: makeClaim(echoSefton, '“There is more to do,”', 'quote', quote('Marion Atkinson', 'There is more to do,', 'es-q1')),
    seftonQuoteBbc: makeClaim(bbcSefton, '“There is more to do,”', 'quote', quote('Marion Atkinson', 'There is more to do,', 'bs-q1'))
  }

  const diff: DiffPart[] = [
    {op: 'equal', text: 'We are '},
    {op: 'delete', text: 'really '},
    {op: 'equal', text: 'pleased with the progress our '},
    {op: 'delete', text: 'teams'},
    {op: 'insert', text: 'social workers'},
    {op: 'equal', text: ` have made ${texts.quoteTail}.`}
  ]

  const findings: Finding[] = [
    {
      id: `${story1}/money-1`,
      story: story1,
      kind: 'money',
      verdict: 'differ',
      claims: [c.bbcMoney.id, c.echoMoney.id],
      reason: 'value-conflict',
      message: `${texts.bbcOutlet} says £10m was invested; Liverpool Echo says £12m.`,
      confidence: 0.82
    },
    {
      id: `${story1}/money-2`,
      story: story1,
      kind: 'money',
      verdict: 'agree',
      claims: [c.bbcMoney.id, c.lccMoney.id],
      reason: 'same-value-hedged',
      message: 'Both report £10 million; the council hedges it (“circa”).',
      confidence: 0.9,
      notes: ['Liverpool City Council hedges the amount: circa']
    },
    {
      id: `${story1}/quote-1`,
      story: story1,
      kind: 'quote',
      verdict: 'differ',
      claims: [c.bbcQuote.id, c.echoQuote.id],
      reason: 'quote-words-changed',
      message: `The quotation from ${texts.speaker} is worded differently: “really” dropped, “teams” became “social workers”.`,
      confidence: 0.93,
      sources: {articles: 2, families: 2},
      diff
    },
    {
      id: `${story1}/date-1`,
      story: story1,
      kind: 'date',
      verdict: 'agree',
      claims: [c.bbcDate.id, c.echoDate.id],
      reason: 'same-date-precision',
      message: 'Both date the inadequate rating to January 2019; the Echo gives the day.',
      confidence: 0.88,
      notes: ['Liverpool Echo is more precise: 18 January 2019']
    },
    {
      id: `${story1}/count-1`,
      story: story1,
      kind: 'count',
      verdict: 'agree',
      claims: [c.bbcCount.id, c.echoCount.id],
      reason: 'same-value-hedged',
      message: 'Compatible counts of social workers recruited: more than 300 and around 320.',
      confidence: 0.71,
      sources: {articles: 2, families: 1},
      notes: ['Hedged differently: at least 300 / about 320']
    },
    {
      id: `${story1}/percent-1`,
      story: story1,
      kind: 'percent',
      verdict: 'single-source',
      claims: [c.bbcPercent.id],
      reason: 'single-source',
      message: `Only ${texts.bbcOutlet} reports that about 62% of referrals are seen within a week.`,
      confidence: 1
    },
    {
      id: `${story1}/percent-2`,
      story: story1,
      kind: 'percent',
      verdict: 'single-source',
      claims: [c.lccPercent.id],
      reason: 'single-source',
      message: 'Only Liverpool City Council reports the 40% cut in agency staff.',
      confidence: 1
    },
    {
      id: `${story1}/role-1`,
      story: story1,
      kind: 'role',
      verdict: 'single-source',
      claims: [c.lccRole.id],
      reason: 'single-source',
      message: 'Only Liverpool City Council names Martin Birch’s role in full.',
      confidence: 1
    },
    {
      id: 'sefton-ofsted/date-1',
      story: 'sefton-ofsted',
      kind: 'date',
      verdict: 'differ',
      claims: [c.seftonDateEcho.id, c.seftonDateBbc.id],
      reason: 'date-conflict',
      message: 'The inspection month differs: March 2024 (Liverpool Echo) vs April 2024 (BBC News).',
      confidence: 0.77
    },
    {
      id: 'sefton-ofsted/count-1',
      story: 'sefton-ofsted',
      kind: 'count',
      verdict: 'agree',
      claims: [c.seftonCountEcho.id, c.seftonCountBbc.id],
      reason: 'same-value-hedged',
      message: 'Both report 1,200 children in care.',
      confidence: 0.86,
      notes: ['BBC News hedges the number: About']
    },
    {
      id: 'sefton-ofsted/quote-1',
      story: 'sefton-ofsted',
      kind: 'quote',
      verdict: 'agree',
      claims: [c.seftonQuoteEcho.id, c.seftonQuoteBbc.id],
      reason: 'quote-same-words',
      message: 'Marion Atkinson is quoted with the same words.',
      confidence: 0.97
    }
  ]

  const error: InputError = {path: 'corpus/broken.txt', code: 'invalid-utf8', message: texts.errorMessage}
  const broken: ArticleRecord = {
    id: 'broken',
    path: 'corpus/broken.txt',
    format: null,
    outlet: null,
    title: null,
    published: null,
    story: null,
    storyInferred: false,
    family: null,
    status: 'error',
    error,
    sentences: 0,
    excluded: []
  }
  const specs = [bbc, bbcSefton, echo, echoSefton, lcc]
  const stories: Story[] = [
    {id: story1, articles: [bbc.id, echo.id, lcc.id], inferred: false, reason: 'front matter `story`'},
    {id: 'sefton-ofsted', articles: [echoSefton.id, bbcSefton.id], inferred: true, reason: 'shared names: Sefton, Ofsted, Marion Atkinson'}
  ].sort((a, b) => (a.id < b.id ? -1 : 1))
  const claims = Object.values(c).sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start))
  const report: Report = {
    version: '2.0.0',
    generator: {name: 'corroborate', version: '0.1.0'},
    articles: [broken, ...specs.map(makeRecord)].sort((a, b) => (a.id < b.id ? -1 : 1)),
    stories,
    sentences: claimSentences(claims),
    claims,
    findings: [...findings].sort((a, b) => (a.story < b.story ? -1 : a.story > b.story ? 1 : a.id < b.id ? -1 : 1)),
    errors: [error]
  }
  return {report, sources: Object.fromEntries(specs.map((s) => [s.id, s.source]))}
}

/** Payloads that must never reach any output unescaped. */
export const XSS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  svg: '"><svg onload=alert(1)>',
  js: 'javascript:alert(1)',
  textarea: '</textarea><script>window.__xss=1</script>',
  broken: '<b><i>',
  rlo: '\u202Eevil\u202C'
}

/** The fixture with hostile strings in outlet names, titles, sentences, speakers, error messages and ids. */
export function makeHostileFixture(): Fixture {
  const flag = '<script>window.__xss=1;alert(1)</script>'
  const fixture = makeFixture({
    bbcOutlet: `BBC ${XSS.img} ${XSS.rlo}`,
    echoTitle: `Echo ${XSS.textarea} ${XSS.broken}`,
    speaker: `Martin ${XSS.svg} Birch`,
    quoteTail: `for the ${flag} children ${XSS.broken} of this city ${XSS.rlo}`,
    errorMessage: `corpus/broken.txt: ${XSS.script} ${XSS.js}`,
    storyId: `liverpool ${XSS.svg}`
  })
  const {report} = fixture
  // Hostile article id and path, referenced consistently by its claims.
  const hostileId = `lcc${XSS.js}"'<x>`
  for (const a of report.articles) {
    if (a.id === 'lcc-liverpool') {
      a.id = hostileId
      a.path = `corpus/${XSS.img}.txt`
      a.title = `${XSS.script}${XSS.svg}`
    }
  }
  for (const claim of report.claims) {
    if (claim.article === 'lcc-liverpool') {
      const old = claim.id
      claim.article = hostileId
      claim.id = old.replace('lcc-liverpool', hostileId)
      for (const f of report.findings) f.claims = f.claims.map((id) => (id === old ? claim.id : id))
    }
  }
  for (const story of report.stories) story.articles = story.articles.map((id) => (id === 'lcc-liverpool' ? hostileId : id))
  report.sentences = claimSentences(report.claims)
  report.errors.push({path: `${XSS.svg}`, code: `bad${XSS.img}`, message: `${XSS.textarea} ${XSS.rlo}`})
  fixture.sources[hostileId] = fixture.sources['lcc-liverpool'] as string
  delete fixture.sources['lcc-liverpool']
  return fixture
}

/** An article read from HTML: claim sentences are source slices, with tags and character references. */
export function htmlReport(): {report: Report; sources: Record<string, string>} {
  const article: ArticleSpec = {
    id: 'web',
    outlet: 'Web <News>',
    title: 'Cuts & costs',
    story: 's',
    published: null,
    source: '<html><body><nav>Home | News</nav><article><p>The council spent <em>&pound;10m</em> &amp; more on it.</p></article></body></html>'
  }
  const claim = makeClaim(article, '&pound;10m', 'money', {type: 'quantity', low: 1e7, high: 1e7, unit: 'GBP', hedge: 'exact', bounds: {low: 1e7, high: 1e7}})
  claim.sentence = (() => {
    const start = article.source.indexOf('The council')
    const end = article.source.indexOf('</p>')
    return {start, end, text: article.source.slice(start, end), index: 0}
  })()
  const record = {...makeRecord({...article, excluded: [{text: '<nav>Home | News</nav>', rule: 'chrome/navigation', reason: '<nav>: page navigation'}]}), format: 'html' as const}
  return {
    report: {
      version: '2.0.0',
      generator: {name: 'corroborate', version: '0.1.0'},
      articles: [record],
      stories: [{id: 's', articles: ['web'], inferred: false, reason: ''}],
      sentences: claimSentences([claim]),
      claims: [claim],
      findings: [{id: 's/1', story: 's', kind: 'money', verdict: 'single-source', claims: [claim.id], reason: 'single-source', message: 'Only Web reports it.', confidence: 1}],
      errors: []
    },
    sources: {web: article.source}
  }
}
