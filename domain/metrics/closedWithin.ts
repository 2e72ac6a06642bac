import type { MetricPeriod } from './types'

/**
 * Whether a record was closed (结案, 办结, 审查决定) within a period, both days included.
 *
 * @param closedOn 'YYYY-MM-DD' or absent
 * @param period both days included
 * @example
 * closedWithin('2021-10-31', { from: '2021-01-01', to: '2021-10-31' }) // true
 * closedWithin(undefined, { from: '2021-01-01', to: '2021-10-31' }) // false
 */
export function closedWithin(closedOn: string | undefined, period: MetricPeriod): boolean {
  return closedOn !== undefined && closedOn >= period.from && closedOn <= period.to
}
