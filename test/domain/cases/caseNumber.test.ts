import fc from 'fast-check'
import { CASE_TYPE_CODES, caseTypeCodeInfo, DomainError, formatCaseNumber, parseCaseNumber, type CaseNumber } from '../../../domain'

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
    { label: 'restored enforcement 执恢', input: { year: 2026, courtCode: '内0784', typeCode: '执恢', seq: 4 }, want: '（2026）内0784执恢4号' },
    { label: 'payment order 民督', input: { year: 2026, courtCode: '内0784', typeCode: '民督', seq: 12 }, want: '（2026）内0784民督12号' },
    { label: 'the first year, 1949', input: { year: 1949, courtCode: '京', typeCode: '民初', seq: 1 }, want: '（1949）京民初1号' },
    { label: 'the last year, 2100', input: { year: 2100, courtCode: '内0784', typeCode: '民初', seq: 1 }, want: '（2100）内0784民初1号' },
  ])('$label', ({ input, want }) => {
    expect(formatCaseNumber(input)).toBe(want)
  })

  it.each([
    { label: 'two-digit year', input: { year: 26, courtCode: '内0784', typeCode: '民初', seq: 1 }, field: 'year' },
    { label: 'court code without province', input: { year: 2026, courtCode: '0784', typeCode: '民初', seq: 1 }, field: 'courtCode' },
    { label: 'court code with 3 digits', input: { year: 2026, courtCode: '内078', typeCode: '民初', seq: 1 }, field: 'courtCode' },
    { label: 'Latin type code', input: { year: 2026, courtCode: '内0784', typeCode: 'MC', seq: 1 }, field: 'typeCode' },
    { label: 'type code containing 号', input: { year: 2026, courtCode: '内0784', typeCode: '民号', seq: 1 }, field: 'typeCode' },
    { label: 'type code not in the standard', input: { year: 2026, courtCode: '内0784', typeCode: '民初初', seq: 1 }, field: 'typeCode' },
    { label: 'old-style 执字', input: { year: 2026, courtCode: '内0784', typeCode: '执字', seq: 1 }, field: 'typeCode' },
    { label: 'type code not a string', input: { year: 2026, courtCode: '内0784', typeCode: 7 as unknown as string, seq: 1 }, field: 'typeCode' },
    { label: 'year 1948', input: { year: 1948, courtCode: '内0784', typeCode: '民初', seq: 1 }, field: 'year' },
    { label: 'year 2101', input: { year: 2101, courtCode: '内0784', typeCode: '民初', seq: 1 }, field: 'year' },
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
    { label: 'pre-filing mediation 民诉前调', text: '（2026）内0784民诉前调17号', want: { year: 2026, courtCode: '内0784', typeCode: '民诉前调', seq: 17 } },
    { label: 'property preservation 财保 at a high court', text: '（2026）内财保2号', want: { year: 2026, courtCode: '内', typeCode: '财保', seq: 2 } },
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
    { label: 'type code not in the standard', text: '（2026）内0784民初初1号' },
    { label: 'made-up type code', text: '（2026）内0784民号1号' },
    { label: 'old-style 执字', text: '（2013）内0784执字88号' },
    { label: 'year 1948', text: '（1948）内0784民初1号' },
    { label: 'year 2101', text: '（2101）内0784民初1号' },
    { label: 'year 0999', text: '（0999）内0784民初1号' },
    { label: 'not a string', text: 12345 as unknown as string },
  ])('gives null for $label', ({ text }) => {
    expect(parseCaseNumber(text)).toBeNull()
  })

  const caseNumber: fc.Arbitrary<CaseNumber> = fc.record({
    year: fc.integer({ min: 1949, max: 2100 }),
    courtCode: fc.oneof(
      fc.constant('最高法'),
      fc
        .tuple(fc.constantFrom(...'京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新兵'), fc.constantFrom('', '07', '0784', '73', '1234'))
        .map(([p, d]) => p + d),
    ),
    typeCode: fc.constantFrom(...CASE_TYPE_CODES.codes.map((c) => c.code)),
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

describe('case-type codes (《人民法院案件类型及其代字标准》)', () => {
  it.each([
    { label: '民初 civil first instance', code: '民初', name: '民事一审案件' },
    { label: '民终 civil appeal', code: '民终', name: '民事二审案件' },
    { label: '民申 retrial application', code: '民申', name: '民事申请再审审查案件' },
    { label: '民再 retrial', code: '民再', name: '民事再审案件' },
    { label: '民特 special procedure', code: '民特', name: '特别程序案件（含确认调解协议）' },
    { label: '民督 payment order', code: '民督', name: '申请支付令审查案件' },
    { label: '民催 public summons', code: '民催', name: '催告案件（公示催告）' },
    { label: '执 enforcement', code: '执', name: '首次执行案件' },
    { label: '执恢 restored enforcement', code: '执恢', name: '恢复执行案件' },
    { label: '执保 preservation enforcement', code: '执保', name: '财产保全执行案件' },
    { label: '执异 enforcement objection', code: '执异', name: '执行异议案件' },
    { label: '执复 enforcement review', code: '执复', name: '执行复议案件' },
    { label: '执监 enforcement supervision', code: '执监', name: '执行监督案件' },
    { label: '执协 enforcement coordination', code: '执协', name: '执行协调案件' },
    { label: '财保 property preservation', code: '财保', name: '非诉财产保全审查案件' },
    { label: '行初 administrative first instance', code: '行初', name: '行政一审案件' },
    { label: '刑初 criminal first instance', code: '刑初', name: '刑事一审案件' },
  ])('knows $label', ({ code, name }) => {
    expect(caseTypeCodeInfo(code)).toMatchObject({ code, name })
  })

  it.each([
    { label: '执字 (pre-2016 style)', code: '执字' },
    { label: 'empty', code: '' },
    { label: 'a prototype key', code: 'constructor' },
  ])('does not know $label', ({ code }) => {
    expect(caseTypeCodeInfo(code)).toBeUndefined()
  })

  it('marks the codes checked against the standard’s 执行类 excerpt', () => {
    const checked = CASE_TYPE_CODES.codes.filter((c) => c.checked).map((c) => c.code)
    expect(checked).toEqual(expect.arrayContaining(['执', '执恢', '执保', '执异', '执复', '执监', '执协', '执他', '民特', '财保']))
  })

  it('lists each code once, as 1–4 Chinese characters, with its source', () => {
    const codes = CASE_TYPE_CODES.codes.map((c) => c.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const c of CASE_TYPE_CODES.codes) {
      expect(c.code).toMatch(/^[\u4e00-\u9fa5]{1,4}$/)
      expect(c.name).toMatch(/案件/)
    }
    expect(CASE_TYPE_CODES.source).toContain('人民法院案件类型及其代字标准')
  })

  it('parses every code after every kind of court code', () => {
    for (const { code } of CASE_TYPE_CODES.codes) {
      for (const courtCode of ['最高法', '内', '内07', '内0784']) {
        expect(parseCaseNumber(`（2026）${courtCode}${code}9号`)).toEqual({ year: 2026, courtCode, typeCode: code, seq: 9 })
      }
    }
  })
})
