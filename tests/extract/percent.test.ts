import {describe, test} from 'vitest'
import {percent} from '../../src/extract/matchers/percent.js'
import {testMatcher} from '../../src/extract/test-matcher.js'

// Sentences written for business, health, courts, sport, politics and
// international news; none is taken from the seed articles.
describe('percent matcher', () => {
  test('percentages and points', () =>
    testMatcher(percent, {
      found: [
        {text: 'Inflation hit 12% in October.', claims: [{text: '12%', kind: 'percent', value: {type: 'quantity', low: 12, high: 12, unit: '%', hedge: 'exact', bounds: {low: 12, high: 12}}}]},
        {text: 'Turnout was 67 per cent.', claims: [{text: '67 per cent', value: {low: 67, unit: '%'}}]},
        {text: 'Sales grew 12 percent year on year.', claims: [{text: '12 percent', value: {low: 12}}]},
        {text: 'The rate stands at 12.5%.', claims: [{text: '12.5%', value: {low: 12.5}}]},
        {text: 'Shares were up 3% at the close.', claims: [{text: '3%', value: {low: 3, hedge: 'exact'}}]},
        {text: 'Labour had a 5 percentage point lead.', claims: [{text: '5 percentage point', value: {low: 5, unit: 'pp'}}]},
        {text: 'The bank raised rates by 50 basis points.', claims: [{text: '50 basis points', value: {low: 0.5, unit: 'pp'}}]},
        {text: 'Prices rose 4pc last month.', claims: [{text: '4pc', value: {low: 4, unit: '%'}}]},
        {text: 'Ten per cent of beds were empty.', claims: [{text: 'Ten per cent', value: {low: 10}}]},
        {text: 'Its share fell from 30% to 25%.', claims: [{text: 'from 30% to 25%', value: {low: 25, change: {direction: 'down', from: 30, to: 25}}}]}
      ]
    }))

  test('hedges and ranges', () =>
    testMatcher(percent, {
      found: [
        {text: 'Costs rose by between 10% and 15%.', claims: [{text: 'between 10% and 15%', value: {low: 10, high: 15, hedge: 'range', bounds: {low: 10, high: 15}}}]},
        {text: 'Polls show 10-15% support for the party.', claims: [{text: '10-15%', value: {low: 10, high: 15, hedge: 'range'}}]},
        {text: 'The tariff could add 10 to 15 per cent to prices.', claims: [{text: '10 to 15 per cent', value: {low: 10, high: 15, hedge: 'range'}}]},
        {text: 'Nearly 40% of nurses considered quitting.', claims: [{text: 'Nearly 40%', value: {hedge: 'approximate', bounds: {low: 36, high: 44}}}]},
        {text: 'Growth of more than 2% is unlikely.', claims: [{text: 'more than 2%', value: {hedge: 'at-least', bounds: {low: 2, high: null}}}]},
        {text: 'Pay rises of up to 5% were offered.', claims: [{text: 'up to 5%', value: {hedge: 'at-most', bounds: {low: 0, high: 5}}}]}
      ]
    }))

  test('fractions of a whole', () =>
    testMatcher(percent, {
      found: [
        {text: 'A third of patients waited over four hours.', claims: [{text: 'A third', value: {low: 100 / 3, unit: '%', hedge: 'exact'}}]},
        {text: 'More than half of voters backed the plan.', claims: [{text: 'More than half', value: {low: 50, hedge: 'at-least'}}]},
        {text: 'Two-thirds of the budget goes on salaries.', claims: [{text: 'Two-thirds', value: {low: 200 / 3}}]},
        {text: 'Almost half said they would move.', claims: [{text: 'Almost half', value: {low: 50, hedge: 'approximate'}}]},
        {text: 'Three quarters of the fleet is grounded.', claims: [{text: 'Three quarters', value: {low: 75}}]}
      ]
    }))

  // Added for issue 4 (new sentences).
  test('hyphenated "per cent" and a hedge written after the figure', () =>
    testMatcher(percent, {
      found: [
        {text: 'Staff were offered a 6-per-cent rise.', claims: [{text: '6-per-cent', value: {low: 6, unit: '%'}}]},
        {text: 'Turnout was 61.4% approximately, the commission said.', claims: [{text: '61.4% approximately', value: {low: 61.4, hedge: 'approximate', hedgeText: 'approximately'}}]},
        {text: 'The party polled 41,35% against 38,2% for its rival.', name: 'decimal commas before a percent sign', claims: [{text: '41,35%', value: {low: 41.35}}, {text: '38,2%', value: {low: 38.2}}]},
        {text: 'Prices rose 1,500% in a decade.', name: 'three digits after a comma are thousands', claims: [{text: '1,500%', value: {low: 1500}}]},
        {text: 'The index slipped .45 percent in early trading.', name: 'a decimal with no leading zero', claims: [{text: '.45 percent', value: {low: 0.45}}]},
        {text: 'The Greens are up three points in the latest poll, at 14%.', name: 'points in a sentence about polls or percentages are percentage points', claims: [{text: 'three points', value: {low: 3, unit: 'pp'}}, {text: '14%', value: {low: 14, unit: '%'}}]},
        {text: 'Mortgage rates shot up to 6.2% in the autumn.', name: '"up to" after a phrasal verb is a movement, not a hedge', claims: [{text: '6.2%', value: {low: 6.2, hedge: 'exact'}}]}
      ]
    }))

  test('not percentages', () =>
    testMatcher(percent, {
      none: [
        'The firm paid £10m in fines.',
        'The company was founded in 2018.',
        'Profits rose in the first half of 2023.',
        'He scored in the second half.',
        'Sales fell in the third quarter.',
        'The half-time score was 1-0.',
        'PC 5 Smith gave evidence.',
        'She bought 5 PC games.',
        '44 social workers were hired.'
      ]
    }))
})
