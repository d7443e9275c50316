/**
 * Physical and technical units written after a number ("80 km", "365 hp",
 * "1,700rpm", "44.4 °C", "256GB", "3.5-liter"), and their conversion to one
 * canonical unit per dimension through the js-quantities library, so that
 * "80 km" and "50 miles" can be compared.
 *
 * The table below only says how news *writes* a unit and which library unit
 * it is; every conversion factor comes from js-quantities.
 *
 * @module
 */

import Qty from 'js-quantities'
import type {MeasureQuantity} from '../types.js'
import {MAGNITUDE_UNIT} from './magnitude-scan.js'

/** One unit: the symbol stored in `value.unit`, the js-quantities unit, its dimension. */
interface UnitDef {
  symbol: string
  qty: string
  dimension: string
  /** Abbreviations, matched case-sensitively ("MW" is not "mW"). */
  abbreviations?: readonly string[]
  /** Words, matched case-insensitively, singular and plural. */
  words?: readonly string[]
  /** Multiplier on the written value before conversion ("mmBtu" is a million BTU). */
  factor?: number
}

/** Canonical js-quantities unit per dimension (what `quantity.unit` holds). */
const CANONICAL: Readonly<Record<string, string>> = {
  length: 'm', mass: 'kg', volume: 'l', speed: 'm/s', power: 'W', energy: 'J', torque: 'N*m', information: 'B',
  charge: 'mAh', angular_velocity: 'rpm', temperature: 'tempC', area: 'm2', frequency: 'Hz'
}

