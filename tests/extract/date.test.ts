import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {date} from '../../src/extract/matchers/date.js'
import {runMatcher, testMatcher} from '../../src/extract/test-matcher.js'
import type {DatePoint, DateValue} from '../../src/types.js'

const P = {published: '2022-06-01'}

// Sentences written for business, health, courts, sport, politics and
// international news; none is taken from the seed articles.
describe('date matcher', () => {
  test('absolute days, months and years', () =>
    testMatcher(date, {
      found: [
        {text: 'The merger was completed on 18 January 2019.', claims: [{text: 'on 18 January 2019', kind: 'date', value: {type: 'date', start: {year: 2019, month: 1, day: 18}, end: {year: 2019, month: 1, day: 18}, granularity: 'day', assigned: ['year', 'month', 'day'], implied: [], anchor: 'absolute', relation: 'at'}}]},
        {text: 'The trial opened January 18, 2019, at Southwark Crown Court.', claims: [{text: 'January 18, 2019', value: {start: {year: 2019, month: 1, day: 18}, granularity: 'day', anchor: 'absolute'}}]},
        {text: 'Shares fell sharply in October 2021.', claims: [{text: 'in October 2021', value: {start: {year: 2021, month: 10}, end: {year: 2021, month: 10}, granularity: 'month', assigned: ['year', 'month'], anchor: 'absolute'}}]},
        {text: 'The ward closed in Sept. 2020 after an outbreak.', claims: [{text: 'in Sept. 2020', value: {start: {year: 2020, month: 9}, granularity: 'month'}}]},
        {text: 'The ceasefire took effect on the 3rd of May 2023.', claims: [{text: '3rd of May 2023', value: {start: {year: 2023, month: 5, day: 3}, granularity: 'day'}}]},
        {text: 'Filing date: 2021-11-30, according to the registry.', claims: [{text: '2021-11-30', value: {start: {year: 2021, month: 11, day: 30}, granularity: 'day', anchor: 'absolute'}}]},
        {text: 'The club was founded in 1923 by railway workers.', claims: [{text: 'in 1923', value: {start: {year: 1923}, end: {year: 1923}, granularity: 'year', relation: 'at', anchor: 'absolute'}}]},
        {text: 'United won 2-1 in the 2008 Champions League final.', claims: [{text: '2008', value: {start: {year: 2008}}}]},
        {text: 'Turnout in the 2019 general election was 67%.', claims: [{text: '2019', value: {start: {year: 2019}, granularity: 'year', relation: 'at'}}]},
        {text: "Labour's 2017 manifesto promised free tuition.", claims: [{text: '2017', value: {start: {year: 2017}}}]},
        {text: 'The ruling applies to the 2019 elections only.', claims: [{text: '2019', value: {start: {year: 2019}}}]},
        {text: 'Q3 2023 revenue rose by a fifth.', claims: [{text: 'Q3 2023', value: {start: {year: 2023, month: 7}, end: {year: 2023, month: 9}, granularity: 'month'}}]},
        {text: 'Sales were flat in H1 2022.', claims: [{text: 'in H1 2022', value: {start: {year: 2022, month: 1}, end: {year: 2022, month: 6}}}]},
        {text: 'Growth slowed in the second half of 2023.', claims: [{text: 'in the second half of 2023', value: {start: {year: 2023, month: 7}, end: {year: 2023, month: 12}}}]},
        {text: 'Targets for 2030 were missed.', claims: [{text: '2030', value: {start: {year: 2030}}}]},
        {text: 'Profits dipped in the first quarter of 2024.', claims: [{text: 'in the first quarter of 2024', value: {start: {year: 2024, month: 1}, end: {year: 2024, month: 3}}}]},
        {text: 'The bridge opened on March 4, 1990 and still carries trains.', claims: [{text: 'on March 4, 1990', value: {start: {year: 1990, month: 3, day: 4}}}]},
        {text: 'DECEMBER 2020 was the wettest month on record.', claims: [{text: 'DECEMBER 2020', value: {start: {year: 2020, month: 12}}}]}
      ]
    }))

  test('implied years: anchored on publication, or left out', () =>
    testMatcher(date, {
      found: [
        {text: 'The hospital was inspected in March.', meta: P, claims: [{text: 'in March', value: {start: {year: 2022, month: 3}, end: {year: 2022, month: 3}, granularity: 'month', assigned: ['month'], implied: ['year'], anchor: 'publication', relation: 'at'}}]},
        {text: 'The hospital was inspected in March.', claims: [{text: 'in March', value: {start: {month: 3}, end: {month: 3}, assigned: ['month'], implied: [], anchor: 'unknown'}}]},
        {text: 'The jury was sworn in on 21 February.', meta: P, claims: [{text: 'on 21 February', value: {start: {year: 2022, month: 2, day: 21}, granularity: 'day', assigned: ['month', 'day'], implied: ['year'], anchor: 'publication'}}]},
        {text: 'Polls close on February 21.', claims: [{text: 'on February 21', value: {start: {month: 2, day: 21}, anchor: 'unknown'}}]},
        {text: 'The festival was held in November.', meta: {published: '2022-01-10'}, name: 'a month far ahead of publication is last year', claims: [{text: 'in November', value: {start: {year: 2021, month: 11}, implied: ['year']}}]},
        {text: 'Talks are expected to resume in September.', meta: P, claims: [{text: 'in September', value: {start: {year: 2022, month: 9}}}]},
        {text: 'The minister resigned in April this year.', meta: P, claims: [{text: 'in April this year', value: {start: {year: 2022, month: 4}, assigned: ['month'], implied: ['year'], anchor: 'publication'}}]},
        {text: 'The factory closed in August last year.', meta: P, claims: [{text: 'in August last year', value: {start: {year: 2021, month: 8}, end: {year: 2021, month: 8}}}]},
        {text: 'The factory closed in August last year.', claims: [{text: 'in August last year', value: {start: {month: 8}, anchor: 'unknown', implied: []}}]}
      ]
    }))

  test('relations carried by the preposition', () =>
    testMatcher(date, {
      found: [
        {text: 'Prices have risen since 2017.', claims: [{text: 'since 2017', value: {start: {year: 2017}, relation: 'since'}}]},
        {text: 'The striker has played for the club from 2011.', claims: [{text: 'from 2011', value: {relation: 'since'}}]},
        {text: 'The sanctions stay in force until 2020.', claims: [{text: 'until 2020', value: {start: {year: 2020}, relation: 'until'}}]},
        {text: 'The country aims to cut emissions by 2030.', claims: [{text: 'by 2030', value: {start: {year: 2030}, relation: 'before'}}]},
        {text: 'The drug was licensed before 2015.', claims: [{text: 'before 2015', value: {relation: 'before'}}]},
        {text: 'Rates were frozen after March 2020.', claims: [{text: 'after March 2020', value: {start: {year: 2020, month: 3}, relation: 'after'}}]},
        {text: 'Since June, the clinic has been closed.', claims: [{text: 'Since June', value: {start: {month: 6}, relation: 'since', anchor: 'unknown'}}]},
        {text: 'In 2019 2,000 nurses left the service.', claims: [{text: 'In 2019', value: {start: {year: 2019}}}]},
        {text: 'Prime Minister May said in May 2019 that she would go.', claims: [{text: 'in May 2019', value: {start: {year: 2019, month: 5}}}]},
        {text: 'A 2019 study found the drug safe.', claims: [{text: '2019', value: {start: {year: 2019}}}]},
        {text: 'His last appeal in 2016 was dismissed.', claims: [{text: 'in 2016', value: {start: {year: 2016}}}]}
      ]
    }))

  test('split years and ranges', () =>
    testMatcher(date, {
      found: [
        {text: 'The trust overspent in 2021/22.', claims: [{text: 'in 2021/22', value: {start: {year: 2021}, end: {year: 2022}, granularity: 'year', period: 'split-year', anchor: 'absolute'}}]},
        {text: 'The 2021-22 season ended early.', claims: [{text: '2021-22', value: {start: {year: 2021}, end: {year: 2022}, period: 'split-year'}}]},
        {text: 'Budgets for 2021–2022 were cut.', claims: [{text: '2021–2022', value: {start: {year: 2021}, end: {year: 2022}, period: 'split-year'}}]},
        {text: 'Accounts for 1999/00 were restated.', claims: [{text: '1999/00', value: {start: {year: 1999}, end: {year: 2000}, period: 'split-year'}}]},
        {text: 'He served as mayor 2019-2021.', claims: [{text: '2019-2021', value: {start: {year: 2019}, end: {year: 2021}, granularity: 'year', period: undefined}}]},
        {text: 'Admissions rose between 2015 and 2018.', claims: [{text: 'between 2015 and 2018', value: {start: {year: 2015}, end: {year: 2018}, relation: 'at'}}]},
        {text: 'He chaired the board from 2004 to 2009.', claims: [{text: 'from 2004 to 2009', value: {start: {year: 2004}, end: {year: 2009}, relation: 'at'}}]},
        {text: 'The audit ran between February 21 and March 4.', claims: [{text: 'between February 21 and March 4', value: {start: {month: 2, day: 21}, end: {month: 3, day: 4}, granularity: 'day', anchor: 'unknown'}}]},
        {text: 'The audit ran between February 21 and March 4.', meta: P, claims: [{text: 'between February 21 and March 4', value: {start: {year: 2022, month: 2, day: 21}, end: {year: 2022, month: 3, day: 4}, implied: ['year']}}]},
        {text: 'Voting runs from March to May.', claims: [{text: 'from March to May', value: {start: {month: 3}, end: {month: 5}, granularity: 'month', relation: 'at'}}]},
        {text: 'Flights were grounded March–May 2022.', claims: [{text: 'March–May 2022', value: {start: {year: 2022, month: 3}, end: {year: 2022, month: 5}, anchor: 'absolute', assigned: ['year', 'month']}}]},
        {text: 'The surveys were done in February and March.', claims: [{text: 'in February and March', value: {start: {month: 2}, end: {month: 3}, granularity: 'month'}}]},
        {text: 'Tests ran in January, February and March.', claims: [{text: 'in January, February and March', value: {start: {month: 1}, end: {month: 3}, granularity: 'month'}}]},
        {text: 'Fees doubled between 2010/11 and 2015/16.', claims: [{text: 'between 2010/11 and 2015/16', value: {start: {year: 2010}, end: {year: 2016}, period: undefined}}]},
        {text: 'The games run March 4-6.', claims: [{text: 'March 4-6', value: {start: {month: 3, day: 4}, end: {month: 3, day: 6}}}]},
        {text: 'Strikes were held in February and March 2023.', claims: [{text: 'in February and March 2023', value: {start: {year: 2023, month: 2}, end: {year: 2023, month: 3}, anchor: 'absolute'}}]},
        {text: 'The exhibition runs from 18 January to 2 February 2019.', claims: [{text: 'from 18 January to 2 February 2019', value: {start: {year: 2019, month: 1, day: 18}, end: {year: 2019, month: 2, day: 2}}}]},
        {text: 'The summit is on 21–23 March 2022 in Geneva.', claims: [{text: 'on 21–23 March 2022', value: {start: {year: 2022, month: 3, day: 21}, end: {year: 2022, month: 3, day: 23}}}]},
        {text: 'The strike lasted from December 2019 to February 2020.', claims: [{text: 'from December 2019 to February 2020', value: {start: {year: 2019, month: 12}, end: {year: 2020, month: 2}}}]},
        {text: 'The hearing runs from December to February 2021.', name: 'the left end borrows the previous year when it wraps', claims: [{text: 'from December to February 2021', value: {start: {year: 2020, month: 12}, end: {year: 2021, month: 2}}}]}
      ]
    }))

  test('relative dates', () =>
    testMatcher(date, {
      found: [
        {text: 'Sales fell last year.', meta: P, claims: [{text: 'last year', value: {start: {year: 2021}, end: {year: 2021}, granularity: 'year', assigned: [], implied: ['year'], anchor: 'publication'}}]},
        {text: 'Sales fell last year.', claims: [{text: 'last year', value: {start: {}, end: {}, granularity: 'year', implied: [], anchor: 'unknown'}}]},
        {text: 'Inflation will peak this year, the bank said.', meta: P, claims: [{text: 'this year', value: {start: {year: 2022}}}]},
        {text: 'The vaccine will be rolled out next month.', meta: P, claims: [{text: 'next month', value: {start: {year: 2022, month: 7}, end: {year: 2022, month: 7}, granularity: 'month', implied: ['year', 'month']}}]},
        {text: 'The plant was shut earlier this year.', meta: P, claims: [{text: 'earlier this year', value: {start: {year: 2022, month: 1}, end: {year: 2022, month: 6}}}]},
        {text: 'She was elected two years ago.', meta: P, claims: [{text: 'two years ago', value: {start: {year: 2020}, end: {year: 2020}, granularity: 'year'}}]},
        {text: 'The scheme launched 18 months ago.', meta: P, claims: [{text: '18 months ago', value: {start: {year: 2020, month: 12}, granularity: 'month'}}]},
        {text: 'The talks collapsed last week.', meta: P, claims: [{text: 'last week', value: {start: {year: 2022, month: 5, day: 23}, end: {year: 2022, month: 5, day: 29}, granularity: 'day'}}]},
        {text: 'The team won the title last summer.', meta: P, claims: [{text: 'last summer', value: {start: {year: 2021, month: 6}, end: {year: 2021, month: 8}, granularity: 'month'}}]},
        {text: 'The team won the title last summer.', meta: {published: '2022-10-01'}, claims: [{text: 'last summer', value: {start: {year: 2022, month: 6}, end: {year: 2022, month: 8}}}]},
        {text: 'Cases doubled over the past year.', meta: P, claims: [{text: 'the past year', value: {start: {year: 2021, month: 6}, end: {year: 2022, month: 6}}}]},
        {text: 'The council will borrow more over the next five years.', meta: P, claims: [{text: 'the next five years', value: {start: {year: 2022, month: 6}, end: {year: 2027, month: 6}}}]},
        {text: 'The company was sold last March.', meta: P, claims: [{text: 'last March', value: {start: {year: 2022, month: 3}}}]},
        {text: 'Exports grew in the last year.', claims: [{text: 'in the last year', value: {anchor: 'unknown', start: {}}}]}
      ]
    }))

  test('seasons, decades and early/mid/late', () =>
    testMatcher(date, {
      found: [
        {text: 'The tournament moved to Qatar in spring 2020.', claims: [{text: 'in spring 2020', value: {start: {year: 2020, month: 3}, end: {year: 2020, month: 5}, granularity: 'month', anchor: 'absolute'}}]},
        {text: 'Energy bills rose in the winter of 2021.', claims: [{text: 'in the winter of 2021', value: {start: {year: 2021, month: 12}, end: {year: 2022, month: 2}}}]},
        {text: 'Work on the stadium starts in the summer.', meta: P, claims: [{text: 'in the summer', value: {start: {year: 2022, month: 6}, end: {year: 2022, month: 8}, implied: ['year']}}]},
        {text: 'The pitch was relaid over the winter.', meta: P, name: 'a bare season is the nearest one', claims: [{text: 'the winter', value: {start: {year: 2021, month: 12}, end: {year: 2022, month: 2}}}]},
        {text: 'Crime fell sharply in the 1990s.', claims: [{text: 'in the 1990s', value: {start: {year: 1990}, end: {year: 1999}, granularity: 'year'}}]},
        {text: 'The brand peaked in the late 1980s.', claims: [{text: 'in the late 1980s', value: {start: {year: 1987}, end: {year: 1989}}}]},
        {text: 'The vote is due in early 2025.', claims: [{text: 'in early 2025', value: {start: {year: 2025, month: 1}, end: {year: 2025, month: 4}, granularity: 'month'}}]},
        {text: 'The plant will close by the end of 2024.', claims: [{text: 'by the end of 2024', value: {start: {year: 2024, month: 9}, end: {year: 2024, month: 12}, relation: 'before'}}]},
        {text: 'Rents rose at the start of March 2023.', claims: [{text: 'the start of March 2023', value: {start: {year: 2023, month: 3, day: 1}, end: {year: 2023, month: 3, day: 10}, granularity: 'day'}}]},
        {text: 'Results are expected by mid-March.', claims: [{text: 'by mid-March', value: {start: {month: 3, day: 11}, end: {month: 3, day: 20}, relation: 'before'}}]}
      ]
    }))

  test('several dates in one sentence', () =>
    testMatcher(date, {
      found: [
        {text: 'The firm was fined in 2018 and again in May 2021.', claims: [{text: 'in 2018'}, {text: 'in May 2021'}]},
        {text: 'Between 2010 and 2014, exports doubled; since 2015 they have fallen.', claims: [{text: 'Between 2010 and 2014'}, {text: 'since 2015'}]}
      ]
    }))

  // Added for issue 4 (new sentences): days named relative to the publication date.
  test('today, yesterday and weekdays, anchored on publication', () =>
    testMatcher(date, {
      found: [
        {text: 'The airline cancelled 40 flights on Tuesday.', meta: {published: '2023-03-16'}, name: 'a past weekday is the latest one before publication', claims: [{text: 'on Tuesday', value: {start: {year: 2023, month: 3, day: 14}, end: {year: 2023, month: 3, day: 14}, granularity: 'day', anchor: 'publication', relation: 'at'}}]},
        {text: 'Ministers will meet union leaders on Monday.', meta: {published: '2023-03-16'}, name: 'a weekday after "will" is the next one', claims: [{text: 'on Monday', value: {start: {year: 2023, month: 3, day: 20}}}]},
        {text: 'The union said on Friday it will strike again.', meta: {published: '2023-03-16'}, name: 'a past verb before the weekday wins over a later "will"', claims: [{text: 'on Friday', value: {start: {year: 2023, month: 3, day: 10}}}]},
        {text: 'Shares in the miner fell 4% yesterday.', meta: {published: '2023-03-01'}, claims: [{text: 'yesterday', value: {start: {year: 2023, month: 2, day: 28}}}]},
        {text: 'The verdict is expected today.', meta: {published: '2023-03-16'}, claims: [{text: 'today', value: {start: {year: 2023, month: 3, day: 16}}}]},
        {text: 'The mayor resigned last Thursday.', meta: {published: '2023-03-16'}, name: '"last" on the same weekday is a week back', claims: [{text: 'last Thursday', value: {start: {year: 2023, month: 3, day: 9}}}]},
        {text: 'The mayor resigned on Thursday.', name: 'without a publication date a weekday has no parts', claims: [{text: 'on Thursday', value: {start: {}, end: {}, anchor: 'unknown'}}]}
      ],
      none: ['Black Friday sales were weaker than expected.', 'The Sunday Times reported the leak.', 'She told Radio 4\'s Today programme the plan was fair.']
    }))

  test('not dates', () =>
    testMatcher(date, {
      none: [
        'The club paid £2018 for the trophy.',
        'They may decide to appeal the ruling.',
        'May I ask the minister a question?',
        'Theresa May said the deal was the best available.',
        'Former prime minister Theresa May 2019 resignation speech was replayed.',
        'Homeless 16 and 17-year-olds were placed in hostels.',
        'The meeting starts at 10:30.',
        'Call 0151 233 3000 for advice.',
        'The final score was 3-2 to the visitors.',
        'Downing Street said No. 10 would not comment.',
        'The population reached 2500 after the war.',
        'Room 1950 is on the top floor.',
        'Some 1800 homes were flooded.',
        'The council built 2000 homes in the town.',
        'The bill won by 2000 votes.',
        'Protesters will march on parliament.',
        'The spring in the mattress had broken.',
        'Prices may fall, the bank said.',
        'The ship was built in 1878 on the Clyde.',
        'The court heard 2019 pages of evidence.',
        'He finished the race in 2:05:11.',
        'The last inspection found serious failings.',
        'Prices rose by 4.5% in the quarter.',
        'The year was hard for farmers.',
        'June Sarpong presented the show.',
        'Those two, 2016 and 2017, were hard years.',
        'It will happen over the coming months.',
        'The deal was agreed on 30 February.',
        'May was a record month for sales.',
        'She won the 1500 metres final.',
        'The council housed 1900 families in hotels.',
        'The hall seats between 2000 and 2050 people.'
      ]
    }))
})

