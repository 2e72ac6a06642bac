import { closedWithin } from './closedWithin'
import type { MetricPeriod, TrialMetricMediation } from './types'

/**
 * Whether a pre-filing mediation counts in the 诉前调解成功率 of a period (closed within it) and
 * whether it ended in an agreement. Internal to the metrics.
 *
 * @param m the mediation, checked
 * @param period both days included
 * @example
 * mediationRoles({ id: 'm', requestedOn: '2021-03-01', closedOn: '2021-03-20', outcome: 'agreement' }, { from: '2021-03-01', to: '2021-03-31' })
 * // { closed: true, agreed: true }
 */
export function mediationRoles(m: TrialMetricMediation, period: MetricPeriod): { closed: boolean; agreed: boolean } {
  const closed = closedWithin(m.closedOn, period)
  return { closed, agreed: closed && m.outcome === 'agreement' }
}
