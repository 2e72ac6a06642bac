import { addMonths } from '../dates/addMonths'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import type { EnforcementDeadline, EnforcementRules } from './rules'

/** One scheduled re-check after a 终本: due by `due`, counted as done by a search after `after`. */
export interface RecheckDue extends EnforcementDeadline {
  /** 1 for the first six months, up to 10 */
  index: number
  /** the previous due day (the 终本 day for the first): a search on a later day up to `due` does this one */
  after: string
}

/**
 * The ex-officio 网络查控 re-checks after a case was closed by 终本: “终结本次执行程序后的五年内，执行
 * 法院应当每六个月通过网络执行查控系统查询一次被执行人的财产，并将查询结果告知申请执行人” —
 * 《终本规定》第九条第二款. Ten re-checks, each due by the corresponding day 6, 12 … 60 months after
 * the 终本 (a month without that day: its last day), not moved off a day off (the search runs
 * online). The 终本 itself does not count as a re-check; a found asset opens an 执恢 case
 * (第九条第一款: no time limit applies).
 *
 * @param terminatedOn 'YYYY-MM-DD', the day the 终本 ruling closed the case
 * @param rules the court's enforcement rules ('recheckInterval' 6 months, 'recheckSpan' 5 years, ✅)
 * @returns the re-checks in order
 * @throws DomainError 'DATE_INVALID'
 * @example
 * terminationRecheckSchedule('2026-08-31', ENFORCEMENT_RULES).map((r) => r.due).slice(0, 3)
 * // ['2027-02-28', '2027-08-31', '2028-02-29']
 */
export function terminationRecheckSchedule(terminatedOn: string, rules: EnforcementRules): RecheckDue[] {
  parseCalendarDay(terminatedOn, 'terminatedOn')
  const interval = rules.periods.recheckInterval
  const months = interval.length as number
  const count = Math.floor(((rules.periods.recheckSpan.length as number) * 12) / months)
  const out: RecheckDue[] = []
  for (let i = 1; i <= count; i++) {
    out.push({
      rule: 'recheckInterval',
      name: `终本后第${i}次财产复查`,
      // From the 终本 day each time, so a short month never shortens the ones after it.
      due: addMonths(terminatedOn, i * months),
      provisional: false,
      article: interval.article,
      status: interval.status,
      index: i,
      after: i === 1 ? terminatedOn : addMonths(terminatedOn, (i - 1) * months),
    })
  }
  return out
}