// ---------------------------------------------------------------------------
// Properties

const newsish = fc.array(
  fc.constantFrom('in', 'since', 'between', 'and', 'from', 'to', 'March', 'May', 'Theresa', '2021', '/', '22', '-', '–', '18', 'January', '2019', ',', 'last', 'year', 'the', '1990s', 'summer', 'two', 'years', 'ago', 'early', 'mid', '£', '2,000', 'people', '.', ' ', 'of', 'Q1', 'first', 'quarter', 'next', 'week', 'this'),
  {maxLength: 25}
).map((words) => words.join(' '))

function fullyKnown(p: DatePoint): p is Required<DatePoint> {
  return p.year !== undefined && p.month !== undefined && p.day !== undefined
}

function dayOrder(p: DatePoint): number {
  return (p.year ?? 0) * 10000 + (p.month ?? 0) * 100 + (p.day ?? 0)
}

describe('date matcher properties', () => {
  test('never throws, claims slice back exactly, deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({maxLength: 200}), newsish), fc.boolean(), (text, withDate) => {
        const meta = withDate ? P : {}
        const first = runMatcher(date, text, meta)
        for (const claim of first) expect(text.slice(claim.start, claim.end)).toBe(claim.text)
        expect(runMatcher(date, text, meta)).toEqual(first)
      }),
      {numRuns: 400}
    )
  })

  test('start is never after end when both are known to the month', () => {
    fc.assert(
      fc.property(newsish, fc.constantFrom('2022-06-01', '2021-01-15', '2020-12-31'), (text, published) => {
        for (const claim of runMatcher(date, text, {published})) {
          const v = claim.value as DateValue
          if (v.start.year !== undefined && v.end.year !== undefined) expect(dayOrder(v.start)).toBeLessThanOrEqual(dayOrder(v.end) + (fullyKnown(v.start) && fullyKnown(v.end) ? 0 : 99))
        }
      }),
      {numRuns: 400}
    )
  })
})
