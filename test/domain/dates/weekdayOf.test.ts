import fc from 'fast-check'
import { weekdayOf } from '../../../domain'

describe('weekdayOf', () => {
  it.each([
    { label: 'Thursday 2026-10-08', date: '2026-10-08', want: 4 },
    { label: 'Saturday 2026-10-10 (调休 workday)', date: '2026-10-10', want: 6 },
    { label: 'Sunday 2026-10-04', date: '2026-10-04', want: 0 },
    { label: 'Thursday 1970-01-01', date: '1970-01-01', want: 4 },
    { label: 'Monday 2027-02-08', date: '2027-02-08', want: 1 },
    { label: 'Saturday 2000-01-01', date: '2000-01-01', want: 6 },
  ])('$label', ({ date, want }) => {
    expect(weekdayOf(date)).toBe(want)
  })

  it('matches Date.getUTCDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (n) => {
        const d = new Date(n * 86_400_000)
        expect(weekdayOf(d.toISOString().slice(0, 10))).toBe(d.getUTCDay())
      }),
    )
  })
})
