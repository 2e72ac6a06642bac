import fc from 'fast-check'
import { canonicalJson, DomainError } from '../../../domain'

describe('canonicalJson', () => {
  it.each([
    { label: 'keys sorted', value: { b: 1, a: 2 }, text: '{"a":2,"b":1}' },
    { label: 'nested keys sorted', value: { z: { y: 1, x: [3, { d: 1, c: 2 }] } }, text: '{"z":{"x":[3,{"c":2,"d":1}],"y":1}}' },
    { label: 'undefined keys left out', value: { a: undefined, b: null }, text: '{"b":null}' },
    { label: 'undefined in an array becomes null', value: [undefined, 1], text: '[null,1]' },
    { label: 'Chinese and escapes as JSON', value: { t: '传票\n"签收"' }, text: '{"t":"传票\\n\\"签收\\""}' },
    { label: 'booleans and numbers', value: [true, false, 0, -1.5], text: '[true,false,0,-1.5]' },
    { label: 'empty object', value: {}, text: '{}' },
  ])('$label', ({ value, text }) => {
    expect(canonicalJson(value)).toBe(text)
  })

  it.each([
    { label: 'NaN', value: { n: NaN } },
    { label: 'Infinity', value: [Infinity] },
    { label: 'a function', value: { f: () => 1 } },
    { label: 'a bigint', value: { n: BigInt(1) } },
  ])('refuses $label', ({ value }) => {
    expect(() => canonicalJson(value)).toThrow(DomainError)
  })

  it('parses back to the same value and ignores key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v)
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)))
        const reordered = JSON.parse(text, (_k, val) =>
          val && typeof val === 'object' && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).reverse()) : val,
        )
        expect(canonicalJson(reordered)).toBe(text)
      }),
    )
  })
})
