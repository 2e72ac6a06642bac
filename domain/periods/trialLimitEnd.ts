import { addMonths } from '../dates/addMonths'
import { DomainError } from '../errors'

const MONTHS = { ordinary: 6, simple: 3, 'small-claims': 2 } as const

/**
 * The last day of the trial time limit (审理期限) counted from filing: ordinary procedure 6
 * months (《民事诉讼法》第一百五十二条), simple procedure 3 months (第一百六十四条), small-claims
 * procedure 2 months (第一百六十八条).
 *
 * Month arithmetic: the filing day is not counted (第八十五条; 《民诉法解释》第一百二十五条), and a
 * month period ends on the corresponding day of the last month, or on that month's last day when
 * it has no such day (《民法典》第二百零二条). So filed 2026-03-15 + 6 months → 2026-09-15, and
 * filed 2026-08-31 + 6 months → 2027-02-28 (2028-02-29 in a leap year).
 *
 * Not included, by design: extensions approved by the court president; the periods 《民诉法解释》
 * 第二百四十三条 excludes (public notice, expert appraisal, settlement talks, jurisdiction
 * disputes), which the caller adds; and the 第八十五条 holiday roll-over — the limit is a deadline
 * the court sets itself to meet, so the unadjusted (earlier or equal) day is the safe one to watch.
 *
 * @param input.procedure 'ordinary' | 'simple' | 'small-claims'
 * @param input.filedOn 'YYYY-MM-DD', the day the case was filed (立案之日)
 * @returns 'YYYY-MM-DD'
 * @throws DomainError 'PROCEDURE_UNKNOWN', 'DATE_INVALID'
 * @example
 * trialLimitEnd({ procedure: 'ordinary', filedOn: '2026-08-31' }) // '2027-02-28'
 * trialLimitEnd({ procedure: 'small-claims', filedOn: '2026-03-10' }) // '2026-05-10'
 */
export function trialLimitEnd(input: { procedure: 'small-claims' | 'simple' | 'ordinary'; filedOn: string }): string {
  const months = Object.prototype.hasOwnProperty.call(MONTHS, input.procedure) ? MONTHS[input.procedure] : undefined
  if (months === undefined) {
    throw new DomainError('PROCEDURE_UNKNOWN', `不认识的审理程序：${String(input.procedure)}`, 'procedure')
  }
  try {
    return addMonths(input.filedOn, months)
  } catch (e) {
    if (e instanceof DomainError) throw new DomainError(e.code, e.message, 'filedOn')
    throw e
  }
}
