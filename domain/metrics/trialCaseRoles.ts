import { acceptedWithin } from './acceptedWithin'
import { closedWithin } from './closedWithin'
import { trialCaseLimitEnd } from './trialCaseLimitEnd'
import type { MetricPeriod, TrialMetricCase } from './types'

/** Where one trial case stands in the 审判 figures of a period. */
export interface TrialCaseRoles {
  accepted: boolean
  closed: boolean
  closedWithinLimit: boolean
}

/**
 * The roles one trial case plays in the figures of a period — the one reading both
 * {@link trialMetrics} and {@link trialMetricCases} use: 受理 (旧存 + 新收), closed within the
 * period, and closed on or before its limit ({@link trialCaseLimitEnd}). Internal to the metrics.
 *
 * @param c the case, checked
 * @param period both days included
 * @example
 * trialCaseRoles({ id: 'a', filedOn: '2021-03-01', closedOn: '2021-06-02', procedure: 'simple' }, { from: '2021-01-01', to: '2021-12-31' })
 * // { accepted: true, closed: true, closedWithinLimit: false }
 */
export function trialCaseRoles(c: TrialMetricCase, period: MetricPeriod): TrialCaseRoles {
  const closed = closedWithin(c.closedOn, period)
  return { accepted: acceptedWithin(c, period), closed, closedWithinLimit: closed && (c.closedOn as string) <= trialCaseLimitEnd(c) }
}
