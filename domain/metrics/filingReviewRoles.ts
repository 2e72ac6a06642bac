import { dueDate } from '../periods/dueDate'
import { closedWithin } from './closedWithin'
import type { MetricPeriod, TrialMetricFiling } from './types'

/**
 * Whether a filing counts in the 立案审查 figure of a period (decided within it) and whether it
 * was decided on time: on or before the last day of the 7-day review period from receipt
 * (《民事诉讼法》第一百二十六条, counted by {@link dueDate} 'filing-review', which rolls a last day
 * that is a 法定休假日 to the next working day, 第八十五条). Internal to the metrics.
 *
 * @param f the filing, checked
 * @param period both days included
 * @throws DomainError 'DATE_OUT_OF_RANGE' for a receipt outside the holiday table's years
 * @example
 * filingReviewRoles({ id: 'f', receivedOn: '2021-09-28', decidedOn: '2021-10-08' }, { from: '2021-10-01', to: '2021-10-31' })
 * // { decided: true, onTime: true } — the 7th day, 10-05, falls in the National Day holiday
 */
export function filingReviewRoles(f: TrialMetricFiling, period: MetricPeriod): { decided: boolean; onTime: boolean } {
  const decided = closedWithin(f.decidedOn, period)
  return { decided, onTime: decided && (f.decidedOn as string) <= dueDate({ rule: 'filing-review', from: f.receivedOn }).due }
}
