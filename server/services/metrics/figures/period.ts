import type { MetricsQuery } from '../../../../contract/metrics'
import { daysInMonth } from '../../../../domain/dates/daysInMonth'
import type { MetricPeriod } from '../../../../domain/metrics/types'
import { badRequest } from '../../../errors'

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A real calendar day: the contract checks the shape, this the month's length (2021-02-30 is no day). */
function realDay(day: string): boolean {
  if (!DAY.test(day)) return false
  const [y, m, d] = day.split('-').map(Number)
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

/**
 * The period a figure counts: 'month' is the 1st of this month to today, 'year' 1 January to
 * today, 'range' the given days (both needed, `from` not after `to`). Without `period` the year,
 * unless days are given, which asks for them.
 */
export function resolvePeriod(q: Pick<MetricsQuery, 'period' | 'from' | 'to'>, today: string): MetricPeriod {
  const kind = q.period ?? (q.from !== undefined || q.to !== undefined ? 'range' : 'year')
  if (kind === 'month') return { from: `${today.slice(0, 7)}-01`, to: today }
  if (kind === 'year') return { from: `${today.slice(0, 4)}-01-01`, to: today }
  if (q.from === undefined || !realDay(q.from)) throw badRequest('METRIC_PERIOD_INVALID', '请填写统计期间的开始日期', 'from')
  if (q.to === undefined || !realDay(q.to)) throw badRequest('METRIC_PERIOD_INVALID', '请填写统计期间的结束日期', 'to')
  if (q.from > q.to) throw badRequest('METRIC_PERIOD_INVALID', '统计期间的结束日期不能早于开始日期', 'to')
  return { from: q.from, to: q.to }
}
