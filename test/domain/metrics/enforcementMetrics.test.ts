import fc from 'fast-check'
import {
  addDays,
  daysBetween,
  DomainError,
  type EnforcementMetricCase,
  type EnforcementMetrics,
  type EnforcementMetricsInput,
  enforcementMetrics,
  type EnforcementSubset,
} from '../../../domain'
import { enforcementInputArb } from './arbitraries'

const YEAR = { from: '2021-01-01', to: '2021-12-31' }
const MARCH = { from: '2021-03-01', to: '2021-03-31' }
const only = (period: { from: string; to: string }, c: EnforcementMetricCase) => enforcementMetrics({ ...period, cases: [c], complaints: [] })

describe('enforcementMetrics: which case counts where', () => {
  it.each([
    // 受理 and 结案 around the period's edges
    { label: 'pending at from (旧存) is accepted', period: MARCH, c: { id: 'a', filedOn: '2021-02-10' }, accepted: 1, closed: 0 },
    {
      label: 'filed before from, closed on from: accepted and closed',
      period: MARCH,
      c: { id: 'a', filedOn: '2021-02-10', closedOn: '2021-03-01' },
      accepted: 1,
      closed: 1,
    },
    { label: 'closed the day before from: neither', period: MARCH, c: { id: 'a', filedOn: '2021-02-10', closedOn: '2021-02-28' }, accepted: 0, closed: 0 },
    { label: 'filed on from', period: MARCH, c: { id: 'a', filedOn: '2021-03-01' }, accepted: 1, closed: 0 },
    { label: 'filed on to', period: MARCH, c: { id: 'a', filedOn: '2021-03-31' }, accepted: 1, closed: 0 },
    { label: 'filed the day after to: neither', period: MARCH, c: { id: 'a', filedOn: '2021-04-01' }, accepted: 0, closed: 0 },
    { label: 'filed and closed the same day', period: MARCH, c: { id: 'a', filedOn: '2021-03-10', closedOn: '2021-03-10' }, accepted: 1, closed: 1 },
    { label: 'closed on to', period: MARCH, c: { id: 'a', filedOn: '2021-01-10', closedOn: '2021-03-31' }, accepted: 1, closed: 1 },
    {
      label: 'closed the day after to: accepted, not closed',
      period: MARCH,
      c: { id: 'a', filedOn: '2021-01-10', closedOn: '2021-04-01' },
      accepted: 1,
      closed: 0,
    },
    {
      label: 'a one-day period',
      period: { from: '2021-03-10', to: '2021-03-10' },
      c: { id: 'a', filedOn: '2021-03-10', closedOn: '2021-03-10' },
      accepted: 1,
      closed: 1,
    },
  ])('$label', ({ period, c, accepted, closed }) => {
    const m = only(period, c)
    expect([m.accepted, m.closed]).toEqual([accepted, closed])
    expect(m.closureRate).toBe(accepted === 0 ? null : closed / accepted)
  })
})

