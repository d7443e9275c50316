/**
 * Claim values as people read them: "£12m", "about 40 planes", "12%",
 * "since March 2017", "“We will reopen” (Anna Lee)". The one formatter for
 * every place a value is shown in words (the CLI, the unified plugin's
 * messages); the JSON keeps the structured value.
 *
 * The result is one line of plain text: control characters and line breaks
 * in values taken from article text are replaced by spaces, so untrusted text
 * never becomes terminal escapes.
 *
 * @module
 */
import {HEDGE_WORDS} from '../normalize/hedge.js'
import {formatDate} from '../normalize/date.js'
import type {CategoryValue, ClaimValue, DateValue, OtherValue, QuantityValue, QuoteValue, RoleValue} from '../types.js'

const CURRENCY_SYMBOL: Readonly<Record<string, string>> = {GBP: '£', USD: '$', EUR: '€', JPY: '¥', INR: '₹'}

/** A value in words, on one line. */
export function formatValue(value: ClaimValue | OtherValue): string {
  return oneLine(body(value))
}

function body(value: ClaimValue | OtherValue): string {
  switch (value.type) {
    case 'quantity':
      return formatAmount(value as QuantityValue)
    case 'date':
      return formatDate(value as DateValue)
    case 'quote': {
      const quote = value as QuoteValue
      const who = quote.speaker ?? 'speaker unknown'
      return `“${quote.words}” (${quote.scare ? 'scare quote' : who})`
    }
    case 'role': {
      const role = value as RoleValue
      return `${role.person}, ${role.role}`
    }
    case 'category': {
      const category = value as CategoryValue
      return `${category.scheme}: ${category.label}${category.subject ? ` (${category.subject})` : ''}`
    }
    default:
      return JSON.stringify(value) ?? String(value)
  }
}

/** Replace control characters (C0, DEL, C1, line and paragraph separators) by spaces; collapse runs of spaces. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim()
}

/** A quantity: money with its symbol and m/bn, a percentage, or a count with its noun. */
export function formatAmount(value: QuantityValue): string {
  const one = (n: number) => amountOf(n, value)
  const amount =
    value.low === value.high
      ? one(value.low)
      : value.hedge === 'range'
        ? `between ${one(value.low)} and ${one(value.high)}`
        : `${one(value.low)} to ${one(value.high)}`
  const hedge = value.hedge === 'exact' || value.hedge === 'range' ? '' : `${HEDGE_WORDS[value.hedge]} `
  const of = value.of === undefined ? '' : ` out of ${number(value.of)}`
  const counted = !(isMoney(value.unit) || value.unit === '%' || value.unit === 'pp' || value.unit === '')
  const noun = counted ? ` ${value.low === 1 && value.high === 1 ? value.unit : pluralOf(value.unit)}` : ''
  const per = value.per === undefined ? '' : ` a ${value.per}`
  return `${hedge}${amount}${of}${noun}${per}`
}

function isMoney(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit)
}

function amountOf(n: number, value: QuantityValue): string {
  if (value.unit === '%') return `${number(n)}%`
  if (value.unit === 'pp') return `${number(n)} ${n === 1 ? 'percentage point' : 'percentage points'}`
  if (!isMoney(value.unit)) return number(n)
  const compact = compactNumber(n)
  const symbol = CURRENCY_SYMBOL[value.unit]
  return symbol === undefined ? `${compact} ${value.unit}` : `${n < 0 ? '-' : ''}${symbol}${compactNumber(Math.abs(n))}`
}

/** 12000000 → "12m", 2500000000 → "2.5bn", 4500 → "4,500". */
function compactNumber(n: number): string {
  const size = Math.abs(n)
  if (size >= 1e12) return `${number(round(n / 1e12))}tn`
  if (size >= 1e9) return `${number(round(n / 1e9))}bn`
  if (size >= 1e6) return `${number(round(n / 1e6))}m`
  return number(n)
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}

/** Thousands grouped: 1234567.5 → "1,234,567.5". */
function number(n: number): string {
  if (!Number.isFinite(n)) return String(n)
  return n.toLocaleString('en-GB', {maximumFractionDigits: 3})
}

const IRREGULAR: Readonly<Record<string, string>> = {person: 'people', child: 'children', man: 'men', woman: 'women', foot: 'feet', tooth: 'teeth', mouse: 'mice'}

/** An English plural of a counted noun's lemma (its last word): "social worker" → "social workers". */
export function pluralOf(lemma: string): string {
  const at = lemma.lastIndexOf(' ') + 1
  const head = lemma.slice(0, at)
  const word = lemma.slice(at)
  const irregular = IRREGULAR[word.toLowerCase()]
  if (irregular !== undefined) return head + irregular
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return `${head}${word}es`
  if (/[^aeiou]y$/i.test(word)) return `${head}${word.slice(0, -1)}ies`
  return `${head}${word}s`
}
