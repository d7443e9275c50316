// @ts-nocheck -- plain Node script over dist/ (see bench/README.md)
// Seeded generator of synthetic news days built from real articles, for the
// alignment-scaling benchmark (docs/performance.md).
//
//   node bench/generate.mjs N [--seed S] [--no-story] > articles.jsonl
//
// writes N JSON lines {id, outlet, story, published, title, text} in the
// input format of `corroborate extract --jsonl`.
//
// How a day is built (all choices come from one mulberry32 stream seeded with
// S, default 1, so the same N and S always give the same bytes):
//
// - Base texts: the five corpus articles (front matter removed) and the
//   development-set passages (tests/fixtures/devset/devset.jsonl), in id order.
// - Stories: story s is told from base text s mod B. Each story has k outlets,
//   k drawn from 2..6 (the last story takes what is left of N); outlets are
//   drawn without repetition from 40 made-up outlet names.
// - Every story gets its own vocabulary, so two stories built from the same
//   base text are not one story: each capitalised word (names of people,
//   places, organisations; not months, weekdays or sentence-initial function
//   words) becomes a pseudo-name (acronyms a pseudo-acronym), and every other
//   word of three letters or more (function words kept) becomes a pseudo-word; both are derived from a hash of the word and
//   the story, so every outlet of a story uses the same ones. Words matchers
//   rely on (million, per cent, said, months…) and short words are kept.
//   (Replacing only half the long words left stories from one base text so
//   alike that they were rightly clustered as one story: a day with 15
//   copies of each story, not a day's news.)
// - Each outlet's article then differs from the story text:
//   values perturbed: each number is changed with probability 0.15 (a few per
//     cent up or down, or ±1 for small counts);
//   names swapped: with probability 0.2 two pseudo-names of the story trade
//     places throughout the article;
//   facts dropped: each sentence but the first is dropped with probability 0.2.
// - Dates: story s is published on day 2024-01-01 + (s mod 60); each outlet
//   0 or 1 day later.
// - With --no-story the `story` field is left out, so that stories must be
//   inferred (the clustering path of src/align/stories.ts).
import {readFileSync, readdirSync} from 'node:fs'

const root = new URL('../', import.meta.url)

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a hash of a string (for per-story word substitutions). */
function hash(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'dra', 'sol', 'ten', 'bri', 'cor', 'na', 'fel', 'gar', 'hol', 'ith', 'jun', 'kes', 'lam', 'mor', 'nel', 'pra', 'quin', 'ros', 'sta', 'tor', 'ul', 'vey', 'wen', 'yar', 'zel', 'ob']

function pseudo(word, story, capital) {
  const random = rng(hash(`${story}|${word.toLowerCase()}`))
  let out = ''
  const n = 3 + Math.floor(random() * 2)
  for (let i = 0; i < n; i++) out += SYLLABLES[Math.floor(random() * SYLLABLES.length)]
  return capital ? out[0].toUpperCase() + out.slice(1) : out
}

const KEEP_CAPITAL = new Set(
  ('January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'The A An He She It They We I In On At But And Or If When While As For From By With Its His Her Their This That These Those There Mr Mrs Ms Dr Sir ' +
    'Prime Minister President Chief Executive Chairman Secretary Director Council Police Court Government Parliament Ofsted').split(' ')
)
// Lower-case words matchers and quote attribution rely on: never replaced.
const KEEP_WORD = /^(?:million|billion|trillion|thousand|hundred|percent|cent|pounds?|dollars?|euros?|pence|cents|said|says|told|added|according|announced|claimed|insisted|stated|explained|warned|people|children|years?|months?|weeks?|days?|quarter|half|third|fourth|earlier|later|previous|following|before|after|since|during|until|about|around|nearly|almost|roughly|approximately|least|more|less|than|over|under|between|chief|executive|minister|director|secretary|spokesman|spokeswoman|spokesperson|chairman|president|leader|manager|head|councillor|member|officer|inspector|inadequate|outstanding|requires|improvement|rated)$/

/** Give a base text the story's own vocabulary. */
function restyle(text, story) {
  return text.replace(/\p{L}[\p{L}'’-]*/gu, (word, offset) => {
    const capital = /^\p{Lu}/u.test(word)
    if (capital) {
      if (KEEP_CAPITAL.has(word) || word.length < 2) return word
      if (/^\p{Lu}+$/u.test(word)) return pseudo(word, story, true).slice(0, Math.max(3, word.length)).toUpperCase()
      // A sentence-initial word that is a function word once lower-cased stays.
      const lower = word.toLowerCase()
      if (FUNCTION_WORDS.has(lower) || KEEP_WORD.test(lower)) return word
      return pseudo(word, story, true)
    }
    if (word.length < 3 || FUNCTION_WORDS.has(word) || KEEP_WORD.test(word)) return word
    return pseudo(word, story, false)
  })
}