describe('enforcementMetrics: 有财产可供执行案件法定期限内结案率 (6 months from the day after 立案, plus excluded days)', () => {
  const property = (filedOn: string, closedOn: string, extra: Partial<EnforcementMetricCase> = {}): EnforcementMetricCase => ({
    id: 'a',
    filedOn,
    closedOn,
    closure: 'performed',
    hasProperty: true,
    ...extra,
  })
  it.each([
    { label: 'closed on the corresponding day of the sixth month', c: property('2021-01-15', '2021-07-15'), within: 1 },
    { label: 'closed the day after it', c: property('2021-01-15', '2021-07-16'), within: 0 },
    { label: 'month end: 2020-08-31 + 6 months is 2021-02-28', c: property('2020-08-31', '2021-02-28'), within: 1 },
    { label: 'month end: 2021-03-01 is one day late', c: property('2020-08-31', '2021-03-01'), within: 0 },
    {
      label: 'leap year: 2019-08-31 + 6 months is 2020-02-29',
      c: property('2019-08-31', '2020-02-29'),
      within: 1,
      period: { from: '2020-01-01', to: '2020-12-31' },
    },
    { label: '10 excluded days move the last day to 07-25', c: property('2021-01-15', '2021-07-25', { excludedDays: 10 }), within: 1 },
    { label: '…and 07-26 is late', c: property('2021-01-15', '2021-07-26', { excludedDays: 10 }), within: 0 },
    { label: 'excluded days across the month end', c: property('2020-08-31', '2021-03-02', { excludedDays: 2 }), within: 1 },
    { label: 'a 终结执行 with property counts too', c: property('2021-01-15', '2021-03-01', { closure: 'terminated' }), within: 1 },
    { label: 'a closing without a mode counts by its flag', c: property('2021-01-15', '2021-03-01', { closure: undefined }), within: 1 },
  ])('$label', ({ c, within, period }) => {
    const m = only(period ?? YEAR, c)
    expect([m.withPropertyClosed, m.withPropertyWithinLimit, m.withinLimitRate]).toEqual([1, within, within])
  })

  it.each([
    { label: 'no property flag', c: { id: 'a', filedOn: '2021-01-15', closedOn: '2021-03-01', closure: 'performed' as const } },
    { label: 'hasProperty false', c: { id: 'a', filedOn: '2021-01-15', closedOn: '2021-03-01', closure: 'performed' as const, hasProperty: false } },
    { label: 'with property but still open', c: { id: 'a', filedOn: '2021-01-15', hasProperty: true } },
    { label: 'with property, closed before the period', c: { id: 'a', filedOn: '2020-01-15', closedOn: '2020-03-01', hasProperty: true } },
  ])('not in the denominator: $label', ({ c }) => {
    const m = only(YEAR, c)
    expect([m.withPropertyClosed, m.withPropertyWithinLimit, m.withinLimitRate]).toEqual([0, 0, null])
  })
})

describe('enforcementMetrics: each closure mode', () => {
  const closed = (closure: EnforcementMetricCase['closure'], extra: Partial<EnforcementMetricCase> = {}): EnforcementMetricCase => ({
    id: 'a',
    filedOn: '2021-01-04',
    closedOn: '2021-05-06',
    closure,
    ...extra,
  })
  it.each([
    { label: '执行完毕', c: closed('performed'), terminated: 0, qualified: 0, performed: 1 },
    {
      label: '终本 with the checklist complete',
      c: closed('terminated-this-round', { terminationChecklistComplete: true }),
      terminated: 1,
      qualified: 1,
      performed: 0,
    },
    {
      label: '终本 with the checklist incomplete',
      c: closed('terminated-this-round', { terminationChecklistComplete: false }),
      terminated: 1,
      qualified: 0,
      performed: 0,
    },
    { label: '终本 with no checklist recorded', c: closed('terminated-this-round'), terminated: 1, qualified: 0, performed: 0 },
    { label: '终结执行', c: closed('terminated'), terminated: 0, qualified: 0, performed: 0 },
    { label: '销案', c: closed('withdrawn'), terminated: 0, qualified: 0, performed: 0 },
    { label: '不予执行', c: closed('not-enforced'), terminated: 0, qualified: 0, performed: 0 },
    { label: '驳回申请', c: closed('rejected'), terminated: 0, qualified: 0, performed: 0 },
    { label: 'no mode recorded', c: closed(undefined), terminated: 0, qualified: 0, performed: 0 },
  ])('$label: closed, and counted as 终本 / 执行完毕 only by its mode', ({ c, terminated, qualified, performed }) => {
    const m = only(YEAR, c)
    expect(m.closed).toBe(1)
    expect([m.terminated, m.terminationQualified, m.performedClosed]).toEqual([terminated, qualified, performed])
    expect(m.terminationQualifiedRate).toBe(terminated === 0 ? null : qualified)
    expect(m.performedAverageDays).toBe(performed === 0 ? null : 122)
  })

  it('a 终本 closed outside the period is not in the 终本合格率', () => {
    expect(only(MARCH, closed('terminated-this-round', { terminationChecklistComplete: true })).terminated).toBe(0)
  })
})

