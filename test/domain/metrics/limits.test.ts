import { DomainError, enforcementLimitEnd, metricClosureOf, ratio, trialCaseLimitEnd } from '../../../domain'

describe('enforcementLimitEnd (《执行期限规定》第一条, 《审限规定》第八条、第九条)', () => {
  it.each([
    { label: 'the corresponding day', filedOn: '2021-03-15', excluded: 0, due: '2021-09-15' },
    { label: '08-31 + 6 months', filedOn: '2021-08-31', excluded: 0, due: '2022-02-28' },
    { label: 'into a leap February', filedOn: '2019-08-31', excluded: 0, due: '2020-02-29' },
    { label: 'plus excluded days', filedOn: '2021-03-15', excluded: 10, due: '2021-09-25' },
    { label: 'excluded days over the year end', filedOn: '2021-06-30', excluded: 2, due: '2022-01-01' },
  ])('$label', ({ filedOn, excluded, due }) => {
    expect(enforcementLimitEnd(filedOn, excluded)).toBe(due)
  })
})

describe('trialCaseLimitEnd', () => {
  it.each([
    { label: 'ordinary month end', c: { procedure: 'ordinary' as const, filedOn: '2021-08-31' }, due: '2022-02-28' },
    { label: 'simple + 3 months + 5 days', c: { procedure: 'simple' as const, filedOn: '2021-03-01', extendedMonths: 3, excludedDays: 5 }, due: '2021-09-06' },
    { label: 'small claims', c: { procedure: 'small-claims' as const, filedOn: '2021-12-31' }, due: '2022-02-28' },
    { label: 'special 30 days', c: { procedure: 'special' as const, filedOn: '2021-03-10' }, due: '2021-04-09' },
  ])('$label', ({ c, due }) => {
    expect(trialCaseLimitEnd(c)).toBe(due)
  })
  it('an unknown procedure', () => {
    expect(() => trialCaseLimitEnd({ procedure: 'x' as 'simple', filedOn: '2021-03-01' })).toThrow(DomainError)
  })
})

describe('metricClosureOf', () => {
  it.each([
    ['performed', 'performed'],
    ['terminated-for-now', 'terminated-this-round'],
    ['terminated', 'terminated'],
    ['cancelled', 'withdrawn'],
    ['not-enforced', 'not-enforced'],
    ['rejected', 'rejected'],
  ] as const)('%s → %s', (mode, name) => {
    expect(metricClosureOf(mode)).toBe(name)
  })
})

describe('ratio', () => {
  it.each([
    { label: 'the report’s 执结率', n: 20122, d: 24951, want: 20122 / 24951 },
    { label: 'zero over something', n: 0, d: 5, want: 0 },
    { label: 'nothing to count', n: 0, d: 0, want: null },
  ])('$label', ({ n, d, want }) => {
    expect(ratio(n, d)).toBe(want)
  })
})
