import fc from 'fast-check'
import { addMonths, DomainError, parseCalendarDay } from '../../../domain'

describe('addMonths', () => {
  it.each([
    { label: 'same day of month', date: '2026-03-15', n: 6, want: '2026-09-15' },
    { label: 'Aug 31 + 6 → Feb 28 (common year)', date: '2026-08-31', n: 6, want: '2027-02-28' },
    { label: 'Aug 31 + 6 → Feb 29 (leap year)', date: '2027-08-31', n: 6, want: '2028-02-29' },
    { label: 'Mar 31 + 3 → Jun 30', date: '2026-03-31', n: 3, want: '2026-06-30' },
    { label: 'Dec 31 + 2 → Feb 28 next year', date: '2026-12-31', n: 2, want: '2027-02-28' },
    { label: 'Nov 30 + 3 → Feb 28', date: '2026-11-30', n: 3, want: '2027-02-28' },
    { label: 'negative months', date: '2026-03-31', n: -1, want: '2026-02-28' },
    { label: 'twelve months from a leap day', date: '2028-02-29', n: 12, want: '2029-02-28' },
  ])('$label', ({ date, n, want }) => {
    expect(addMonths(date, n)).toBe(want)
  })

  it('rejects fractional months', () => {
    expect(() => addMonths('2026-01-01', 0.5)).toThrow(expect.objectContaining({ code: 'MONTHS_INVALID' }) as DomainError)
  })

  it('keeps the day of month, or clamps it to the month end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40000 }), fc.integer({ min: -120, max: 120 }), (offset, n) => {
        const date = new Date(Date.UTC(1950, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10)
        const from = parseCalendarDay(date)
        const to = parseCalendarDay(addMonths(date, n))
        expect(to.year * 12 + to.month - (from.year * 12 + from.month)).toBe(n)
        const monthEnd = new Date(Date.UTC(to.year, to.month, 0)).getUTCDate()
        expect(to.day).toBe(Math.min(from.day, monthEnd))
      }),
    )
  })
})
