import fc from 'fast-check'
import { addDays, daysBetween, DomainError, type TrialMetricCase, type TrialMetricsInput, trialMetrics } from '../../../domain'
import { trialInputArb } from './arbitraries'

const YEAR = { from: '2021-01-01', to: '2021-12-31' }
const none = { cases: [], filings: [], mediations: [] }
const oneCase = (c: TrialMetricCase, period = YEAR) => trialMetrics({ ...period, ...none, cases: [c] })

describe('trialMetrics: 审限内结案率 and 平均审理天数', () => {
  it.each([
    { label: 'ordinary: 6 months, on the last day', c: { filedOn: '2021-01-15', closedOn: '2021-07-15', procedure: 'ordinary' }, within: 1, days: 181 },
    { label: 'ordinary: a day late', c: { filedOn: '2021-01-15', closedOn: '2021-07-16', procedure: 'ordinary' }, within: 0, days: 182 },
    { label: 'ordinary: month end 2020-08-31 → 2021-02-28', c: { filedOn: '2020-08-31', closedOn: '2021-02-28', procedure: 'ordinary' }, within: 1, days: 181 },
    { label: 'ordinary: month end, 03-01 is late', c: { filedOn: '2020-08-31', closedOn: '2021-03-01', procedure: 'ordinary' }, within: 0, days: 182 },
    { label: 'simple: 3 months', c: { filedOn: '2021-03-01', closedOn: '2021-06-01', procedure: 'simple' }, within: 1, days: 92 },
    { label: 'simple: a day late', c: { filedOn: '2021-03-01', closedOn: '2021-06-02', procedure: 'simple' }, within: 0, days: 93 },
    { label: 'small claims: 2 months', c: { filedOn: '2021-03-10', closedOn: '2021-05-10', procedure: 'small-claims' }, within: 1, days: 61 },
    { label: 'special: 30 days', c: { filedOn: '2021-03-10', closedOn: '2021-04-09', procedure: 'special' }, within: 1, days: 30 },
    { label: 'special: 31 days is late', c: { filedOn: '2021-03-10', closedOn: '2021-04-10', procedure: 'special' }, within: 0, days: 31 },
    {
      label: 'simple extended by 3 months',
      c: { filedOn: '2021-03-01', closedOn: '2021-09-01', procedure: 'simple', extendedMonths: 3 },
      within: 1,
      days: 184,
    },
    {
      label: 'ordinary extended 6 months from a month end',
      c: { filedOn: '2020-08-31', closedOn: '2021-08-28', procedure: 'ordinary', extendedMonths: 6 },
      within: 1,
      days: 362,
    },
    {
      label: 'excluded days count neither in the limit nor in the days',
      c: { filedOn: '2021-03-01', closedOn: '2021-06-11', procedure: 'simple', excludedDays: 10 },
      within: 1,
      days: 92,
    },
    { label: '…and one more day is late', c: { filedOn: '2021-03-01', closedOn: '2021-06-12', procedure: 'simple', excludedDays: 10 }, within: 0, days: 93 },
    { label: 'same day', c: { filedOn: '2021-03-01', closedOn: '2021-03-01', procedure: 'special' }, within: 1, days: 0 },
  ] as { label: string; c: Omit<TrialMetricCase, 'id'>; within: number; days: number }[])('$label', ({ c, within, days }) => {
    const m = oneCase({ id: 'a', ...c })
    expect([m.closed, m.closedWithinLimit, m.withinLimitRate, m.trialTotalDays, m.averageTrialDays]).toEqual([1, within, within, days, days])
  })

  it.each([
    { label: 'pending at from (旧存)', c: { filedOn: '2020-12-01' }, accepted: 1, closed: 0 },
    { label: 'closed before from', c: { filedOn: '2020-10-01', closedOn: '2020-12-31' }, accepted: 0, closed: 0 },
    { label: 'closed on from', c: { filedOn: '2020-10-01', closedOn: '2021-01-01' }, accepted: 1, closed: 1 },
    { label: 'filed after to', c: { filedOn: '2022-01-01' }, accepted: 0, closed: 0 },
    { label: 'closed after to', c: { filedOn: '2021-12-01', closedOn: '2022-01-04' }, accepted: 1, closed: 0 },
  ])('结案率: $label', ({ c, accepted, closed }) => {
    const m = oneCase({ id: 'a', procedure: 'ordinary', ...c })
    expect([m.accepted, m.closed, m.closureRate]).toEqual([accepted, closed, accepted === 0 ? null : closed / accepted])
  })
})

describe('trialMetrics: 立案审查 within 7 days (第一百二十六条, dueDate filing-review)', () => {
  it.each([
    { label: 'decided on the 7th day', f: { receivedOn: '2021-03-01', decidedOn: '2021-03-08' }, decided: 1, onTime: 1 },
    { label: 'decided on the 8th day', f: { receivedOn: '2021-03-01', decidedOn: '2021-03-09' }, decided: 1, onTime: 0 },
    { label: 'the 7th day in 国庆 rolls to 10-08', f: { receivedOn: '2021-09-28', decidedOn: '2021-10-08' }, decided: 1, onTime: 1 },
    { label: 'a 7th day on a Sunday rolls to Monday', f: { receivedOn: '2021-03-07', decidedOn: '2021-03-15' }, decided: 1, onTime: 1 },
    { label: 'decided the same day', f: { receivedOn: '2021-03-01', decidedOn: '2021-03-01' }, decided: 1, onTime: 1 },
    { label: 'not decided yet', f: { receivedOn: '2021-03-01' }, decided: 0, onTime: 0 },
    { label: 'decided before the period', f: { receivedOn: '2020-12-20', decidedOn: '2020-12-24' }, decided: 0, onTime: 0 },
    { label: 'received before, decided within', f: { receivedOn: '2020-12-28', decidedOn: '2021-01-04' }, decided: 1, onTime: 1 },
  ])('$label', ({ f, decided, onTime }) => {
    const m = trialMetrics({ ...YEAR, ...none, filings: [{ id: 'f', ...f }] })
    expect([m.filingsDecided, m.filingsOnTime, m.reviewOnTimeRate]).toEqual([decided, onTime, decided === 0 ? null : onTime])
  })
})

