// Synthetic look-alike coverage for story inference: several events of one
// kind (quarterly results, earthquakes, court sentences) in the same week,
// each covered by several outlets in their own words. The events differ only
// in who, where and the figures; the outlets of one event share only those.
import type {StoryArticle} from '../../src/align/index.js'

export interface Event {
  key: string
  /** Names the wording templates fill in. */
  names: Record<string, string>
}

type Template = (n: Record<string, string>) => {title: string; text: string}

function build(kind: string, events: readonly Event[], outlets: readonly Template[], days: readonly number[]): Array<StoryArticle & {event: string}> {
  const out: Array<StoryArticle & {event: string}> = []
  events.forEach((event, e) => {
    outlets.forEach((template, o) => {
      const {title, text} = template(event.names)
      const day = (days[e] ?? 1) + (o % 2)
      out.push({id: `${kind}-${event.key}-${o}`, event: event.key, title, text, outlet: ['Daily Ledger', 'The Courier', 'Wire Report'][o % 3] as string, published: `2024-03-${String(day).padStart(2, '0')}`})
    })
  })
  return out
}

const earningsOutlets: Template[] = [
  (n) => ({
    title: `${n.company} profit rises as chip demand holds up`,
    text: `${n.company} said on Tuesday that fourth-quarter net income rose 12 per cent to $${n.profit} billion, helped by strong demand for its processors. Chief executive ${n.ceo} said the ${n.town}-based company expected sales to keep growing this year. Revenue climbed to $${n.revenue} billion. Shares of ${n.company} rose 3 per cent in extended trading.`
  }),
  (n) => ({
    title: `${n.company} beats forecasts with quarterly earnings`,
    text: `Quarterly earnings at ${n.company} came in ahead of analysts' estimates. The ${n.town} chipmaker reported revenue of $${n.revenue} billion and net profit of $${n.profit} billion for the three months to December. "Demand stayed strong through the holidays," ${n.ceo} told analysts on a conference call. Investors welcomed the results.`
  }),
  (n) => ({
    title: `Results: ${n.company} lifts profit`,
    text: `${n.ceo}, who runs ${n.company}, hailed a record quarter after the group lifted net income to $${n.profit} billion on sales of $${n.revenue} billion. The company, based in ${n.town}, gave an upbeat outlook for the first quarter, and its shares gained in late trading.`
  })
]

/** Five quarterly-results stories of different companies in one week, three outlets each. */
export function earnings(): Array<StoryArticle & {event: string}> {
  const events: Event[] = [
    {key: 'norvex', names: {company: 'Norvex', ceo: 'Helen Marsh', town: 'Austin', profit: '1.5', revenue: '9.7'}},
    {key: 'caldera', names: {company: 'Caldera Systems', ceo: 'Omar Haddad', town: 'Denver', profit: '2.1', revenue: '11.4'}},
    {key: 'quillon', names: {company: 'Quillon', ceo: 'Priya Raman', town: 'Portland', profit: '0.8', revenue: '4.2'}},
    {key: 'brightwater', names: {company: 'Brightwater Semiconductor', ceo: 'Lars Eklund', town: 'Boston', profit: '3.3', revenue: '15.9'}},
    {key: 'tessaly', names: {company: 'Tessaly', ceo: 'Grace Okafor', town: 'Phoenix', profit: '1.1', revenue: '6.6'}}
  ]
  return build('earn', events, earningsOutlets, [4, 5, 5, 6, 7])
}

const quakeOutlets: Template[] = [
  (n) => ({
    title: `Earthquake kills dozens in ${n.country}`,
    text: `A magnitude ${n.magnitude} earthquake struck ${n.region} in ${n.country} late on Friday, killing at least ${n.deaths} people and flattening homes, officials said. Rescuers searched collapsed buildings through the night in ${n.town}. The ${n.agency} said the quake was shallow.`
  }),
  (n) => ({
    title: `${n.country} quake: rescuers race to reach trapped villagers`,
    text: `Rescue teams in ${n.country} dug through rubble on Saturday after the powerful quake near ${n.town}. The death toll has risen to ${n.deaths}, according to the ${n.agency}. Many villages in ${n.region} remain cut off, and survivors slept in the open.`
  }),
  (n) => ({
    title: `Death toll climbs after ${n.region} earthquake`,
    text: `At least ${n.deaths} people died when the earthquake hit ${n.region}, ${n.country}, the ${n.agency} said. The magnitude ${n.magnitude} tremor was felt as far as the capital. Hospitals in ${n.town} were overwhelmed with the injured.`
  })
]

/** Two earthquakes in different countries in the same week, three outlets each. */
export function earthquakes(): Array<StoryArticle & {event: string}> {
  const events: Event[] = [
    {key: 'velmora', names: {country: 'Velmora', region: 'the Karst Highlands', town: 'Ostrava Nova', agency: 'Velmoran Seismic Institute', deaths: '240', magnitude: '6.4'}},
    {key: 'dunhaven', names: {country: 'Dunhaven', region: 'the Serrin Valley', town: 'Port Alder', agency: 'Dunhaven Geological Office', deaths: '85', magnitude: '5.9'}}
  ]
  return build('quake', events, quakeOutlets, [8, 9])
}

const courtOutlets: Template[] = [
  (n) => ({
    title: `${n.defendant} jailed for ${n.crime}`,
    text: `${n.defendant}, ${n.age}, was jailed for ${n.years} years at Northgate Crown Court on Monday for ${n.crime}. Judge Alan Pryce told ${n.surname} the offences had caused lasting harm. The court heard that ${n.surname} had targeted ${n.victims} victims in ${n.town}.`
  }),
  (n) => ({
    title: `${n.town} ${n.role} sentenced to ${n.years} years`,
    text: `A ${n.role} from ${n.town} has been sentenced to ${n.years} years in prison. ${n.defendant} admitted ${n.crime} at an earlier hearing at Northgate Crown Court. Detectives said ${n.surname} showed no remorse for what the ${n.victims} victims went through.`
  })
]

/** Three sentences of different people at the same court in the same week, two outlets each. */
export function sentences(): Array<StoryArticle & {event: string}> {
  const events: Event[] = [
    {key: 'fenwick', names: {defendant: 'Martin Fenwick', surname: 'Fenwick', age: '52', years: '6', crime: 'fraud', role: 'accountant', town: 'Easterby', victims: '14'}},
    {key: 'oyelaran', names: {defendant: 'Tobi Oyelaran', surname: 'Oyelaran', age: '31', years: '4', crime: 'fraud', role: 'builder', town: 'Westmoor', victims: '9'}},
    {key: 'castellan', names: {defendant: 'Rosa Castellan', surname: 'Castellan', age: '44', years: '5', crime: 'fraud', role: 'landlord', town: 'Harlow Bridge', victims: '22'}}
  ]
  return build('court', events, courtOutlets, [11, 12, 12])
}

/** Stories as sets of events: each inferred story's distinct events, sorted. */
export function eventsOf(stories: ReadonlyArray<{articles: string[]}>, articles: ReadonlyArray<{id: string; event: string}>): string[][] {
  const event = new Map(articles.map((a) => [a.id, a.event]))
  return stories.map((s) => [...new Set(s.articles.map((id) => event.get(id) ?? id))].sort()).sort((a, b) => (a[0] as string).localeCompare(b[0] as string))
}