const DEFS: readonly UnitDef[] = [
  {symbol: 'mm', qty: 'mm', dimension: 'length', abbreviations: ['mm'], words: ['millimetres', 'millimeters', 'millimetre', 'millimeter']},
  {symbol: 'cm', qty: 'cm', dimension: 'length', abbreviations: ['cm'], words: ['centimetres', 'centimeters', 'centimetre', 'centimeter']},
  {symbol: 'm', qty: 'm', dimension: 'length', words: ['metres', 'meters', 'metre', 'meter']},
  // A bare "m" after a space is metres ("3.7 m"); glued ("£5m", "5m people") numbers.ts reads it as million first.
  {symbol: 'km', qty: 'km', dimension: 'length', abbreviations: ['km', 'kms'], words: ['kilometres', 'kilometers', 'kilometre', 'kilometer']},
  {symbol: 'in', qty: 'in', dimension: 'length', words: ['inches', 'inch']},
  {symbol: 'ft', qty: 'ft', dimension: 'length', abbreviations: ['ft'], words: ['feet', 'foot']},
  {symbol: 'yd', qty: 'yd', dimension: 'length', abbreviations: ['yd', 'yds'], words: ['yards', 'yard']},
  {symbol: 'mi', qty: 'mi', dimension: 'length', words: ['miles', 'mile']},
  {symbol: 'nmi', qty: 'nmi', dimension: 'length', words: ['nautical miles', 'nautical mile']},
  {symbol: 'g', qty: 'g', dimension: 'mass', words: ['grams', 'gram', 'grammes', 'gramme']},
  {symbol: 'kg', qty: 'kg', dimension: 'mass', abbreviations: ['kg', 'kgs'], words: ['kilograms', 'kilogram', 'kilos']},
  {symbol: 't', qty: 't', dimension: 'mass', words: ['tonnes', 'tonne', 'metric tons']},
  {symbol: 'ton', qty: 'tn', dimension: 'mass', words: ['tons', 'ton']},
  {symbol: 'lb', qty: 'lb', dimension: 'mass', abbreviations: ['lb', 'lbs']},
  {symbol: 'oz', qty: 'oz', dimension: 'mass', abbreviations: ['oz'], words: ['ounces', 'ounce']},
  {symbol: 'ml', qty: 'ml', dimension: 'volume', abbreviations: ['ml'], words: ['millilitres', 'milliliters']},
  {symbol: 'l', qty: 'l', dimension: 'volume', words: ['litres', 'liters', 'litre', 'liter']},
  {symbol: 'gal', qty: 'gal', dimension: 'volume', words: ['gallons', 'gallon']},
  {symbol: 'bbl', qty: 'bbl', dimension: 'volume', abbreviations: ['bbl', 'bbls'], words: ['barrels', 'barrel']},
  {symbol: 'ft3', qty: 'ft3', dimension: 'volume', words: ['cubic feet']},
  {symbol: 'm3', qty: 'm3', dimension: 'volume', words: ['cubic metres', 'cubic meters']},
  {symbol: 'mph', qty: 'mph', dimension: 'speed', abbreviations: ['mph'], words: ['miles per hour', 'miles an hour']},
  {symbol: 'km/h', qty: 'kph', dimension: 'speed', abbreviations: ['km/h', 'kmh', 'kph', 'kmph'], words: ['kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'km per hour']},
  {symbol: 'kt', qty: 'kt', dimension: 'speed', words: ['knots']},
  {symbol: 'W', qty: 'W', dimension: 'power', words: ['watts', 'watt']},
  {symbol: 'kW', qty: 'kW', dimension: 'power', abbreviations: ['kW'], words: ['kilowatts', 'kilowatt']},
  {symbol: 'MW', qty: 'MW', dimension: 'power', abbreviations: ['MW'], words: ['megawatts', 'megawatt']},
  {symbol: 'GW', qty: 'GW', dimension: 'power', abbreviations: ['GW'], words: ['gigawatts', 'gigawatt']},
  {symbol: 'hp', qty: 'hp', dimension: 'power', abbreviations: ['hp', 'bhp'], words: ['horsepower', 'brake horsepower']},
  {symbol: 'kWh', qty: 'kWh', dimension: 'energy', abbreviations: ['kWh'], words: ['kilowatt-hours', 'kilowatt hours', 'kilowatt-hour']},
  {symbol: 'MWh', qty: 'MWh', dimension: 'energy', abbreviations: ['MWh'], words: ['megawatt-hours', 'megawatt hours']},
  {symbol: 'GWh', qty: 'GWh', dimension: 'energy', abbreviations: ['GWh'], words: ['gigawatt-hours', 'gigawatt hours']},
  {symbol: 'TWh', qty: 'TWh', dimension: 'energy', abbreviations: ['TWh'], words: ['terawatt-hours', 'terawatt hours']},
  {symbol: 'BTU', qty: 'BTU', dimension: 'energy', abbreviations: ['BTU', 'Btu'], words: ['British thermal units']},
  {symbol: 'MMBtu', qty: 'BTU', dimension: 'energy', abbreviations: ['MMBtu', 'mmBtu', 'MMBTU', 'mmBTU', 'mmbtu'], factor: 1e6},
  {symbol: 'N*m', qty: 'N*m', dimension: 'torque', abbreviations: ['Nm', 'N·m', 'N-m'], words: ['newton metres', 'newton-metres', 'newton meters']},
  {symbol: 'lbf*ft', qty: 'lbf*ft', dimension: 'torque', abbreviations: ['lb-ft', 'lb ft', 'lb.-ft.', 'lb·ft', 'ft-lb'], words: ['pound-feet', 'pound-foot', 'pounds-feet', 'foot-pounds']},
  {symbol: 'kB', qty: 'kB', dimension: 'information', abbreviations: ['KB', 'kB'], words: ['kilobytes']},
  {symbol: 'MB', qty: 'MB', dimension: 'information', abbreviations: ['MB'], words: ['megabytes']},
  {symbol: 'GB', qty: 'GB', dimension: 'information', abbreviations: ['GB', 'GByte', 'Gbyte'], words: ['gigabytes', 'gigabyte']},
  {symbol: 'TB', qty: 'TB', dimension: 'information', abbreviations: ['TB'], words: ['terabytes', 'terabyte']},
  {symbol: 'PB', qty: 'PB', dimension: 'information', abbreviations: ['PB'], words: ['petabytes']},
  {symbol: 'mAh', qty: 'mAh', dimension: 'charge', abbreviations: ['mAh']},
  {symbol: 'rpm', qty: 'rpm', dimension: 'angular_velocity', abbreviations: ['rpm', 'RPM', 'r/min'], words: ['revolutions per minute']},
  {symbol: 'degC', qty: 'tempC', dimension: 'temperature', abbreviations: ['°C', 'ºC', '° C', 'º C', '℃'], words: ['degrees Celsius', 'degrees centigrade', 'degrees C']},
  {symbol: 'degF', qty: 'tempF', dimension: 'temperature', abbreviations: ['°F', 'ºF', '° F', 'º F', '℉'], words: ['degrees Fahrenheit', 'degrees F']},
  {symbol: 'm2', qty: 'm2', dimension: 'area', abbreviations: ['m²', 'sq m'], words: ['square metres', 'square meters']},
  {symbol: 'km2', qty: 'km2', dimension: 'area', abbreviations: ['km²', 'sq km'], words: ['square kilometres', 'square kilometers']},
  {symbol: 'mi2', qty: 'mi2', dimension: 'area', abbreviations: ['sq mi'], words: ['square miles']},
  {symbol: 'ft2', qty: 'ft2', dimension: 'area', abbreviations: ['sq ft'], words: ['square feet']},
  {symbol: 'acre', qty: 'acre', dimension: 'area', words: ['acres', 'acre']},
  {symbol: 'ha', qty: 'hectare', dimension: 'area', abbreviations: ['ha'], words: ['hectares', 'hectare']},
  {symbol: 'GHz', qty: 'GHz', dimension: 'frequency', abbreviations: ['GHz']},
  {symbol: 'MHz', qty: 'MHz', dimension: 'frequency', abbreviations: ['MHz']}
]

const BY_SYMBOL: ReadonlyMap<string, UnitDef> = new Map(DEFS.map((d) => [d.symbol, d]))

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ \\u00a0]+')
}