describe('trialMetrics: 诉前调解成功率', () => {
  it.each([
    { label: 'agreement', m: { requestedOn: '2021-03-01', closedOn: '2021-03-20', outcome: 'agreement' as const }, closed: 1, agreed: 1 },
    { label: 'failed', m: { requestedOn: '2021-03-01', closedOn: '2021-03-20', outcome: 'failed' as const }, closed: 1, agreed: 0 },
    { label: 'closed without an outcome', m: { requestedOn: '2021-03-01', closedOn: '2021-03-20' }, closed: 1, agreed: 0 },
    { label: 'open', m: { requestedOn: '2021-03-01' }, closed: 0, agreed: 0 },
    { label: 'closed after the period', m: { requestedOn: '2021-12-20', closedOn: '2022-01-05', outcome: 'agreement' as const }, closed: 0, agreed: 0 },
  ])('$label', ({ m: med, closed, agreed }) => {
    const m = trialMetrics({ ...YEAR, ...none, mediations: [{ id: 'm', ...med }] })
    expect([m.mediationsClosed, m.mediationsAgreed, m.mediationSuccessRate]).toEqual([closed, agreed, closed === 0 ? null : agreed])
  })
})

describe('trialMetrics: nothing to count and bad input', () => {
  it('denominators of 0 give null', () => {
    const m = trialMetrics({ ...YEAR, ...none })
    expect([m.closureRate, m.withinLimitRate, m.averageTrialDays, m.reviewOnTimeRate, m.mediationSuccessRate]).toEqual([null, null, null, null, null])
  })
  const base: TrialMetricsInput = { ...YEAR, ...none }
  it.each([
    { label: 'to before from', input: { ...base, from: '2021-02-01', to: '2021-01-31' }, code: 'PERIOD_INVALID', field: 'to' },
    {
      label: 'unknown procedure',
      input: { ...base, cases: [{ id: 'a', filedOn: '2021-03-01', procedure: 'appeal' as 'simple' }] },
      code: 'METRIC_RECORD_INVALID',
      field: 'cases[0].procedure',
    },
    {
      label: 'more excluded days than the case lasted',
      input: { ...base, cases: [{ id: 'a', filedOn: '2021-03-01', closedOn: '2021-03-05', procedure: 'simple' as const, excludedDays: 5 }] },
      code: 'METRIC_RECORD_INVALID',
      field: 'cases[0].excludedDays',
    },
    {
      label: 'fractional extension',
      input: { ...base, cases: [{ id: 'a', filedOn: '2021-03-01', procedure: 'simple' as const, extendedMonths: 0.5 }] },
      code: 'METRIC_RECORD_INVALID',
      field: 'cases[0].extendedMonths',
    },
    {
      label: 'a filing decided before received',
      input: { ...base, filings: [{ id: 'f', receivedOn: '2021-03-02', decidedOn: '2021-03-01' }] },
      code: 'METRIC_RECORD_INVALID',
      field: 'filings[0].decidedOn',
    },
    {
      label: 'an unknown outcome',
      input: { ...base, mediations: [{ id: 'm', requestedOn: '2021-03-02', closedOn: '2021-03-03', outcome: 'won' as 'failed' }] },
      code: 'METRIC_RECORD_INVALID',
      field: 'mediations[0].outcome',
    },
  ])('$label', ({ input, code, field }) => {
    expect(() => trialMetrics(input)).toThrow(DomainError)
    expect(() => trialMetrics(input)).toThrow(expect.objectContaining({ code, field }))
  })
})

describe('trialMetrics: properties', () => {
  it('rates in [0, 1], numerators ≤ denominators, null exactly when the denominator is 0', () => {
    fc.assert(
      fc.property(trialInputArb, (input) => {
        const m = trialMetrics(input)
        const pairs = [
          [m.closed, m.accepted, m.closureRate],
          [m.closedWithinLimit, m.closed, m.withinLimitRate],
          [m.filingsOnTime, m.filingsDecided, m.reviewOnTimeRate],
          [m.mediationsAgreed, m.mediationsClosed, m.mediationSuccessRate],
        ] as const
        for (const [n, d, r] of pairs) {
          expect(n).toBeLessThanOrEqual(d)
          expect(r).toBe(d === 0 ? null : n / d)
          if (r !== null) expect(r >= 0 && r <= 1).toBe(true)
        }
        expect(m.averageTrialDays === null ? m.closed === 0 : m.averageTrialDays >= 0).toBe(true)
      }),
    )
  })

  it('splitting the period: closed, within-limit, days, decided filings and closed mediations add up', () => {
    fc.assert(
      fc.property(trialInputArb, fc.nat(), (input, cut) => {
        const days = daysBetween(input.from, input.to)
        if (days === 0) return
        const mid = addDays(input.from, cut % days)
        const whole = trialMetrics(input)
        const a = trialMetrics({ ...input, to: mid })
        const b = trialMetrics({ ...input, from: addDays(mid, 1) })
        for (const key of [
          'closed',
          'closedWithinLimit',
          'trialTotalDays',
          'filingsDecided',
          'filingsOnTime',
          'mediationsClosed',
          'mediationsAgreed',
        ] as const) {
          expect(a[key] + b[key]).toBe(whole[key])
        }
      }),
    )
  })
})
