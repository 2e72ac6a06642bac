import { daysBetween } from '../dates/daysBetween'
import { checkEnforcementInput } from './checkEnforcementInput'
import { closedWithin } from './closedWithin'
import { enforcementCaseRoles } from './enforcementCaseRoles'
import { ratio } from './ratio'
import type { EnforcementMetrics, EnforcementMetricsInput, EnforcementSubset, EnforcementSubsetFigures } from './types'

const SUBSETS: readonly EnforcementSubset[] = ['agricultural', 'enterprise', 'governmentDebtor']

/**
 * The 执行指挥中心's figures of a period, computed from the cases and complaints themselves. No
 * authoritative formula sheet exists (digest §8, ❌); these are the definitions the court's report
 * uses, each rate a plain fraction 0–1, unrounded, null when its denominator is 0:
 *
 * - `accepted` 受理 = 旧存 (filed before `from`, not closed before it) + 新收 (filed within the
 *   period); `closed` 结案 = those closed within it; `closureRate` 执结率 = closed ÷ accepted
 *   (结案数 ÷ (旧存 + 新收), digest §8 and Appendix C).
 * - `withinLimitRate` 有财产可供执行案件法定期限内结案率: among cases closed within the period with
 *   `hasProperty`, the share closed on or before 6 months after 立案 (counted from the next day,
 *   the month rule of {@link trialLimitEnd}) plus their `excludedDays` — 《执行期限规定》第一条,
 *   《审限规定》第五条、第八条、第九条 ({@link enforcementLimitEnd}).
 * - `terminationQualifiedRate` 终本合格率: among cases closed within the period by 终结本次执行程序,
 *   the share whose checklist (《终本规定》第一条) was complete.
 * - `complaintClosureRate` 执行信访办结率: among complaints received within the period, the share
 *   closed on or before `to`.
 * - `performedAverageDays` 执行完毕平均用时: the mean of closedOn − filedOn, in days, over cases
 *   closed within the period by 执行完毕 (`performedTotalDays` ÷ `performedClosed`).
 * - `recoveryRate` 执行到位率 = Σ recoveredFen ÷ Σ appliedFen over cases closed within the period
 *   (the 2008 评估意见's 执行标的到位率, digest §8).
 * - `subsets` — 涉农 `agricultural`, 涉企 `enterprise`, 涉党政机关 `governmentDebtor`: the same
 *   accepted, closed, closureRate and amounts over the cases carrying the flag.
 *
 * Days are compared as 'YYYY-MM-DD' strings (both ends of the period included); nothing depends
 * on the clock or the time zone.
 *
 * @param input.from 'YYYY-MM-DD', first day of the period
 * @param input.to 'YYYY-MM-DD', last day of the period
 * @param input.cases the enforcement cases ({@link EnforcementMetricCase})
 * @param input.complaints the 执行信访 complaints ({@link EnforcementComplaint})
 * @returns the counts, sums and rates of {@link EnforcementMetrics}
 * @throws DomainError 'DATE_INVALID', 'PERIOD_INVALID', 'METRIC_RECORD_INVALID'
 * @example
 * enforcementMetrics({
 *   from: '2021-01-01', to: '2021-10-31',
 *   cases: [
 *     { id: 'a', filedOn: '2020-11-02', closedOn: '2021-03-01', closure: 'performed', hasProperty: true, appliedFen: 100000, recoveredFen: 100000 },
 *     { id: 'b', filedOn: '2021-02-01' },
 *   ],
 *   complaints: [{ id: 'x', receivedOn: '2021-05-06', closedOn: '2021-05-20' }],
 * })
 * // { accepted: 2, closed: 1, closureRate: 0.5, withinLimitRate: 1, performedAverageDays: 119,
 * //   complaintClosureRate: 1, recoveryRate: 1, terminationQualifiedRate: null, … }
 */
export function enforcementMetrics(input: EnforcementMetricsInput): EnforcementMetrics {
  checkEnforcementInput(input)
  const period = { from: input.from, to: input.to }
  let accepted = 0
  let closed = 0
  let withPropertyClosed = 0
  let withPropertyWithinLimit = 0
  let terminated = 0
  let terminationQualified = 0
  let performedClosed = 0
  let performedTotalDays = 0
  let appliedFen = 0
  let recoveredFen = 0
  const sub = {} as Record<EnforcementSubset, { accepted: number; closed: number; appliedFen: number; recoveredFen: number }>
  for (const key of SUBSETS) sub[key] = { accepted: 0, closed: 0, appliedFen: 0, recoveredFen: 0 }

  for (const c of input.cases) {
    const roles = enforcementCaseRoles(c, period)
    const applied = roles.closed ? (c.appliedFen ?? 0) : 0
    const recovered = roles.closed ? (c.recoveredFen ?? 0) : 0
    if (roles.accepted) accepted++
    if (roles.closed) closed++
    if (roles.withProperty) withPropertyClosed++
    if (roles.withinLimit) withPropertyWithinLimit++
    if (roles.terminated) terminated++
    if (roles.terminationQualified) terminationQualified++
    if (roles.performed) {
      performedClosed++
      performedTotalDays += daysBetween(c.filedOn, c.closedOn as string)
    }
    appliedFen += applied
    recoveredFen += recovered
    for (const key of SUBSETS) {
      if (c[key] !== true) continue
      const s = sub[key]
      if (roles.accepted) s.accepted++
      if (roles.closed) s.closed++
      s.appliedFen += applied
      s.recoveredFen += recovered
    }
  }

  let complaintsReceived = 0
  let complaintsClosed = 0
  for (const c of input.complaints) {
    if (!closedWithin(c.receivedOn, period)) continue
    complaintsReceived++
    if (c.closedOn !== undefined && c.closedOn <= input.to) complaintsClosed++
  }

  const subsets = {} as Record<EnforcementSubset, EnforcementSubsetFigures>
  for (const key of SUBSETS) {
    const s = sub[key]
    subsets[key] = { ...s, closureRate: ratio(s.closed, s.accepted), recoveryRate: ratio(s.recoveredFen, s.appliedFen) }
  }
  return {
    from: input.from,
    to: input.to,
    accepted,
    closed,
    closureRate: ratio(closed, accepted),
    withPropertyClosed,
    withPropertyWithinLimit,
    withinLimitRate: ratio(withPropertyWithinLimit, withPropertyClosed),
    terminated,
    terminationQualified,
    terminationQualifiedRate: ratio(terminationQualified, terminated),
    complaintsReceived,
    complaintsClosed,
    complaintClosureRate: ratio(complaintsClosed, complaintsReceived),
    performedClosed,
    performedTotalDays,
    performedAverageDays: ratio(performedTotalDays, performedClosed),
    appliedFen,
    recoveredFen,
    recoveryRate: ratio(recoveredFen, appliedFen),
    subsets,
  }
}
