import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'
import type { MetricPeriod } from './types'

/**
 * Checks the period of a figure: two real days, `from` not after `to` (both are included, so
 * one day is the shortest period).
 *
 * @param period.from 'YYYY-MM-DD'
 * @param period.to 'YYYY-MM-DD'
 * @throws DomainError 'DATE_INVALID' (field 'from' or 'to'), 'PERIOD_INVALID' (field 'to')
 * @example
 * checkMetricPeriod({ from: '2021-01-01', to: '2021-10-31' }) // passes
 * checkMetricPeriod({ from: '2021-02-01', to: '2021-01-31' }) // throws PERIOD_INVALID
 */
export function checkMetricPeriod(period: MetricPeriod): void {
  parseCalendarDay(period.from, 'from')
  parseCalendarDay(period.to, 'to')
  if (period.from > period.to) {
    throw new DomainError('PERIOD_INVALID', '统计期间的结束日不能早于开始日', 'to')
  }
}