describe('enforcementMetrics: 执行完毕平均用时', () => {
  it.each([
    { label: 'same-day performance is 0 days', spans: [['2021-03-10', '2021-03-10']], total: 0, mean: 0 },
    { label: 'one day', spans: [['2021-03-10', '2021-03-11']], total: 1, mean: 1 },
    {
      label: 'across February and the year end',
      spans: [
        ['2020-12-31', '2021-03-01'],
        ['2021-02-01', '2021-03-01'],
      ],
      total: 60 + 28,
      mean: 44,
    },
    { label: 'a leap February', spans: [['2020-02-01', '2020-03-01']], total: 29, mean: 29, period: { from: '2020-01-01', to: '2020-12-31' } },
    {
      label: 'unrounded mean',
      spans: [
        ['2021-03-01', '2021-03-02'],
        ['2021-03-01', '2021-03-03'],
        ['2021-03-01', '2021-03-03'],
      ],
      total: 5,
      mean: 5 / 3,
    },
  ])('$label', ({ spans, total, mean, period }) => {
    const cases = spans.map(([filedOn, closedOn], i) => ({ id: `p${i}`, filedOn: filedOn as string, closedOn, closure: 'performed' as const }))
    const m = enforcementMetrics({ ...(period ?? YEAR), cases, complaints: [] })
    expect([m.performedClosed, m.performedTotalDays, m.performedAverageDays]).toEqual([spans.length, total, mean])
  })
})

describe('enforcementMetrics: 执行信访办结率', () => {
  it.each([
    { label: 'received and closed within', k: { id: 'x', receivedOn: '2021-03-02', closedOn: '2021-03-20' }, received: 1, closed: 1 },
    { label: 'closed on to', k: { id: 'x', receivedOn: '2021-03-02', closedOn: '2021-03-31' }, received: 1, closed: 1 },
    { label: 'received and closed on to', k: { id: 'x', receivedOn: '2021-03-31', closedOn: '2021-03-31' }, received: 1, closed: 1 },
    { label: 'closed the day after to', k: { id: 'x', receivedOn: '2021-03-02', closedOn: '2021-04-01' }, received: 1, closed: 0 },
    { label: 'still open', k: { id: 'x', receivedOn: '2021-03-02' }, received: 1, closed: 0 },
    { label: 'received before from, closed within: not counted', k: { id: 'x', receivedOn: '2021-02-27', closedOn: '2021-03-05' }, received: 0, closed: 0 },
    { label: 'received after to: not counted', k: { id: 'x', receivedOn: '2021-04-01', closedOn: '2021-04-02' }, received: 0, closed: 0 },
  ])('$label', ({ k, received, closed }) => {
    const m = enforcementMetrics({ ...MARCH, cases: [], complaints: [k] })
    expect([m.complaintsReceived, m.complaintsClosed, m.complaintClosureRate]).toEqual([received, closed, received === 0 ? null : closed])
  })
})

describe('enforcementMetrics: amounts and subsets', () => {
  const cases: EnforcementMetricCase[] = [
    { id: 'e1', filedOn: '2021-01-04', closedOn: '2021-02-01', closure: 'performed', appliedFen: 100_000, recoveredFen: 100_000, enterprise: true },
    {
      id: 'e2',
      filedOn: '2021-01-04',
      closedOn: '2021-05-06',
      closure: 'terminated-this-round',
      appliedFen: 300_000,
      recoveredFen: 50_000,
      enterprise: true,
      agricultural: true,
    },
    { id: 'e3', filedOn: '2021-01-04', appliedFen: 999_999, recoveredFen: 1_000, enterprise: true },
    { id: 'g1', filedOn: '2020-06-01', closedOn: '2021-06-01', closure: 'terminated', appliedFen: 700_000, governmentDebtor: true },
    { id: 'o1', filedOn: '2020-06-01', closedOn: '2020-12-01', closure: 'performed', appliedFen: 5_000, recoveredFen: 5_000, agricultural: true },
  ]
  const m = enforcementMetrics({ ...YEAR, cases, complaints: [] })

  it('sums applied and recovered over cases closed within the period only', () => {
    expect([m.appliedFen, m.recoveredFen, m.recoveryRate]).toEqual([1_100_000, 150_000, 150_000 / 1_100_000])
  })
  it.each([
    {
      label: 'enterprise',
      key: 'enterprise' as const,
      want: { accepted: 3, closed: 2, closureRate: 2 / 3, appliedFen: 400_000, recoveredFen: 150_000, recoveryRate: 0.375 },
    },
    {
      label: 'government debtor, nothing recovered',
      key: 'governmentDebtor' as const,
      want: { accepted: 1, closed: 1, closureRate: 1, appliedFen: 700_000, recoveredFen: 0, recoveryRate: 0 },
    },
    {
      label: 'agricultural, one closed before the period',
      key: 'agricultural' as const,
      want: { accepted: 1, closed: 1, closureRate: 1, appliedFen: 300_000, recoveredFen: 50_000, recoveryRate: 1 / 6 },
    },
  ])('$label', ({ key, want }) => {
    expect(m.subsets[key]).toEqual(want)
  })
})

