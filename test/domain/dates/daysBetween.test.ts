import fc from 'fast-check'
import { addDays } from '../../../domain/dates/addDays'
import { daysBetween } from '../../../domain/dates/daysBetween'
import { DomainError } from '../../../domain/errors'

describe('daysBetween', () => {
  it.each([
    { label: 'same day', from: '2026-11-25', to: '2026-11-25', days: 0 },
    { label: 'a week', from: '2026-11-25', to: '2026-12-02', days: 7 },
    { label: 'backwards', from: '2026-12-02', to: '2026-11-25', days: -7 },
    { label: 'across a leap day', from: '2028-02-28', to: '2028-03-01', days: 2 },
    { label: 'a year', from: '2026-01-01', to: '2027-01-01', days: 365 },
  ])('$label', ({ from, to, days }) => {
    expect(daysBetween(from, to)).toBe(days)
  })

  it('refuses an impossible date', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(DomainError)
  })

  it('undoes addDays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: -3000, max: 3000 }), (offset, n) => {
        const from = addDays('2004-01-01', offset)
        expect(daysBetween(from, addDays(from, n))).toBe(n)
      }),
    )
  })
})
