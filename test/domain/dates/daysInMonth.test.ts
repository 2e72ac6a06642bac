import { daysInMonth, DomainError } from '../../../domain'

describe('daysInMonth', () => {
  it.each([
    { label: 'January', year: 2027, month: 1, want: 31 },
    { label: 'February of a common year', year: 2027, month: 2, want: 28 },
    { label: 'February of a leap year', year: 2028, month: 2, want: 29 },
    { label: 'February of a century that is not leap', year: 2100, month: 2, want: 28 },
    { label: 'February of a century that is leap', year: 2000, month: 2, want: 29 },
    { label: 'April', year: 2026, month: 4, want: 30 },
    { label: 'June', year: 2026, month: 6, want: 30 },
    { label: 'August', year: 2026, month: 8, want: 31 },
    { label: 'September', year: 2026, month: 9, want: 30 },
    { label: 'November', year: 2026, month: 11, want: 30 },
    { label: 'December', year: 2026, month: 12, want: 31 },
  ])('$label has $want days', ({ year, month, want }) => {
    expect(daysInMonth(year, month)).toBe(want)
  })

  it('agrees with the day before the 1st of the next month, for every month of four centuries', () => {
    for (let year = 1900; year < 2300; year++) {
      for (let month = 1; month <= 12; month++) expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate())
    }
  })

  it.each([
    { label: 'month 0', year: 2026, month: 0 },
    { label: 'month 13', year: 2026, month: 13 },
    { label: 'a fractional month', year: 2026, month: 2.5 },
    { label: 'a fractional year', year: 2026.5, month: 2 },
  ])('refuses $label', ({ year, month }) => {
    expect(() => daysInMonth(year, month)).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }) as DomainError)
  })
})
