/**
 * Measures (units converted through js-quantities), multiples, changes,
 * movements, ages and "one of the" counts, on sentences written for these
 * tests (not from any data set).
 */
import {describe, expect, test} from 'vitest'
import {count} from '../../src/extract/matchers/count.js'
import {measure} from '../../src/extract/matchers/measure.js'
import {money} from '../../src/extract/matchers/money.js'
import {percent} from '../../src/extract/matchers/percent.js'
import {runMatcher, testMatcher} from '../../src/extract/test-matcher.js'
import {findMeasures} from '../../src/normalize/measure-scan.js'
import {compareQuantityValues} from '../../src/align/quantity.js'
import {inCommonUnit, roundingSlack} from '../../src/normalize/measure-compare.js'
import type {QuantityValue} from '../../src/types.js'

/** Could the two values be the same fact's value (the aligner's one comparison, in a common unit)? */
const quantitiesCompatible = (a: QuantityValue, b: QuantityValue) => {
  const relation = compareQuantityValues(...inCommonUnit(a, b))
  return {compatible: relation !== 'disjoint' && relation !== 'unrelated'}
}

const only = (text: string) => {
  const found = findMeasures(text)
  expect(found, text).toHaveLength(1)
  return found[0]!
}

describe('measure matcher', () => {
  test('physical and technical units, with the written unit and the canonical one', () =>
    testMatcher(measure, {
      found: [
        {text: 'The new tunnel runs for 80 km under the hills.', claims: [{text: '80 km', value: {low: 80, unit: 'km', quantity: {unit: 'm', dimension: 'length', low: 80000}}}]},
        {text: 'The trail is 50 miles long.', claims: [{text: '50 miles', value: {low: 50, unit: 'mi', quantity: {unit: 'm', low: 80467.2}}}]},
        {text: 'The laptop ships with 512GB of storage and a 2 TB option.', claims: [{text: '512GB', value: {unit: 'GB', quantity: {unit: 'B', low: 512e9}}}, {text: '2 TB', value: {unit: 'TB'}}]},
        {text: 'Its engine makes 300 bhp and 400 Nm at 5,500rpm.', claims: [{text: '300 bhp', value: {unit: 'hp', quantity: {dimension: 'power'}}}, {text: '400 Nm', value: {unit: 'N*m'}}, {text: '5,500rpm', value: {low: 5500, unit: 'rpm'}}]},
        {text: 'The turbine is rated at 15 MW, the heater at 3kW.', claims: [{text: '15 MW', value: {unit: 'MW', quantity: {unit: 'W', low: 15e6}}}, {text: '3kW', value: {unit: 'kW', quantity: {low: 3000}}}]},
        {text: 'The limit on the bridge drops to 40 km/h, about 25 mph.', claims: [{text: '40 km/h', value: {unit: 'km/h', quantity: {unit: 'm/s'}}}, {text: 'about 25 mph', value: {unit: 'mph', hedge: 'approximate'}}]},
        {text: 'The tank holds 60 litres, or roughly 16 gallons.', claims: [{text: '60 litres', value: {unit: 'l', quantity: {unit: 'l', low: 60}}}, {text: 'roughly 16 gallons', value: {unit: 'gal'}}]},
        {text: 'The town reached 38.5 °C on the hottest afternoon, and 101F the next.', claims: [{text: '38.5 °C', value: {unit: 'degC', quantity: {unit: 'tempC', low: 38.5}}}, {text: '101F', value: {unit: 'degF'}}]},
        {text: 'The tower stands 1,250 feet tall; the dam wall is 6.2-metre high.', claims: [{text: '1,250 feet', value: {unit: 'ft'}}, {text: '6.2-metre', value: {unit: 'm', low: 6.2}}]},
        {text: 'A 2.0-litre engine and a 13-inch screen.', claims: [{text: '2.0-litre', value: {unit: 'l'}}, {text: '13-inch', value: {unit: 'in', quantity: {unit: 'm'}}}]},
        {text: 'The plant burns 2.5 million barrels per day.', claims: [{text: '2.5 million barrels per day', value: {low: 2.5e6, unit: 'bbl', per: 'day'}}]},
        {text: 'The houses use 3,100 kWh a year on average.', claims: [{text: '3,100 kWh a year', value: {unit: 'kWh', per: 'year', quantity: {unit: 'J'}}}]}
      ],
      none: ['The 5G network covers M62 junctions.', 'He is 6 years old.', 'Covid-19 cases rose.', 'She scored 3 points at 9pm.']
    }))

  test('hedges and ranges on a measure', () =>
    testMatcher(measure, {
      found: [
        {text: 'The phone is up to 9.1 mm thick.', claims: [{text: 'up to 9.1 mm', value: {hedge: 'at-most', low: 9.1}}]},
        {text: 'Winds reached between 90km/h and 110km/h overnight.', claims: [{text: 'between 90km/h and 110km/h', value: {hedge: 'range', low: 90, high: 110}}]},
        {text: 'Waves of 20-30 feet hit the pier.', claims: [{text: '20-30 feet', value: {hedge: 'range', low: 20, high: 30, unit: 'ft'}}]},
        {text: 'The car has more than 500 horsepower.', claims: [{text: 'more than 500 horsepower', value: {hedge: 'at-least', quantity: {bounds: {high: null}}}}]}
      ]
    }))

  test('multiples: "three times more", "sixfold", "a 4-fold rise"', () =>
    testMatcher(measure, {
      found: [
        {text: 'Smokers were three times more likely to fall ill.', claims: [{text: 'three times', value: {low: 3, unit: 'times'}}]},
        {text: 'Claims rose sixfold in the spring.', claims: [{text: 'sixfold', value: {low: 6, unit: 'times', change: {direction: 'up'}}}]},
        {text: 'The study found a 4-fold rise.', claims: [{text: '4-fold', value: {low: 4, unit: 'times'}}]}
      ],
      none: ['She has won the title three times.']
    }))

  test('80 km and 50 miles are the same distance, within the rounding of a conversion', () => {
    const km = only('It is 80 km away.').value
    const miles = only('It is 50 miles away.').value
    expect(quantitiesCompatible(km, miles).compatible).toBe(true)
    const far = only('It is 70 miles away.').value
    expect(quantitiesCompatible(km, far).compatible).toBe(false)
    expect(quantitiesCompatible(only('It was 40 °C.').value, only('It was 104 °F.').value).compatible).toBe(true)
    expect(quantitiesCompatible(only('It has 256GB.').value, only('It has 512GB.').value).compatible).toBe(false)
    expect(roundingSlack(80)).toBe(5)
    expect(roundingSlack(44.4)).toBeCloseTo(0.05)
    expect(roundingSlack(1700)).toBe(50)
  })
})

