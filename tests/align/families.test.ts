// Source families: copies of one text (a wire story reprinted, a press
// release copied) are one source, even lightly edited; independent articles
// on the same event, quoting the same people, are not.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {align, containment, shingles, sourceFamilies, withoutQuotations} from '../../src/align/index.js'
import {claim, count} from './helpers.js'

const WIRE = [
  'A powerful earthquake struck the mountainous west of Velmora late on Friday, killing at least 240 people and flattening hundreds of homes, the national disaster agency said on Saturday.',
  'The magnitude 6.4 quake hit at 11.11pm local time at a depth of about 18 kilometres, according to the Velmoran Seismic Institute, and was followed by several strong aftershocks.',
  'Rescuers worked through the night in the town of Ostrava Nova, where many old stone buildings collapsed, trapping families as they slept.',
  '"We heard a roar and then everything fell," said Mira Kovac, a shopkeeper who spent the night in the street with her children.',
  'The government declared three days of national mourning and sent army units to help clear roads blocked by landslides in the Karst Highlands.',
  'Hospitals in the region said they were treating more than 1,000 injured people, and appealed for blood donations.',
  'It was the deadliest earthquake to hit the country in more than six decades, officials said.'
]

const INDEPENDENT = [
  'Villagers in the Karst Highlands spent a second night outdoors on Saturday, too frightened to return to homes cracked by the earthquake that has killed at least 240 people across western Velmora.',
  'In Ostrava Nova, volunteers formed lines to pass bricks from the ruins of the old market hall while soldiers handed out tents and bottled water.',
  '"We heard a roar and then everything fell," said Mira Kovac, a shopkeeper who spent the night in the street with her children.',
  'Engineers warned that many buildings in the old town were built without any protection against quakes, and said the damage showed how exposed the region remains.',
  'The interior minister, visiting the town, promised that every family would be rehoused before the winter, and said 40 million would be released from reserves for reconstruction.',
  'Aid groups said the most urgent needs were shelter, clean water and medical care for the injured, many of whom have been moved to hospitals in the capital.'
]

const text = (paragraphs: readonly string[]) => paragraphs.join('\n')

describe('source families', () => {
  test('a reprint with its headline changed, a paragraph added and a sentence cut is one family with the original', () => {
    const original = {id: 'wire', title: 'Velmora earthquake kills 240', text: text(WIRE)}
    const reprint = {
      id: 'herald',
      title: 'Hundreds dead as quake hits Velmora',
      text: text(['Local readers with relatives in Velmora can call the consulate helpline.', ...WIRE.slice(0, 4), ...WIRE.slice(5)])
    }
    const edited = {id: 'courier', title: 'Quake: deadliest in decades', text: text([...WIRE.slice(0, 2), WIRE[2]?.replace('Rescuers worked', 'Rescue teams worked') ?? '', ...WIRE.slice(3, 6)])}
    const families = sourceFamilies([edited, reprint, original])
    expect(families.get('wire')).toBe('courier')
    expect(families.get('herald')).toBe('courier')
    expect(families.get('courier')).toBe('courier')
  })

  test('two independent articles on the same event, sharing a quotation, are two families', () => {
    const families = sourceFamilies([
      {id: 'wire', text: text(WIRE)},
      {id: 'own', text: text(INDEPENDENT)}
    ])
    expect(families.get('wire')).toBe('wire')
    expect(families.get('own')).toBe('own')
  })

  test('a short rewrite made mostly of the wire story\'s quotations is not a copy of it', () => {
    const quotes = [
      '“We were in our offices and suddenly the building started shaking,” said Bashir Ahmad, a resident of the old town.',
      '“Wall plasters started to fall down and the walls got cracks, some walls and parts of the building collapsed.”',
      '“I am not able to contact my family, network connections are disconnected. I am too worried and scared, it was horrifying,” he said.'
    ]
    const wire = text([...WIRE.slice(0, 3), ...quotes, ...WIRE.slice(4)])
    const rewrite = text(['The earthquake in western Velmora has left hundreds dead, the United Nations said.', ...quotes.map((q) => q.replace('said Bashir Ahmad, a resident of the old town', 'Bashir Ahmad told a news agency'))])
    const families = sourceFamilies([
      {id: 'rewrite', text: rewrite},
      {id: 'wire', text: wire}
    ])
    expect(families.get('wire')).toBe('wire')
    expect(families.get('rewrite')).toBe('rewrite')
  })

  test('withoutQuotations: quoted words removed, the rest kept with a break', () => {
    expect(withoutQuotations('He said “we will rebuild” and left. "Soon," she said.')).toBe('He said  |  and left.  |  she said.')
    expect(withoutQuotations('An open “quote\nthen a line “closed” here')).toBe('An open “quote\nthen a line  |  here')
  })

  test('property: withoutQuotations leaves text without quotation marks as it is, and keeps every other word outside quotes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('word', ' ', '“', '”', '"', '«', '»', '\n', 'x'), {maxLength: 40}), (parts) => {
        const input = parts.join('')
        const out = withoutQuotations(input)
        if (!/[“"«]/.test(input)) expect(out).toBe(input)
        expect(out.replaceAll(' | ', '').length).toBeLessThanOrEqual(input.length)
      }),
      {numRuns: 300, seed: 8}
    )
  })

  test('an article too short to tell a copy from a shared phrase is its own family', () => {
    const families = sourceFamilies([
      {id: 'a', text: 'Rescuers worked through the night.'},
      {id: 'b', text: 'Rescuers worked through the night.'}
    ])
    expect(families.get('b')).toBe('b')
  })

  test('containment: symmetric, 1 for a text with itself, 0 for unrelated texts', () => {
    const a = shingles(text(WIRE))
    const b = shingles(text(INDEPENDENT))
    expect(containment(a, a)).toBe(1)
    expect(containment(a, b)).toBe(containment(b, a))
    expect(containment(a, b)).toBeLessThan(0.25)
  })

  test('shingles ignore case, punctuation and accents', () => {
    expect(shingles('The Quake hit Ostrava Nová at night, officials said on Saturday morning.')).toEqual(shingles('the quake hit ostrava nova at night officials said on saturday morning'))
  })

  test('property: families do not depend on input order, and a family id is its smallest member', () => {
    const pool = [
      {id: 'a', text: text(WIRE)},
      {id: 'b', text: text(WIRE.slice(1))},
      {id: 'c', text: text(INDEPENDENT)},
      {id: 'd', text: text([...INDEPENDENT.slice(0, 5), 'A new closing line.'])},
      {id: 'e', text: 'A short note.'}
    ]
    const expected = sourceFamilies(pool)
    expect([...expected.values()].sort()).toEqual(['a', 'a', 'c', 'c', 'e'])
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, {minLength: pool.length, maxLength: pool.length}), (shuffled) => {
        const families = sourceFamilies(shuffled)
        expect([...families].sort()).toEqual([...expected].sort())
        for (const [id, family] of families) expect(family <= id).toBe(true)
      }),
      {numRuns: 30, seed: 5}
    )
  })
})

