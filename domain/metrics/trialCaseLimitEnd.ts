import { addDays } from '../dates/addDays'
import { addMonths } from '../dates/addMonths'
import { trialLimitEnd } from '../periods/trialLimitEnd'
import type { TrialMetricProcedure } from './types'

/**
 * The last day of a trial case's limit for the 审限内结案率: the procedure's limit from
 * {@link trialLimitEnd} (ordinary 6 months, 第一百五十二条; simple 3, 第一百六十四条; small claims 2,
 * 第一百六十八条; special 30 days, 第一百八十七条), then the extension the president approved
 * (`extendedMonths`, counted on from that last day, since an extension lengthens the limit that
 * would have ended there), then the days not counted (`excludedDays`, 《民诉法解释》第二百四十三条).
 *
 * @param c.procedure 'ordinary' | 'simple' | 'small-claims' | 'special'
 * @param c.filedOn 'YYYY-MM-DD'
 * @param c.extendedMonths whole months, absent for none
 * @param c.excludedDays whole days, absent for none
 * @returns 'YYYY-MM-DD'
 * @throws DomainError 'PROCEDURE_UNKNOWN', 'DATE_INVALID'
 * @example
 * trialCaseLimitEnd({ procedure: 'ordinary', filedOn: '2021-08-31' }) // '2022-02-28'
 * trialCaseLimitEnd({ procedure: 'simple', filedOn: '2021-03-01', extendedMonths: 3, excludedDays: 5 }) // '2021-09-06'
 */
export function trialCaseLimitEnd(c: { procedure: TrialMetricProcedure; filedOn: string; extendedMonths?: number; excludedDays?: number }): string {
  const limit = trialLimitEnd({ procedure: c.procedure, filedOn: c.filedOn })
  return addDays(addMonths(limit, c.extendedMonths ?? 0), c.excludedDays ?? 0)
}