function alternation(forms: readonly string[]): string {
  return [...forms].sort((a, b) => b.length - a.length).map(escape).join('|')
}

const ABBREVIATION_OF: ReadonlyMap<string, UnitDef> = new Map(DEFS.flatMap((d) => (d.abbreviations ?? []).map((a) => [a, d] as const)))
const WORD_OF: ReadonlyMap<string, UnitDef> = new Map(DEFS.flatMap((d) => (d.words ?? []).map((w) => [w.toLowerCase(), d] as const)))

// Between the number and the unit: nothing ("256GB"), a space, or a hyphen ("3.5-liter", "five-inch").
const SEPARATOR = '(?:[ \\u00a0]?|-)'
const END = '(?![A-Za-z\\u00C0-\\u024F0-9²³])'
const ABBREVIATION_AFTER = new RegExp(`${SEPARATOR}(${alternation([...ABBREVIATION_OF.keys()])})${END}`, 'y')
/** "3.7 m": metres, only after a space and before a non-word (a glued "m" is million; "5 m people" is not a length). */
const METRES_AFTER = /[ \u00a0]m(?=[ \u00a0]?[).,;:]|$)/y
const WORD_AFTER = new RegExp(`(?:[ \\u00a0]+|-)(${alternation([...WORD_OF.keys()])})${END}`, 'iy')
const isTokenLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f) || code === 0xb2

/**
 * The token at `position` after spaces (or one hyphen when `hyphen`): a run
 * of letters, or one degree sign; `null` if none. Read by char codes: this
 * runs at every number of every sentence.
 */