describe('changes, separately from the hedge', () => {
  test('the size of a change carries its direction', () => {
    testMatcher(money, {
      found: [
        {text: 'The shares rose 12 cents to $4.10.', claims: [{text: '12 cents', value: {low: 0.12, change: {direction: 'up'}}}, {text: '$4.10', value: {low: 4.1}}]},
        {text: 'Brent fell by $1.20 a barrel.', claims: [{text: '$1.20 a barrel', value: {per: 'barrel', change: {direction: 'down'}}}]}
      ]
    })
    testMatcher(percent, {
      found: [
        {text: 'The index fell 3.2% on the news.', claims: [{text: '3.2%', value: {change: {direction: 'down'}}}]},
        {text: 'The poll has Labour up 4 points at 41 per cent.', claims: [{text: '4 points', value: {unit: 'pp', change: {direction: 'up'}}}, {text: '41 per cent'}]},
        {text: 'Sales are expected to grow 3% a year.', claims: [{text: '3% a year', value: {per: 'year', change: {direction: 'up'}}}]},
        {text: 'It reported a 45 per cent increase in visits.', claims: [{text: '45 per cent', value: {change: {direction: 'up', text: 'increase'}}}]},
        {text: 'Prices are up to 5% higher.', claims: [{text: 'up to 5%', value: {hedge: 'at-most', change: {direction: 'up'}}}]}
      ]
    })
    const [level] = runMatcher(money, 'The price rose to $9.50.')
    expect((level!.value as {change?: unknown}).change).toBeUndefined()
  })

  test('a movement "from X to Y" is one claim with both ends', () => {
    testMatcher(percent, {
      found: [
        {text: 'Unemployment came down from 7% to 5%.', claims: [{text: 'from 7% to 5%', value: {low: 5, high: 5, change: {direction: 'down', from: 7, to: 5}}}]},
        {text: 'Turnout was down from 64 per cent to 58 per cent.', claims: [{text: 'from 64 per cent to 58 per cent', value: {change: {direction: 'down', from: 64, text: 'down from'}}}]}
      ]
    })
    testMatcher(count, {
      found: [{text: 'Reported flu cases climbed from 12 to 40 in the district.', claims: [{text: 'from 12 to 40', value: {low: 40, unit: 'case', change: {direction: 'up', from: 12}}}]}]
    })
    testMatcher(measure, {
      found: [{text: 'The limit was cut from 60 km/h to 50 km/h.', claims: [{text: 'from 60 km/h to 50 km/h', value: {low: 50, unit: 'km/h', change: {direction: 'down', from: 60}}}]}]
    })
  })
})


