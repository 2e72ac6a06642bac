import { enforcementPeriodDue } from './enforcementPeriodDue'
import type { EnforcementDeadline, EnforcementRules } from './rules'

/**
 * The last day to give a docketed case its 承办人 (the 3+1 team's judge): “人民法院应当在立案后7日内
 * 确定承办人” — 《执行期限规定》第二条. Seven calendar days after 立案, counted by 《民事诉讼法》第八十五条.
 *
 * @param filedOn 'YYYY-MM-DD', the day of 立案
 * @param rules the court's enforcement rules
 * @returns the deadline ('handlerAssignment')
 * @throws DomainError 'DATE_INVALID'
 * @example handlerAssignmentDeadline('2026-03-02', ENFORCEMENT_RULES).due // '2026-03-09'
 */
export function handlerAssignmentDeadline(filedOn: string, rules: EnforcementRules): EnforcementDeadline {
  return enforcementPeriodDue('handlerAssignment', filedOn, rules, 'filedOn') as EnforcementDeadline
}
