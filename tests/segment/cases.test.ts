/**
 * Tricky sentence boundaries in news text. Every input here is written for
 * this test (sport, business, courts, health, politics); none comes from the
 * seed articles. Each case gives the input (one block per line) and the
 * sentence texts expected, in order.
 */
import {describe, expect, test} from 'vitest'
import {lineBlocks} from '../../src/segment/blocks.js'
import {segmentText} from '../../src/segment/sentences.js'

type Case = [input: string, expected: string[]]

function texts(input: string): string[] {
  return segmentText(input).map((s) => s.text)
}

function table(name: string, cases: Case[]): void {
  describe(name, () => {
    test.each(cases)('%s', (input, expected) => {
      expect(texts(input)).toEqual(expected)
    })
  })
}

table('titles never end a sentence', [
  ['Mr. Patel told the court he was innocent.', ['Mr. Patel told the court he was innocent.']],
  ['Mrs. Okafor and Ms. Reid both resigned on Friday.', ['Mrs. Okafor and Ms. Reid both resigned on Friday.']],
  ['The patient was seen by Dr. Alvarez at St. Thomas\' Hospital.', ["The patient was seen by Dr. Alvarez at St. Thomas' Hospital."]],
  ['Prof. Lee led the trial. Results are due in May.', ['Prof. Lee led the trial.', 'Results are due in May.']],
  ['Cllr. Hughes voted against the budget.', ['Cllr. Hughes voted against the budget.']],
  ['Gen. Mark Milley and Sgt. Ana Ruiz attended.', ['Gen. Mark Milley and Sgt. Ana Ruiz attended.']],
  ['The service was led by Rev. Jane Holt.', ['The service was led by Rev. Jane Holt.']],
  ['Sen. Warren and Rep. Ocasio-Cortez wrote to Gov. Hochul.', ['Sen. Warren and Rep. Ocasio-Cortez wrote to Gov. Hochul.']],
  ['A sales rep. He was sacked in June.', ['A sales rep.', 'He was sacked in June.']]
])

table('company suffixes, Jr./Sr. and etc. decide by the next word', [
  ['Shares in Acme Inc. fell 4% on Tuesday.', ['Shares in Acme Inc. fell 4% on Tuesday.']],
  ['The contract went to Acme Inc. The deal is worth $2bn.', ['The contract went to Acme Inc.', 'The deal is worth $2bn.']],
  ['Smith & Co. Solicitors acted for the family.', ['Smith & Co. Solicitors acted for the family.']],
  ['He bought Widget Ltd. It had 40 staff.', ['He bought Widget Ltd.', 'It had 40 staff.']],
  ['Ford Motor Corp. Chairman Bill Ford spoke.', ['Ford Motor Corp. Chairman Bill Ford spoke.']],
  ['Martin Luther King Jr. Day is a holiday.', ['Martin Luther King Jr. Day is a holiday.']],
  ['The award went to Ken Griffey Sr. He was 52.', ['The award went to Ken Griffey Sr.', 'He was 52.']],
  ['Fans brought flags, scarves, etc. and sang all night.', ['Fans brought flags, scarves, etc. and sang all night.']],
  ['Fans brought flags, scarves, etc. The club banned drums.', ['Fans brought flags, scarves, etc.', 'The club banned drums.']],
  ['It was Arsenal vs. Chelsea in the final.', ['It was Arsenal vs. Chelsea in the final.']],
  ['Roe v. Wade was overturned in 2022.', ['Roe v. Wade was overturned in 2022.']]
])

