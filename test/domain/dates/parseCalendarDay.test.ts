import fc from 'fast-check'
import { DomainError, parseCalendarDay } from '../../../domain'

describe('parseCalendarDay', () => {
  it.each([
    { label: 'ordinary day', s: '2026-10-08', want: { year: 2026, month: 10, day: 8 } },
    { label: 'leap day in a leap year', s: '2028-02-29', want: { year: 2028, month: 2, day: 29 } },
    { label: 'leap day in 2000 (divisible by 400)', s: '2000-02-29', want: { year: 2000, month: 2, day: 29 } },
    { label: 'last day of year', s: '2026-12-31', want: { year: 2026, month: 12, day: 31 } },
    { label: 'year 0001', s: '0001-01-01', want: { year: 1, month: 1, day: 1 } },
  ])('accepts $label', ({ s, want }) => {
    expect(parseCalendarDay(s)).toEqual(want)
  })

  it.each([
    { label: 'February 30', s: '2026-02-30' },
    { label: 'February 29 in a common year', s: '2026-02-29' },
    { label: 'February 29 in 1900 (divisible by 100)', s: '1900-02-29' },
    { label: 'April 31', s: '2026-04-31' },
    { label: 'month 13', s: '2026-13-01' },
    { label: 'month 0', s: '2026-00-10' },
    { label: 'day 0', s: '2026-01-00' },
    { label: 'year 0000', s: '0000-01-01' },
    { label: 'no zero padding', s: '2026-1-8' },
    { label: 'slashes', s: '2026/10/08' },
    { label: 'with time', s: '2026-10-08T00:00:00Z' },
    { label: 'trailing space', s: '2026-10-08 ' },
    { label: 'empty', s: '' },
    { label: 'Chinese', s: '2026年10月8日' },
  ])('rejects $label with DATE_INVALID', ({ s }) => {
    expect(() => parseCalendarDay(s)).toThrow(DomainError)
    try {
      parseCalendarDay(s, 'from')
    } catch (e) {
      expect((e as DomainError).code).toBe('DATE_INVALID')
      expect((e as DomainError).field).toBe('from')
      expect((e as DomainError).message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })

  it('rejects non-strings', () => {
    expect(() => parseCalendarDay(20261008 as unknown as string)).toThrow(DomainError)
  })

  it('agrees with the Gregorian calendar of Date.UTC for every day it accepts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d
        if (real) expect(parseCalendarDay(s)).toEqual({ year: y, month: m, day: d })
        else expect(() => parseCalendarDay(s)).toThrow(DomainError)
      }),
    )
  })
})
