import fc from 'fast-check'
import { DomainError, formatCaseNumber, parseCaseNumber, type CaseNumber } from '../../../domain'

describe('formatCaseNumber', () => {
  it.each([
    { label: 'basic court civil first instance', input: { year: 2026, courtCode: '内0784', typeCode: '民初', seq: 123 }, want: '（2026）内0784民初123号' },
    { label: 'intermediate court appeal', input: { year: 2026, courtCode: '内07', typeCode: '民终', seq: 5 }, want: '（2026）内07民终5号' },
    { label: 'special procedure (司法确认)', input: { year: 2026, courtCode: '内0784', typeCode: '民特', seq: 1 }, want: '（2026）内0784民特1号' },
    { label: 'enforcement', input: { year: 2026, courtCode: '内0784', typeCode: '执', seq: 88 }, want: '（2026）内0784执88号' },
    { label: 'property preservation', input: { year: 2026, courtCode: '内0784', typeCode: '财保', seq: 9 }, want: '（2026）内0784财保9号' },
    { label: 'administrative first instance', input: { year: 2026, courtCode: '内0784', typeCode: '行初', seq: 2 }, want: '（2026）内0784行初2号' },
    { label: 'high court (province only)', input: { year: 2025, courtCode: '京', typeCode: '民终', seq: 700 }, want: '（2025）京民终700号' },
    { label: 'Supreme People’s Court', input: { year: 2025, courtCode: '最高法', typeCode: '民申', seq: 1 }, want: '（2025）最高法民申1号' },
  ])('$label', ({ input, want }) => {
    expect(formatCaseNumber(input)).toBe(want)
  })

  it.each([
    { label: 'two-digit year', input: { year: 26, courtCode: '内0784', typeCode: '民初', seq: 1 }, field: 'year' },
    { label: 'court code without province', input: { year: 2026, courtCode: '0784', typeCode: '民初', seq: 1 }, field: 'courtCode' },
    { label: 'court code with 3 digits', input: { year: 2026, courtCode: '内078', typeCode: '民初', seq: 1 }, field: 'courtCode' },
    { label: 'Latin type code', input: { year: 2026, courtCode: '内0784', typeCode: 'MC', seq: 1 }, field: 'typeCode' },
    { label: 'type code containing 号', input: { year: 2026, courtCode: '内0784', typeCode: '民号', seq: 1 }, field: 'typeCode' },
    { label: 'zero sequence', input: { year: 2026, courtCode: '内0784', typeCode: '民初', seq: 0 }, field: 'seq' },
    { label: 'fractional sequence', input: { year: 2026, courtCode: '内0784', typeCode: '民初', seq: 1.5 }, field: 'seq' },
  ])('rejects $label', ({ input, field }) => {
    expect(() => formatCaseNumber(input)).toThrow(DomainError)
    expect(() => formatCaseNumber(input)).toThrow(expect.objectContaining({ code: 'CASE_NUMBER_INVALID', field }))
  })
})

describe('parseCaseNumber', () => {
  it.each([
    { label: 'full-width', text: '（2026）内0784民初123号', want: { year: 2026, courtCode: '内0784', typeCode: '民初', seq: 123 } },
    { label: 'half-width parentheses', text: '(2026)内07民终5号', want: { year: 2026, courtCode: '内07', typeCode: '民终', seq: 5 } },
    { label: 'surrounding spaces', text: '  （2026）内0784执88号 ', want: { year: 2026, courtCode: '内0784', typeCode: '执', seq: 88 } },
    { label: 'other type codes', text: '（2026）内0784执异3号', want: { year: 2026, courtCode: '内0784', typeCode: '执异', seq: 3 } },
    { label: 'Supreme People’s Court', text: '（2025）最高法民申1号', want: { year: 2025, courtCode: '最高法', typeCode: '民申', seq: 1 } },
  ])('reads $label', ({ text, want }) => {
    expect(parseCaseNumber(text)).toEqual(want)
  })

  it.each([
    { label: 'garbage', text: 'hello' },
    { label: 'empty', text: '' },
    { label: 'no 号', text: '（2026）内0784民初123' },
    { label: 'no parentheses', text: '2026内0784民初123号' },
    { label: 'no sequence', text: '（2026）内0784民初号' },
    { label: 'leading zero sequence', text: '（2026）内0784民初0123号' },
    { label: 'unknown province', text: '（2026）美0784民初1号' },
    { label: 'three-digit court number', text: '（2026）内078民初1号' },
    { label: 'trailing text', text: '（2026）内0784民初123号之一' },
    { label: 'not a string', text: 12345 as unknown as string },
  ])('gives null for $label', ({ text }) => {
    expect(parseCaseNumber(text)).toBeNull()
  })

  const caseNumber: fc.Arbitrary<CaseNumber> = fc.record({
    year: fc.integer({ min: 1000, max: 9999 }),
    courtCode: fc.oneof(
      fc.constant('最高法'),
      fc
        .tuple(fc.constantFrom(...'京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新兵'), fc.constantFrom('', '07', '0784', '73', '1234'))
        .map(([p, d]) => p + d),
    ),
    typeCode: fc.oneof(
      fc.constantFrom('民初', '民终', '民特', '执', '财保', '行初', '执异', '民辖终'),
      fc.array(fc.constantFrom(...'民刑行执初终特保财复申再赔'), { minLength: 1, maxLength: 6 }).map((a) => a.join('')),
    ),
    seq: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }).filter((n) => n <= 999_999_999_999_999),
  })

  it('round-trips with formatCaseNumber', () => {
    fc.assert(
      fc.property(caseNumber, (c) => {
        const text = formatCaseNumber(c)
        expect(parseCaseNumber(text)).toEqual(c)
        expect(formatCaseNumber(parseCaseNumber(text) as CaseNumber)).toBe(text)
      }),
    )
  })

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseCaseNumber(s)
        if (r !== null) expect(formatCaseNumber(r)).toBe(s.trim().replace('(', '（').replace(')', '）'))
      }),
    )
  })
})
