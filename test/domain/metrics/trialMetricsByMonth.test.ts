import fc from 'fast-check'
import { trialMetrics, trialMetricsByMonth } from '../../../domain'
import { trialInputArb } from './arbitraries'

describe('trialMetricsByMonth (monthly trend)', () => {
  it('months in order, each with its own figures', () => {
    const trend = trialMetricsByMonth({
      from: '2021-01-15',
      to: '2021-02-15',
      cases: [{ id: 'a', filedOn: '2021-01-04', closedOn: '2021-02-01', procedure: 'simple' }],
      filings: [],
      mediations: [{ id: 'm', requestedOn: '2021-01-04', closedOn: '2021-01-20', outcome: 'agreement' }],
    })
    expect(trend.map((m) => [m.month, m.from, m.to, m.metrics.closed, m.metrics.mediationsAgreed])).toEqual([
      ['2021-01', '2021-01-15', '2021-01-31', 0, 1],
      ['2021-02', '2021-02-01', '2021-02-15', 1, 0],
    ])
  })

  it('property: monthly closed and trial days add up to the period’s', () => {
    fc.assert(
      fc.property(trialInputArb, (input) => {
        const whole = trialMetrics(input)
        const trend = trialMetricsByMonth(input)
        for (const key of ['closed', 'trialTotalDays', 'filingsDecided', 'mediationsClosed'] as const) {
          expect(trend.reduce((s, m) => s + m.metrics[key], 0)).toBe(whole[key])
        }
      }),
      { numRuns: 50 },
    )
  })
})
