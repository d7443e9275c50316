// Chrome rules on pages written for these tests (other outlets, other
// topics): nothing here comes from the seed corpus.
import {describe, expect, test} from 'vitest'
import {parseArticle} from '../../src/ingest/parse.js'
import {detectChrome} from '../../src/ingest/chrome.js'
import {lineBlocks} from '../../src/segment/blocks.js'
import type {Article} from '../../src/types.js'
import {checkOffsets, keptTexts} from './helpers.js'

/** Rule per excluded line, and the kept lines. */
function classify(page: string, meta = {}): {kept: string[]; rules: Record<string, string>; article: Article} {
  const article = parseArticle(page, {meta})
  checkOffsets(article)
  const rules: Record<string, string> = {}
  for (const range of article.excluded) rules[article.source.slice(range.start, range.end)] = range.rule
  return {kept: keptTexts(article), rules, article}
}

const sportPage = `Skip to content
Sport
The Daily Courier
Rovers stun leaders with late winner
By Sam Patel
Published 3 March 2024
Rovers came from behind to beat the league leaders 2-1 on Saturday, with a stoppage-time header from Kane Ellis.
The visitors had led through a first-half penalty.
Read more: Ellis signs new three-year contract
"We never stopped believing," manager Tom Reid said.
Turning point
The game turned when the visitors were reduced to ten men after 70 minutes.
Rovers fans who subscribe to the club's streaming service were able to watch the match live.
“It was a fair result.”
Share this article
More on this story
City sack manager after run of defeats
Transfer window: all the deals so far
Follow The Daily Courier on Facebook and X for the latest sport news`

describe('a sport page with header and footer chrome', () => {
  const meta = {outlet: 'The Daily Courier', title: 'Rovers stun leaders with late winner', author: 'Sam Patel'}
  const {kept, rules} = classify(sportPage, meta)

  test.each([
    ['Skip to content', 'chrome/prompt'],
    ['Sport', 'chrome/masthead'],
    ['The Daily Courier', 'chrome/masthead'],
    ['By Sam Patel', 'chrome/byline'],
    ['Published 3 March 2024', 'chrome/dateline'],
    ['Read more: Ellis signs new three-year contract', 'chrome/read-more'],
    ['Share this article', 'chrome/social'],
    ['More on this story', 'chrome/link-list'],
    ['City sack manager after run of defeats', 'chrome/link-list'],
    ['Transfer window: all the deals so far', 'chrome/link-list'],
    ['Follow The Daily Courier on Facebook and X for the latest sport news', 'chrome/social']
  ])('%s → %s', (line, rule) => {
    expect(rules[line]).toBe(rule)
  })

  test('article text is kept: headline, subheading, short quote, prose with "subscribe"', () => {
    expect(kept).toEqual([
      'Rovers stun leaders with late winner',
      'Rovers came from behind to beat the league leaders 2-1 on Saturday, with a stoppage-time header from Kane Ellis.',
      'The visitors had led through a first-half penalty.',
      '"We never stopped believing," manager Tom Reid said.',
      'Turning point',
      'The game turned when the visitors were reduced to ten men after 70 minutes.',
      "Rovers fans who subscribe to the club's streaming service were able to watch the match live.",
      '“It was a fair result.”'
    ])
  })
})

const businessPage = `Markets
Log in
Subscribe
Shares in Acme fall 12% after profit warning
Shares in Acme Holdings fell 12% on Tuesday after the retailer warned that annual profit would miss forecasts by £40m.
The company blamed weaker demand in its home division. Its results showed:
• Revenue up 3% to £1.2bn
• Pre-tax profit down 18%
• Net debt of £310m
Related articles
Acme boss to step down next year
Why retailers are cutting prices
Analysts said the warning had been expected since the group's trading update in January, when sales slowed.
Chief executive Ana Lopes said the board would review the dividend.
Advertisement
Subscribers to Acme's loyalty scheme rose by 20% last year, the company added.
The results will be published in full on 14 May.`

