import {describe, test} from 'vitest'
import {testMatcher} from '../../src/extract/test-matcher.js'
import {role} from '../../src/extract/matchers/role.js'

describe('role matcher', () => {
  test('table', () =>
    testMatcher(role, {
      none: [
        'Manchester United won the match 2-0.',
        'Liverpool City Council said it would appeal.',
        'The chief executive said profits were up.',
        'Jane Smith said the decision was wrong.',
        'Related Stories Top Picks',
        'Following the ruling, Network Rail closed the line.',
        'Ms Patel, Mr Jones and Dr Green attended the hearing.'
      ],
      found: [
        {text: 'Chancellor Rachel Reeves delivered the budget.', claims: [{text: 'Chancellor Rachel Reeves', value: {person: 'Rachel Reeves', role: 'Chancellor'}}]},
        {text: 'Prime Minister Keir Starmer visited the site.', claims: [{text: 'Prime Minister Keir Starmer', value: {person: 'Keir Starmer', role: 'Prime Minister'}}]},
        {text: 'Apple chief executive Tim Cook unveiled the phone.', claims: [{text: 'Apple chief executive Tim Cook', value: {person: 'Tim Cook', role: 'Apple chief executive'}}]},
        {text: "Tim Cook, Apple's chief executive, unveiled the phone.", claims: [{text: "Tim Cook, Apple's chief executive", value: {person: 'Tim Cook', role: "Apple's chief executive"}}]},
        {text: 'The decision was welcomed by council leader Amira Khan.', claims: [{text: 'council leader Amira Khan', value: {person: 'Amira Khan', role: 'council leader'}}]},
        {text: 'Labour opposition leader Tom Hayes called for an inquiry.', claims: [{text: 'Labour opposition leader Tom Hayes', value: {person: 'Tom Hayes', role: 'Labour opposition leader'}}]},
        {text: 'Ofsted praised interim chief executive Gemma Lord for her leadership.', claims: [{text: 'interim chief executive Gemma Lord', value: {person: 'Gemma Lord', role: 'interim chief executive'}}]},
        {
          text: 'Peter Mills, Director of Adult Social Care and Health, said the service was improving.',
          claims: [{text: 'Peter Mills, Director of Adult Social Care and Health', value: {person: 'Peter Mills', role: 'Director of Adult Social Care and Health'}}]
        },
        {
          text: "The trust's medical director, Dr Helen Ward, apologised.",
          claims: [{text: "trust's medical director, Dr Helen Ward", value: {person: 'Helen Ward', role: "trust's medical director"}}]
        },
        {
          text: 'Cllr Sam Price, Green Party spokesperson on transport and climate, said the scheme had failed.',
          claims: [{text: 'Cllr Sam Price, Green Party spokesperson on transport and climate', value: {person: 'Sam Price', role: 'Green Party spokesperson on transport and climate'}}]
        },
        {text: 'Everton manager Sean Dyche was sacked.', claims: [{text: 'Everton manager Sean Dyche', value: {person: 'Sean Dyche', role: 'Everton manager'}}]},
        {text: 'Defence lawyer Mark Ellis said his client would appeal.', claims: [{text: 'Defence lawyer Mark Ellis', value: {person: 'Mark Ellis', role: 'Defence lawyer'}}]},
        {text: 'The fund was set up by headteacher Claire Bell in 2019.', claims: [{text: 'headteacher Claire Bell', value: {person: 'Claire Bell', role: 'headteacher'}}]},
        {text: 'Health Secretary Wes Streeting said waiting lists were falling.', claims: [{text: 'Health Secretary Wes Streeting', value: {person: 'Wes Streeting', role: 'Health Secretary'}}]},
        {
          text: 'Jane Fraser, chief executive of Citigroup, told analysts the bank was on track.',
          claims: [{text: 'Jane Fraser, chief executive of Citigroup', value: {person: 'Jane Fraser', role: 'chief executive of Citigroup'}}]
        },
        {
          text: 'WHO director general Tedros Adhanom Ghebreyesus warned of a new pandemic.',
          claims: [{text: 'director general Tedros Adhanom Ghebreyesus', value: {person: 'Tedros Adhanom Ghebreyesus', role: 'director general'}}]
        },
        {text: 'Police chief constable Serena Kennedy apologised.', claims: [{text: 'Police chief constable Serena Kennedy', value: {person: 'Serena Kennedy', role: 'Police chief constable'}}]},
        {
          text: 'Striker Kai Havertz scored twice.\nLater, club captain Martin Odegaard praised Havertz.',
          claims: [
            {text: 'Striker Kai Havertz', value: {person: 'Kai Havertz', role: 'Striker'}},
            {text: 'club captain Martin Odegaard', value: {person: 'Martin Odegaard', role: 'club captain'}}
          ]
        },
        {
          text: 'Omar Haddad joined the council in 2020.\nFinance director Haddad said the budget was balanced.',
          claims: [{text: 'Finance director Haddad', value: {person: 'Omar Haddad', role: 'Finance director'}}]
        },
        {text: 'Acting head of service Lee Chan declined to comment.', claims: [{text: 'Acting head of service Lee Chan', value: {person: 'Lee Chan', role: 'Acting head of service'}}]},
        {
          text: 'The academy was rated good, said its principal, Fiona Ross.',
          claims: [{text: 'principal, Fiona Ross', value: {person: 'Fiona Ross', role: 'principal'}}]
        },
        {
          text: 'Economist Ruth Gregory, of Capital Economics, expects rates to fall.',
          claims: [{text: 'Economist Ruth Gregory', value: {person: 'Ruth Gregory', role: 'Economist'}}]
        },
        {
          text: 'Mayor Andy Burnham and deputy mayor Kate Green met the minister.',
          claims: [
            {text: 'Mayor Andy Burnham', value: {person: 'Andy Burnham', role: 'Mayor'}},
            {text: 'deputy mayor Kate Green', value: {person: 'Kate Green', role: 'deputy mayor'}}
          ]
        },
        {
          text: 'Dr Anika Rao, a consultant cardiologist at the hospital, said the drug works.',
          claims: [{text: 'Dr Anika Rao, a consultant cardiologist at the hospital', value: {person: 'Anika Rao', role: 'consultant cardiologist at the hospital'}}]
        },
        {
          text: 'The union’s general secretary, Paul Nowak, said members would strike.',
          claims: [{text: 'union’s general secretary, Paul Nowak', value: {person: 'Paul Nowak', role: 'union’s general secretary'}}]
        },
        {
          text: 'President  Emmanuel   Macron spoke.',
          claims: [{text: 'President  Emmanuel   Macron', value: {person: 'Emmanuel Macron', role: 'President'}}]
        }
      ]
    }))
})
