import { addDays } from '../dates/addDays'
import { addMonths } from '../dates/addMonths'
import { DomainError } from '../errors'

/** The procedures whose trial time limit {@link trialLimitEnd} knows. */
export type TrialProcedure = 'small-claims' | 'simple' | 'ordinary' | 'special' | 'second-instance-judgment' | 'second-instance-ruling'

const LIMITS: Readonly<Record<TrialProcedure, { months: number } | { days: number }>> = {
  ordinary: { months: 6 },
  simple: { months: 3 },
  'small-claims': { months: 2 },
  special: { days: 30 },
  'second-instance-judgment': { months: 3 },
  'second-instance-ruling': { days: 30 },
}

/**
 * The last day of the trial time limit (审理期限) counted from filing: ordinary procedure 6
 * months (《民事诉讼法》第一百五十二条), simple procedure 3 months (第一百六十四条), small-claims
 * procedure 2 months (第一百六十八条), special procedure 30 days (第一百八十七条: 选民资格,
 * 宣告失踪, 司法确认 …), an appeal against a judgment 3 months from the second-instance filing
 * (第一百八十三条第一款), an appeal against a ruling 30 days (第一百八十三条第二款).
 *
 * Counting: the filing day is not counted (第八十五条; 《民诉法解释》第一百二十五条); a month period
 * ends on the corresponding day of the last month, or on that month's last day when it has no
 * such day (《民法典》第二百零二条). So filed 2026-03-15 + 6 months → 2026-09-15, filed 2026-08-31 +
 * 6 months → 2027-02-28, and a special case filed 2026-03-10 → 2026-04-09.
 *
 * A special-procedure case with a public notice (宣告失踪、宣告死亡、认定财产无主) is decided within
 * 30 days after the notice period ends (第一百八十七条 “或者公告期满后三十日内”): pass that day as
 * `filedOn`. 选民资格 cases are excepted by 第一百八十七条 itself and must be decided before election
 * day (第一百八十九条); that day is the caller's to watch.
 *
 * Not included, by design: extensions approved by the court president; the periods 《民诉法解释》
 * 第二百四十三条 excludes (public notice, expert appraisal, settlement talks, jurisdiction
 * disputes), which the caller adds; 涉外 cases, which 第二百八十七条 frees from the limits of
 * 第一百五十二条 and 第一百八十三条; and the 第八十五条 holiday roll-over — the limit is a deadline the
 * court sets itself to meet, so the unadjusted (earlier or equal) day is the safe one to watch.
 *
 * @param input.procedure 'ordinary' | 'simple' | 'small-claims' | 'special' | 'second-instance-judgment' | 'second-instance-ruling'
 * @param input.filedOn 'YYYY-MM-DD', the day the case was filed (立案之日; 第二审立案之日 on appeal)
 * @returns 'YYYY-MM-DD'
 * @throws DomainError 'PROCEDURE_UNKNOWN', 'DATE_INVALID'
 * @example
 * trialLimitEnd({ procedure: 'ordinary', filedOn: '2026-08-31' }) // '2027-02-28'
 * trialLimitEnd({ procedure: 'small-claims', filedOn: '2026-03-10' }) // '2026-05-10'
 * trialLimitEnd({ procedure: 'special', filedOn: '2026-03-10' }) // '2026-04-09'
 */
export function trialLimitEnd(input: { procedure: TrialProcedure; filedOn: string }): string {
  const limit = Object.prototype.hasOwnProperty.call(LIMITS, input.procedure) ? LIMITS[input.procedure] : undefined
  if (limit === undefined) {
    throw new DomainError('PROCEDURE_UNKNOWN', `不认识的审理程序：${String(input.procedure)}`, 'procedure')
  }
  try {
    return 'months' in limit ? addMonths(input.filedOn, limit.months) : addDays(input.filedOn, limit.days)
  } catch (e) {
    if (e instanceof DomainError) throw new DomainError(e.code, e.message, 'filedOn')
    throw e
  }
}