function tokenAt(text: string, position: number, hyphen: boolean, firstCodes?: ReadonlySet<number>): string | null {
  let i = position
  if (hyphen && text.charCodeAt(i) === 45) i++
  else while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 160) i++
  const code = text.charCodeAt(i)
  if (code === 0xb0 || code === 0xba || code === 0x2103 || code === 0x2109) return text[i]!
  if (firstCodes !== undefined && !firstCodes.has(code)) return null
  let end = i
  while (end < text.length && isTokenLetter(text.charCodeAt(end))) end++
  return end === i ? null : text.slice(i, end)
}
/** First tokens of every unit form (as written and lower-cased), for the fast rejection in {@link unitAt}. */
const FIRST_TOKENS: ReadonlySet<string> = new Set(
  [...ABBREVIATION_OF.keys(), ...WORD_OF.keys(), 'm'].flatMap((form) => {
    const first = /^([°º℃℉]|[A-Za-z\u00C0-\u024F²]+)/.exec(form)?.[1]
    return first === undefined ? [] : [first.toLowerCase()]
  })
)
/** The first characters of those tokens (both cases, and C/F for "40C"), to reject most words without reading them. */
const FIRST_CODES: ReadonlySet<number> = new Set([...FIRST_TOKENS, 'C', 'F'].flatMap((t) => [t.charCodeAt(0), t.toUpperCase().charCodeAt(0), t.toLowerCase().charCodeAt(0)]))
/** "40C", "99F" glued: temperatures as UK papers write them. */
const GLUED_DEGREE = /([CF])(?![A-Za-z\u00C0-\u024F0-9])/y

/** A unit written right after a number. */
export interface UnitMatch {
  symbol: string
  dimension: string
  end: number
}

/** The unit written right after a number ending at `position` ("80 km", "1,700rpm", "37 °C"), or `null`. */
export function unitAt(text: string, position: number): UnitMatch | null {
  // Fast rejection (this runs at every number): the next word must start a unit form.
  const token = tokenAt(text, position, true, FIRST_CODES)
  if (token === null || !(FIRST_TOKENS.has(token.toLowerCase()) || token === 'C' || token === 'F')) return null
  WORD_AFTER.lastIndex = position
  const word = WORD_AFTER.exec(text)
  if (word) {
    const def = WORD_OF.get(word[1]!.toLowerCase().replace(/\s+/g, ' '))
    if (def) return {symbol: def.symbol, dimension: def.dimension, end: position + word[0].length}
  }
  ABBREVIATION_AFTER.lastIndex = position
  const abbreviation = ABBREVIATION_AFTER.exec(text)
  if (abbreviation) {
    const def = ABBREVIATION_OF.get(abbreviation[1]!.replace(/\s+/g, ' '))
    if (def) return {symbol: def.symbol, dimension: def.dimension, end: position + abbreviation[0].length}
  }
  METRES_AFTER.lastIndex = position
  if (METRES_AFTER.test(text)) return {symbol: 'm', dimension: 'length', end: position + 2}
  GLUED_DEGREE.lastIndex = position
  const degree = GLUED_DEGREE.exec(text)
  if (degree) {
    const symbol = degree[1] === 'C' ? 'degC' : 'degF'
    return {symbol, dimension: 'temperature', end: position + 1}
  }
  return null
}

const MODIFIED_WORD_UNIT = new RegExp(`[ \\u00a0]+([a-z]+)[ \\u00a0]+(${alternation([...WORD_OF.keys()].filter((w) => w.endsWith('s') && !/^met/.test(w)))})${END}`, 'iy')
const PLURAL_FIRST_WORDS: ReadonlySet<string> = new Set([...WORD_OF.keys()].filter((w) => w.endsWith('s') && !/^met/.test(w)).map((w) => w.split(/\s/)[0]!.toLowerCase()))
const NOT_MODIFIERS = new Set(['of', 'and', 'or', 'to', 'the', 'a', 'an', 'in', 'on', 'at', 'for', 'by', 'from', 'per', 'than', 'as', 'with', 'is', 'are', 'was', 'were'])

/**
 * A plural unit word after one lower-case modifier: "250 passing yards",
 * "4,308 rushing yards", "12 more miles". Metres are left out ("smart
 * meters" are devices).
 */
export function modifiedUnitAt(text: string, position: number): UnitMatch | null {
  const code = text.charCodeAt(position)
  if (code !== 32 && code !== 160) return null
  const modifier = tokenAt(text, position, false)
  if (modifier === null) return null
  const next = text.indexOf(modifier, position) + modifier.length
  const second = tokenAt(text, next, false)
  if (second === null || !PLURAL_FIRST_WORDS.has(second.toLowerCase())) return null
  MODIFIED_WORD_UNIT.lastIndex = position
  const match = MODIFIED_WORD_UNIT.exec(text)
  if (!match || NOT_MODIFIERS.has(match[1]!.toLowerCase())) return null
  const def = WORD_OF.get(match[2]!.toLowerCase().replace(/\s+/g, ' '))
  return def ? {symbol: def.symbol, dimension: def.dimension, end: position + match[0].length} : null
}

