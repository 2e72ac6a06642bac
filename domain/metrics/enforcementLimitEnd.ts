import { addDays } from '../dates/addDays'
import { addMonths } from '../dates/addMonths'

/** 《执行期限规定》第一条: 有财产可供执行的案件, 立案之日起六个月内执结. */
export const ENFORCEMENT_LIMIT_MONTHS = 6

/**
 * The last day a case with property (有财产可供执行) may be closed and still count as closed within
 * the statutory limit (法定期限内): 6 months from 立案 (《执行期限规定》第一条; 《审限规定》第五条), counted
 * from the next day (《审限规定》第八条) — the corresponding day of the sixth month, or that month's
 * last day when it has none, as {@link trialLimitEnd} counts — plus the days not counted
 * (《审限规定》第九条: 中止, 暂缓, 评估拍卖 …), which the case carries as `excludedDays`.
 *
 * @param filedOn 'YYYY-MM-DD', 立案
 * @param excludedDays whole days not counted, 0 when none
 * @returns 'YYYY-MM-DD'
 * @throws DomainError 'DATE_INVALID'
 * @example
 * enforcementLimitEnd('2021-08-31', 0) // '2022-02-28'
 * enforcementLimitEnd('2021-03-15', 10) // '2021-09-25'
 */
export function enforcementLimitEnd(filedOn: string, excludedDays: number): string {
  return addDays(addMonths(filedOn, ENFORCEMENT_LIMIT_MONTHS), excludedDays)
}