table('e.g., i.e., dotted abbreviations and times', [
  ['Some drugs, e.g. Ozempic, are in short supply.', ['Some drugs, e.g. Ozempic, are in short supply.']],
  ['The league, i.e. the Premier League, fined the club.', ['The league, i.e. the Premier League, fined the club.']],
  ['The U.S. economy grew 2.8% last year.', ['The U.S. economy grew 2.8% last year.']],
  ['He moved to the U.S. The family followed in 2019.', ['He moved to the U.S.', 'The family followed in 2019.']],
  ['The U.K. Supreme Court ruled on Wednesday.', ['The U.K. Supreme Court ruled on Wednesday.']],
  ['Polls close at 10 p.m. Tuesday in most states.', ['Polls close at 10 p.m. Tuesday in most states.']],
  ['The match ended at 9 p.m. The next day the manager resigned.', ['The match ended at 9 p.m.', 'The next day the manager resigned.']],
  ['Doors open at 7 a.m. and close at 11 a.m. on Sundays.', ['Doors open at 7 a.m. and close at 11 a.m. on Sundays.']],
  ['She earned a Ph.D. in chemistry.', ['She earned a Ph.D. in chemistry.']]
])

table('numbers after No., months and pages', [
  ['The Prime Minister returned to No. 10 on Monday.', ['The Prime Minister returned to No. 10 on Monday.']],
  ['The hearing was set for Jan. 5 in Manhattan.', ['The hearing was set for Jan. 5 in Manhattan.']],
  ['Ticket sales opened on Sept. 12 and sold out.', ['Ticket sales opened on Sept. 12 and sold out.']],
  ['Figures are on p. 12 of the report.', ['Figures are on p. 12 of the report.']],
  ['The bill passed in Feb. The Senate then stalled it.', ['The bill passed in Feb.', 'The Senate then stalled it.']],
  ['Asked if he would quit, he said no. The vote is on Friday.', ['Asked if he would quit, he said no.', 'The vote is on Friday.']],
  ['The hospital treated 312 patients in 2023. 40 of them were children.', ['The hospital treated 312 patients in 2023.', '40 of them were children.']]
])

table('initials are not sentence ends', [
  ['J. K. Rowling donated £1m to the charity.', ['J. K. Rowling donated £1m to the charity.']],
  ['George W. Bush spoke at the memorial.', ['George W. Bush spoke at the memorial.']],
  ['The novel by J.R.R. Tolkien sold 100m copies.', ['The novel by J.R.R. Tolkien sold 100m copies.']],
  ['The club chose Plan B. The old stadium will be sold.', ['The club chose Plan B.', 'The old stadium will be sold.']]
])

table('decimals, money and versions', [
  ['The club lost £4.5m last season. Debts rose 3.5% to $1.5bn.', ['The club lost £4.5m last season.', 'Debts rose 3.5% to $1.5bn.']],
  ['The app was updated to v2.0 on Friday.', ['The app was updated to v2.0 on Friday.']],
  ['Turnover was €12.75bn, up 0.4%.', ['Turnover was €12.75bn, up 0.4%.']],
  ['Inflation was 2.3%. Rates were held at 5.25%.', ['Inflation was 2.3%.', 'Rates were held at 5.25%.']]
])

table('missing space after a full stop', [
  ['- Published18 January 2019', ['- Published18 January 2019']],
  ['The trial ended.Next week the jury returns.', ['The trial ended.', 'Next week the jury returns.']],
  ['Read more at bbc.co.uk/news today.', ['Read more at bbc.co.uk/news today.']],
  ['The U.S.-based firm hired 300 staff.', ['The U.S.-based firm hired 300 staff.']],
  ['Developers use ASP.NET and Node.js widely.', ['Developers use ASP.NET and Node.js widely.']],
  ['Email press@example.org for details.', ['Email press@example.org for details.']]
])

