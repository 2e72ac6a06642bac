import { acceptedWithin } from './acceptedWithin'
import { closedWithin } from './closedWithin'
import { enforcementLimitEnd } from './enforcementLimitEnd'
import type { EnforcementMetricCase, MetricPeriod } from './types'

/** Where one case stands in each 执行 figure of a period. */
export interface EnforcementCaseRoles {
  /** in 受理 (the 执结率's denominator) */
  accepted: boolean
  /** closed within the period (its numerator; the cases the amounts are summed over) */
  closed: boolean
  /** closed within the period with property: the 法定期限内结案率's denominator */
  withProperty: boolean
  /** …and on or before its limit: the numerator */
  withinLimit: boolean
  /** closed within the period by 终本: the 终本合格率's denominator */
  terminated: boolean
  /** …with the checklist complete: the numerator */
  terminationQualified: boolean
  /** closed within the period by 执行完毕: the cases of the 平均用时 */
  performed: boolean
}

/**
 * The roles one case plays in the 执行 figures of a period — the single reading both
 * {@link enforcementMetrics} (which counts them) and {@link enforcementMetricCases} (which lists
 * them) use, so a figure and the cases behind it cannot disagree. The rules are those of
 * {@link enforcementMetrics}. Internal to the metrics; the case is assumed checked.
 *
 * @param c the case
 * @param period both days included
 * @example
 * enforcementCaseRoles({ id: 'a', filedOn: '2021-01-04', closedOn: '2021-03-01', closure: 'performed', hasProperty: true }, { from: '2021-01-01', to: '2021-10-31' })
 * // { accepted: true, closed: true, withProperty: true, withinLimit: true, terminated: false, terminationQualified: false, performed: true }
 */
export function enforcementCaseRoles(c: EnforcementMetricCase, period: MetricPeriod): EnforcementCaseRoles {
  const closed = closedWithin(c.closedOn, period)
  const withProperty = closed && c.hasProperty === true
  const terminated = closed && c.closure === 'terminated-this-round'
  return {
    accepted: acceptedWithin(c, period),
    closed,
    withProperty,
    withinLimit: withProperty && (c.closedOn as string) <= enforcementLimitEnd(c.filedOn, c.excludedDays ?? 0),
    terminated,
    terminationQualified: terminated && c.terminationChecklistComplete === true,
    performed: closed && c.closure === 'performed',
  }
}
