import { DomainError } from '../errors'
import { checkMetricPeriod } from './checkMetricPeriod'
import { checkMetricRecord } from './checkMetricRecord'
import type { EnforcementMetricsInput, MetricClosure } from './types'

const CLOSURES: ReadonlySet<MetricClosure> = new Set(['performed', 'terminated-this-round', 'terminated', 'withdrawn', 'not-enforced', 'rejected'])

/**
 * Checks the input of the 执行 figures: the period, and every case and complaint (real days, an
 * end not before the start, whole non-negative days and fen, a known closure mode that comes with
 * a closing day). Internal to the metrics.
 *
 * @param input the figures' input
 * @throws DomainError 'DATE_INVALID', 'PERIOD_INVALID', 'METRIC_RECORD_INVALID' with the field, e.g. 'cases[3].closure'
 * @example
 * checkEnforcementInput({ from: '2021-01-01', to: '2021-10-31', cases: [{ id: 'a', filedOn: '2021-01-04', closure: 'performed' }], complaints: [] })
 * // throws: field 'cases[0].closure' (a closure without a closing day)
 */
export function checkEnforcementInput(input: EnforcementMetricsInput): void {
  checkMetricPeriod(input)
  input.cases.forEach((c, i) => {
    checkMetricRecord(c, `cases[${i}]`, 'filedOn', 'closedOn', ['excludedDays', 'appliedFen', 'recoveredFen'])
    if (c.closure !== undefined && (!CLOSURES.has(c.closure) || c.closedOn === undefined)) {
      throw new DomainError('METRIC_RECORD_INVALID', '结案方式应为六种结案方式之一，并且要有结案日期', `cases[${i}].closure`)
    }
  })
  input.complaints.forEach((c, i) => checkMetricRecord(c, `complaints[${i}]`, 'receivedOn', 'closedOn', []))
}
