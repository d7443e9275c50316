/**
 * Sentence boundaries of the five seed articles (the bodies of
 * `corpus/<id>.txt`, byte-identical to `../shared/seed-corpus`), an
 * acceptance test of the segmenter on real news copy. The front matter is
 * cut off and the body segmented as plain text, chrome included.
 *
 * How the counts were made: by reading each file line by line. Every
 * non-blank line is a block (`grep -c '[^[:space:]]'` gives 32, 17, 50, 16
 * and 18 lines); then, reading each line, every further full stop, question
 * mark or closing quote that ends a sentence inside the line adds one:
 *
 * - bbc-liverpool: 32 lines + 1 ("…Instagram, external? You can also…") = 33.
 * - bbc-sefton: 17 lines + 1 (the same "Why not follow…? You can…") = 18.
 * - echo-liverpool: 50 lines + 14 paragraphs of two sentences (e.g.
 *   "…previous senior leaders.” The failure…", "…our children. Instead of
 *   improving…") + 3 in the chrome ("Already a member? Sign in here" twice,
 *   "One app. One membership.") = 67.
 * - echo-sefton: 16 lines + 15 ("…(Ofsted). The report is opened…"; three
 *   sentences in "Following those findings…" and in "The response to
 *   children who go missing…"; one more in each quoted paragraph but the
 *   first of Martin Birch's statement) = 31.
 * - lcc-liverpool: 18 lines, one sentence each (headings, bullets and
 *   "The full report can be read here:" have no final stop) = 18.
 *
 * The openings table lists the first three words of every sentence, so the
 * test can move to `corpus/<id>.txt` through full ingestion by deleting the
 * chrome entries ("Skip to main content", "READ MORE: …", "Sign in here").
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {segmentText} from '../../src/segment/sentences.js'

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url))

/** The article body: the file without its front matter block. */
function read(id: string): string {
  const file = readFileSync(`${corpus}${id}.txt`, 'utf8')
  const close = file.indexOf('\n---\n', 4)
  if (!file.startsWith('---\n') || close < 0) throw new Error(`${id}: no front matter`)
  return file.slice(close + 5)
}

function opening(text: string): string {
  return text.split(/\s+/).slice(0, 3).join(' ')
}

/** First three words of each sentence, in order. */
const openings: Record<string, string[]> = {
  'bbc-liverpool': [
    "Liverpool children left",
    "- Published",
    "Children in need",
    "Liverpool City Council's",
    "A damning report",
    "The council said",
    "Ofsted, which inspected",
    "The report said",
    "It also said",
    "Merseyside Police has",
    "The inspection also",
    "Some children did",
    "Risks were not",
    "Domestic abuse and",
    "Some services were",
    "'Unacceptable failures'",
    "Elsewhere, inspectors said",
    "The report did",
    "It also said",
    "Following the 2018",
    "When asked why",
    "\"What is most",
    "\"All of us",
    "The council said",
    "Liberal Democrat opposition",
    "Government officials were",
    "\"All the emphasis",
    "\"In the meantime",
    "The council promised",
    "Why not follow",
    "You can also",
    "Related topics",
    "- Published18 January"
  ],
  'bbc-sefton': [
    "Children left at",
    "- Published",
    "Highly vulnerable children",
    "Children's services at",
    "Widespread failures in",
    "The council said",
    "A spokesman said",
    "The inspection, which",
    "Children were facing",
    "The report, external",
    "It found planned",
    "'Learn and improve'",
    "Martin Birch, the",
    "He continued: \"During",
    "\"We knew from",
    "\"Our main area",
    "Why not follow",
    "You can also"
  ],
  'echo-liverpool': [
    "Get all your",
    "100’s of premium",
    "One app.",
    "Start reading",
    "Liverpool Echo",
    "Liverpool Echo",
    "National",
    "David Humphreys",
    "Leaders criticised over",
    "Senior leaders failed",
    "A damning Ofsted",
    "After an inspection",
    "Assessing the impact",
    "READ MORE: Fight",
    "The report's findings",
    "During the inspection",
    "The current interim",
    "Despite significant investment",
    "The report said",
    "“The extent to",
    "The failure to",
    "However, Ofsted officials",
    "This included strengthening",
    "Ofsted said both",
    "Despite immediate capacity",
    "The wide-ranging report",
    "This has impacted",
    "In a startling",
    "The issue of",
    "Senior managers were",
    "Officials highlighted how",
    "It was said",
    "The assessment said:",
    "Social workers reported",
    "Supervision by team",
    "The report said:",
    "Senior managers recognised",
    "“Social workers welcome",
    "Cllr Cashman said:",
    "\"The council senior",
    "Cllr Liz Makinson,",
    "Instead of improving,",
    "“When the words",
    "It is beyond",
    "“There is a",
    "Join the Liverpool",
    "READ NEXT",
    "Two teenagers drown",
    "Men punched and",
    "Accountant turned drug",
    "Fight in the",
    "Frankie Bridge looks",
    "Sign up to",
    "Read news from",
    "Already a member?",
    "Sign in here",
    "Related Stories",
    "Top stories on",
    "One subscription that",
    "Already a member?",
    "Sign in here",
    "Our Picks",
    "Fourteen days free",
    "Download the app",
    "One app.",
    "One membership.",
    "100+ trusted global"
  ],
  'echo-sefton': [
    "Sefton Council has",
    "The local authority",
    "The report is",
    "Following a joint",
    "The report claims",
    "READ MORE: Ava",
    "Following those findings,",
    "This report nine",
    "The report, based",
    "The report said:",
    "Action is taken",
    "\"The response to",
    "Return home interviews",
    "When interviews take",
    "\"When allegations are",
    "There are delays",
    "\"The designated officer",
    "Records of the",
    "Responding to the",
    "“We accept the",
    "We take Ofsted’s",
    "“We knew from",
    "During 2021/22, the",
    "“Ofsted have recognised",
    "Our dedicated staff",
    "“Our main area",
    "We want this",
    "“The next step",
    "Our ambitious plans",
    "\"Our children and",
    "It is vital"
  ],
  'lcc-liverpool': [
    "Skip to main",
    "Children’s Services Ofsted",
    "Liverpool City Council",
    "The inspection that",
    "The outcome of",
    "• The experiences",
    "• The experiences",
    "• The experiences",
    "• The impact",
    "• Overall effectiveness",
    "They raised concerns",
    "They have listed",
    "On a more",
    "The response to",
    "And most children",
    "The report notes",
    "They also recognised",
    "The full report"
  ],
}

