import { enforcementPeriodDue } from './enforcementPeriodDue'
import type { EnforcementDeadline, EnforcementRules } from './rules'

/**
 * The last day to send the 执行通知书, and with it the 报告财产令: “人民法院应当在收到申请执行书或者移交
 * 执行书后十日内发出执行通知” — 《民诉法解释》第四百八十条; in a money claim “报告财产令应当与执行通知
 * 同时发出” — 《财产调查规定》第三条. Ten calendar days from receipt of the application (not from 立案),
 * counted by 《民事诉讼法》第八十五条.
 *
 * @param receivedOn 'YYYY-MM-DD', the day the court received the 申请执行书 or 移交执行书
 * @param rules the court's enforcement rules
 * @returns the deadline ('executionNotice')
 * @throws DomainError 'DATE_INVALID'
 * @example executionNoticeDeadline('2026-03-02', ENFORCEMENT_RULES).due // '2026-03-12'
 */
export function executionNoticeDeadline(receivedOn: string, rules: EnforcementRules): EnforcementDeadline {
  return enforcementPeriodDue('executionNotice', receivedOn, rules, 'receivedOn') as EnforcementDeadline
}
