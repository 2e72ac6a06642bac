import fc from 'fast-check'
import { DomainError, residentIdCheckChar, validateResidentId } from '../../../domain'

/** A valid ID from its parts, the check character computed by the GB 11643 formula. */
const makeId = (area: string, birth: string, seq: string) => {
  const first17 = `${area}${birth}${seq}`
  return first17 + residentIdCheckChar(first17)
}

describe('validateResidentId', () => {
  it.each([
    { label: 'the GB 11643-1999 sample, check X', id: '11010519491231002X', birthDate: '1949-12-31', sex: 'female' },
    { label: 'lowercase x accepted', id: '11010519491231002x', birthDate: '1949-12-31', sex: 'female' },
    { label: 'odd 17th digit is male', id: makeId('150784', '19800229', '013'), birthDate: '1980-02-29', sex: 'male' },
    { label: 'even 17th digit is female', id: makeId('150784', '20000101', '024'), birthDate: '2000-01-01', sex: 'female' },
    { label: 'born today is fine', id: makeId('110105', '20261008', '001'), birthDate: '2026-10-08', sex: 'male', today: '2026-10-08' },
    { label: 'born in 1900', id: makeId('150784', '19000101', '001'), birthDate: '1900-01-01', sex: 'male' },
    { label: 'a Hong Kong resident’s permit, 81', id: makeId('810000', '19850612', '002'), birthDate: '1985-06-12', sex: 'female' },
    { label: 'a Macao resident’s permit, 82', id: makeId('820000', '19900101', '011'), birthDate: '1990-01-01', sex: 'male' },
    { label: 'a Taiwan resident’s permit, 83', id: makeId('830000', '19751231', '020'), birthDate: '1975-12-31', sex: 'female' },
    {
      label: 'an abolished county code keeps working (152122, 阿荣旗 of the former 呼伦贝尔盟, now 150721)',
      id: makeId('152122', '19700315', '031'),
      birthDate: '1970-03-15',
      sex: 'male',
    },
    { label: 'the last province code, 新疆 65', id: makeId('650102', '19880808', '041'), birthDate: '1988-08-08', sex: 'male' },
  ] as Array<{ label: string; id: string; birthDate: string; sex: 'male' | 'female'; today?: string }>)('accepts $label', ({ id, birthDate, sex, today }) => {
    expect(validateResidentId(id, today)).toEqual({ ok: true, birthDate, sex })
  })

  it.each([
    { label: 'wrong check character', id: '110105194912310021', reason: '身份证号最后一位不对，请核对后重新输入' },
    { label: 'a 15-digit old number', id: '110105491231002', reason: '这是老的15位身份证号，请填写现在用的18位身份证号' },
    { label: 'too short', id: '11010519491231', reason: '身份证号应该是18位，您填了14位，请核对' },
    { label: 'too long', id: '11010519491231002X1', reason: '身份证号应该是18位，您填了19位，请核对' },
    { label: 'letters inside', id: '1101051949123100AX', reason: '身份证号只能是数字，只有最后一位可以是X' },
    { label: 'X not at the end', id: 'X10105194912310021', reason: '身份证号只能是数字，只有最后一位可以是X' },
    { label: 'empty', id: '', reason: '请填写身份证号' },
    { label: 'February 30', id: makeId('110105', '19900230', '001'), reason: '身份证号里的出生日期（第7到14位）不对，请核对' },
    { label: 'February 29 in a common year', id: makeId('110105', '19900229', '001'), reason: '身份证号里的出生日期（第7到14位）不对，请核对' },
    { label: 'month 13', id: makeId('110105', '19901301', '001'), reason: '身份证号里的出生日期（第7到14位）不对，请核对' },
    { label: 'born tomorrow', id: makeId('110105', '20261009', '001'), today: '2026-10-08', reason: '身份证号里的出生日期比今天还晚，请核对' },
    { label: 'born in 1899', id: makeId('110105', '18991231', '001'), reason: '身份证号里的出生年份早于1900年，请核对第7到10位' },
    { label: 'born in year 1000', id: makeId('110105', '10000101', '001'), reason: '身份证号里的出生年份早于1900年，请核对第7到10位' },
    { label: 'address code 00', id: makeId('000000', '19900101', '001'), reason: '身份证号前两位不是省份代码，请核对' },
    { label: 'address code 16 (between 15 and 21)', id: makeId('160101', '19900101', '001'), reason: '身份证号前两位不是省份代码，请核对' },
    { label: 'address code 24', id: makeId('240101', '19900101', '001'), reason: '身份证号前两位不是省份代码，请核对' },
    { label: 'address code 38', id: makeId('380101', '19900101', '001'), reason: '身份证号前两位不是省份代码，请核对' },
    { label: 'address code 47', id: makeId('470101', '19900101', '001'), reason: '身份证号前两位不是省份代码，请核对' },
    { label: 'address code 55', id: makeId('550101', '19900101', '001'), reason: '身份证号前两位不是省份代码，请核对' },
    { label: 'address code 66', id: makeId('660101', '19900101', '001'), reason: '身份证号前两位不是省份代码，请核对' },
    { label: 'address code 71 (Taiwan residents carry 83)', id: makeId('710101', '19900101', '001'), reason: '身份证号前两位不是省份代码，请核对' },
    { label: 'address code 84', id: makeId('840101', '19900101', '001'), reason: '身份证号前两位不是省份代码，请核对' },
    { label: 'address code 91', id: makeId('910101', '19900101', '001'), reason: '身份证号前两位不是省份代码，请核对' },
  ])('rejects $label', ({ id, today, reason }) => {
    expect(validateResidentId(id, today)).toEqual({ ok: false, reason })
  })

  it('skips only the future check without today', () => {
    expect(validateResidentId(makeId('110105', '20990101', '001')).ok).toBe(true)
  })

  it('rejects a malformed today', () => {
    expect(() => validateResidentId('11010519491231002X', '2026-13-01')).toThrow(
      expect.objectContaining({ code: 'DATE_INVALID', field: 'today' }) as DomainError,
    )
  })

  const PROVINCES = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 81, 82, 83]
  const validId = fc
    .record({
      area: fc.tuple(fc.constantFrom(...PROVINCES), fc.integer({ min: 0, max: 9999 })).map(([p, rest]) => p * 10000 + rest),
      day: fc.integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2026, 0, 1) / 864e5 }),
      seq: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ area, day, seq }) => {
      const birth = new Date(day * 864e5).toISOString().slice(0, 10)
      return { id: makeId(String(area), birth.replace(/-/g, ''), String(seq).padStart(3, '0')), birth, seq }
    })

  it('accepts every well-formed number and reads its birth date and sex', () => {
    fc.assert(
      fc.property(validId, ({ id, birth, seq }) => {
        expect(validateResidentId(id, '2026-10-08')).toEqual({ ok: true, birthDate: birth, sex: seq % 2 === 1 ? 'male' : 'female' })
      }),
    )
  })

  it('fails when any one character is changed', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }), ({ id }, pos, shift) => {
        const alphabet = pos === 17 ? '0123456789X' : '0123456789'
        const current = alphabet.indexOf(id[pos].toUpperCase())
        const replacement = alphabet[(current + (shift % alphabet.length || 1)) % alphabet.length]
        const changed = id.slice(0, pos) + replacement + id.slice(pos + 1)
        expect(changed).not.toBe(id)
        expect(validateResidentId(changed).ok).toBe(false)
      }),
    )
  })

  it('accepts exactly the province-level codes as the first two digits', () => {
    const allowed = new Set(PROVINCES)
    for (let p = 0; p <= 99; p++) {
      const id = makeId(`${String(p).padStart(2, '0')}0101`, '19900101', '001')
      expect({ p, ok: validateResidentId(id).ok }).toEqual({ p, ok: allowed.has(p) })
    }
  })
})
