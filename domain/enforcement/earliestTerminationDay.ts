import { addDays } from '../dates/addDays'
import { addMonths } from '../dates/addMonths'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import type { EnforcementRules, RuleStatus } from './rules'

/**
 * The first day a case may be closed by 终结本次执行程序 as far as time goes: “自执行案件立案之日起
 * 已超过三个月” — 《终本规定》第一条第（四）项. The three months run from the day after 立案 to the
 * corresponding day (立案 2026-01-10 → 2026-04-10), and “已超过” means that day has passed, so the
 * earliest day is the one after it (2026-04-11).
 *
 * @param filedOn 'YYYY-MM-DD', the day of 立案
 * @param rules the court's enforcement rules ('earliestTermination', ✅)
 * @returns `day` and the rule's `article` and `status`
 * @throws DomainError 'DATE_INVALID'
 * @example
 * earliestTerminationDay('2026-01-10', ENFORCEMENT_RULES).day // '2026-04-11'
 * earliestTerminationDay('2025-11-30', ENFORCEMENT_RULES).day // '2026-03-01' (02-28 is the third month's last day)
 */
export function earliestTerminationDay(filedOn: string, rules: EnforcementRules): { day: string; article: string; status: RuleStatus } {
  parseCalendarDay(filedOn, 'filedOn')
  const setting = rules.periods.earliestTermination
  return { day: addDays(addMonths(filedOn, setting.length as number), 1), article: setting.article, status: setting.status }
}