describe('a business page without metadata', () => {
  const {kept, rules} = classify(businessPage)

  test('header labels and prompts before the headline are chrome', () => {
    expect(rules['Markets']).toBe('chrome/masthead')
    expect(rules['Log in']).toBe('chrome/prompt')
    expect(rules['Subscribe']).toBe('chrome/prompt')
  })

  test('a related-links list in the middle is chrome, the prose around it is kept', () => {
    expect(rules['Related articles']).toBe('chrome/link-list')
    expect(rules['Acme boss to step down next year']).toBe('chrome/link-list')
    expect(rules['Why retailers are cutting prices']).toBe('chrome/link-list')
    expect(rules['Advertisement']).toBe('chrome/prompt')
    expect(kept).toContain("Analysts said the warning had been expected since the group's trading update in January, when sales slowed.")
  })

  test('a bulleted list, a colon lead-in and a short last paragraph are kept', () => {
    expect(kept).toEqual([
      'Shares in Acme fall 12% after profit warning',
      'Shares in Acme Holdings fell 12% on Tuesday after the retailer warned that annual profit would miss forecasts by £40m.',
      'The company blamed weaker demand in its home division. Its results showed:',
      '• Revenue up 3% to £1.2bn',
      '• Pre-tax profit down 18%',
      '• Net debt of £310m',
      "Analysts said the warning had been expected since the group's trading update in January, when sales slowed.",
      'Chief executive Ana Lopes said the board would review the dividend.',
      "Subscribers to Acme's loyalty scheme rose by 20% last year, the company added.",
      'The results will be published in full on 14 May.'
    ])
  })
})

const paywallPage = `Your weekly digest, all in one place.
Try it free for 30 days
Start your free trial
Westbury Gazette
Westbury Gazette
Politics
Jane Okafor
Mayor defends bus fare rise
The mayor has defended a 20p rise in bus fares, saying the network would otherwise lose £3m a year.
Opposition councillors said the rise would hit the poorest residents hardest.
Join our Westbury news WhatsApp group
MOST READ
Road closed after lorry fire
Bakery wins national award
Sign up to continue reading
Get unlimited access to local news you can trust.
Already a subscriber? Log in
Recommended for you
Thirty days free
Download our app
One login. Every story.`

describe('an aggregator page with a paywall', () => {
  const meta = {outlet: 'Westbury Gazette', author: 'Jane Okafor', title: 'Mayor defends bus fare rise'}
  const {kept, rules} = classify(paywallPage, meta)

  test('only the article is kept', () => {
    expect(kept).toEqual([
      'Mayor defends bus fare rise',
      'The mayor has defended a 20p rise in bus fares, saying the network would otherwise lose £3m a year.',
      'Opposition councillors said the rise would hit the poorest residents hardest.'
    ])
  })

  test('each chrome line has a rule', () => {
    expect(rules['Westbury Gazette']).toBe('chrome/masthead')
    expect(rules['Jane Okafor']).toBe('chrome/byline')
    expect(rules['Politics']).toBe('chrome/masthead')
    expect(rules['Join our Westbury news WhatsApp group']).toBe('chrome/social')
    expect(rules['MOST READ']).toBe('chrome/link-list')
    expect(rules['Road closed after lorry fire']).toBe('chrome/link-list')
    expect(rules['Sign up to continue reading']).toBe('chrome/prompt')
    expect(rules['Already a subscriber? Log in']).toBe('chrome/prompt')
    expect(rules['Thirty days free']).toBe('chrome/prompt')
    expect(rules['Download our app']).toBe('chrome/prompt')
  })

  test('the same page without metadata still drops the prompts and the repeated masthead', () => {
    const bare = classify(paywallPage)
    expect(bare.rules['Try it free for 30 days']).toBe('chrome/prompt')
    expect(bare.rules['Westbury Gazette']).toBe('chrome/masthead')
    expect(bare.rules['Politics']).toBe('chrome/masthead')
    expect(bare.rules['Jane Okafor']).toBe('chrome/byline')
    expect(bare.kept).toContain('Mayor defends bus fare rise')
    expect(bare.kept).toContain('Opposition councillors said the rise would hit the poorest residents hardest.')
    expect(bare.kept).not.toContain('Sign up to continue reading')
  })
})

