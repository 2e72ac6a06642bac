import fc from 'fast-check'
import { addDays, calendarMonthsOf, DomainError } from '../../../domain'
import { periodArb } from './arbitraries'

describe('calendarMonthsOf (the months of a trend chart)', () => {
  it.each([
    { label: 'one day', period: { from: '2021-03-10', to: '2021-03-10' }, months: [['2021-03', '2021-03-10', '2021-03-10']] },
    { label: 'a whole month', period: { from: '2021-02-01', to: '2021-02-28' }, months: [['2021-02', '2021-02-01', '2021-02-28']] },
    {
      label: 'a leap February',
      period: { from: '2020-02-10', to: '2020-03-01' },
      months: [
        ['2020-02', '2020-02-10', '2020-02-29'],
        ['2020-03', '2020-03-01', '2020-03-01'],
      ],
    },
    {
      label: 'across the year end',
      period: { from: '2020-12-31', to: '2021-01-01' },
      months: [
        ['2020-12', '2020-12-31', '2020-12-31'],
        ['2021-01', '2021-01-01', '2021-01-01'],
      ],
    },
  ])('$label', ({ period, months }) => {
    expect(calendarMonthsOf(period).map((m) => [m.month, m.from, m.to])).toEqual(months)
  })

  it('January to October is ten months', () => {
    expect(calendarMonthsOf({ from: '2021-01-01', to: '2021-10-31' }).map((m) => m.month)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2021-${String(i + 1).padStart(2, '0')}`),
    )
  })

  it('refuses a period that ends before it starts', () => {
    expect(() => calendarMonthsOf({ from: '2021-02-01', to: '2021-01-31' })).toThrow(DomainError)
  })

  it('property: the months cover the period day after day, without gaps or overlaps', () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        const months = calendarMonthsOf(period)
        expect(months[0]?.from).toBe(period.from)
        expect(months[months.length - 1]?.to).toBe(period.to)
        months.forEach((m, i) => {
          expect(m.from.slice(0, 7)).toBe(m.month)
          expect(m.to.slice(0, 7)).toBe(m.month)
          expect(m.from <= m.to).toBe(true)
          const next = months[i + 1]
          if (next) expect(next.from).toBe(addDays(m.to, 1))
        })
      }),
    )
  })
})
