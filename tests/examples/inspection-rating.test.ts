import {expect, test} from 'vitest'
import {testMatcher, validateConfig} from '../../src/index.js'
import {inspectionRating} from '../../examples/inspection-rating.js'

// Cases are written for prisons, hospitals, schools and care homes: the
// matcher is about inspection grades in general, not about one article.
test('inspection ratings: the worked example of a custom matcher', () =>
  testMatcher(inspectionRating, {
    none: [
      'The team found good practice in several areas.',
      'It was a good day for the club.',
      'The hospital said improvement work would start in May.',
      'Inspectors visited the school twice.'
    ],
    found: [
      {text: 'The prison has been rated inadequate by inspectors.', claims: [{text: 'rated inadequate', kind: 'rating', value: {type: 'category', scheme: 'inspection-grade', label: 'inadequate'}}]},
      {text: 'The care home was deemed inadequate after a visit in June.', claims: [{text: 'deemed inadequate', value: {label: 'inadequate'}}]},
      {text: 'The school has been rated as outstanding for the third time.', claims: [{text: 'rated as outstanding', value: {label: 'outstanding'}}]},
      {text: 'The hospital was judged to be good.', claims: [{text: 'judged to be good', value: {label: 'good'}}]},
      {text: 'The regulator ranked the trust as ‘requires improvement’ overall.', claims: [{text: 'ranked the trust as ‘requires improvement’ overall', value: {label: 'requires improvement', subject: 'overall effectiveness'}}]},
      {text: 'A previous inspection said it required improvement.', claims: [{text: 'required improvement', value: {label: 'requires improvement'}}]},
      {text: 'Overall effectiveness – Good', claims: [{text: 'Overall effectiveness – Good', value: {label: 'good', subject: 'overall effectiveness'}}]},
      {text: '• Leadership and management – Requires improvement to be good', claims: [{text: 'Leadership and management – Requires improvement to be good', value: {label: 'requires improvement', subject: 'leadership and management'}}]},
      {text: 'The academy was rated good in 2019 but rated inadequate this year.', claims: [{text: 'rated good', value: {label: 'good'}}, {text: 'rated inadequate', value: {label: 'inadequate'}}]}
    ]
  }))

test('the bundled config exports valid matchers', async () => {
  const config = (await import('../../corroborate.config.js')).default
  const valid = validateConfig(config)
  expect(valid.matchers?.map((m) => m.meta.id)).toContain('inspection-rating')
})

test('validateConfig rejects bad shapes with a clear message', () => {
  expect(() => validateConfig(null)).toThrow(/default export must be an object/)
  expect(() => validateConfig({matchers: 'x'})).toThrow(/must be an array/)
  expect(() => validateConfig({matchers: [{}]})).toThrow(/matchers\[0\]/)
  expect(() => validateConfig({plugins: []})).toThrow(/unknown option `plugins`/)
})
