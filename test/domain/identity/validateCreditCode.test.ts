import fc from 'fast-check'
import { creditCodeCheckChar, validateCreditCode } from '../../../domain'

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

describe('validateCreditCode', () => {
  it.each([
    { label: 'the GB 32100-2015 sample', code: '91350100M000100Y43' },
    { label: 'lowercase accepted', code: '91350100m000100y43' },
    { label: 'check value 31 → 0', code: `${'00000000000000001'}${creditCodeCheckChar('00000000000000001')}` },
  ])('accepts $label', ({ code }) => {
    expect(validateCreditCode(code)).toEqual({ ok: true })
  })

  it.each([
    { label: 'wrong check character', code: '91350100M000100Y44', reason: '统一社会信用代码最后一位不对，请核对后重新输入' },
    { label: 'too short', code: '91350100M000100Y4', reason: '统一社会信用代码应该是18位，您填了17位，请核对' },
    { label: 'contains I', code: '91350100M000100I43', reason: '统一社会信用代码里不会有“I”，请核对（只有数字和大写字母，不用I、O、S、V、Z）' },
    { label: 'contains O', code: '9135010OM000100Y43', reason: '统一社会信用代码里不会有“O”，请核对（只有数字和大写字母，不用I、O、S、V、Z）' },
    { label: 'contains a space', code: '91350100 M000100Y4', reason: '统一社会信用代码里有空格，请删掉空格后重新输入' },
    { label: 'empty', code: '', reason: '请填写统一社会信用代码' },
    {
      label: 'a letter in the region code (position 3)',
      code: `91A50100M000100Y4${creditCodeCheckChar('91A50100M000100Y4')}`,
      reason: '统一社会信用代码第3到8位应该是数字（登记机关所在地的代码），请核对',
    },
    {
      label: 'a letter in the region code (position 8)',
      code: `9135010AM000100Y4${creditCodeCheckChar('9135010AM000100Y4')}`,
      reason: '统一社会信用代码第3到8位应该是数字（登记机关所在地的代码），请核对',
    },
  ])('rejects $label', ({ code, reason }) => {
    expect(validateCreditCode(code)).toEqual({ ok: false, reason })
  })

  it.each([
    // 31 − (sum mod 31), 31 → 0: a sum ≡ 0 gives check value 0; sum ≡ 1 gives 30 (Y).
    { label: 'sum 0 → 0', first17: '00000000000000000', want: '0' },
    { label: 'sum 1 → Y (30)', first17: '10000000000000000', want: 'Y' },
    { label: 'sum 3 → W (28)', first17: '01000000000000000', want: 'W' },
    { label: 'sum 2 → X (29)', first17: '20000000000000000', want: 'X' },
  ])('check character: $label', ({ first17, want }) => {
    expect(creditCodeCheckChar(first17)).toBe(want)
  })

  const chars = (alphabet: string, n: number) => fc.array(fc.constantFrom(...alphabet), { minLength: n, maxLength: n }).map((a) => a.join(''))
  const validCode = fc
    .tuple(chars(ALPHABET, 2), chars('0123456789', 6), chars(ALPHABET, 9))
    .map((parts) => parts.join(''))
    .map((first17) => first17 + creditCodeCheckChar(first17))

  it('fails when any one character is changed', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (code, pos, shift) => {
        expect(validateCreditCode(code)).toEqual({ ok: true })
        const changed = code.slice(0, pos) + ALPHABET[(ALPHABET.indexOf(code[pos]) + shift) % 31] + code.slice(pos + 1)
        expect(validateCreditCode(changed).ok).toBe(false)
      }),
    )
  })

  it('refuses any letter in positions 3–8 even with a matching check character', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 2, max: 7 }), fc.constantFrom(...ALPHABET.slice(10)), (code, pos, letter) => {
        const first17 = code.slice(0, pos) + letter + code.slice(pos + 1, 17)
        expect(validateCreditCode(first17 + creditCodeCheckChar(first17)).ok).toBe(false)
      }),
    )
  })
})
