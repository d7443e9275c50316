// Claim frames, one part at a time, on sentences written for these tests.
import {describe, expect, test} from 'vitest'
import {analyzeSentence, frameAt, timeExpressions, timeKeys} from '../../src/frame/index.js'
import type {ClaimFrame, ClaimValue} from '../../src/types.js'

const quantity = (unit: string): ClaimValue => ({type: 'quantity', low: 1, high: 1, unit, hedge: 'exact', bounds: {low: 1, high: 1}})
const dateValue: ClaimValue = {type: 'date', start: {year: 2020}, end: {year: 2020}, granularity: 'year', assigned: ['year'], implied: [], anchor: 'absolute', relation: 'at'}

/** The frame of the first occurrence of `text` in `sentence` (the `nth` with `nth`). */
function frame(sentence: string, text: string, value: ClaimValue = quantity('GBP'), nth = 0): ClaimFrame {
  let at = -1
  for (let i = 0; i <= nth; i++) at = sentence.indexOf(text, at + 1)
  if (at === -1) throw new Error(`${text} not in ${sentence}`)
  return frameAt(analyzeSentence(sentence), at, at + text.length, 'x', value)
}

describe('concept: what a quantity measures', () => {
  test('"X of N"', () => {
    expect(frame('The trust reported a forecast deficit of £12.4m for the year.', '£12.4m').concept).toBe('deficit')
    expect(frame('The club agreed a transfer fee of €30m with the striker.', '€30m', quantity('EUR')).concept).toBe('transfer fee')
  })
  test('"X is estimated at N", "X rose to N", "X was N", "X came in at N"', () => {
    expect(frame('The in-year shortfall is estimated at £8.2m.', '£8.2m').concept).toBe('in-year shortfall')
    expect(frame('Turnover rose to $4.4bn in the period.', '$4.4bn', quantity('USD')).concept).toBe('turnover')
    expect(frame('Operating profit was £310m, the group said.', '£310m').concept).toBe('operating profit')
    expect(frame('Gross margins for the period came in at 41 percent.', '41 percent', quantity('%')).concept).toBe('margins')
  })
  test('"N X" and "N in X"', () => {
    expect(frame('The board approved a £6m refurbishment of the library.', '£6m').concept).toBe('refurbishment')
    expect(frame('The chain booked $900m in sales over the holidays.', '$900m', quantity('USD')).concept).toBe('sales')
  })
  test('counted things: their predicate, or the action on them', () => {
    const s = 'At least 31 people were killed and 140 injured when the bridge collapsed.'
    expect(frame(s, '31 people', quantity('person')).concept).toBe('killed')
    expect(frame(s, '140', quantity('person')).concept).toBe('injured')
    expect(frame('The hospital plans to hire 90 nurses by spring.', '90 nurses', quantity('nurse')).concept).toBe('hire')
  })
  test('"X rose N% to M": the subject of the change; a verb after a modal; thousands separators', () => {
    expect(frame('Turnover rose 12% to $3.3bn.', '$3.3bn', quantity('USD')).concept).toBe('turnover')
    expect(frame('The insurer will axe 4,200 jobs over two years.', '4,200 jobs', quantity('job')).concept).toBe('axe')
    expect(frame('The chain said it would eliminate about 9,000 posts.', 'about 9,000 posts', quantity('post')).concept).toBe('eliminate')
  })
  test('the object of a verb before "to N", a verb before "to/for N", a gerund', () => {
    expect(frame('The airline narrowed its loss to $40m.', '$40m', quantity('USD')).concept).toBe('loss')
    expect(frame('She was sentenced to 7 years in prison.', '7 years', quantity('year')).concept).toBe('sentenced')
    expect(frame('He was jailed for 4 years on Monday.', '4 years', quantity('year')).concept).toBe('jailed')
    expect(frame('The carrier reported its first loss in years, losing $80m in the quarter.', '$80m', quantity('USD')).concept).toBe('losing')
    expect(frame('Bookings were up 9 percent on the year.', '9 percent', quantity('%')).concept).toBe('bookings')
  })
  test('no rule, no concept', () => {
    expect(frame('She said 12 was plenty.', '12', quantity('item')).concept).toBeNull()
  })
})

describe('figures compared in one sentence', () => {
  const s = 'Net profit rose to $3.1 billion in the quarter, up from $2.6 billion a year earlier.'
  test('the earlier figure repeats the concept and is marked previous', () => {
    const now = frame(s, '$3.1 billion', quantity('USD'))
    const before = frame(s, '$2.6 billion', quantity('USD'))
    expect(now.concept).toBe('profit')
    expect(before.concept).toBe('profit')
    expect(now.qualifiers).toContain('net')
    expect(before.qualifiers).toEqual(expect.arrayContaining(['net', 'previous']))
    expect(now.qualifiers).not.toContain('previous')
  })
  test('"from N1 to N2"', () => {
    const t = 'Its operating margin widened from 18 percent to 22 percent in the quarter.'
    expect(frame(t, '22 percent', quantity('%')).concept).toBe('operating margin')
    expect(frame(t, '18 percent', quantity('%')).qualifiers).toContain('previous')
  })
})

describe('owner: whose it is', () => {
  test('a possessive', () => {
    expect(frame("Harlow Council's overspend reached £2.9m.", '£2.9m').owner).toBe('Harlow Council')
  })
  test('a name before the concept, or "at X" after the figure', () => {
    expect(frame('Nordwind revenue fell to €2bn.', '€2bn', quantity('EUR')).owner).toBe('Nordwind')
    expect(frame('There was a deficit of £4m at Calder Valley Trust last year.', '£4m').owner).toBe('Calder Valley Trust')
  })
  test('the subject of a verb that books the figure', () => {
    expect(frame('United paid £45m for the defender.', '£45m').owner).toBe('United')
  })
  test('the holder of a share', () => {
    expect(frame('Exports accounted for 38 percent of the quarter’s sales.', '38 percent', quantity('%')).owner).toBe('Exports')
  })
  test('none named', () => {
    expect(frame('The council said it would spend £3m.', '£3m').owner).toBeNull()
  })
})

