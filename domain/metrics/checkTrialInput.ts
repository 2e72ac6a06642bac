import { daysBetween } from '../dates/daysBetween'
import { DomainError } from '../errors'
import { checkMetricPeriod } from './checkMetricPeriod'
import { checkMetricRecord } from './checkMetricRecord'
import type { TrialMetricsInput } from './types'

const PROCEDURES = new Set(['ordinary', 'simple', 'small-claims', 'special'])

/**
 * Checks the input of the 审判 figures: the period; every case (real days, closing not before
 * filing, a known procedure, whole non-negative excluded days and extension months, and no more
 * excluded days than the case lasted — else its trial days would be negative); every filing and
 * mediation (real days, the end not before the start, a known outcome). Internal to the metrics.
 *
 * @param input the figures' input
 * @throws DomainError 'DATE_INVALID', 'PERIOD_INVALID', 'METRIC_RECORD_INVALID' with the field
 * @example
 * checkTrialInput({ from: '2021-01-01', to: '2021-12-31', cases: [{ id: 'a', filedOn: '2021-03-01', closedOn: '2021-03-05', procedure: 'simple', excludedDays: 9 }], filings: [], mediations: [] })
 * // throws: field 'cases[0].excludedDays'
 */
export function checkTrialInput(input: TrialMetricsInput): void {
  checkMetricPeriod(input)
  input.cases.forEach((c, i) => {
    checkMetricRecord(c, `cases[${i}]`, 'filedOn', 'closedOn', ['excludedDays', 'extendedMonths'])
    if (!PROCEDURES.has(c.procedure)) {
      throw new DomainError('METRIC_RECORD_INVALID', '审理程序应为普通程序、简易程序、小额诉讼程序或特别程序', `cases[${i}].procedure`)
    }
    if (c.closedOn !== undefined && (c.excludedDays ?? 0) > daysBetween(c.filedOn, c.closedOn)) {
      throw new DomainError('METRIC_RECORD_INVALID', '扣除的天数不能多于案件实际经过的天数', `cases[${i}].excludedDays`)
    }
  })
  input.filings.forEach((f, i) => checkMetricRecord(f, `filings[${i}]`, 'receivedOn', 'decidedOn', []))
  input.mediations.forEach((m, i) => {
    checkMetricRecord(m, `mediations[${i}]`, 'requestedOn', 'closedOn', [])
    if (m.outcome !== undefined && m.outcome !== 'agreement' && m.outcome !== 'failed') {
      throw new DomainError('METRIC_RECORD_INVALID', '调解结果应为达成协议或调解不成', `mediations[${i}].outcome`)
    }
  })
}
