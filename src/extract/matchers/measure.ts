import type {Matcher, QuantityValue} from '../../types.js'
import {findMeasures} from '../../normalize/measure-scan.js'

/**
 * Measures: a number with a physical or technical unit ("80 km", "50
 * miles", "365 hp", "420 lb-ft", "1,700rpm", "44.4 °C", "256GB",
 * "40 km/h"), hedges and ranges as for counts, and multiples ("five times
 * more likely", "sixfold", unit `times`). `value.unit` is the unit as
 * written (a symbol: `km`, `mi`, `hp`, `degC`); `value.quantity` holds the
 * values converted to the canonical unit of the dimension, so measures in
 * different units compare. See `docs/claims-quantities.md#measure`.
 */
export const measure: Matcher<QuantityValue> = {
  meta: {
    id: 'measure',
    kind: 'measure',
    description: 'Physical and technical measures (length, speed, power, torque, volume, temperature, storage, energy …) with the unit converted to a canonical one, and multiples ("three times", "sixfold").',
    docs: 'docs/claims-quantities.md#measure'
  },
  match(sentence) {
    return findMeasures(sentence.text).map(({start, end, value}) => ({start, end, value}))
  }
}