const FUNCTION_WORDS = new Set(
  ('about above after again against also because been before being below between both could does doing down during each even ever every from further have having here into just last like many more most much must near next once only other over same should some such than that their them then there these they this those through under until upon very were what when where which while will with within without would your year ' +
    'first second third next last than from with onto toward towards amid among across along whose whom told says said ' +
    'the and for was are has had not but its his her who why how all any can did get got him may new now off old one our out own per saw say see she two too use way yet').split(' ')
)

const OUTLETS = Array.from({length: 40}, (_, i) => `${['Daily', 'Evening', 'Morning', 'Weekly', 'City', 'County', 'National', 'Northern'][i % 8]} ${['Herald', 'Gazette', 'Post', 'Echo', 'Times'][Math.floor(i / 8)]}`)

/** The base texts: corpus articles (front matter removed) and devset passages, in id order. */
export function baseTexts() {
  const corpus = new URL('corpus/', root)
  const bases = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({id: f.replace(/\.txt$/, ''), text: readFileSync(new URL(f, corpus), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')}))
  const devset = readFileSync(new URL('tests/fixtures/devset/devset.jsonl', root), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .map((p) => ({id: p.id, text: p.text}))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return [...bases, ...devset]
}

function perturbNumbers(text, random) {
  return text.replace(/\d+(?:[.,]\d+)*/g, (number) => {
    if (random() >= 0.15) return number
    const value = Number(number.replace(/,/g, ''))
    if (!Number.isFinite(value) || value === 0) return number
    if (/^(19|20)\d\d$/.test(number)) return number // years stay years
    if (Number.isInteger(value) && value < 20) return String(value + (random() < 0.5 ? 1 : -1) || 1)
    const changed = value * (1 + (random() < 0.5 ? -1 : 1) * (0.02 + random() * 0.1))
    const decimals = (number.split('.')[1] ?? '').length
    return decimals ? changed.toFixed(decimals) : String(Math.round(changed))
  })
}

function swapNames(text, random) {
  const names = [...new Set(text.match(/\b\p{Lu}\p{Ll}{3,}\b/gu) ?? [])].filter((n) => !KEEP_CAPITAL.has(n))
  if (names.length < 2 || random() >= 0.2) return text
  const a = names[Math.floor(random() * names.length)]
  const b = names[Math.floor(random() * names.length)]
  if (a === b) return text
  return text.replace(new RegExp(`\\b(${a}|${b})\\b`, 'g'), (m) => (m === a ? b : a))
}

function dropSentences(text, random) {
  // Split with the separators kept (odd indices), so line breaks survive.
  const parts = text.split(/((?<=[.!?]["”’]?)\s+(?=\S))/)
  let out = parts[0]
  for (let i = 2; i < parts.length; i += 2) if (random() >= 0.2) out += parts[i - 1] + parts[i]
  return out
}

/**
 * Generate `count` articles (see the header). `story: false` leaves out the
 * story field.
 */
export function generate(count, {seed = 1, story = true} = {}) {
  const random = rng(seed)
  const bases = baseTexts()
  const out = []
  for (let s = 0; out.length < count; s++) {
    const k = Math.min(count - out.length, 2 + Math.floor(random() * 5))
    const base = bases[s % bases.length]
    const storyId = `story-${String(s).padStart(5, '0')}`
    const text = restyle(base.text, storyId)
    const day = Date.UTC(2024, 0, 1) + (s % 60) * 86400000
    const outlets = [...OUTLETS]
    for (let o = 0; o < k; o++) {
      const outlet = outlets.splice(Math.floor(random() * outlets.length), 1)[0]
      let body = perturbNumbers(text, random)
      body = swapNames(body, random)
      body = dropSentences(body, random)
      const published = new Date(day + (random() < 0.5 ? 0 : 86400000)).toISOString().slice(0, 10)
      const title = body.split(/[.\n]/)[0].slice(0, 90)
      out.push({id: `${storyId}-${o}`, outlet, ...(story ? {story: storyId} : {}), published, title, text: body})
    }
  }
  return out
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const count = Number(args[0] ?? 100)
  const seedAt = args.indexOf('--seed')
  const seed = seedAt === -1 ? 1 : Number(args[seedAt + 1])
  const lines = generate(count, {seed, story: !args.includes('--no-story')}).map((a) => JSON.stringify(a))
  process.stdout.write(`${lines.join('\n')}\n`)
}
