import { enforcementPeriodDue } from './enforcementPeriodDue'
import type { EnforcementDeadline, EnforcementRules } from './rules'

/**
 * The handler's own, shorter clock for the 执行通知书: “承办人应当在收到案件材料后3日内向被执行人发出
 * 执行通知书” — 《执行期限规定》第四条. Three calendar days from the day the 承办人 received the file,
 * taken as the day the 承办人 was assigned. It runs beside the ten days of 《民诉法解释》第四百八十条
 * ({@link executionNoticeDeadline}); whichever comes first is the one the team feels.
 *
 * @param assignedOn 'YYYY-MM-DD', the day the 承办人 was assigned (and received the case materials)
 * @param rules the court's enforcement rules
 * @returns the deadline ('handlerNotice')
 * @throws DomainError 'DATE_INVALID'
 * @example handlerNoticeDeadline('2026-03-04', ENFORCEMENT_RULES).due // '2026-03-09' (03-07 is a Saturday)
 */
export function handlerNoticeDeadline(assignedOn: string, rules: EnforcementRules): EnforcementDeadline {
  return enforcementPeriodDue('handlerNotice', assignedOn, rules, 'assignedOn') as EnforcementDeadline
}
