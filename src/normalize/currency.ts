/**
 * Currencies as news writes them, mapped to ISO 4217 codes: signs before
 * the amount ("£", "US$", "€"), codes ("USD 5m", "5m GBP") and names after
 * it ("5 million euros", "ten million pounds", "50p").
 *
 * Choices: a bare "$" is USD and a bare "¥" is JPY (write "CN¥" or "yuan"
 * for CNY); "pence"/"p" are GBP hundredths and "cents" USD hundredths.
 *
 * @module
 */

/** A currency found next to an amount. */
export interface CurrencyMatch {
  /** ISO 4217 code. */
  code: string
  start: number
  end: number
  /** Multiplier of the unit written: 0.01 for pence and cents, else 1. */
  factor: number
}

const SIGNS: Readonly<Record<string, string>> = {
  '£': 'GBP', '€': 'EUR', '$': 'USD', 'US$': 'USD', 'U.S.$': 'USD', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD',
  'NZ$': 'NZD', 'HK$': 'HKD', 'S$': 'SGD', 'NT$': 'TWD', 'R$': 'BRL', 'MX$': 'MXN', '¥': 'JPY', 'JP¥': 'JPY', 'CN¥': 'CNY',
  'RMB': 'CNY', '₹': 'INR', 'Rs': 'INR', 'Rs.': 'INR', '₩': 'KRW', '₦': 'NGN', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS',
  'Fr.': 'CHF', 'SFr': 'CHF'
}

/** ISO codes accepted when written in capitals before or after an amount. */
export const ISO_CODES: ReadonlySet<string> = new Set([
  'GBP', 'USD', 'EUR', 'JPY', 'CNY', 'INR', 'AUD', 'CAD', 'CHF', 'NZD', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK', 'PLN',
  'ZAR', 'BRL', 'MXN', 'KRW', 'RUB', 'TRY', 'ILS', 'NGN', 'KES', 'AED', 'SAR', 'TWD', 'IDR', 'THB', 'EGP', 'PKR', 'UAH'
])

// Signs that may be glued to the number; letter signs and codes need a space
// ("RMB 5bn", "USD 5m"), since a numeral glued to letters is not read at all.
const SIGN_BEFORE = /(?:(?<![A-Za-z\u00C0-\u024F0-9])(US|U\.S\.|A|AU|C|CA|NZ|HK|S|NT|R|MX)?\$|(?<![A-Za-z\u00C0-\u024F0-9])(JP|CN)?¥|[£€₹₩₦₽₺₪]|(?<![A-Za-z\u00C0-\u024F0-9])(RMB|Rs\.?|SFr|Fr\.)\s|(?<![A-Za-z\u00C0-\u024F0-9])([A-Z]{3})\s?)$/

/** The currency sign or code written right before `position` ("£", "US$", "USD "), or `null`. */
export function currencyBefore(text: string, position: number): CurrencyMatch | null {
  const from = Math.max(0, position - 6)
  const window = text.slice(from, position)
  const match = SIGN_BEFORE.exec(window)
  if (!match) return null
  const written = match[0].trimEnd()
  let code: string | undefined
  if (match[4] !== undefined) code = ISO_CODES.has(match[4]) ? match[4] : undefined
  else code = SIGNS[written]
  if (code === undefined) return null
  const start = from + match.index
  return {code, start, end: start + written.length, factor: 1}
}

const SIGN_AT = /(?:US|U\.S\.|A|AU|C|CA|NZ|HK|S|NT|R|MX)?\$|(?:JP|CN)?¥|[£€₹₩₦₽₺₪]/y

/** A currency sign starting exactly at `position` ("£", "US$"), or `null`: for the second amount of "£2m-£3m". */
export function currencySignAt(text: string, position: number): CurrencyMatch | null {
  SIGN_AT.lastIndex = position
  const match = SIGN_AT.exec(text)
  if (!match) return null
  const code = SIGNS[match[0]]
  return code === undefined ? null : {code, start: position, end: position + match[0].length, factor: 1}
}

const NAMED: ReadonlyArray<readonly [RegExp, string, number]> = [
  [/^(?:pounds?(?:\s+sterling)?|sterling|quid)$/i, 'GBP', 1],
  [/^(?:pence|p)$/i, 'GBP', 0.01],
  [/^(?:euros?)$/i, 'EUR', 1],
  [/^(?:cents?)$/i, 'USD', 0.01],
  [/^(?:yen)$/i, 'JPY', 1],
  [/^(?:yuan|renminbi)$/i, 'CNY', 1],
  [/^(?:rupees?)$/i, 'INR', 1],
  [/^(?:roubles?|rubles?)$/i, 'RUB', 1],
  [/^(?:rand)$/i, 'ZAR', 1],
  [/^(?:naira)$/i, 'NGN', 1],
  [/^(?:swiss\s+francs?)$/i, 'CHF', 1]
]
const DOLLAR_NATIONS: Readonly<Record<string, string>> = {
  us: 'USD', 'u.s.': 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', 'new zealand': 'NZD', 'hong kong': 'HKD',
  singapore: 'SGD', taiwan: 'TWD', taiwanese: 'TWD'
}

// After the amount: " pounds", " million euros" (scale read before), " Australian dollars", "p", " USD".
const NAME_AFTER = /(p)(?![A-Za-z\u00C0-\u024F0-9])|\s+(?:(US|U\.S\.|American|Australian|Canadian|New\s+Zealand|Hong\s+Kong|Singapore|Taiwan(?:ese)?)\s+)?(dollars?|pounds?\s+sterling|pounds?|sterling|quid|pence|euros?|cents?|yen|yuan|renminbi|rupees?|roubles?|rubles?|rand|naira|Swiss\s+francs?)(?![A-Za-z\u00C0-\u024F0-9])|\s?([A-Z]{3})(?![A-Za-z\u00C0-\u024F0-9])/y
// "pounds of flour", "pounds in weight": weight, not money.
const WEIGHT_AFTER = /\s+(?:of|in\s+weight|heavier|lighter)\b/iy

/** The currency written right after `position` ("pounds", "million euros" after the scale, "p", "USD"), or `null`. */
export function currencyAfter(text: string, position: number): CurrencyMatch | null {
  NAME_AFTER.lastIndex = position
  const match = NAME_AFTER.exec(text)
  if (!match) return null
  const end = position + match[0].length
  if (match[1] !== undefined) return {code: 'GBP', start: position, end, factor: 0.01}
  if (match[4] !== undefined) return ISO_CODES.has(match[4]) ? {code: match[4], start: position, end, factor: 1} : null
  const name = match[3]!
  if (/^dollars?$/i.test(name)) {
    const nation = match[2] === undefined ? 'us' : match[2].toLowerCase().replace(/\s+/g, ' ')
    return {code: DOLLAR_NATIONS[nation] ?? 'USD', start: position, end, factor: 1}
  }
  if (/^pounds?$/i.test(name)) {
    WEIGHT_AFTER.lastIndex = end
    if (WEIGHT_AFTER.test(text)) return null
  }
  for (const [pattern, code, factor] of NAMED) {
    if (pattern.test(name.replace(/\s+/g, ' '))) return {code, start: position, end, factor}
  }
  return null
}