describe('ages and word counts', () => {
  test('ages without "-year-old"', () =>
    testMatcher(count, {
      found: [
        {text: 'A man aged 35 was arrested.', claims: [{text: 'aged 35', value: {low: 35, unit: 'year-old', hedge: 'exact'}}]},
        {text: 'A woman in her 40s was treated at the scene.', claims: [{text: 'in her 40s', value: {low: 40, high: 49, unit: 'year-old', hedge: 'range'}}]},
        {text: 'The driver, in his late 50s, was unhurt.', claims: [{text: 'in his late 50s', value: {low: 57, high: 59}}]},
        {text: 'Volunteers aged 18-30 took part.', claims: [{text: 'aged 18-30', value: {low: 18, high: 30, hedge: 'range'}}]},
        {text: 'Residents aged 75 and over get the jab first.', claims: [{text: 'aged 75 and over', value: {low: 75, hedge: 'at-least'}}]},
        {text: 'A 64-year-old woman was hurt.', claims: [{text: '64-year-old', value: {low: 64, unit: 'year-old'}}]}
      ],
      none: ['The wine was aged in oak.', 'In the 1990s sales fell.']
    }))

  test('"one of the victims", "a pair of boots", "a dozen eggs"', () =>
    testMatcher(count, {
      found: [
        {text: 'One of the victims was a nurse.', claims: [{text: 'One of the victims', value: {low: 1, unit: 'victim'}}]},
        {text: 'He stole a pair of boots.', claims: [{text: 'a pair of boots', value: {low: 2, unit: 'boot'}}]},
        {text: 'She bought a dozen eggs.', claims: [{text: 'a dozen eggs', value: {low: 12, unit: 'egg'}}]}
      ],
      none: ['It is one of the most popular parks.', "It is one of the city's oldest bridges.", 'One of them left.']
    }))

  test('shorthand amounts: "30k fans", "more than 3 billion", "£1.2bn-a-year"', () => {
    testMatcher(count, {found: [{text: 'Around 30k fans filled the stadium.', claims: [{text: 'Around 30k fans', value: {low: 30000, unit: 'fan', hedge: 'approximate'}}]}]})
    testMatcher(count, {found: [{text: 'The app has users in 40 countries, more than 3 billion.', claims: [{text: '40 countries'}, {text: 'more than 3 billion', value: {low: 3e9, hedge: 'at-least'}}]}]})
    testMatcher(money, {found: [{text: 'The deal is worth £1.2bn-a-year.', claims: [{text: '£1.2bn-a-year', value: {low: 1.2e9, per: 'year'}}]}]})
  })
})

describe('fixes from the new devset passages', () => {
  test('a list shares its unit; a crossed level is no change; "by nearly X to Y" is no range', () => {
    testMatcher(measure, {found: [{text: 'It comes with batteries of 4,000 and 5,500 mAh.', claims: [{text: '4,000', value: {unit: 'mAh'}}, {text: '5,500 mAh', value: {unit: 'mAh'}}]}]})
    testMatcher(count, {none: ['It comes with batteries of 4,000 and 5,500 mAh.']})
    testMatcher(money, {
      found: [
        {text: 'Petrol has slipped below 140p a litre.', claims: [{text: 'below 140p a litre', value: {hedge: 'at-most', change: undefined}}]},
        {text: 'Diesel rose by almost 2p to 160p a litre.', claims: [{text: 'almost 2p', value: {change: {direction: 'up'}}}, {text: '160p a litre', value: {hedge: 'exact'}}]}
      ]
    })
  })

  test('"two thirds of" is a fraction, not a count of thirds; "12 of 40 players" is a part of a whole', () => {
    testMatcher(count, {
      none: ['Two thirds of voters agree.', 'Three quarters of the staff left.'],
      found: [
        {text: 'The economy grew for three quarters in a row.', claims: [{text: 'three quarters', value: {low: 3, unit: 'quarter'}}]},
        {text: 'Only 12 of 40 players were fit.', claims: [{text: '12 of 40 players', value: {low: 12, of: 40, unit: 'player'}}]}
      ]
    })
  })
})

