import fc from 'fast-check'
import { addDays, isWorkday, nextWorkday } from '../../../domain'

describe('nextWorkday', () => {
  it.each([
    { label: 'over 国庆 2026', date: '2026-09-30', want: '2026-10-08' },
    { label: 'from inside 国庆', date: '2026-10-03', want: '2026-10-08' },
    { label: 'onto a 调休 Saturday', date: '2026-10-09', want: '2026-10-10' },
    { label: 'over an ordinary weekend', date: '2026-11-06', want: '2026-11-09' },
    { label: 'strictly after a workday', date: '2026-11-10', want: '2026-11-11' },
    { label: 'over 春节 2026', date: '2026-02-13', want: '2026-02-14' },
    { label: 'over provisional 春节 2027', date: '2027-02-04', want: '2027-02-15' },
    { label: 'across a year end into provisional 2027', date: '2026-12-31', want: '2027-01-04' },
  ])('$label', ({ date, want }) => {
    expect(nextWorkday(date)).toBe(want)
  })

  it('is the first working day after the date', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2004, 0, 1) / 864e5, max: Date.UTC(2100, 10, 30) / 864e5 }), (n) => {
        const date = new Date(n * 864e5).toISOString().slice(0, 10)
        const next = nextWorkday(date)
        expect(next > date).toBe(true)
        expect(isWorkday(next).workday).toBe(true)
        for (let d = addDays(date, 1); d < next; d = addDays(d, 1)) expect(isWorkday(d).workday).toBe(false)
      }),
    )
  })
})
