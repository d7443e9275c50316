import {describe, test} from 'vitest'
import {money} from '../../src/extract/matchers/money.js'
import {testMatcher} from '../../src/extract/test-matcher.js'

// Sentences written for business, health, courts, sport, politics and
// international news; none is taken from the seed articles.
describe('money matcher', () => {
  test('amounts, scales and currencies', () =>
    testMatcher(money, {
      found: [
        {text: 'The trust was fined £10m for the failures.', claims: [{text: '£10m', kind: 'money', value: {type: 'quantity', low: 1e7, high: 1e7, unit: 'GBP', hedge: 'exact', scale: 1e6, bounds: {low: 1e7, high: 1e7}}}]},
        {text: 'The club paid £4.5m for the striker.', claims: [{text: '£4.5m', value: {low: 4.5e6, high: 4.5e6, unit: 'GBP', scale: 1e6}}]},
        {text: 'The startup raised $2.3bn in its latest round.', claims: [{text: '$2.3bn', value: {low: 2.3e9, unit: 'USD', scale: 1e9}}]},
        {text: 'The court awarded €500,000 in damages.', claims: [{text: '€500,000', value: {low: 5e5, high: 5e5, unit: 'EUR', hedge: 'exact'}}]},
        {text: 'A ticket costs £46 on the day.', claims: [{text: '£46', value: {low: 46, unit: 'GBP'}}]},
        {text: 'The fund holds US$5 billion of bonds.', claims: [{text: 'US$5 billion', value: {low: 5e9, unit: 'USD', scale: 1e9}}]},
        {text: 'Brussels approved 5 million euros in aid.', claims: [{text: '5 million euros', value: {low: 5e6, unit: 'EUR', scale: 1e6}}]},
        {text: 'The charity received ten million pounds from the lottery.', claims: [{text: 'ten million pounds', value: {low: 1e7, unit: 'GBP', scale: 1e6}}]},
        {text: 'Public debt passed £1.2tn last year.', claims: [{text: '£1.2tn', value: {low: 1.2e12, unit: 'GBP', scale: 1e12}}]},
        {text: 'Bread rose by 50p a loaf.', claims: [{text: '50p', value: {low: 0.5, high: 0.5, unit: 'GBP'}}]},
        {text: 'The coach earns $300k in salary.', claims: [{text: '$300k', value: {low: 3e5, unit: 'USD', scale: 1e3}}]},
        {text: 'Sony booked ¥120bn in operating profit.', claims: [{text: '¥120bn', value: {low: 1.2e11, unit: 'JPY'}}]},
        {text: 'Reliance invested ₹5,000 crore in the plant.', claims: [{text: '₹5,000 crore', value: {low: 5e10, unit: 'INR', scale: 1e7}}]},
        {text: 'The miner reported A$40m in losses and a HK$3bn listing.', claims: [{text: 'A$40m', value: {unit: 'AUD', low: 4e7}}, {text: 'HK$3bn', value: {unit: 'HKD', low: 3e9}}]},
        {text: 'The bank lent C$2.5bn to the province.', claims: [{text: 'C$2.5bn', value: {unit: 'CAD', low: 2.5e9}}]},
        {text: 'The deal is worth USD 5m to the supplier.', claims: [{text: 'USD 5m', value: {unit: 'USD', low: 5e6}}]},
        {text: 'Zurich fined the bank CHF 3 million.', claims: [{text: 'CHF 3 million', value: {unit: 'CHF', low: 3e6}}]},
        {text: 'The yuan deal was worth 200 million yuan.', claims: [{text: '200 million yuan', value: {unit: 'CNY', low: 2e8}}]},
        {text: 'The fare rose to 2.50 dollars.', claims: [{text: '2.50 dollars', value: {unit: 'USD', low: 2.5}}]},
        {text: 'Ottawa pledged 3 billion Canadian dollars for housing.', claims: [{text: '3 billion Canadian dollars', value: {unit: 'CAD', low: 3e9}}]},
        {text: 'Stamps now cost 95 pence each.', claims: [{text: '95 pence', value: {unit: 'GBP', low: 0.95}}]},
        {text: 'The fee is £1,250.50 per application.', claims: [{text: '£1,250.50', value: {low: 1250.5, unit: 'GBP'}}]},
        {text: 'The winner takes home a million dollars.', claims: [{text: 'a million dollars', value: {low: 1e6, unit: 'USD'}}]},
        {text: 'Cuts of £2 bn were announced.', claims: [{text: '£2 bn', value: {low: 2e9, unit: 'GBP'}}]}
      ]
    }))

  test('hedges are part of the claim', () =>
    testMatcher(money, {
      found: [
        {text: 'The council agreed a further circa £10 million investment.', claims: [{text: 'circa £10 million', value: {low: 1e7, high: 1e7, hedge: 'approximate', hedgeText: 'circa', bounds: {low: 9e6, high: 1.1e7}}}]},
        {text: 'The hospital spent more than £7.7m on agency staff.', claims: [{text: 'more than £7.7m', value: {low: 7.7e6, hedge: 'at-least', hedgeText: 'more than', bounds: {low: 7.7e6, high: null}}}]},
        {text: 'Grants of up to £1 million are available.', claims: [{text: 'up to £1 million', value: {low: 1e6, hedge: 'at-most', hedgeText: 'up to', bounds: {low: 0, high: 1e6}}}]},
        {text: 'The stadium will cost almost £2bn.', claims: [{text: 'almost £2bn', value: {low: 2e9, hedge: 'approximate', hedgeText: 'almost'}}]},
        {text: 'The firm lost about $40m in the quarter.', claims: [{text: 'about $40m', value: {hedge: 'approximate', low: 4e7}}]},
        {text: 'Fraud cost the insurer an estimated €3bn.', claims: [{text: 'an estimated €3bn', value: {hedge: 'approximate', hedgeText: 'an estimated'}}]},
        {text: 'Bonuses in excess of £500,000 were paid.', claims: [{text: 'in excess of £500,000', value: {hedge: 'at-least', low: 5e5}}]},
        {text: 'Settlements of at least $1.5bn are expected.', claims: [{text: 'at least $1.5bn', value: {hedge: 'at-least'}}]},
        {text: 'Salaries of less than £20,000 are common.', claims: [{text: 'less than £20,000', value: {hedge: 'at-most', low: 2e4}}]},
        {text: 'The player signed a £10 million-plus contract.', claims: [{text: '£10 million-plus', value: {hedge: 'at-least', hedgeText: '-plus', low: 1e7}}]},
        {text: 'Homes worth £1m or more face the new tax.', claims: [{text: '£1m or more', value: {hedge: 'at-least', low: 1e6}}]},
        {text: 'The ministry spent nearly £300m on consultants.', claims: [{text: 'nearly £300m', value: {hedge: 'approximate'}}]},
        {text: 'The project cost some £80m in total.', claims: [{text: 'some £80m', value: {hedge: 'approximate', hedgeText: 'some'}}]}
      ]
    }))

  test('ranges, rates and vague amounts', () =>
    testMatcher(money, {
      found: [
        {text: 'The repairs will cost between £2m and £3m.', claims: [{text: 'between £2m and £3m', value: {low: 2e6, high: 3e6, unit: 'GBP', hedge: 'range', hedgeText: 'between', bounds: {low: 2e6, high: 3e6}}}]},
        {text: 'Estimates range £2m-£3m for the bridge.', claims: [{text: '£2m-£3m', value: {low: 2e6, high: 3e6, hedge: 'range'}}]},
        {text: 'The fine could be £2-3m, lawyers said.', claims: [{text: '£2-3m', value: {low: 2e6, high: 3e6, hedge: 'range', scale: 1e6}}]},
        {text: 'Losses of $5 to $7 billion are forecast.', claims: [{text: '$5 to $7 billion', value: {low: 5e9, high: 7e9, hedge: 'range', unit: 'USD'}}]},
        {text: 'He signed a £10m-a-year deal with the club.', claims: [{text: '£10m-a-year', value: {low: 1e7, per: 'year', hedge: 'exact'}}]},
        {text: 'Nurses were offered £1,500 a year more.', claims: [{text: '£1,500 a year', value: {low: 1500, per: 'year'}}]},
        {text: 'The scheme pays €200 per month to carers.', claims: [{text: '€200 per month', value: {per: 'month'}}]},
        {text: 'Funding is $40 per head of population.', claims: [{text: '$40 per head', value: {per: 'person'}}]},
        {text: 'The tax raises £2bn annually.', claims: [{text: '£2bn annually', value: {per: 'year'}}]},
        {text: 'The row has cost millions of pounds.', claims: [{text: 'millions of pounds', value: {low: 2e6, high: 1e7, hedge: 'approximate', unit: 'GBP'}}]},
        {text: 'Tens of millions of dollars were wasted.', claims: [{text: 'Tens of millions of dollars', value: {low: 2e7, high: 1e8, unit: 'USD'}}]}
      ]
    }))

  test('a movement is one claim; a change by an amount is the amount, with its direction', () =>
    testMatcher(money, {
      found: [
        {text: 'Revenue rose from £2m to £3m this year.', claims: [{text: 'from £2m to £3m', value: {low: 3e6, hedge: 'exact', change: {direction: 'up', from: 2e6, to: 3e6}}}]},
        {text: 'The budget was cut by £5m to £40m.', claims: [{text: '£5m', value: {change: {direction: 'down'}}}, {text: '£40m'}]}
      ]
    }))

  // Added for issue 4 (new sentences).
  test('a scale word glued to the number, and "in the region of"', () =>
    testMatcher(money, {
      found: [
        {text: 'The striker joined in a £38million move.', claims: [{text: '£38million', value: {low: 38e6, unit: 'GBP'}}]},
        {text: 'The refit will cost in the region of £4 million.', claims: [{text: 'in the region of £4 million', value: {low: 4e6, hedge: 'approximate', hedgeText: 'in the region of'}}]}
      ]
    }))

  test('not money', () =>
    testMatcher(money, {
      none: [
        'The match kicked off at 3pm on 21 February.',
        'Unemployment fell to 4.2% in 2023.',
        'The boxer weighed 10 pounds of muscle more than his rival.',
        'She scored twice in a 3-1 win over Leeds.',
        'The hospital treated 1,200 patients last year.',
        'Ministers met at No. 10 on Tuesday.',
        'One of the most expensive signings in history.',
        'The M62 was closed for 12 hours.',
        'Covid-19 cases rose during 2021/22.',
        'The $ sign was missing from the price list.',
        'He was first in the queue.'
      ]
    }))
})
