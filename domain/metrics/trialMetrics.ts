import { daysBetween } from '../dates/daysBetween'
import { checkTrialInput } from './checkTrialInput'
import { filingReviewRoles } from './filingReviewRoles'
import { mediationRoles } from './mediationRoles'
import { ratio } from './ratio'
import { trialCaseRoles } from './trialCaseRoles'
import type { TrialMetrics, TrialMetricsInput } from './types'

/**
 * The court president's 审判 figures of a period, from the cases, filings and pre-filing
 * mediations the product already holds. Rates are plain fractions 0–1, unrounded, null when the
 * denominator is 0:
 *
 * - `closureRate` 结案率 = closed within the period ÷ 受理 (旧存 + 新收), as for enforcement
 *   (digest Appendix C: 结案 ÷ (旧存 + 新收)).
 * - `withinLimitRate` 审限内结案率: among cases closed within the period, the share closed on or
 *   before their limit — the procedure's (普通 6 months 第一百五十二条, 简易 3 months 第一百六十四条,
 *   小额 2 months 第一百六十八条, 特别程序 30 days 第一百八十七条, {@link trialLimitEnd}), then the
 *   approved `extendedMonths`, then the `excludedDays` ({@link trialCaseLimitEnd}).
 * - `averageTrialDays` 平均审理天数: the mean of closedOn − filedOn − excludedDays over cases closed
 *   within the period (审理天数 net of deductible periods, digest Appendix C).
 * - `reviewOnTimeRate`: among filings decided within the period, the share decided within the 7
 *   days of 《民事诉讼法》第一百二十六条, counted by `dueDate('filing-review', …)`.
 * - `mediationSuccessRate` 诉前调解成功率: among pre-filing mediations closed within the period,
 *   the share that ended in an agreement.
 *
 * @param input.from 'YYYY-MM-DD', first day of the period
 * @param input.to 'YYYY-MM-DD', last day
 * @param input.cases the trial cases ({@link TrialMetricCase})
 * @param input.filings the filings ({@link TrialMetricFiling})
 * @param input.mediations the pre-filing mediations ({@link TrialMetricMediation})
 * @returns the counts, sums and rates of {@link TrialMetrics}
 * @throws DomainError 'DATE_INVALID', 'PERIOD_INVALID', 'METRIC_RECORD_INVALID', 'DATE_OUT_OF_RANGE'
 * @example
 * trialMetrics({
 *   from: '2021-01-01', to: '2021-12-31',
 *   cases: [{ id: 'a', filedOn: '2021-03-01', closedOn: '2021-05-20', procedure: 'simple', excludedDays: 10 }],
 *   filings: [{ id: 'f', receivedOn: '2021-02-22', decidedOn: '2021-03-01' }],
 *   mediations: [{ id: 'm', requestedOn: '2021-02-01', closedOn: '2021-02-20', outcome: 'agreement' }],
 * })
 * // { accepted: 1, closed: 1, closureRate: 1, withinLimitRate: 1, averageTrialDays: 70, reviewOnTimeRate: 1, mediationSuccessRate: 1, … }
 */
export function trialMetrics(input: TrialMetricsInput): TrialMetrics {
  checkTrialInput(input)
  const period = { from: input.from, to: input.to }
  let accepted = 0
  let closed = 0
  let closedWithinLimit = 0
  let trialTotalDays = 0
  for (const c of input.cases) {
    const r = trialCaseRoles(c, period)
    if (r.accepted) accepted++
    if (!r.closed) continue
    closed++
    if (r.closedWithinLimit) closedWithinLimit++
    trialTotalDays += daysBetween(c.filedOn, c.closedOn as string) - (c.excludedDays ?? 0)
  }
  let filingsDecided = 0
  let filingsOnTime = 0
  for (const f of input.filings) {
    const r = filingReviewRoles(f, period)
    if (r.decided) filingsDecided++
    if (r.onTime) filingsOnTime++
  }
  let mediationsClosed = 0
  let mediationsAgreed = 0
  for (const m of input.mediations) {
    const r = mediationRoles(m, period)
    if (r.closed) mediationsClosed++
    if (r.agreed) mediationsAgreed++
  }
  return {
    from: input.from,
    to: input.to,
    accepted,
    closed,
    closureRate: ratio(closed, accepted),
    closedWithinLimit,
    withinLimitRate: ratio(closedWithinLimit, closed),
    trialTotalDays,
    averageTrialDays: ratio(trialTotalDays, closed),
    filingsDecided,
    filingsOnTime,
    reviewOnTimeRate: ratio(filingsOnTime, filingsDecided),
    mediationsClosed,
    mediationsAgreed,
    mediationSuccessRate: ratio(mediationsAgreed, mediationsClosed),
  }
}
