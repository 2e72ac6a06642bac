import fc from 'fast-check'
import { DomainError, type TrialFigure, type TrialMetricsInput, trialMetricCases, trialMetrics } from '../../../domain'
import { trialInputArb } from './arbitraries'

const input: TrialMetricsInput = {
  from: '2021-01-01',
  to: '2021-12-31',
  cases: [
    { id: 'quick', filedOn: '2021-03-01', closedOn: '2021-04-01', procedure: 'simple' },
    { id: 'late', filedOn: '2021-03-01', closedOn: '2021-06-02', procedure: 'simple' },
    { id: 'open', filedOn: '2020-11-02', procedure: 'ordinary' },
    { id: 'gone', filedOn: '2020-03-02', closedOn: '2020-06-01', procedure: 'ordinary' },
  ],
  filings: [
    { id: 'f-ok', receivedOn: '2021-03-01', decidedOn: '2021-03-05' },
    { id: 'f-late', receivedOn: '2021-03-01', decidedOn: '2021-03-12' },
    { id: 'f-open', receivedOn: '2021-12-28' },
  ],
  mediations: [
    { id: 'm-yes', requestedOn: '2021-02-01', closedOn: '2021-02-20', outcome: 'agreement' },
    { id: 'm-no', requestedOn: '2021-02-01', closedOn: '2021-02-25', outcome: 'failed' },
  ],
}

describe('trialMetricCases: the records behind a tapped figure', () => {
  it.each([
    { label: '结案率', figure: 'closureRate', want: { numerator: ['quick', 'late'], denominator: ['quick', 'late', 'open'] } },
    { label: '审限内结案率', figure: 'withinLimitRate', want: { numerator: ['quick'], denominator: ['quick', 'late'] } },
    { label: '平均审理天数', figure: 'averageTrialDays', want: { numerator: ['quick', 'late'], denominator: ['quick', 'late'] } },
    { label: '立案审查 on time', figure: 'reviewOnTimeRate', want: { numerator: ['f-ok'], denominator: ['f-ok', 'f-late'] } },
    { label: '诉前调解成功率', figure: 'mediationSuccessRate', want: { numerator: ['m-yes'], denominator: ['m-yes', 'm-no'] } },
  ] as { label: string; figure: TrialFigure; want: { numerator: string[]; denominator: string[] } }[])('$label', ({ figure, want }) => {
    expect(trialMetricCases(input, figure)).toEqual(want)
  })

  it('an unknown figure is refused', () => {
    expect(() => trialMetricCases(input, 'speed' as TrialFigure)).toThrow(DomainError)
  })

  it('property: the lists have the figure’s counts and numerator ⊆ denominator', () => {
    fc.assert(
      fc.property(trialInputArb, (inp) => {
        const m = trialMetrics(inp)
        const counts: Record<TrialFigure, [number, number]> = {
          closureRate: [m.closed, m.accepted],
          withinLimitRate: [m.closedWithinLimit, m.closed],
          averageTrialDays: [m.closed, m.closed],
          reviewOnTimeRate: [m.filingsOnTime, m.filingsDecided],
          mediationSuccessRate: [m.mediationsAgreed, m.mediationsClosed],
        }
        for (const figure of Object.keys(counts) as TrialFigure[]) {
          const { numerator, denominator } = trialMetricCases(inp, figure)
          expect([numerator.length, denominator.length]).toEqual(counts[figure])
          const d = new Set(denominator)
          expect(numerator.every((id) => d.has(id))).toBe(true)
        }
      }),
    )
  })
})
