import { addDays } from '../dates/addDays'
import { addMonths } from '../dates/addMonths'
import { daysBetween } from '../dates/daysBetween'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'
import { excludedIntervals } from './excludedIntervals'
import type { ExcludedPeriod } from './facts'
import type { EnforcementDeadline, EnforcementRules } from './rules'

/** The case's time limit, with what was deducted. */
export interface CaseTimeLimit extends EnforcementDeadline {
  /** the last day before any deduction: 立案 + 6 (or 3) months + the approved extension */
  baseDue: string
  /** calendar days added for the excluded periods that fell inside the limit */
  excludedDays: number
  /** an excluded period is still running on `asOf`: the clock stands still and `due` moves a day each day */
  paused: boolean
}

/**
 * The last day to close an enforcement case: “执行案件应当在立案之日起六个月内执结，非诉执行案件应当在
 * 立案之日起三个月内执结；有特殊情况需要延长的，经本院院长批准，可以延长三个月” — 《审限规定》第五条 (also
 * 《执行工作规定》第六十三条, 《执行期限规定》第一条 for cases with property); counted “从立案次日起”
 * (第八条), so 立案 2026-03-02 → 2026-09-02; a month without the day ends on its last day.
 *
 * The periods of 第九条 are not counted (审计/评估/资产清理, 中止 until resumption, 暂缓 after a
 * settlement or guarantee or on a superior court's notice, the auction or sale of seized
 * property, a jurisdiction dispute): each excluded day that falls inside the limit pushes the last
 * day one day later, overlapping periods count once, and a period that starts after the (pushed)
 * last day changes nothing — the case was already overdue. The last day is the calendar date,
 * not moved off a day off (like {@link trialLimitEnd}: a limit the court sets itself to meet).
 *
 * @param input.filedOn 'YYYY-MM-DD', the day of 立案
 * @param input.nonLitigation 非诉执行: 3 months
 * @param input.extensionMonths months approved by the president (0 by default)
 * @param input.excludedPeriods the periods of 第九条 recorded on the case
 * @param input.asOf 'YYYY-MM-DD', today (or the closing day), for periods still running
 * @param rules the court's enforcement rules
 * @returns the deadline ('caseLimit' / 'caseLimitNonLitigation') with `baseDue`, `excludedDays`, `paused`
 * @throws DomainError 'EXTENSION_INVALID', 'EXCLUDED_PERIOD_INVALID', 'DATE_INVALID'
 * @example
 * caseTimeLimit({ filedOn: '2026-03-02', asOf: '2026-04-01' }, ENFORCEMENT_RULES).due // '2026-09-02'
 * caseTimeLimit({ filedOn: '2026-03-02', asOf: '2026-08-01', excludedPeriods: [{ kind: 'suspension', from: '2026-05-01', to: '2026-05-31' }] }, ENFORCEMENT_RULES)
 * // { due: '2026-10-02', baseDue: '2026-09-02', excludedDays: 30, paused: false, … }
 */
export function caseTimeLimit(
  input: { filedOn: string; nonLitigation?: boolean; extensionMonths?: number; excludedPeriods?: readonly ExcludedPeriod[]; asOf: string },
  rules: EnforcementRules,
): CaseTimeLimit {
  parseCalendarDay(input.filedOn, 'filedOn')
  parseCalendarDay(input.asOf, 'asOf')
  const extension = input.extensionMonths ?? 0
  if (!Number.isSafeInteger(extension) || extension < 0 || extension > 60) {
    throw new DomainError('EXTENSION_INVALID', '延长执行期限的月数应当是0或正整数', 'extensionMonths')
  }
  const key = input.nonLitigation ? 'caseLimitNonLitigation' : 'caseLimit'
  const setting = rules.periods[key]
  const baseDue = addMonths(input.filedOn, (setting.length as number) + extension)
  const { ranges, running } = excludedIntervals(input.excludedPeriods ?? [], input.filedOn, input.asOf)
  let due = baseDue
  let excludedDays = 0
  for (const r of ranges) {
    if (r.start > due) break
    const days = daysBetween(r.start, r.end)
    due = addDays(due, days)
    excludedDays += days
  }
  return { rule: key, name: setting.name, due, provisional: false, article: setting.article, status: setting.status, baseDue, excludedDays, paused: running }
}