describe('enforcementMetrics: denominators of 0 give null', () => {
  it('no cases, no complaints', () => {
    const m = enforcementMetrics({ ...YEAR, cases: [], complaints: [] })
    const rates = [m.closureRate, m.withinLimitRate, m.terminationQualifiedRate, m.complaintClosureRate, m.performedAverageDays, m.recoveryRate]
    expect(rates).toEqual([null, null, null, null, null, null])
    for (const s of Object.values(m.subsets)) expect([s.accepted, s.closed, s.closureRate, s.recoveryRate]).toEqual([0, 0, null, null])
  })
  it('closed cases with nothing applied for: 到位率 null, not 0', () => {
    expect(only(YEAR, { id: 'a', filedOn: '2021-01-04', closedOn: '2021-02-01', closure: 'withdrawn' }).recoveryRate).toBeNull()
  })
})

describe('enforcementMetrics: bad input stops the figures', () => {
  const base: EnforcementMetricsInput = { ...YEAR, cases: [], complaints: [] }
  it.each([
    { label: 'from not a day', input: { ...base, from: '2021-02-30' }, code: 'DATE_INVALID', field: 'from' },
    { label: 'to before from', input: { ...base, to: '2020-12-31' }, code: 'PERIOD_INVALID', field: 'to' },
    {
      label: 'closed before filed',
      input: { ...base, cases: [{ id: 'a', filedOn: '2021-03-02', closedOn: '2021-03-01' }] },
      code: 'METRIC_RECORD_INVALID',
      field: 'cases[0].closedOn',
    },
    {
      label: 'a filing day in another shape',
      input: { ...base, cases: [{ id: 'a', filedOn: '2021/03/02' }] },
      code: 'DATE_INVALID',
      field: 'cases[0].filedOn',
    },
    {
      label: 'a closure without a closing day',
      input: { ...base, cases: [{ id: 'a', filedOn: '2021-03-02', closure: 'performed' as const }] },
      code: 'METRIC_RECORD_INVALID',
      field: 'cases[0].closure',
    },
    {
      label: 'an unknown closure',
      input: { ...base, cases: [{ id: 'a', filedOn: '2021-03-02', closedOn: '2021-03-03', closure: 'terminated-for-now' as unknown as 'terminated' }] },
      code: 'METRIC_RECORD_INVALID',
      field: 'cases[0].closure',
    },
    {
      label: 'negative fen',
      input: { ...base, cases: [{ id: 'a', filedOn: '2021-03-02', appliedFen: -1 }] },
      code: 'METRIC_RECORD_INVALID',
      field: 'cases[0].appliedFen',
    },
    {
      label: 'fractional excluded days',
      input: { ...base, cases: [{ id: 'a', filedOn: '2021-03-02', excludedDays: 1.5 }] },
      code: 'METRIC_RECORD_INVALID',
      field: 'cases[0].excludedDays',
    },
    { label: 'a case without an id', input: { ...base, cases: [{ id: '', filedOn: '2021-03-02' }] }, code: 'METRIC_RECORD_INVALID', field: 'cases[0].id' },
    {
      label: 'a complaint closed before received',
      input: { ...base, complaints: [{ id: 'x', receivedOn: '2021-03-02', closedOn: '2021-03-01' }] },
      code: 'METRIC_RECORD_INVALID',
      field: 'complaints[0].closedOn',
    },
  ])('$label', ({ input, code, field }) => {
    let error: unknown
    try {
      enforcementMetrics(input)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DomainError)
    expect(error).toMatchObject({ code, field })
    expect((error as Error).message).toMatch(/[\u4e00-\u9fa5]/)
  })
})

