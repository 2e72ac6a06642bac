import fc from 'fast-check'
import { enforcementMetrics, enforcementMetricsByMonth } from '../../../domain'
import { enforcementInputArb } from './arbitraries'

describe('enforcementMetricsByMonth (monthly trend)', () => {
  it('one entry per month, each the figures of that month', () => {
    const cases = [
      { id: 'a', filedOn: '2021-01-05', closedOn: '2021-01-20', closure: 'performed' as const },
      { id: 'b', filedOn: '2021-01-05', closedOn: '2021-03-02', closure: 'performed' as const },
      { id: 'c', filedOn: '2021-02-10' },
    ]
    const trend = enforcementMetricsByMonth({ from: '2021-01-01', to: '2021-03-31', cases, complaints: [] })
    expect(trend.map((m) => [m.month, m.metrics.accepted, m.metrics.closed])).toEqual([
      ['2021-01', 2, 1],
      ['2021-02', 2, 0],
      ['2021-03', 2, 1],
    ])
  })

  it('property: monthly closed, 终本, 执行完毕 days and complaints received add up to the period’s', () => {
    fc.assert(
      fc.property(enforcementInputArb, (input) => {
        const whole = enforcementMetrics(input)
        const trend = enforcementMetricsByMonth(input)
        for (const key of ['closed', 'terminated', 'performedTotalDays', 'complaintsReceived', 'withPropertyWithinLimit', 'recoveredFen'] as const) {
          expect(trend.reduce((s, m) => s + m.metrics[key], 0)).toBe(whole[key])
        }
        for (const m of trend) expect(m.metrics.accepted).toBeLessThanOrEqual(whole.accepted)
      }),
      { numRuns: 50 },
    )
  })
})
