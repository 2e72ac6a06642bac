import { courtProvince } from '../../../domain/cases/courtProvince'

describe('courtProvince — 法院代字: province abbreviation and level', () => {
  it.each([
    { label: 'a basic court of 内蒙古', code: '内0784', expected: { province: '15', provinceName: '内蒙古自治区', level: 'basic' } },
    { label: 'an intermediate court', code: '内07', expected: { province: '15', provinceName: '内蒙古自治区', level: 'intermediate' } },
    { label: 'a high court (abbreviation alone)', code: '内', expected: { province: '15', provinceName: '内蒙古自治区', level: 'high' } },
    { label: 'a specialised court of 北京 (京73)', code: '京73', expected: { province: '11', provinceName: '北京市', level: 'intermediate' } },
    { label: '黔 and 贵 are both 贵州', code: '贵0102', expected: { province: '52', provinceName: '贵州省', level: 'basic' } },
    { label: '滇 is 云南', code: '滇01', expected: { province: '53', provinceName: '云南省', level: 'intermediate' } },
    { label: 'spaces around are ignored', code: ' 新0102 ', expected: { province: '65', provinceName: '新疆维吾尔自治区', level: 'basic' } },
  ])('$label', ({ code, expected }) => {
    expect(courtProvince(code)).toEqual(expected)
  })

  it.each([
    { label: 'the Supreme People’s Court', code: '最高法' },
    { label: '兵团 courts: no province', code: '兵0101' },
    { label: 'three digits', code: '内078' },
    { label: 'not an abbreviation', code: '中0784' },
    { label: 'empty', code: '' },
  ])('null for $label', ({ code }) => {
    expect(courtProvince(code)).toBeNull()
  })
})