describe('time: when it applies', () => {
  test('quarters, years and relative times near the figure', () => {
    expect(frame('Sales were $2bn in the third quarter.', '$2bn', quantity('USD')).time).toBe('Q3')
    expect(frame('In 2022/23, the authority spent £7m on repairs.', '£7m').time).toBe('2022/23')
    expect(frame('Losses of $5m a year earlier were blamed on the strike.', '$5m', quantity('USD')).time).toBe('a year earlier')
  })
  test('a comparison base is not the figure’s own time', () => {
    expect(frame('Deliveries rose 12 percent over last year.', '12 percent', quantity('%')).time).toBeNull()
  })
  test('the time of a figure compared with another stays with that figure', () => {
    const s = 'Margin rose to 51% compared to 47% in the first quarter.'
    expect(frame(s, '51%', quantity('%')).time).toBeNull()
    expect(frame(s, '47%', quantity('%')).time).toBe('Q1')
  })
  test('time keys', () => {
    expect([...timeKeys('2021/22, Q3')].sort()).toEqual(['p:quarter', 'q:3', 'y:2021', 'y:2022'])
    expect([...timeKeys('a year earlier')]).toEqual(['rel:previous'])
    expect([...timeKeys('FY2005, Q1')].sort()).toEqual(['fy:2005', 'p:quarter', 'q:1'])
    expect(timeExpressions('in fiscal 2024 and the first half', false)).toEqual(['FY2024', 'H1'])
    expect(timeExpressions('in the year-ago quarter', false)).toEqual(['a year earlier'])
  })
})

describe('qualifiers', () => {
  test('forecast, net, gross, adjusted, per share, target, additional', () => {
    expect(frame('The projected overspend of £3m worried members.', '£3m').qualifiers).toContain('forecast')
    expect(frame('Gross revenue was $8m.', '$8m', quantity('USD')).qualifiers).toContain('gross')
    expect(frame('Adjusted earnings were 82 cents a share.', '82 cents a share', quantity('USD')).qualifiers).toEqual(expect.arrayContaining(['adjusted', 'per-share']))
    expect(frame('The mayor pledged to build 500 homes.', '500 homes', quantity('home')).qualifiers).toContain('target')
    expect(frame('Ministers found an extra £40m for schools.', '£40m').qualifiers).toContain('additional')
  })
  test('what a party asked for or recommended', () => {
    expect(frame('Prosecutors had sought 12 years for the former mayor.', '12 years', quantity('year')).qualifiers).toContain('requested')
    expect(frame('He was jailed for 9 years, below the 12 years recommended by officials.', '12 years', quantity('year')).qualifiers).toContain('requested')
    expect(frame('He was jailed for 9 years on Friday.', '9 years', quantity('year')).qualifiers).not.toContain('requested')
    expect(frame('The defence’s request for a term of 6 years was refused.', '6 years', quantity('year')).qualifiers).toContain('requested')
    expect(frame('Residents called for 300 more homes.', '300 more homes', quantity('home')).qualifiers).toContain('target')
  })
  test('"no more than" is a hedge, not an addition', () => {
    expect(frame('He should serve no more than 8 years.', 'no more than 8 years', quantity('year')).qualifiers).not.toContain('additional')
  })
  test('the direction of a change, a conversion in brackets, an adjusted sentence', () => {
    expect(frame('The shares rose 12 cents to $30.10.', '12 cents', quantity('USD')).qualifiers).toContain('up')
    expect(frame('The shares were down 40 cents in early trading.', '40 cents', quantity('USD')).qualifiers).toContain('down')
    const conversion = frame('The bridge is 40 kilometres (25 miles) long.', '25 miles', quantity('mile'))
    expect(conversion.qualifiers).toContain('converted')
    expect(frame('Excluding one-off charges, the group earned $2bn.', '$2bn', quantity('USD')).qualifiers).toContain('adjusted')
  })
})

describe('dates: the event they date', () => {
  test('the phrase before the preposition, a verb, or nouns in the span', () => {
    expect(frame('The review, which took place in May, found gaps.', 'in May', dateValue).concept).toBe('review')
    expect(frame('A new chief executive was appointed in June 2020.', 'in June 2020', dateValue).concept).toBe('appointed')
    expect(frame('Standards have slipped since the last audit in 2019.', 'last audit in 2019', dateValue).concept).toBe('audit')
  })
})

describe('quotes, roles and ratings', () => {
  test('a quote’s speaker, a role’s person and title, a rating’s subject', () => {
    const q: ClaimValue = {type: 'quote', speaker: 'Ana Ruiz', speakerMention: null, words: 'we will rebuild', quotation: 'q1', scare: false}
    expect(frame('“We will rebuild,” said Ana Ruiz.', 'We will rebuild', q).owner).toBe('Ana Ruiz')
    const r: ClaimValue = {type: 'role', person: 'Tom Reed', role: 'finance director'}
    expect(frame('Finance director Tom Reed left.', 'Finance director Tom Reed', r)).toMatchObject({concept: 'finance director', owner: 'Tom Reed'})
    const c: ClaimValue = {type: 'category', scheme: 'grade', label: 'good', subject: 'leadership'}
    expect(frame('Leadership was rated good.', 'rated good', c).concept).toBe('leadership')
  })
})