table('quotations', [
  ['"We must fix this." The minister left the room.', ['"We must fix this."', 'The minister left the room.']],
  ['“We must fix this.” The minister left the room.', ['“We must fix this.”', 'The minister left the room.']],
  ['‘We must fix this.’ The minister left the room.', ['‘We must fix this.’', 'The minister left the room.']],
  ['"What matters is that we win on Saturday," the coach said.', ['"What matters is that we win on Saturday," the coach said.']],
  ['The judge said the case would continue. "We will hear the evidence in full," she said.', ['The judge said the case would continue.', '"We will hear the evidence in full," she said.']],
  ['The trust said it would improve. “We will recruit 50 nurses.”', ['The trust said it would improve.', '“We will recruit 50 nurses.”']],
  ['"Why now?" she asked.', ['"Why now?" she asked.']],
  ['“Why now?” Harris asked. The minister did not reply.', ['“Why now?” Harris asked.', 'The minister did not reply.']],
  ['"Get out!" Mr Jones shouted at the referee.', ['"Get out!" Mr Jones shouted at the referee.']],
  ['"Is this fair?" He paused. "No."', ['"Is this fair?"', 'He paused.', '"No."']],
  ['The fans called it a ‘disgrace’. The club apologised.', ['The fans called it a ‘disgrace’.', 'The club apologised.']],
  ['Critics say the plan is “unworkable” and “too late”.', ['Critics say the plan is “unworkable” and “too late”.']],
  ['He said: “The deal is done. We are delighted.”', ['He said: “The deal is done.', 'We are delighted.”']]
])

table('ellipses', [
  ['The striker was… unlucky, the manager said.', ['The striker was… unlucky, the manager said.']],
  ['The verdict was... not what anyone expected.', ['The verdict was... not what anyone expected.']],
  ['He hesitated... Then he signed the contract.', ['He hesitated...', 'Then he signed the contract.']],
  ['“We waited and waited…” The queue grew.', ['“We waited and waited…”', 'The queue grew.']]
])

table('questions and exclamations', [
  ['Will the bank cut rates? Economists think so.', ['Will the bank cut rates?', 'Economists think so.']],
  ['What a goal! The crowd erupted.', ['What a goal!', 'The crowd erupted.']],
  ['Really?! Nobody believed it.', ['Really?!', 'Nobody believed it.']]
])

table('brackets', [
  ['The firm (founded in 1990. It now has 40 staff) was sold.', ['The firm (founded in 1990. It now has 40 staff) was sold.']],
  ['Turnover rose. (The company declined to comment.) Shares fell.', ['Turnover rose.', '(The company declined to comment.)', 'Shares fell.']],
  ['The minister (pictured) said the NHS [National Health Service] was safe.', ['The minister (pictured) said the NHS [National Health Service] was safe.']],
  ['A stray bracket (never closed. The next sentence is separate.', ['A stray bracket (never closed.', 'The next sentence is separate.']]
])

table('blocks: headings, bullets, list items, lines', [
  ['Hospital waiting lists hit record high\nThe NHS said 7.6m people were waiting.', ['Hospital waiting lists hit record high', 'The NHS said 7.6m people were waiting.']],
  ['Key points:\n• Rates held at 5.25%\n- Inflation fell to 2.3%\n1. Growth was flat', ['Key points:', '• Rates held at 5.25%', '- Inflation fell to 2.3%', '1. Growth was flat']],
  ['a. The first option is cheaper.', ['a. The first option is cheaper.']],
  ['IV. The verdict', ['IV. The verdict']],
  ['Match report\n\n\nUnited won 2-0.', ['Match report', 'United won 2-0.']]
])

table('multi-paragraph quotes (UK style)', [
  [
    'He said: “The ward was short of staff. Patients waited hours.\n“We have now hired 30 nurses. The situation is improving.”',
    ['He said: “The ward was short of staff.', 'Patients waited hours.', '“We have now hired 30 nurses.', 'The situation is improving.”']
  ],
  ['"The board has lost confidence in him. He must go.', ['"The board has lost confidence in him.', 'He must go.']]
])

table('line endings, spaces and astral characters', [
  ['First line.\r\nSecond line.\rThird line.', ['First line.', 'Second line.', 'Third line.']],
  ['\tIndented story begins. It goes on.\t', ['Indented story begins.', 'It goes on.']],
  ['Mr.\u00a0Smith arrived.\u00a0The hearing began.', ['Mr.\u00a0Smith arrived.', 'The hearing began.']],
  ['What a win! 🎉 The fans sang. 😀😀', ['What a win!', '🎉 The fans sang.', '😀😀']],
  ['The 𝒳 index rose. 𝒴 fell.', ['The 𝒳 index rose.', '𝒴 fell.']],
  ['Ørsted cut 800 jobs. Équipe was unaffected.', ['Ørsted cut 800 jobs.', 'Équipe was unaffected.']]
])

