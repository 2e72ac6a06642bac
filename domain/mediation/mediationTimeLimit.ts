import { isWorkday } from '../calendar/isWorkday'
import { nextWorkday } from '../calendar/nextWorkday'
import { addDays } from '../dates/addDays'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'
import type { MediationStage } from './types'

/**
 * The time limit of an online mediation, 《人民法院在线调解规则》第二十四条: 30 days before filing;
 * after filing 15 days under the ordinary procedure and 7 under the simple one (small claims are a
 * form of the simple procedure); all parties may agree to extend. It runs from the day the mediator
 * confirms accepting the request (or, for a judge mediating, the day all parties agree).
 * Counted as 《民事诉讼法》第八十五条 counts periods: the start day is not counted, and a last day
 * that is a day off moves to the next working day.
 *
 * @param input.stage 'pre-filing' or 'in-case'
 * @param input.procedure the case's procedure, needed in a case
 * @param input.from 'YYYY-MM-DD', the day the time limit starts from
 * @returns `days`, `due`, `provisional`, `article`
 * @throws DomainError 'MEDIATION_PROCEDURE_REQUIRED', 'DATE_INVALID'
 * @example
 * mediationTimeLimit({ stage: 'pre-filing', from: '2026-11-26' }).due // '2026-12-28' (12-26 is a Saturday)
 * mediationTimeLimit({ stage: 'in-case', procedure: 'simple', from: '2026-09-30' }).due // '2026-10-08'
 */
export function mediationTimeLimit(input: { stage: MediationStage; procedure?: string | null; from: string }): {
  days: number
  due: string
  provisional: boolean
  article: string
} {
  parseCalendarDay(input.from, 'from')
  let days = 30
  if (input.stage === 'in-case') {
    if (input.procedure === 'ordinary') days = 15
    else if (input.procedure === 'simple' || input.procedure === 'small-claims') days = 7
    else throw new DomainError('MEDIATION_PROCEDURE_REQUIRED', '案件还没有确定适用的程序，无法计算调解期限', 'procedure')
  }
  const last = addDays(input.from, days)
  const day = isWorkday(last)
  const due = day.workday ? last : nextWorkday(last)
  return { days, due, provisional: day.provisional || isWorkday(due).provisional, article: '《人民法院在线调解规则》第二十四条' }
}
