import fc from 'fast-check'
import { addDays, addWorkdays, DomainError, isWorkday } from '../../../domain'

describe('addWorkdays', () => {
  it.each([
    { label: 'zero returns the day itself', date: '2026-10-03', n: 0, want: '2026-10-03' },
    { label: 'one over 国庆', date: '2026-09-30', n: 1, want: '2026-10-08' },
    { label: 'three counting the 调休 Saturday', date: '2026-10-08', n: 3, want: '2026-10-12' },
    { label: 'three from a Friday', date: '2026-11-06', n: 3, want: '2026-11-11' },
    { label: 'from a holiday, the start is not counted', date: '2026-10-01', n: 2, want: '2026-10-09' },
  ])('$label', ({ date, n, want }) => {
    expect(addWorkdays(date, n)).toBe(want)
  })

  it.each([
    { label: 'negative', n: -1 },
    { label: 'fractional', n: 1.5 },
  ])('rejects $label n', ({ n }) => {
    expect(() => addWorkdays('2026-10-08', n)).toThrow(expect.objectContaining({ code: 'DAYS_INVALID' }) as DomainError)
  })

  it('passes exactly n working days', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2004, 0, 1) / 864e5, max: Date.UTC(2100, 5, 1) / 864e5 }), fc.integer({ min: 1, max: 20 }), (dn, n) => {
        const date = new Date(dn * 864e5).toISOString().slice(0, 10)
        const end = addWorkdays(date, n)
        let count = 0
        for (let d = addDays(date, 1); d <= end; d = addDays(d, 1)) if (isWorkday(d).workday) count++
        expect(count).toBe(n)
        expect(isWorkday(end).workday).toBe(true)
      }),
    )
  })
})
