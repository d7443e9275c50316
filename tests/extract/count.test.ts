import {describe, test} from 'vitest'
import {count} from '../../src/extract/matchers/count.js'
import {testMatcher} from '../../src/extract/test-matcher.js'

// Sentences written for business, health, courts, sport, politics and
// international news; none is taken from the seed articles.
describe('count matcher', () => {
  test('numbers with the noun they count', () =>
    testMatcher(count, {
      found: [
        {text: 'The trust employs 44 specialist nurses.', claims: [{text: '44 specialist nurses', kind: 'count', value: {type: 'quantity', low: 44, high: 44, unit: 'specialist nurse', hedge: 'exact', bounds: {low: 44, high: 44}}}]},
        {text: 'The plant will cut 1,200 jobs.', claims: [{text: '1,200 jobs', value: {low: 1200, unit: 'job'}}]},
        {text: 'Floods forced 2.5 million people from their homes.', claims: [{text: '2.5 million people', value: {low: 2.5e6, unit: 'person', scale: 1e6}}]},
        {text: 'Three people were arrested after the match.', claims: [{text: 'Three people', value: {low: 3, unit: 'person'}}]},
        {text: 'The airline grounded twenty-five aircraft.', claims: [{text: 'twenty-five aircraft', value: {low: 25, unit: 'aircraft'}}]},
        {text: 'The school has 600 children on its roll.', claims: [{text: '600 children', value: {unit: 'child'}}]},
        {text: 'The union represents 500 staff at the port.', claims: [{text: '500 staff', value: {unit: 'staff'}}]},
        {text: 'Police seized 12 knives and 30 phones.', claims: [{text: '12 knives', value: {unit: 'knife'}}, {text: '30 phones', value: {unit: 'phone'}}]},
        {text: 'The bill was backed by 320 MPs.', claims: [{text: '320 MPs', value: {unit: 'mp'}}]},
        {text: 'The ministry changed 14 policies in a year.', claims: [{text: '14 policies', value: {unit: 'policy'}}]},
        {text: 'The virus claimed 3,000 lives in a month.', claims: [{text: '3,000 lives', value: {unit: 'life'}}]},
        {text: 'Two hundred and fifty refugees arrived on Friday.', claims: [{text: 'Two hundred and fifty refugees', value: {low: 250, unit: 'refugee'}}]},
        {text: 'A dozen witnesses gave evidence.', claims: [{text: 'A dozen witnesses', value: {low: 12, unit: 'witness'}}]},
        {text: 'The court heard 11 cases of fraud.', claims: [{text: '11 cases of fraud', value: {low: 11, unit: 'case of fraud'}}]},
        {text: 'The club will sign 160 more young players.', claims: [{text: '160 more young players', value: {low: 160, unit: 'young player', hedge: 'exact'}}]},
        {text: 'Inspectors listed 9 areas for improvement.', claims: [{text: '9 areas', value: {unit: 'area'}}]},
        {text: 'The team scored 20 points in the final quarter.', claims: [{text: '20 points', value: {unit: 'point'}}]},
        {text: 'A million households will get the rebate.', claims: [{text: 'A million households', value: {low: 1e6, unit: 'household'}}]},
        {text: 'The cull removed 2,500 badgers.', claims: [{text: '2,500 badgers', value: {unit: 'badger'}}]},
        {text: 'The striker has 5 Premier League goals this season.', claims: [{text: '5 Premier League goals', value: {unit: 'premier league goal'}}]},
        {text: 'An outbreak infected 30 people in 4 care homes.', claims: [{text: '30 people', value: {unit: 'person'}}, {text: '4 care homes', value: {unit: 'care home'}}]},
        {text: 'Voters in 40 countries go to the polls.', claims: [{text: '40 countries', value: {unit: 'country'}}]}
      ]
    }))

  test('hedges, ranges and vague amounts', () =>
    testMatcher(count, {
      found: [
        {text: 'Nearly 300 homes were flooded.', claims: [{text: 'Nearly 300 homes', value: {low: 300, hedge: 'approximate', hedgeText: 'Nearly', bounds: {low: 270, high: 330}}}]},
        {text: 'Observers from more than 40 countries attended.', claims: [{text: 'more than 40 countries', value: {hedge: 'at-least', bounds: {low: 40, high: null}}}]},
        {text: 'The trust will hire up to 500 staff.', claims: [{text: 'up to 500 staff', value: {hedge: 'at-most', bounds: {low: 0, high: 500}}}]},
        {text: 'Around 70 firefighters tackled the blaze.', claims: [{text: 'Around 70 firefighters', value: {hedge: 'approximate'}}]},
        {text: 'At least 12 civilians were killed in the strike.', claims: [{text: 'At least 12 civilians', value: {hedge: 'at-least', low: 12}}]},
        {text: 'The regulator received 40 or more complaints.', claims: [{text: '40 or more complaints', value: {hedge: 'at-least', hedgeText: 'or more'}}]},
        {text: 'The festival draws 100,000-plus visitors.', claims: [{text: '100,000-plus visitors', value: {hedge: 'at-least', low: 1e5}}]},
        {text: 'Between 50 and 60 workers walked out.', claims: [{text: 'Between 50 and 60 workers', value: {low: 50, high: 60, hedge: 'range'}}]},
        {text: 'Some 20-30 protesters gathered outside.', claims: [{text: '20-30 protesters', value: {low: 20, high: 30, hedge: 'range'}}]},
        {text: 'Two or three suspects fled the scene.', claims: [{text: 'Two or three suspects', value: {low: 2, high: 3, hedge: 'range'}}]},
        {text: 'Officials expect 2-3 million visitors.', claims: [{text: '2-3 million visitors', value: {low: 2e6, high: 3e6, hedge: 'range'}}]},
        {text: 'Dozens of people were injured.', claims: [{text: 'Dozens of people', value: {low: 24, high: 100, hedge: 'approximate', unit: 'person'}}]},
        {text: 'The closure puts hundreds of jobs at risk.', claims: [{text: 'hundreds of jobs', value: {low: 200, high: 1000, unit: 'job'}}]},
        {text: 'Tens of thousands of fans lined the streets.', claims: [{text: 'Tens of thousands of fans', value: {low: 2e4, high: 1e5, unit: 'fan'}}]},
        {text: 'A couple of ministers resigned.', claims: [{text: 'A couple of ministers', value: {low: 2, high: 2, hedge: 'approximate', unit: 'minister'}}]},
        // A headline in title case, and a no-break space inside the phrase.
        {text: 'Hundreds Of Jobs At Risk', claims: [{text: 'Hundreds Of Jobs', value: {low: 200, high: 1000, unit: 'job'}}]},
        {text: 'Dozens\u00a0of people were injured.', claims: [{text: 'Dozens\u00a0of people', value: {low: 24, high: 100, unit: 'person'}}]}
      ]
    }))

  test('parts of a whole, and ages', () =>
    testMatcher(count, {
      found: [
        {text: 'The school failed in three out of four of the inspected areas.', claims: [{text: 'three out of four of the inspected areas', value: {low: 3, high: 3, of: 4, unit: 'inspected area'}}]},
        {text: 'Two of the five judges dissented.', claims: [{text: 'Two of the five judges', value: {low: 2, of: 5, unit: 'judge'}}]},
        {text: 'One in five adults has high blood pressure.', claims: [{text: 'One in five adults', value: {low: 1, of: 5, unit: 'adult'}}]},
        {text: 'It is one of the five councils under review.', claims: [{text: 'one of the five councils', value: {low: 1, of: 5, unit: 'council'}}]},
        {text: 'Only one in five said yes.', claims: [{text: 'one in five', value: {low: 1, of: 5, unit: ''}}]},
        {text: 'Nine out of ten dentists agree.', claims: [{text: 'Nine out of ten dentists', value: {low: 9, of: 10, unit: 'dentist'}}]},
        {text: 'Support for 16 and 17-year-olds was rated good.', claims: [{text: '16 and 17-year-olds', value: {low: 16, high: 17, unit: 'year-old', hedge: 'range'}}]},
        {text: 'Votes for 16 and 17 year olds are proposed.', claims: [{text: '16 and 17 year olds', value: {low: 16, high: 17, unit: 'year-old', hedge: 'range'}}]},
        {text: 'A 14-year-old boy was charged.', claims: [{text: '14-year-old', value: {low: 14, high: 14, unit: 'year-old', hedge: 'exact'}}]},
        {text: 'The club signed two 19-year-olds.', claims: [{text: '19-year-olds', value: {low: 19, unit: 'year-old'}}]}
      ]
    }))

  test('durations are counts of their unit (distances are measures, tests/extract/measure.test.ts)', () =>
    testMatcher(count, {
      found: [
        {text: 'The storm lasted 36 hours.', claims: [{text: '36 hours', value: {low: 36, unit: 'hour', hedge: 'exact'}}]},
        {text: 'The former treasurer was jailed for more than 12 years.', claims: [{text: 'more than 12 years', value: {low: 12, unit: 'year', hedge: 'at-least'}}]},
        {text: 'The striker was handed a six-month ban.', claims: [{text: 'six-month', value: {low: 6, unit: 'month'}}]},
        {text: 'The union agreed an 18-month pay deal.', claims: [{text: '18-month', value: {low: 18, unit: 'month'}}]},
        {text: 'He is serving a 25 year sentence for the robbery.', claims: [{text: '25 year', value: {low: 25, unit: 'year'}}]},
        {text: 'The offence carries a penalty of up to 1 year in prison.', claims: [{text: 'up to 1 year', value: {low: 1, unit: 'year', hedge: 'at-most'}}]},
        {text: 'The ban was extended by one month.', claims: [{text: 'one month', value: {low: 1, unit: 'month'}}]},
        {text: 'She has won the title three times in a row.', claims: [{text: 'three times', value: {low: 3, unit: 'time'}}]}
      ]
    }))

  // Added for issue 4 (new sentences).
  test('a large figure whose noun was written before it', () =>
    testMatcher(count, {
      found: [
        {text: 'Applications for the scheme reached 48,210 by the deadline.', claims: [{text: '48,210', value: {low: 48210, unit: 'application'}}]},
        {text: 'Deliveries of electric vans were 1.2 million last year.', claims: [{text: '1.2 million', value: {low: 1.2e6, unit: 'van'}}]},
        {text: 'Patients waiting more than 18 weeks fell to 12,400 in May.', name: 'durations are skipped when looking back', claims: [{text: 'more than 18 weeks', value: {unit: 'week'}}, {text: '12,400', value: {unit: 'patient'}}]},
        {text: 'The judge imposed three to five years\' imprisonment.', name: 'a plural possessive is the noun', claims: [{text: 'three to five years', value: {low: 3, high: 5, unit: 'year', hedge: 'range'}}]},
        {text: 'The show drew 2,000 or so visitors.', name: '"or so" after the number', claims: [{text: '2,000 or so visitors', value: {hedge: 'approximate'}}]}
      ],
      none: ['The final score was 98-96.', 'The index closed at 7,450.', 'Of the entries, 545 were valid.']
    }))

  test('not counts', () =>
    testMatcher(count, {
      none: [
        'The company was founded in 2018.',
        'The 2019 elections were delayed.',
        'Revenue for 2021/22 fell sharply.',
        'The inquiry opened on February 21 and closed on 4 March.',
        'Kick-off is at 9pm, with gates opening at 7.30pm.',
        'The train leaves at 10:30 every morning.',
        'The firm paid £10m in fines.',
        'Inflation rose to 12% in October.',
        'Turnout was 65 per cent.',
        'She finished 21st in the marathon.',
        'He was the first to arrive.',
        'Call 0151 233 3000 for details.',
        'United won 3-1 at Anfield.',
        'The Prime Minister returned to No. 10 on Monday.',
        'It was one of the most difficult decisions.',
        'One app. One subscription.',
        'Sales were three times higher than forecast.',
        'The new chip is ten times as fast.',
        'Ticket prices were a hundred times the face value.',
        'Covid-19 patients filled the ward.',
        'The M62 was closed near junction 22.',
        'Section 21 notices are banned.',
        'The 1960s were a time of change.'
      ]
    }))
})
