import { daysInMonth } from '../dates/daysInMonth'
import { checkMetricPeriod } from './checkMetricPeriod'
import type { MetricPeriod } from './types'

/** One calendar month of a period, clipped to it. */
export interface MetricMonth extends MetricPeriod {
  /** 'YYYY-MM' */
  month: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The calendar months a period touches, in order, each clipped to the period: the first starts on
 * `from`, the last ends on `to`, the others run from the 1st to the month's last day. The months
 * of a trend chart (月度趋势).
 *
 * @param period.from 'YYYY-MM-DD'
 * @param period.to 'YYYY-MM-DD', not before `from`
 * @returns the months, at least one
 * @throws DomainError 'DATE_INVALID', 'PERIOD_INVALID'
 * @example
 * calendarMonthsOf({ from: '2021-01-15', to: '2021-03-10' })
 * // [{ month: '2021-01', from: '2021-01-15', to: '2021-01-31' }, { month: '2021-02', from: '2021-02-01', to: '2021-02-28' },
 * //  { month: '2021-03', from: '2021-03-01', to: '2021-03-10' }]
 */
export function calendarMonthsOf(period: MetricPeriod): MetricMonth[] {
  checkMetricPeriod(period)
  const months: MetricMonth[] = []
  let year = Number(period.from.slice(0, 4))
  let month = Number(period.from.slice(5, 7))
  const lastKey = period.to.slice(0, 7)
  for (;;) {
    const key = `${year}-${pad(month)}`
    const first = `${key}-01`
    const last = `${key}-${pad(daysInMonth(year, month))}`
    months.push({ month: key, from: first < period.from ? period.from : first, to: last > period.to ? period.to : last })
    if (key === lastKey) return months
    month++
    if (month === 13) {
      month = 1
      year++
    }
  }
}
