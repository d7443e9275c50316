import {describe, expect, test} from 'vitest'
import {align, compareCategory, compareOther, compareRole} from '../../src/align/index.js'
import {articles, category, claim, role} from './helpers.js'

const pairs = (result: ReturnType<typeof align>) => result.findings.filter((f) => f.verdict !== 'single-source')

describe('categories', () => {
  test('the same verdict worded differently agrees', () => {
    const a = claim('a', 'The jury found the former mayor guilty of fraud at Bristol Crown Court.', 'found the former mayor guilty', 'verdict', category('court-verdict', 'guilty', 'fraud'))
    const b = claim('b', 'The former mayor was convicted of fraud by a jury in Bristol.', 'convicted of fraud', 'verdict', category('court-verdict', 'guilty', 'fraud'))
    const [finding] = pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))
    expect(finding?.verdict).toBe('agree')
    expect(finding?.reason).toBe('same-category')
  })

  test('the same subject with another label differs', () => {
    const a = claim('a', 'The jury found the former mayor guilty of fraud.', 'guilty of fraud', 'verdict', category('court-verdict', 'guilty', 'fraud'))
    const b = claim('b', 'The former mayor was cleared of fraud by the jury.', 'cleared of fraud', 'verdict', category('court-verdict', 'not guilty', 'fraud'))
    const [finding] = pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))
    expect(finding?.verdict).toBe('differ')
    expect(finding?.reason).toBe('category-conflict')
  })

  test('different subjects are different facts', () => {
    const a = claim('a', 'He was found guilty of fraud.', 'guilty of fraud', 'verdict', category('court-verdict', 'guilty', 'fraud'))
    const b = claim('b', 'He was found not guilty of bribery.', 'not guilty of bribery', 'verdict', category('court-verdict', 'not guilty', 'bribery'))
    expect(compareCategory(a, b).relation).toBe('none')
  })

  test('a rating with and without a stated subject agrees; different schemes never pair', () => {
    const a = claim('a', 'The city care home was rated good by the regulator after a visit.', 'rated good', 'rating', category('care-rating', 'good'))
    const b = claim('b', 'Overall the regulator rated the city care home good after its visit.', 'rated the city care home good', 'rating', category('care-rating', 'good', 'overall'))
    const c = claim('c', 'The city care home food was given a hygiene rating of good after the visit.', 'good', 'rating', category('hygiene-rating', 'good'))
    const found = pairs(align({articles: articles(['a', 'b', 'c']), claims: [a, b, c]}))
    expect(found).toHaveLength(1)
    expect(found[0]?.claims).toEqual([a.id, b.id])
    expect(found[0]?.notes).toEqual(['subject stated by one only: overall'])
  })

  test('different labels without a subject and with weak context are not a conflict', () => {
    const a = claim('a', 'In 2016 the school was rated good.', 'rated good', 'rating', category('school-grade', 'good'))
    const b = claim('b', 'The school has now been rated inadequate by inspectors.', 'rated inadequate', 'rating', category('school-grade', 'inadequate'))
    expect(pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))).toEqual([])
  })

  test('an article repeating the same rating has the repeat attached to the finding', () => {
    const a = claim('a', 'The prison was rated poor on safety by inspectors.', 'rated poor on safety', 'rating', category('prison-grade', 'poor', 'safety'))
    const b1 = claim('b', 'Inspectors rated the prison poor on safety.', 'rated the prison poor on safety', 'rating', category('prison-grade', 'poor', 'safety'), 0)
    const b2 = claim('b', 'Safety – Poor', 'Safety – Poor', 'rating', category('prison-grade', 'poor', 'safety'), 5)
    const result = align({articles: articles(['a', 'b']), claims: [a, b1, b2]})
    expect(result.findings).toHaveLength(1)
    expect(result.findings[0]?.claims).toEqual([a.id, b1.id, b2.id])
    expect(result.findings[0]?.notes).toContain('repeated: B News also says “Safety – Poor”')
  })
})

describe('roles', () => {
  test('the same person with a role worded differently agrees, with a wording note', () => {
    const a = claim('a', 'Home Office minister Dan Reed said the plan would go ahead.', 'Home Office minister Dan Reed', 'role', role('Dan Reed', 'Home Office minister'))
    const b = claim('b', 'Dan Reed, the minister at the Home Office, defended the plan.', 'Dan Reed, the minister at the Home Office', 'role', role('Dan Reed', 'minister at the Home Office'))
    const [finding] = pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))
    expect(finding?.verdict).toBe('agree')
    expect(finding?.reason).toBe('same-role')
    expect(finding?.notes).toEqual(['wording: "Home Office minister" vs "minister at the Home Office"'])
  })

  test('different people are never paired; unrelated roles of one person are not a conflict', () => {
    const a = claim('a', 'Coach Maria Lopez praised the team.', 'Coach Maria Lopez', 'role', role('Maria Lopez', 'coach'))
    const b = claim('b', 'Captain Ana Lopez praised the team.', 'Captain Ana Lopez', 'role', role('Ana Lopez', 'captain'))
    const c = claim('c', 'Maria Lopez, a former sprinter, praised the team.', 'Maria Lopez, a former sprinter', 'role', role('Maria Lopez', 'former sprinter'))
    expect(compareRole(a, b).relation).toBe('none')
    expect(compareRole(a, c).relation).toBe('none')
  })
})

describe('other custom values', () => {
  test('deep-equal values agree, offsets ignored; others do not pair', () => {
    const value = (score: string) => ({type: 'score', home: 'Rovers', away: 'City', score, start: 3})
    const a = claim('a', 'Rovers beat City 2-1 at home on Saturday.', '2-1', 'score', value('2-1'))
    const b = claim('b', 'City lost 2-1 away at Rovers on Saturday.', '2-1', 'score', {...value('2-1'), start: 9})
    const c = claim('c', 'Rovers beat City 3-1 at home on Saturday.', '3-1', 'score', value('3-1'))
    expect(compareOther(a, b).relation).toBe('agree')
    expect(compareOther(a, c).relation).toBe('none')
  })
})

describe('time guards', () => {
  test('the same subject graded differently in another year is not a conflict', () => {
    const a = claim('a', 'In 2018 inspectors rated the school good for leadership.', 'rated the school good for leadership', 'rating', category('school-grade', 'good', 'leadership'))
    const b = claim('b', 'Inspectors have rated the school inadequate for leadership.', 'rated the school inadequate for leadership', 'rating', category('school-grade', 'inadequate', 'leadership'))
    expect(pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))).toEqual([])
  })
})

describe('role conflicts', () => {
  test('"deputy leader" vs "leader" of the same person differs only with strong context', () => {
    const a = claim('a', 'Green Party deputy leader Sam Hill told the rally in Leeds that fares must fall.', 'Green Party deputy leader Sam Hill', 'role', role('Sam Hill', 'Green Party deputy leader'))
    const b = claim('b', 'Green Party leader Sam Hill told the rally in Leeds that fares must fall.', 'Green Party leader Sam Hill', 'role', role('Sam Hill', 'Green Party leader'))
    expect(compareRole(a, b).reason).toBe('role-conflict')
    const [finding] = pairs(align({articles: articles(['a', 'b']), claims: [a, b]}))
    expect(finding?.verdict).toBe('differ')
    const c = claim('c', 'Sam Hill, Green Party leader, spoke on Monday.', 'Sam Hill, Green Party leader', 'role', role('Sam Hill', 'Green Party leader'))
    expect(pairs(align({articles: articles(['a', 'c']), claims: [a, c]}))).toEqual([])
  })
})