describe('independent sources in findings', () => {
  const wireText = text(WIRE)
  const articles = [
    {id: 'a-wire', outlet: 'Wire Service', story: 'quake', text: wireText},
    {id: 'b-reprint', outlet: 'Daily Ledger', story: 'quake', text: text([...WIRE, 'Readers can donate through the Red Cross appeal.'])},
    {id: 'c-own', outlet: 'The Courier', story: 'quake', text: text(INDEPENDENT)}
  ]
  const deaths = (article: string, sentence: string) => claim(article, sentence, 'at least 240 people', 'count', count(240, 'person'))

  test('three outlets agree, two of them one wire copy: two independent sources, said in the message', () => {
    const claims = [deaths('a-wire', WIRE[0] as string), deaths('b-reprint', WIRE[0] as string), deaths('c-own', INDEPENDENT[0] as string)]
    const result = align({articles, claims})
    expect(result.families.get('b-reprint')).toBe('a-wire')
    expect(result.families.get('c-own')).toBe('c-own')
    const agree = result.findings.find((f) => f.verdict === 'agree')
    expect(agree?.claims).toHaveLength(3)
    expect(agree?.sources).toEqual({articles: 3, families: 2})
    expect(agree?.message).toMatch(/3 outlets agree, but 2 of them carry the same wire copy: 2 independent sources\.$/)
  })

  test('agreement only among copies of one text says it is one source', () => {
    const claims = [deaths('a-wire', WIRE[0] as string), deaths('b-reprint', WIRE[0] as string)]
    const result = align({articles: articles.slice(0, 2), claims})
    const agree = result.findings.find((f) => f.verdict === 'agree')
    expect(agree?.sources).toEqual({articles: 2, families: 1})
    expect(agree?.message).toMatch(/All 2 outlets carry the same wire copy: 1 independent source, not independent corroboration\.$/)
  })

  test('independent outlets: sources equal articles, and the message says nothing of copies', () => {
    const claims = [deaths('a-wire', WIRE[0] as string), deaths('c-own', INDEPENDENT[0] as string)]
    const result = align({articles: [articles[0], articles[2]].filter((a) => a !== undefined), claims})
    const agree = result.findings.find((f) => f.verdict === 'agree')
    expect(agree?.sources).toEqual({articles: 2, families: 2})
    expect(agree?.message).not.toMatch(/wire copy/)
  })
})
