/** Measures in different units are blocked together and compared in their canonical unit. */
import {describe, expect, test} from 'vitest'
import {align, compareQuantity} from '../../src/align/index.js'
import {blockKey} from '../../src/align/candidates.js'
import {findMeasures} from '../../src/normalize/measure-scan.js'
import {findMoney} from '../../src/normalize/money-scan.js'
import {articles, claim} from './helpers.js'

const measured = (article: string, sentence: string, text: string) => {
  const found = findMeasures(sentence).find((f) => sentence.slice(f.start, f.end) === text)
  if (!found) throw new Error(`no measure "${text}" in "${sentence}"`)
  return claim(article, sentence, text, 'measure', found.value)
}

describe('measures across units', () => {
  const a = measured('a', 'The new pipeline from the coast to the refinery will run for 80 km across the plain.', '80 km')
  const b = measured('b', 'The pipeline from the coast to the refinery will run for 50 miles across the plain.', '50 miles')
  const c = measured('c', 'The pipeline from the coast to the refinery will run for 70 miles across the plain.', '70 miles')

  test('"80 km" and "50 miles" share a block and agree; "70 miles" differs', () => {
    expect(blockKey(a)).toBe(blockKey(b))
    expect(compareQuantity(a, b).relation).toBe('agree')
    expect(compareQuantity(a, c).relation).toBe('differ')
    const findings = align({articles: articles(['a', 'b']), claims: [a, b]}).findings.filter((f) => f.verdict !== 'single-source')
    expect(findings.map((f) => f.verdict)).toEqual(['agree'])
  })

  test('a speed and a length never share a block', () => {
    const speed = measured('b', 'The pipeline traffic will run at 50 mph across the plain.', '50 mph')
    expect(blockKey(speed)).not.toBe(blockKey(a))
  })
})

describe('changes in alignment', () => {
  const sentence = (verb: string, amount: string) => `Shares of Northwind Foods ${verb} ${amount} in trading on the exchange after the results.`
  const money = (article: string, verb: string, amount: string, text: string) => {
    const s = sentence(verb, amount)
    const found = findMoney(s).find((f) => s.slice(f.start, f.end) === text)
    if (!found) throw new Error(`no money "${text}" in "${s}"`)
    return claim(article, s, text, 'money', found.value)
  }

  test('a change and a level are not compared; opposite changes of the same size differ', () => {
    const rose = money('a', 'rose', '12 cents', '12 cents')
    const fell = money('b', 'fell', '12 cents', '12 cents')
    const level = money('c', 'closed at', '12 cents', '12 cents')
    expect(rose.value).toMatchObject({change: {direction: 'up'}})
    expect(compareQuantity(rose, level).relation).toBe('none')
    const opposite = compareQuantity(rose, fell)
    expect(opposite.relation).toBe('differ')
    expect(opposite.notes).toEqual(['direction: up vs down'])
    expect(compareQuantity(rose, money('d', 'gained', '12 cents', '12 cents')).relation).toBe('agree')
  })
})
