/**
 * Find amounts of money in a sentence: "£10m", "circa £10 million",
 * "between £2m and £3m", "£2m-£3m", "£10m-a-year", "US$5 billion",
 * "5 million euros", "ten million pounds", "50p", "$300k",
 * "£10 million-plus", "millions of pounds".
 *
 * The span covers the hedge ("more than £7.7m") and the rate ("£10m-a-year")
 * so what the text claims is visible in the claim text.
 *
 * @module
 */

import {withChanges} from './change.js'
import {currencyAfter, currencyBefore, currencySignAt, type CurrencyMatch} from './currency.js'
import {readNumber, round, type NumberToken} from './numbers.js'
import {betweenBefore, changeBefore, perAfter, quantity, rangeJoinerEnd, readAtNumbers, hedgeAround, vagueQuantity, type FoundQuantity} from './quantity-parts.js'
import {findVagueAmounts} from './vague.js'

/** Cheap test: a currency sign, code or name, or pence. */
const MONEY_PRECHECK = /[£€$¥₹₩₦₽₺₪]|\dp\b|\b(?:pounds?|sterling|quid|dollars?|euros?|pence|cents?|yen|yuan|renminbi|rupees?|roubles?|rubles?|rand|naira|francs?|GBP|USD|EUR|JPY|CNY|INR|AUD|CAD|CHF|RMB|Rs)\b/

/** Every amount of money in `text`, left to right, non-overlapping. */
export function findMoney(text: string): FoundQuantity[] {
  if (!MONEY_PRECHECK.test(text)) return []
  const found = readAtNumbers(text, readMoneyAt)
  for (const vague of findVagueAmounts(text)) {
    const currency = currencyAfter(text, vague.nounStart - 1)
    if (!currency || currency.factor !== 1) continue
    if (found.some((f) => f.start < currency.end && vague.start < f.end)) continue
    found.push(vagueQuantity(text, vague, currency.end, currency.code))
  }
  return withChanges(text, found.sort((a, b) => a.start - b.start))
}

function readMoneyAt(text: string, first: NumberToken): FoundQuantity | null {
  const before = currencyBefore(text, first.start)
  let currency: CurrencyMatch | null = before
  let end = first.end
  const afterFirst = currencyAfter(text, first.end)
  if (afterFirst) {
    if (currency && currency.code !== afterFirst.code) return null
    currency = currency ?? afterFirst
    end = afterFirst.end
  }

  // A range: "£2m-£3m", "£2-3m", "between £2m and £3m", "5 to 10 million euros".
  let low = first.value
  let high = first.value
  let scale = first.scale
  let isRange = false
  const betweenStart = betweenBefore(text, before?.start ?? first.start)
  const joinerEnd = rangeJoinerEnd(text, end, {between: betweenStart >= 0, allowTo: !changeBefore(text, before?.start ?? first.start)})
  if (joinerEnd >= 0) {
    const secondSign = currencySignAt(text, joinerEnd)
    const second = readNumber(text, secondSign?.end ?? joinerEnd, {afterJoiner: true})
    if (second && (!secondSign || !currency || secondSign.code === currency.code)) {
      let secondEnd = second.end
      const afterSecond = currencyAfter(text, second.end)
      const code = currency?.code ?? afterSecond?.code ?? secondSign?.code
      if (afterSecond && afterSecond.code === code) secondEnd = afterSecond.end
      let a = first.value
      // "£2-3m": the scale written once applies to both.
      if (first.scale === undefined && second.scale !== undefined && a * second.scale <= second.value) a = round(a * second.scale)
      if (code !== undefined && second.value > a && (afterSecond === null || afterSecond.code === code)) {
        low = a
        high = second.value
        scale = second.scale ?? first.scale
        isRange = true
        end = secondEnd
        if (!currency) currency = afterSecond ?? {code, start: joinerEnd, end: joinerEnd, factor: 1}
      }
    }
  }
  if (!currency) return null
  const hedged = hedgeAround(text, before?.start ?? first.start, end, {isRange, betweenStart})
  const {hedge, hedgeText, start} = hedged
  end = hedged.end
  const per = perAfter(text, end)
  if (per) end = per.end
  const factor = currency.factor
  return {
    start,
    end,
    value: quantity({low: factor === 1 ? low : round(low * factor), high: factor === 1 ? high : round(high * factor), unit: currency.code, hedge, hedgeText, scale, per: per?.per})
  }
}