describe('fixes from the second batch of devset passages', () => {
  test('a modifier before the unit, a hedge between number and unit, temperatures below zero, a bare "m"', () =>
    testMatcher(measure, {
      found: [
        {text: 'The back ran for 140 rushing yards.', claims: [{text: '140 rushing yards', value: {low: 140, unit: 'yd'}}]},
        {text: 'Forecasters expect 8 or more inches of rain.', claims: [{text: '8 or more inches', value: {low: 8, unit: 'in', hedge: 'at-least'}}]},
        {text: 'Overnight it fell to -8 °C, and to −3C the next night.', claims: [{text: '-8 °C', value: {low: -8, quantity: {low: -8}}}, {text: '−3C', value: {low: -3}}]},
        {text: 'The wall is 2.4 m high.', claims: []},
        {text: 'The fence is 2.4 m.', claims: [{text: '2.4 m', value: {unit: 'm'}}]}
      ],
      none: ['Two million smart meters were fitted.', 'The fund raised £5m.']
    }))

  test('a rate written once after a movement', () =>
    testMatcher(money, {
      found: [{text: 'The cap will rise from £1,500 to £1,650 a year.', claims: [{text: 'from £1,500 to £1,650 a year', value: {low: 1650, per: 'year', change: {direction: 'up', from: 1500}}}]}]
    }))

  test('temperatures convert affinely (°F to °C)', () => {
    expect(findMeasures('It was 212 °F.')[0]!.value.quantity!.low).toBeCloseTo(100)
    expect(findMeasures('It was -40 °F.')[0]!.value.quantity!.low).toBeCloseTo(-40)
  })
})

describe('the remaining phenomena of issue 12', () => {
  test('"12 cents a share", "$71.20 a barrel", "45p per litre", mmBtu, "two-thirds of"', () => {
    testMatcher(money, {
      found: [
        {text: 'The board declared a dividend of 12 cents a share.', claims: [{text: '12 cents a share', value: {low: 0.12, unit: 'USD', per: 'share'}}]},
        {text: 'Crude settled at $71.20 a barrel.', claims: [{text: '$71.20 a barrel', value: {per: 'barrel'}}]},
        {text: 'Retailers kept a margin of 45p per litre.', claims: [{text: '45p per litre', value: {low: 0.45, unit: 'GBP', per: 'litre'}}]}
      ]
    })
    testMatcher(measure, {found: [{text: 'The terminal will ship 2 million mmBtu of gas.', claims: [{text: '2 million mmBtu', value: {low: 2e6, unit: 'MMBtu', quantity: {unit: 'J', dimension: 'energy'}}}]}]})
    testMatcher(percent, {found: [{text: 'Two-thirds of members backed the deal.', claims: [{text: 'Two-thirds', value: {low: 200 / 3, unit: '%'}}]}]})
  })
})

describe('fixes from the third batch of devset passages', () => {
  test('"others" are people; "ranged in age from 13 to 32"; a possessive is no counted noun; "per 10,000" is a denominator', () =>
    testMatcher(count, {
      found: [
        {text: 'The blast killed a guard and injured at least 14 others.', claims: [{text: 'at least 14 others', value: {low: 14, unit: 'person', hedge: 'at-least'}}]},
        {text: 'The patients ranged in age from 19 to 74.', claims: [{text: 'ranged in age from 19 to 74', value: {low: 19, high: 74, unit: 'year-old', hedge: 'range'}}]},
        {text: 'The stadium drew 41,000 fans, short of the club’s record of 45,000.', claims: [{text: '41,000 fans'}, {text: '45,000', value: {unit: 'fan'}}]},
        {text: 'The rate is four cases per 10,000.', claims: [{text: 'four cases'}]}
      ]
    }))
})
