import { addMonths } from '../dates/addMonths'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { workingDayDeadline } from '../mediation/workingDayDeadline'
import { periodEnd } from '../periods/periodEnd'
import type { EnforcementDeadline, EnforcementPeriodKey, EnforcementRules } from './rules'

/**
 * The last day of one period of a court's enforcement rules, counted from `from` the way the
 * rule's unit says:
 * - 'days' (“N日”): calendar days by 《民事诉讼法》第八十五条 — `from` is not counted, and a last day
 *   that is a 法定休假日 moves to the next working day (`rolledFrom` keeps it). Every node period
 *   of the enforcement texts is stated in 日 (立案 7日, 执行通知 10日, 线索核查 7日/3日 …).
 * - 'workdays' (“N个工作日”): working days after `from`, as the 信访 documents state them.
 * - 'months' / 'years': to the corresponding calendar day (《民法典》第二百零二条), not moved off a
 *   day off — these are the case's time limit and the 终本 intervals, which the court watches as
 *   dates (like {@link trialLimitEnd}); the earlier day is the safe one.
 *
 * @param key which period of `rules.periods`
 * @param from 'YYYY-MM-DD', the triggering day (receipt, 立案, 到账通知 …)
 * @param rules the court's enforcement rules
 * @param field the input to blame for a bad `from`
 * @returns the deadline with its article and status, or null when the court sets no such period
 * @throws DomainError 'DATE_INVALID', 'DATE_OUT_OF_RANGE'
 * @example
 * enforcementPeriodDue('leadVerification', '2026-09-28', ENFORCEMENT_RULES)
 * // { rule: 'leadVerification', name: '财产线索核查', due: '2026-10-08', rolledFrom: '2026-10-05', provisional: false, article: '《财产调查规定》第二条', status: 'confirmed' }
 * enforcementPeriodDue('agriculturalPayout', '2026-09-28', ENFORCEMENT_RULES) // null (not set by default)
 */
export function enforcementPeriodDue(key: EnforcementPeriodKey, from: string, rules: EnforcementRules, field = 'from'): EnforcementDeadline | null {
  const setting = rules.periods[key]
  parseCalendarDay(from, field)
  if (setting.length === null) return null
  const basis = { rule: key, name: setting.name, article: setting.article, status: setting.status }
  switch (setting.unit) {
    case 'days': {
      const { due, provisional, rolledFrom } = periodEnd({ from, days: setting.length }, field)
      return rolledFrom === undefined ? { ...basis, due, provisional } : { ...basis, due, provisional, rolledFrom }
    }
    case 'workdays':
      return { ...basis, ...workingDayDeadline(from, setting.length) }
    case 'months':
      return { ...basis, due: addMonths(from, setting.length), provisional: false }
    case 'years':
      return { ...basis, due: addMonths(from, setting.length * 12), provisional: false }
  }
}
