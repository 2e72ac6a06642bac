import { calendarMonthsOf, type MetricMonth } from './calendarMonthsOf'
import { trialMetrics } from './trialMetrics'
import type { TrialMetrics, TrialMetricsInput } from './types'

/**
 * The monthly trend of the 审判 figures: {@link trialMetrics} for each calendar month the period
 * touches, clipped to the period ({@link calendarMonthsOf}). Monthly 结案 add up to the period's;
 * monthly 受理 do not (each month counts what was pending at its start).
 *
 * @param input as for {@link trialMetrics}
 * @returns one entry per month, in order: `month` 'YYYY-MM', `from`, `to`, `metrics`
 * @throws DomainError as {@link trialMetrics}
 * @example
 * trialMetricsByMonth({ from: '2021-01-01', to: '2021-03-31', cases, filings, mediations }).map((m) => m.month)
 * // ['2021-01', '2021-02', '2021-03']
 */
export function trialMetricsByMonth(input: TrialMetricsInput): Array<MetricMonth & { metrics: TrialMetrics }> {
  return calendarMonthsOf(input).map((m) => ({ ...m, metrics: trialMetrics({ ...input, from: m.from, to: m.to }) }))
}
