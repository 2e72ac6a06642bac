import { DomainError } from '../errors'
import { nextWorkday } from './nextWorkday'
import { parseCalendarDay } from '../dates/parseCalendarDay'

/**
 * The day on which `n` working days after `date` have passed: the start day is not counted
 * (as in 《民事诉讼法》第八十五条), then each working day counts one. Used for rules stated in
 * working days, e.g. 《人民法院在线调解规则》第十条 (a mediator is assigned within 3 working days).
 * `n = 0` returns `date` itself.
 *
 * @param date 'YYYY-MM-DD'
 * @param n non-negative whole number of working days
 * @returns 'YYYY-MM-DD', always a working day when n > 0
 * @throws DomainError 'DATE_INVALID' / 'DATE_OUT_OF_RANGE', 'DAYS_INVALID' for a negative or fractional n
 * @example
 * addWorkdays('2026-09-30', 1) // '2026-10-08'
 * addWorkdays('2026-10-08', 3) // '2026-10-12' (10-10 is a 调休 Saturday)
 */
export function addWorkdays(date: string, n: number): string {
  parseCalendarDay(date)
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new DomainError('DAYS_INVALID', '工作日天数必须是0或正整数', 'n')
  }
  let d = date
  for (let i = 0; i < n; i++) d = nextWorkday(d)
  return d
}
