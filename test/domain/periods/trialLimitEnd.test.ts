import fc from 'fast-check'
import { DomainError, trialLimitEnd, type TrialProcedure } from '../../../domain'

type Procedure = TrialProcedure

describe('trialLimitEnd', () => {
  it.each([
    { label: 'ordinary 6 months, same day', procedure: 'ordinary', filedOn: '2026-03-15', want: '2026-09-15' },
    { label: 'ordinary from Aug 31 clamps to Feb 28', procedure: 'ordinary', filedOn: '2026-08-31', want: '2027-02-28' },
    { label: 'ordinary from Aug 31 clamps to Feb 29 in a leap year', procedure: 'ordinary', filedOn: '2027-08-31', want: '2028-02-29' },
    { label: 'ordinary ending on 国庆 is not rolled (court-internal limit)', procedure: 'ordinary', filedOn: '2026-04-03', want: '2026-10-03' },
    { label: 'simple 3 months from Nov 30', procedure: 'simple', filedOn: '2026-11-30', want: '2027-02-28' },
    { label: 'simple 3 months from Jan 31', procedure: 'simple', filedOn: '2026-01-31', want: '2026-04-30' },
    { label: 'small claims 2 months', procedure: 'small-claims', filedOn: '2026-03-10', want: '2026-05-10' },
    { label: 'small claims from Dec 31', procedure: 'small-claims', filedOn: '2026-12-31', want: '2027-02-28' },
    { label: 'special procedure 30 days, art 187', procedure: 'special', filedOn: '2026-03-10', want: '2026-04-09' },
    { label: 'special procedure across the year end', procedure: 'special', filedOn: '2026-12-15', want: '2027-01-14' },
    { label: 'appeal against a judgment 3 months, art 183(1)', procedure: 'second-instance-judgment', filedOn: '2026-11-30', want: '2027-02-28' },
    { label: 'appeal against a ruling 30 days, art 183(2)', procedure: 'second-instance-ruling', filedOn: '2026-01-31', want: '2026-03-02' },
    { label: 'appeal against a ruling over a leap February', procedure: 'second-instance-ruling', filedOn: '2028-01-31', want: '2028-03-01' },
    { label: 'special procedure ending on 国庆 is not rolled', procedure: 'special', filedOn: '2026-09-01', want: '2026-10-01' },
  ] as Array<{ label: string; procedure: Procedure; filedOn: string; want: string }>)('$label', ({ procedure, filedOn, want }) => {
    expect(trialLimitEnd({ procedure, filedOn })).toBe(want)
  })

  it.each([
    { label: 'unknown procedure', input: { procedure: 'summary', filedOn: '2026-03-10' }, code: 'PROCEDURE_UNKNOWN', field: 'procedure' },
    { label: 'bad filing date', input: { procedure: 'simple', filedOn: '2026-02-30' }, code: 'DATE_INVALID', field: 'filedOn' },
  ])('rejects $label', ({ input, code, field }) => {
    expect(() => trialLimitEnd(input as { procedure: Procedure; filedOn: string })).toThrow(DomainError)
    expect(() => trialLimitEnd(input as { procedure: Procedure; filedOn: string })).toThrow(expect.objectContaining({ code, field }))
  })

  it('orders small claims ≤ simple ≤ ordinary, all after filing', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1) / 864e5, max: Date.UTC(2090, 0, 1) / 864e5 }), (n) => {
        const filedOn = new Date(n * 864e5).toISOString().slice(0, 10)
        const small = trialLimitEnd({ procedure: 'small-claims', filedOn })
        const simple = trialLimitEnd({ procedure: 'simple', filedOn })
        const ordinary = trialLimitEnd({ procedure: 'ordinary', filedOn })
        expect(filedOn < small && small < simple && simple < ordinary).toBe(true)
      }),
    )
  })

  it('counts special procedure and ruling appeals as the same 30 days, judgment appeals as simple procedure', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1) / 864e5, max: Date.UTC(2090, 0, 1) / 864e5 }), (n) => {
        const filedOn = new Date(n * 864e5).toISOString().slice(0, 10)
        const special = trialLimitEnd({ procedure: 'special', filedOn })
        expect(trialLimitEnd({ procedure: 'second-instance-ruling', filedOn })).toBe(special)
        expect(trialLimitEnd({ procedure: 'second-instance-judgment', filedOn })).toBe(trialLimitEnd({ procedure: 'simple', filedOn }))
        expect(filedOn < special && special < trialLimitEnd({ procedure: 'small-claims', filedOn })).toBe(true)
      }),
    )
  })
})