/** Whole sentences checked by hand: each must come out exactly so. */
const exact: Record<string, string[]> = {
  'bbc-liverpool': [
    'The council said it planned to invest an extra £4.5m into the service.',
    '"What is most important is that we fix this," he said.',
    '"All of us want the very best for all children in the city, particularly the most vulnerable."',
    '"All the emphasis has been on the crisis in regeneration and finance," he said.',
    'Why not follow BBC North West on Facebook, external, Twitter, external and Instagram, external?',
    'You can also send story ideas to northwest.newsonline@bbc.co.uk, external',
    "'Unacceptable failures'",
    '- Published18 January 2019'
  ],
  'bbc-sefton': [
    'He continued: "During 2021/22, the council agreed a further £10m investment of both permanent and temporary funding, and agreed to support the service to increase staffing levels with a new structure being approved in October 2021.',
    '"We knew from the findings of the report that there was much work to do.',
    'Widespread failures in assessment, planning and management left some children "with inadequate protection", the report said.',
    "'Learn and improve'"
  ],
  'echo-liverpool': [
    '“The extent to which services have declined has not been understood by previous senior leaders.”',
    'Ofsted said both Ms Joyner and the management team recognised the “significant amount of work to do” with findings from the inspection used to shape improvement plans.',
    'The report\'s findings have been heavily criticised by opposition members, with newly appointed Liberal Democrat leader, Cllr Carl Cashman, describing the council’s performance as “a staggering failure of our children and young people.”',
    '“Social workers welcome this new approach, which is more aligned to their values and beliefs.”',
    'Cllr Cashman said: “It is shocking to read a report stating that there are serious failures to safeguard our children.',
    'Instead of improving, things have got worse.',
    'One app.',
    'One membership.'
  ],
  'echo-sefton': [
    "The local authority has been deemed inadequate by the Office for Standards in Education, Children's Services and Skills (Ofsted).",
    'During 2021/22, the Council agreed a further circa £10 million investment of both permanent and temporary funding, and agreed to support the service to increase staffing levels with a new structure being approved in October 2021.',
    'Records of the advice being offered, and actions being taken, are not consistently kept."',
    'It is vital that each and every one of them receives the support and care they need and deserve.”',
    'READ MORE: Ava White murder trial updates as boy, 14, in court over death of Liverpool schoolgirl'
  ],
  'lcc-liverpool': [
    'Liverpool City Council has committed to tackling failings identified in an Ofsted inspection of its Children’s Services department, which has ranked the service as ‘inadequate’ overall.',
    '• Overall effectiveness – Inadequate',
    'The report notes that interim Chief Executive Theresa Grant has “substantially accelerated the pace of improvement through additional financial investment and securing increased social work capacity, and [that] work is under way to address placement sufficiency issues”.',
    'The full report can be read here:'
  ]
}

const counts: Record<string, number> = {
  'bbc-liverpool': 33,
  'bbc-sefton': 18,
  'echo-liverpool': 67,
  'echo-sefton': 31,
  'lcc-liverpool': 18
}

describe('seed articles', () => {
  for (const id of Object.keys(counts)) {
    describe(id, () => {
      const text = read(id)
      const sentences = segmentText(text)

      test('sentence count (counted by hand)', () => {
        expect(sentences.length).toBe(counts[id])
        expect(openings[id]!.length).toBe(counts[id])
      })

      test('sentence openings', () => {
        expect(sentences.map((s) => opening(s.text))).toEqual(openings[id])
      })

      test('hand-checked sentences', () => {
        const all = sentences.map((s) => s.text)
        for (const sentence of exact[id]!) expect(all).toContain(sentence)
      })
    })
  }
})
