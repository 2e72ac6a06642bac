import { emsNumber } from '../../../domain/service/emsNumber'

describe('emsNumber', () => {
  it('accepts an S10 number whose check digit holds, in the printed form', () => {
    expect(emsNumber('EE123456785CN')).toBe('EE123456785CN')
    expect(emsNumber(' ee 1234 5678 5 cn ')).toBe('EE123456785CN')
  })

  it('maps a check of 10 to 0 and of 11 to 5', () => {
    // 00000001: 1×7 = 7, 11 − 7 = 4; 00000005: 5×7 = 35 ≡ 2, 11 − 2 = 9
    expect(emsNumber('EA000000014CN')).toBe('EA000000014CN')
    expect(emsNumber('EA000000059CN')).toBe('EA000000059CN')
    // 00000000: sum 0, 11 − 0 = 11 → 5; 00000008: 8×7 = 56 ≡ 1, 11 − 1 = 10 → 0
    expect(emsNumber('EA000000005CN')).toBe('EA000000005CN')
    expect(emsNumber('EA000000080CN')).toBe('EA000000080CN')
  })

  it('refuses a wrong check digit, a wrong length and letters where digits belong', () => {
    expect(emsNumber('EE123456789CN')).toBeNull()
    expect(emsNumber('EE12345678CN')).toBeNull()
    expect(emsNumber('EE1234567X5CN')).toBeNull()
    expect(emsNumber('')).toBeNull()
  })

  it('accepts a domestic 13-digit number and refuses 12 or 14 digits', () => {
    expect(emsNumber('1012345678901')).toBe('1012345678901')
    expect(emsNumber('101234567890')).toBeNull()
    expect(emsNumber('10123456789012')).toBeNull()
  })
})