/** Is `symbol` a unit of this table (or `times`, a multiple)? */
export function isMeasureUnit(symbol: string): boolean {
  return symbol === MULTIPLE_UNIT || symbol === MAGNITUDE_UNIT || BY_SYMBOL.has(symbol)
}

/** The symbol of a unit written as a word or abbreviation ("miles" → `mi`, "km" → `km`), or `undefined`. */
export function unitSymbol(written: string): string | undefined {
  const trimmed = written.trim()
  if (BY_SYMBOL.has(trimmed) || trimmed === MULTIPLE_UNIT || trimmed === MAGNITUDE_UNIT) return trimmed
  return WORD_OF.get(trimmed.toLowerCase().replace(/\s+/g, ' '))?.symbol ?? ABBREVIATION_OF.get(trimmed.replace(/\s+/g, ' '))?.symbol
}

/** The unit of a multiple ("three times", "sixfold"). */
export const MULTIPLE_UNIT = 'times'

/** The library's factor from each linear unit to its canonical unit, computed once at load (read-only). */
const FACTOR: ReadonlyMap<string, number> = new Map(
  DEFS.filter((d) => d.dimension !== 'temperature').map((d) => [d.symbol, Qty(1, d.qty).to(CANONICAL[d.dimension]!).scalar] as const)
)

/** Temperatures are affine: `canonical = scale × value + offset`, both read from the library once at load. */
const AFFINE: ReadonlyMap<string, {scale: number; offset: number}> = new Map(
  DEFS.filter((d) => d.dimension === 'temperature').map((d) => {
    const target = CANONICAL[d.dimension]!
    const offset = Qty(0, d.qty).to(target).scalar
    return [d.symbol, {scale: Qty(100, d.qty).to(target).scalar / 100 - offset / 100, offset}] as const
  })
)

function convert(value: number, def: UnitDef, target: string): number {
  const scalar = value * (def.factor ?? 1)
  // Temperatures are affine; other units scale linearly, by the library's factor for one unit.
  const affine = AFFINE.get(def.symbol)
  const converted = affine ? affine.scale * scalar + affine.offset : scalar * (FACTOR.get(def.symbol) ?? Qty(1, def.qty).to(target).scalar)
  return converted
}

/**
 * The canonical form of a measure stated in unit `symbol`: its dimension,
 * the canonical unit (SI where there is one: `m`, `kg`, `l`, `m/s`, `W`,
 * `J`, `N*m`, `B`, `tempC` …) and the stated values and hedge bounds
 * converted to it. `undefined` for an unknown symbol.
 */
export function canonicalMeasure(symbol: string, low: number, high: number, bounds: {low: number | null; high: number | null}): MeasureQuantity | undefined {
  if (symbol === MULTIPLE_UNIT) return {unit: MULTIPLE_UNIT, dimension: 'ratio', low, high, bounds: {...bounds}}
  // An earthquake magnitude is dimensionless: compared as written, no conversion.
  if (symbol === MAGNITUDE_UNIT) return {unit: MAGNITUDE_UNIT, dimension: 'magnitude', low, high, bounds: {...bounds}}
  const def = BY_SYMBOL.get(symbol)
  if (!def) return undefined
  const target = CANONICAL[def.dimension]!
  const side = (v: number | null): number | null => (v === null ? null : convert(v, def, target))
  // Temperatures are affine: the at-most floor of 0 °F is not 0 °C; keep the
  // converted floor only when it is a stated value, else open it.
  const boundLow = def.dimension === 'temperature' && bounds.low !== null && bounds.low !== low ? null : side(bounds.low)
  return {unit: target, dimension: def.dimension, low: convert(low, def, target), high: convert(high, def, target), bounds: {low: boundLow, high: side(bounds.high)}}
}
