import fc from 'fast-check'
import { calendarDayOf, dayNumberOf, daysInMonth, formatCalendarDay, isLeapYear } from '../../../domain/dates/calendarDay'

describe('calendarDay arithmetic', () => {
  it.each([
    { label: 'epoch', day: { year: 1970, month: 1, day: 1 }, n: 0 },
    { label: 'day before epoch', day: { year: 1969, month: 12, day: 31 }, n: -1 },
    { label: '2000-03-01 (after a 400-year leap day)', day: { year: 2000, month: 3, day: 1 }, n: 11017 },
    { label: '2026-10-08', day: { year: 2026, month: 10, day: 8 }, n: 20734 },
  ])('day number of $label', ({ day, n }) => {
    expect(dayNumberOf(day)).toBe(n)
    expect(calendarDayOf(n)).toEqual(day)
  })

  it.each([
    { label: '1900 not leap', year: 1900, leap: false },
    { label: '2000 leap', year: 2000, leap: true },
    { label: '2024 leap', year: 2024, leap: true },
    { label: '2026 not leap', year: 2026, leap: false },
  ])('$label', ({ year, leap }) => {
    expect(isLeapYear(year)).toBe(leap)
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28)
  })

  it('matches Date.UTC day numbers and round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (n) => {
        const c = calendarDayOf(n)
        expect(dayNumberOf(c)).toBe(n)
        expect(formatCalendarDay(c)).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10))
      }),
    )
  })
})
