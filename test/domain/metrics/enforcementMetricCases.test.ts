import fc from 'fast-check'
import {
  DomainError,
  type EnforcementFigure,
  type EnforcementMetricsInput,
  enforcementMetricCases,
  enforcementMetrics,
  type EnforcementSubset,
} from '../../../domain'
import { enforcementInputArb } from './arbitraries'

const input: EnforcementMetricsInput = {
  from: '2021-01-01',
  to: '2021-10-31',
  cases: [
    { id: 'old-open', filedOn: '2020-10-09', hasProperty: true, enterprise: true },
    { id: 'old-closed-2020', filedOn: '2020-03-02', closedOn: '2020-12-30', closure: 'performed', hasProperty: true },
    {
      id: 'fast',
      filedOn: '2021-02-01',
      closedOn: '2021-03-01',
      closure: 'performed',
      hasProperty: true,
      appliedFen: 1000,
      recoveredFen: 1000,
      enterprise: true,
    },
    { id: 'late', filedOn: '2021-01-04', closedOn: '2021-07-05', closure: 'performed', hasProperty: true, appliedFen: 1000, recoveredFen: 400 },
    { id: 'zhongben-ok', filedOn: '2021-01-04', closedOn: '2021-05-06', closure: 'terminated-this-round', terminationChecklistComplete: true, appliedFen: 500 },
    { id: 'zhongben-gap', filedOn: '2021-01-04', closedOn: '2021-05-07', closure: 'terminated-this-round', governmentDebtor: true },
    { id: 'after', filedOn: '2021-11-01' },
  ],
  complaints: [
    { id: 'x-done', receivedOn: '2021-03-01', closedOn: '2021-03-09' },
    { id: 'x-open', receivedOn: '2021-10-20' },
    { id: 'x-2020', receivedOn: '2020-12-01', closedOn: '2021-01-05' },
  ],
}

describe('enforcementMetricCases: the cases behind a tapped figure', () => {
  it.each([
    {
      label: '执结率: closed / 受理',
      figure: 'closureRate',
      want: { numerator: ['fast', 'late', 'zhongben-ok', 'zhongben-gap'], denominator: ['old-open', 'fast', 'late', 'zhongben-ok', 'zhongben-gap'] },
    },
    { label: '法定期限内结案率: within / with property closed', figure: 'withinLimitRate', want: { numerator: ['fast'], denominator: ['fast', 'late'] } },
    { label: '终本合格率', figure: 'terminationQualifiedRate', want: { numerator: ['zhongben-ok'], denominator: ['zhongben-ok', 'zhongben-gap'] } },
    { label: '信访办结率 lists complaints', figure: 'complaintClosureRate', want: { numerator: ['x-done'], denominator: ['x-done', 'x-open'] } },
    {
      label: '平均用时: the performed cases in both lists',
      figure: 'performedAverageDays',
      want: { numerator: ['fast', 'late'], denominator: ['fast', 'late'] },
    },
    {
      label: '到位率: closed with money recovered / closed',
      figure: 'recoveryRate',
      want: { numerator: ['fast', 'late'], denominator: ['fast', 'late', 'zhongben-ok', 'zhongben-gap'] },
    },
  ] as { label: string; figure: EnforcementFigure; want: { numerator: string[]; denominator: string[] } }[])('$label', ({ figure, want }) => {
    expect(enforcementMetricCases(input, figure)).toEqual(want)
  })

  it.each([
    { label: 'enterprise 执结率', subset: 'enterprise', figure: 'closureRate', want: { numerator: ['fast'], denominator: ['old-open', 'fast'] } },
    { label: 'government 执结率', subset: 'governmentDebtor', figure: 'closureRate', want: { numerator: ['zhongben-gap'], denominator: ['zhongben-gap'] } },
    { label: 'agricultural: none', subset: 'agricultural', figure: 'recoveryRate', want: { numerator: [], denominator: [] } },
  ] as { label: string; subset: EnforcementSubset; figure: EnforcementFigure; want: { numerator: string[]; denominator: string[] } }[])(
    'subset: $label',
    ({ subset, figure, want }) => {
      expect(enforcementMetricCases(input, figure, subset)).toEqual(want)
    },
  )

  it.each([
    { label: 'an unknown figure', call: () => enforcementMetricCases(input, 'speed' as EnforcementFigure), field: 'figure' },
    { label: 'a subset of the complaint figure', call: () => enforcementMetricCases(input, 'complaintClosureRate', 'enterprise'), field: 'subset' },
    { label: 'an unknown subset', call: () => enforcementMetricCases(input, 'closureRate', 'farm' as EnforcementSubset), field: 'subset' },
  ])('$label is refused', ({ call, field }) => {
    expect(call).toThrow(DomainError)
    expect(call).toThrow(expect.objectContaining({ code: 'METRIC_FIGURE_INVALID', field }))
  })

  it('property: the lists have the figure’s counts, numerator ⊆ denominator, ids in input order', () => {
    const figures: EnforcementFigure[] = [
      'closureRate',
      'withinLimitRate',
      'terminationQualifiedRate',
      'complaintClosureRate',
      'performedAverageDays',
      'recoveryRate',
    ]
    fc.assert(
      fc.property(enforcementInputArb, (inp) => {
        const m = enforcementMetrics(inp)
        const counts: Record<EnforcementFigure, [number, number]> = {
          closureRate: [m.closed, m.accepted],
          withinLimitRate: [m.withPropertyWithinLimit, m.withPropertyClosed],
          terminationQualifiedRate: [m.terminationQualified, m.terminated],
          complaintClosureRate: [m.complaintsClosed, m.complaintsReceived],
          performedAverageDays: [m.performedClosed, m.performedClosed],
          recoveryRate: [-1, m.closed],
        }
        const order = new Map([...inp.cases, ...inp.complaints].map((r, i) => [r.id, i]))
        for (const figure of figures) {
          const { numerator, denominator } = enforcementMetricCases(inp, figure)
          const [n, d] = counts[figure]
          if (n >= 0) expect(numerator).toHaveLength(n)
          expect(denominator).toHaveLength(d)
          const inDenominator = new Set(denominator)
          for (const id of numerator) expect(inDenominator.has(id)).toBe(true)
          const positions = denominator.map((id) => order.get(id) as number)
          expect(positions).toEqual([...positions].sort((a, b) => a - b))
        }
        const rec = enforcementMetricCases(inp, 'recoveryRate')
        const byId = new Map(inp.cases.map((c) => [c.id, c]))
        expect(rec.denominator.reduce((s, id) => s + (byId.get(id)?.recoveredFen ?? 0), 0)).toBe(m.recoveredFen)
        expect(rec.denominator.reduce((s, id) => s + (byId.get(id)?.appliedFen ?? 0), 0)).toBe(m.appliedFen)
        for (const subset of ['agricultural', 'enterprise', 'governmentDebtor'] as EnforcementSubset[]) {
          const list = enforcementMetricCases(inp, 'closureRate', subset)
          expect([list.numerator.length, list.denominator.length]).toEqual([m.subsets[subset].closed, m.subsets[subset].accepted])
        }
      }),
    )
  })
})
