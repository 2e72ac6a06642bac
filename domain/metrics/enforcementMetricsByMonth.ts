import { calendarMonthsOf, type MetricMonth } from './calendarMonthsOf'
import { enforcementMetrics } from './enforcementMetrics'
import type { EnforcementMetrics, EnforcementMetricsInput } from './types'

/**
 * The monthly trend of the 执行 figures: {@link enforcementMetrics} for each calendar month the
 * period touches, each month clipped to the period ({@link calendarMonthsOf}). A month's 受理
 * counts the cases pending at its first day, so monthly 受理 do not add up to the period's; the
 * monthly 结案, 终本 and complaints received do.
 *
 * @param input as for {@link enforcementMetrics}
 * @returns one entry per month, in order: its `month` 'YYYY-MM', `from`, `to` and `metrics`
 * @throws DomainError as {@link enforcementMetrics}
 * @example
 * enforcementMetricsByMonth({ from: '2021-01-01', to: '2021-10-31', cases, complaints }).map((m) => m.metrics.closed)
 * // [1980, 1712, …] — ten months, summing to the period's closed
 */
export function enforcementMetricsByMonth(input: EnforcementMetricsInput): Array<MetricMonth & { metrics: EnforcementMetrics }> {
  return calendarMonthsOf(input).map((m) => ({ ...m, metrics: enforcementMetrics({ ...input, from: m.from, to: m.to }) }))
}
