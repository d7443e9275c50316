/**
 * Families of measured concepts that news reports under several words: two
 * concepts of one family may be one fact ("death toll", "deaths", "killed");
 * concepts of two families are different facts (deaths vs injured, revenue vs
 * profit, passengers vs crew). Words are given as written and stemmed with
 * the alignment stemmer, so "injuries", "injured" and "injury" meet.
 *
 * @module
 */
import {stem} from './text.js'

const FAMILIES: Readonly<Record<string, string>> = {
  fatality: 'death deaths dead die died dying kill killed killing fatal fatality fatalities toll lives',
  injury: 'injured injury injuries wounded wound hurt casualty casualties hospitalised hospitalized',
  missing: 'missing unaccounted',
  rescue: 'rescued rescue survivor survivors saved evacuated evacuation',
  arrest: 'arrested arrest arrests detained detention',
  charge: 'charged charge charges',
  conviction: 'convicted conviction guilty',
  sentence: 'sentence sentenced jail jailed prison imprisonment term',
  fine: 'fine fined penalty penalties',
  revenue: 'revenue revenues sales turnover',
  profit: 'profit profits earnings income',
  loss: 'loss losses',
  deficit: 'deficit overspend shortfall gap',
  surplus: 'surplus underspend',
  debt: 'debt debts borrowing borrowings',
  cost: 'cost costs bill',
  spending: 'spending spend spent expenditure investment invest invested funding fund',
  payment: 'fee paid pay payment price sum bid',
  salary: 'salary salaries wage wages',
  valuation: 'valuation worth valued value',
  passenger: 'passenger passengers',
  crew: 'crew crews',
  job: 'job jobs post posts role roles',
  workforce: 'workforce employ employs employed employee employees staff headcount',
  cut: 'cut cuts eliminate eliminated eliminating elimination layoff layoffs lay laid axe axed shed slash slashed redundancy redundancies reduce reduced reduction',
  vote: 'vote votes voted ballot',
  turnout: 'turnout',
  population: 'population residents inhabitants',
  house: 'home homes house houses dwelling dwellings property properties',
  rate: 'rate inflation',
  shipment: 'shipped ship ships shipping shipment shipments sold sell sells selling delivered deliveries',
  relocation: 'moved move moving relocated relocate relocation transferred transfer shifted',
  rise: 'increase increases rise rises growth gain gains jump surge climb boost',
  fall: 'decrease decreases decline declines drop drops fall falls slump dip'
}

const BY_STEM: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>()
  for (const [family, words] of Object.entries(FAMILIES)) for (const w of words.split(' ')) map.set(stem(w), family)
  return map
})()

/** The family of a concept stem, or undefined. */
export function conceptFamily(stemmed: string): string | undefined {
  return BY_STEM.get(stemmed)
}
