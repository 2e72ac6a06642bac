import { enforcementPeriodDue } from './enforcementPeriodDue'
import type { EnforcementDeadline, EnforcementRules } from './rules'

/**
 * The last day to docket an enforcement application or refuse it by ruling: “人民法院对符合上述条件的
 * 申请，应当在七日内予以立案；不符合上述条件之一的，应当在七日内裁定不予受理” — 《执行工作规定》第十六条
 * (also 《审限规定》第六条). Seven calendar days from receipt of the 申请执行书, the receipt day not
 * counted, a last day off moved to the next working day (《民事诉讼法》第八十五条).
 *
 * @param receivedOn 'YYYY-MM-DD', the day the court received the application
 * @param rules the court's enforcement rules
 * @returns the deadline ('acceptance')
 * @throws DomainError 'DATE_INVALID'
 * @example
 * acceptanceDeadline('2026-11-25', ENFORCEMENT_RULES).due // '2026-12-02'
 * acceptanceDeadline('2026-09-28', ENFORCEMENT_RULES) // { due: '2026-10-08', rolledFrom: '2026-10-05', … }
 */
export function acceptanceDeadline(receivedOn: string, rules: EnforcementRules): EnforcementDeadline {
  // A statutory period always has a length (validateEnforcementRules refuses null), so never null here.
  return enforcementPeriodDue('acceptance', receivedOn, rules, 'receivedOn') as EnforcementDeadline
}
