import fc from 'fast-check'
import { addDays, addMonths, caseTimeLimit, ENFORCEMENT_RULES, type ExcludedPeriod } from '../../../domain'

const R = ENFORCEMENT_RULES
const susp = (from: string, to?: string): ExcludedPeriod => (to === undefined ? { kind: 'suspension', from } : { kind: 'suspension', from, to })

describe('caseTimeLimit (《审限规定》第五条、第八条、第九条)', () => {
  it.each([
    { label: '6 months from the day after 立案', input: { filedOn: '2026-03-02', asOf: '2026-04-01' }, due: '2026-09-02', excludedDays: 0 },
    { label: 'a month without the day ends on its last day', input: { filedOn: '2026-08-31', asOf: '2026-09-01' }, due: '2027-02-28', excludedDays: 0 },
    {
      label: '非诉执行 3 months',
      input: { filedOn: '2026-03-02', asOf: '2026-04-01', nonLitigation: true },
      due: '2026-06-02',
      excludedDays: 0,
      rule: 'caseLimitNonLitigation',
    },
    { label: 'a 3-month extension approved', input: { filedOn: '2026-03-02', asOf: '2026-04-01', extensionMonths: 3 }, due: '2026-12-02', excludedDays: 0 },
    {
      label: 'a 30-day suspension is deducted',
      input: { filedOn: '2026-03-02', asOf: '2026-08-01', excludedPeriods: [susp('2026-05-01', '2026-05-31')] },
      due: '2026-10-02',
      excludedDays: 30,
    },
    {
      label: 'a suspension still running counts through today and pauses the clock',
      input: { filedOn: '2026-03-02', asOf: '2026-08-10', excludedPeriods: [susp('2026-08-01')] },
      due: '2026-09-12',
      excludedDays: 10,
      paused: true,
    },
    {
      label: 'an open period that has not begun changes nothing',
      input: { filedOn: '2026-03-02', asOf: '2026-08-10', excludedPeriods: [susp('2026-08-20')] },
      due: '2026-09-02',
      excludedDays: 0,
    },
    {
      label: 'an auction and a suspension overlapping count once',
      input: {
        filedOn: '2026-03-02',
        asOf: '2026-08-01',
        excludedPeriods: [{ kind: 'auction', from: '2026-05-01', to: '2026-05-21' }, susp('2026-05-11', '2026-05-31')] as ExcludedPeriod[],
      },
      due: '2026-10-02',
      excludedDays: 30,
    },
    {
      label: 'back-to-back periods add up',
      input: {
        filedOn: '2026-03-02',
        asOf: '2026-08-01',
        excludedPeriods: [
          { kind: 'audit-valuation', from: '2026-05-11', to: '2026-05-21' },
          { kind: 'auction', from: '2026-05-01', to: '2026-05-11' },
        ] as ExcludedPeriod[],
      },
      due: '2026-09-22',
      excludedDays: 20,
    },
    {
      label: 'only the days after 立案 are deducted',
      input: { filedOn: '2026-03-02', asOf: '2026-08-01', excludedPeriods: [susp('2026-02-01', '2026-03-12')] },
      due: '2026-09-11',
      excludedDays: 9,
    },
    {
      label: 'a period after the last day does not revive the limit',
      input: {
        filedOn: '2026-03-02',
        asOf: '2026-11-01',
        excludedPeriods: [{ kind: 'audit-valuation', from: '2026-09-10', to: '2026-10-10' }] as ExcludedPeriod[],
      },
      due: '2026-09-02',
      excludedDays: 0,
    },
    {
      label: 'a period on the last day itself moves it',
      input: { filedOn: '2026-03-02', asOf: '2026-11-01', excludedPeriods: [{ kind: 'deferral', from: '2026-09-02', to: '2026-09-05' }] as ExcludedPeriod[] },
      due: '2026-09-05',
      excludedDays: 3,
    },
    {
      label: 'a later period counts once an earlier one has pushed the limit past its start',
      input: { filedOn: '2026-03-02', asOf: '2026-11-01', excludedPeriods: [susp('2026-09-25', '2026-10-05'), susp('2026-08-20', '2026-09-20')] },
      due: '2026-10-13',
      excludedDays: 41,
    },
  ])('$label', ({ input, due, excludedDays, paused = false, rule = 'caseLimit' }) => {
    expect(caseTimeLimit(input, R)).toMatchObject({ due, excludedDays, paused, rule, status: 'confirmed' })
  })

  it.each([
    { label: 'a negative extension', input: { filedOn: '2026-03-02', asOf: '2026-04-01', extensionMonths: -1 }, code: 'EXTENSION_INVALID' },
    {
      label: 'a period ending before it starts',
      input: { filedOn: '2026-03-02', asOf: '2026-04-01', excludedPeriods: [susp('2026-05-10', '2026-05-01')] },
      code: 'EXCLUDED_PERIOD_INVALID',
    },
    { label: 'a bad today', input: { filedOn: '2026-03-02', asOf: 'today' }, code: 'DATE_INVALID' },
  ])('refuses $label', ({ input, code }) => {
    expect(() => caseTimeLimit(input, R)).toThrow(expect.objectContaining({ code }))
  })

  const filed = fc.integer({ min: 0, max: 25000 }).map((n) => addDays('2010-01-01', n))
  const period = fc
    .record({ start: fc.integer({ min: -30, max: 400 }), length: fc.integer({ min: 0, max: 90 }), open: fc.boolean() })
    .map(({ start, length, open }) => ({ start, length, open }))
  const build = (filedOn: string, ps: { start: number; length: number; open: boolean }[]): ExcludedPeriod[] =>
    ps.map((p) => (p.open ? susp(addDays(filedOn, p.start)) : susp(addDays(filedOn, p.start), addDays(filedOn, p.start + p.length))))

  it('is never before the base limit, deducts exactly what it reports, and ignores the order of periods', () => {
    fc.assert(
      fc.property(filed, fc.array(period, { maxLength: 5 }), fc.integer({ min: 0, max: 500 }), (filedOn, ps, ago) => {
        const asOf = addDays(filedOn, ago)
        const periods = build(filedOn, ps)
        const r = caseTimeLimit({ filedOn, asOf, excludedPeriods: periods }, R)
        expect(r.baseDue).toBe(addMonths(filedOn, 6))
        expect(r.due >= r.baseDue).toBe(true)
        expect(r.due).toBe(addDays(r.baseDue, r.excludedDays))
        expect(caseTimeLimit({ filedOn, asOf, excludedPeriods: [...periods].reverse() }, R).due).toBe(r.due)
      }),
    )
  })

  it('one more excluded period never brings the limit earlier', () => {
    fc.assert(
      fc.property(filed, fc.array(period, { maxLength: 4 }), period, (filedOn, ps, extra) => {
        const asOf = addDays(filedOn, 400)
        const before = caseTimeLimit({ filedOn, asOf, excludedPeriods: build(filedOn, ps) }, R).due
        const after = caseTimeLimit({ filedOn, asOf, excludedPeriods: build(filedOn, [...ps, extra]) }, R).due
        expect(after >= before).toBe(true)
      }),
    )
  })
})