const rateOf = (m: EnforcementMetrics): [number, number, number | null][] => [
  [m.closed, m.accepted, m.closureRate],
  [m.withPropertyWithinLimit, m.withPropertyClosed, m.withinLimitRate],
  [m.terminationQualified, m.terminated, m.terminationQualifiedRate],
  [m.complaintsClosed, m.complaintsReceived, m.complaintClosureRate],
  ...Object.values(m.subsets).map((s): [number, number, number | null] => [s.closed, s.accepted, s.closureRate]),
]

describe('enforcementMetrics: properties', () => {
  it('every rate is in [0, 1], its numerator ≤ its denominator, and null exactly when the denominator is 0', () => {
    fc.assert(
      fc.property(enforcementInputArb, (input) => {
        const m = enforcementMetrics(input)
        for (const [n, d, r] of rateOf(m)) {
          expect(n).toBeLessThanOrEqual(d)
          if (d === 0) expect(r).toBeNull()
          else {
            expect(r).toBe(n / d)
            expect(r).toBeGreaterThanOrEqual(0)
            expect(r).toBeLessThanOrEqual(1)
          }
        }
        expect(m.closed).toBeLessThanOrEqual(m.accepted)
        expect(m.withPropertyClosed).toBeLessThanOrEqual(m.closed)
        expect(m.terminated).toBeLessThanOrEqual(m.closed)
        expect(m.performedClosed).toBeLessThanOrEqual(m.closed)
        expect(m.performedAverageDays === null ? m.performedClosed === 0 : m.performedAverageDays >= 0).toBe(true)
        expect(m.recoveryRate === null).toBe(m.appliedFen === 0)
      }),
    )
  })

  it('splitting the period at any day: closed, 终本, 执行完毕 days, complaints received and amounts add up', () => {
    fc.assert(
      fc.property(enforcementInputArb, fc.nat(), (input, cut) => {
        const whole = enforcementMetrics(input)
        const days = daysBetween(input.from, input.to)
        if (days === 0) return
        const k = cut % days
        const mid = addDays(input.from, k)
        const a = enforcementMetrics({ ...input, to: mid })
        const b = enforcementMetrics({ ...input, from: addDays(mid, 1) })
        for (const key of [
          'closed',
          'terminated',
          'terminationQualified',
          'withPropertyClosed',
          'withPropertyWithinLimit',
          'performedClosed',
          'performedTotalDays',
          'complaintsReceived',
          'appliedFen',
          'recoveredFen',
        ] as const) {
          expect(a[key] + b[key]).toBe(whole[key])
        }
        for (const key of ['agricultural', 'enterprise', 'governmentDebtor'] as EnforcementSubset[]) {
          expect(a.subsets[key].closed + b.subsets[key].closed).toBe(whole.subsets[key].closed)
        }
        // Accepted does not add up: what is pending at the cut is in both halves.
        expect(a.accepted + b.accepted).toBeGreaterThanOrEqual(whole.accepted)
      }),
    )
  })

  it('a subset is the figures of the cases carrying its flag', () => {
    fc.assert(
      fc.property(enforcementInputArb, (input) => {
        const m = enforcementMetrics(input)
        for (const key of ['agricultural', 'enterprise', 'governmentDebtor'] as EnforcementSubset[]) {
          const own = enforcementMetrics({ ...input, cases: input.cases.filter((c) => c[key] === true) })
          expect(m.subsets[key]).toEqual({
            accepted: own.accepted,
            closed: own.closed,
            closureRate: own.closureRate,
            appliedFen: own.appliedFen,
            recoveredFen: own.recoveredFen,
            recoveryRate: own.recoveryRate,
          })
        }
      }),
    )
  })

  it('the order of the cases changes nothing', () => {
    fc.assert(
      fc.property(enforcementInputArb, (input) => {
        expect(enforcementMetrics({ ...input, cases: [...input.cases].reverse(), complaints: [...input.complaints].reverse() })).toEqual(
          enforcementMetrics(input),
        )
      }),
    )
  })
})
