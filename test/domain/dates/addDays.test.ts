import fc from 'fast-check'
import { addDays, DomainError } from '../../../domain'

describe('addDays', () => {
  it.each([
    { label: 'into October', date: '2026-09-30', n: 15, want: '2026-10-15' },
    { label: 'across a year end', date: '2026-12-20', n: 15, want: '2027-01-04' },
    { label: 'onto a leap day', date: '2028-02-28', n: 1, want: '2028-02-29' },
    { label: 'past a common-year February', date: '2026-02-28', n: 1, want: '2026-03-01' },
    { label: 'backwards over a leap day', date: '2028-03-01', n: -1, want: '2028-02-29' },
    { label: 'zero', date: '2026-10-08', n: 0, want: '2026-10-08' },
    { label: 'a full leap year', date: '2028-01-01', n: 366, want: '2029-01-01' },
  ])('$label', ({ date, n, want }) => {
    expect(addDays(date, n)).toBe(want)
  })

  it.each([
    { label: 'fractional days', date: '2026-10-08', n: 1.5, code: 'DAYS_INVALID' },
    { label: 'NaN days', date: '2026-10-08', n: NaN, code: 'DAYS_INVALID' },
    { label: 'a bad date', date: '2026-02-30', n: 1, code: 'DATE_INVALID' },
    { label: 'beyond year 9999', date: '9999-12-31', n: 1, code: 'DATE_INVALID' },
  ])('rejects $label', ({ date, n, code }) => {
    expect(() => addDays(date, n)).toThrow(expect.objectContaining({ code }) as DomainError)
  })

  it('agrees with UTC millisecond arithmetic', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 * 365 }), fc.integer({ min: -5000, max: 5000 }), (offset, n) => {
        const base = Date.UTC(1980, 0, 1) + offset * 86_400_000
        const date = new Date(base).toISOString().slice(0, 10)
        expect(addDays(date, n)).toBe(new Date(base + n * 86_400_000).toISOString().slice(0, 10))
        expect(addDays(addDays(date, n), -n)).toBe(date)
      }),
    )
  })
})