table('more news copy', [
  ['The defendant, 34, of Bold St., Liverpool, denied the charge. He was remanded.', ['The defendant, 34, of Bold St., Liverpool, denied the charge.', 'He was remanded.']],
  ['The St. Louis Cardinals won 5-3. The Cubs lost.', ['The St. Louis Cardinals won 5-3.', 'The Cubs lost.']],
  ['He joined Manchester United F.C. in 2004.', ['He joined Manchester United F.C. in 2004.']],
  ['The meeting is at 10.30am. Councillors will vote.', ['The meeting is at 10.30am.', 'Councillors will vote.']],
  ['Shares closed at 182.4p. The FTSE 100 rose.', ['Shares closed at 182.4p.', 'The FTSE 100 rose.']],
  ['The report (p. 14) found 3,000 cases. Ministers rejected it.', ['The report (p. 14) found 3,000 cases.', 'Ministers rejected it.']],
  ['Liverpool beat Everton 2-0 (H.T. 1-0). Salah scored twice.', ['Liverpool beat Everton 2-0 (H.T. 1-0).', 'Salah scored twice.']],
  ['Dr. Martin Luther King Jr. was born in 1929.', ['Dr. Martin Luther King Jr. was born in 1929.']],
  ['Washington, D.C. is the capital. It is not a state.', ['Washington, D.C. is the capital.', 'It is not a state.']],
  ['Revenue was $3.2bn vs. $2.9bn a year earlier. Net income fell.', ['Revenue was $3.2bn vs. $2.9bn a year earlier.', 'Net income fell.']],
  ['“Are you sure?” asked the judge. The witness nodded.', ['“Are you sure?” asked the judge.', 'The witness nodded.']],
  ['The judge asked: “Are you sure?” The witness nodded.', ['The judge asked: “Are you sure?”', 'The witness nodded.']],
  ['He said, "I never did it." But the jury disagreed.', ['He said, "I never did it."', 'But the jury disagreed.']],
  // Known limits, pinned: a proper noun after an ambiguous abbreviation
  // continues the sentence (a wrong merge is cheaper than a wrong split).
  ['She works at the U.N. Secretary-General António Guterres praised her.', ['She works at the U.N. Secretary-General António Guterres praised her.']],
  ['Arrived 3 p.m. Mr Jones was waiting.', ['Arrived 3 p.m. Mr Jones was waiting.']]
])

describe('offsets', () => {
  test('sentence offsets, index and block refer to the input text', () => {
    const input = 'Rates rise\r\n\r\n  The Bank acted. Mr. Bailey spoke.  \nDone'
    const sentences = segmentText(input)
    expect(sentences.map((s) => [s.index, s.block, s.text])).toEqual([
      [0, 0, 'Rates rise'],
      [1, 1, 'The Bank acted.'],
      [2, 1, 'Mr. Bailey spoke.'],
      [3, 2, 'Done']
    ])
    for (const s of sentences) expect(input.slice(s.start, s.end)).toBe(s.text)
  })
})

describe('lineBlocks', () => {
  test('LF, CR and CRLF end lines; blank lines give no block; blocks are trimmed', () => {
    const text = ' Headline \r\n\r\n\tFirst para.\rSecond para.\n\u00a0\n'
    expect(lineBlocks(text).map((b) => text.slice(b.start, b.end))).toEqual(['Headline', 'First para.', 'Second para.'])
  })

  test('start and end limit the lines read', () => {
    const text = 'One.\nTwo.\nThree.'
    expect(lineBlocks(text, 5, 8).map((b) => text.slice(b.start, b.end))).toEqual(['Two'])
  })
})
