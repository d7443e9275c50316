/** The part of js-quantities (MIT) that src/normalize/units.ts uses. */
declare module 'js-quantities' {
  interface Quantity {
    readonly scalar: number
    to(unit: string): Quantity
  }
  function Qty(value: number, unit: string): Quantity
  export default Qty
}