describe('datelines', () => {
  test.each(['Published 12 April 2022', 'Updated 14:32 GMT, 5 June 2023', '- Published', 'Last updated: 2 hours ago', 'Published2 March 2021', 'Posted on 4th July 2020 at 9am'])(
    '%s is a dateline',
    (line) => {
      const {rules} = classify(`Ferry services cancelled as storm hits coast\n${line}\nFerry operators cancelled all sailings on Friday as winds reached 80mph.`)
      expect(rules[line]).toBe('chrome/dateline')
    }
  )

  test.each(['Published figures show inflation fell to 3.2% in March.', 'Updated guidance was issued to schools on Monday.'])('%s is prose', (line) => {
    const {kept} = classify(`Inflation falls again\n${line}\nEconomists had expected a smaller fall.`)
    expect(kept).toContain(line)
  })
})

describe('counter-examples: article text that looks a little like chrome', () => {
  test('a two-word headline with no header chrome before it stays', () => {
    expect(classify('Rates Rise\nBy Priya Shah\nThe central bank raised rates by a quarter point on Thursday, its fifth rise this year.').kept).toContain('Rates Rise')
  })

  test('a short headline before a byline stays', () => {
    const {kept, rules} = classify('Storm closes schools\nBy Priya Shah\nMore than 40 schools were closed on Monday as the storm brought down power lines.')
    expect(kept).toContain('Storm closes schools')
    expect(rules['By Priya Shah']).toBe('chrome/byline')
  })

  test('quoted subheadings and a list of findings stay', () => {
    const page = `Hospital trust told to improve\nInspectors rated the trust as requiring improvement after a visit in May.\nThe inspectors found:\nWaiting times in the emergency department were too long\nSome medicines were not stored safely\n'Deeply disappointed'\nThe trust said it accepted the findings.`
    expect(classify(page).kept).toEqual(page.split('\n'))
  })

  test('prose that mentions apps, sign-ups and social networks stays', () => {
    const page = [
      'Council launches new recycling app',
      'Residents can download the app to check collection days, the council said.',
      'More than 5,000 people signed up in the first week.',
      'The council posted the news on Facebook and Twitter on Monday.',
      'Those who subscribe will get reminders the night before.'
    ].join('\n')
    expect(classify(page).kept).toEqual(page.split('\n'))
  })

  test('a page that is all article text loses nothing', () => {
    const page = 'Train fares to rise by 4.9%\nRail fares in England will rise by 4.9% from March, the government has announced.\nThe rise is below inflation.\n"Passengers deserve better," said a campaign group.'
    const {kept, article} = classify(page)
    expect(kept).toEqual(page.split('\n'))
    expect(article.excluded).toEqual([])
  })
})

test('detectChrome works on blocks directly and returns view offsets', () => {
  const text = 'Sign up to our newsletter\nRates held at 5%\nThe central bank held rates at 5% on Thursday.'
  const result = detectChrome(text, lineBlocks(text), {})
  expect(result.excluded.map((r) => text.slice(r.start, r.end))).toEqual(['Sign up to our newsletter'])
  expect(result.kept.map((b) => text.slice(b.start, b.end))).toEqual(['Rates held at 5%', 'The central bank held rates at 5% on Thursday.'])
  for (const range of result.excluded) expect(range.reason.length).toBeGreaterThan(10)
})

test('chrome: false keeps every line', () => {
  const article = parseArticle('Sign up now\nThe fee was £5m.', {chrome: false})
  expect(keptTexts(article)).toEqual(['Sign up now', 'The fee was £5m.'])
})

test('a text of a few short lines (a matcher test sentence) loses nothing to the header rules', () => {
  expect(keptTexts(parseArticle('Get £10m back'))).toEqual(['Get £10m back'])
  expect(keptTexts(parseArticle('Start date\nJune 2021'))).toEqual(['Start date', 'June 2021'])
})
