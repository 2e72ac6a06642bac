import { DomainError } from '../errors'
import { daysInMonth, formatCalendarDay, MAX_YEAR, MIN_YEAR } from './calendarDay'
import { parseCalendarDay } from './parseCalendarDay'

/**
 * The day `n` months after `date`: the same day of the month, or the last day of the month when
 * that month is shorter (2026-08-31 + 6 months = 2027-02-28; 2027-08-31 + 6 months = 2028-02-29).
 *
 * This is the month rule of 《民法典》第二百零二条 (“到期月的对应日为期间的最后一日；没有对应日的，
 * 月末日为期间的最后一日”), which courts also apply to month periods under 《民事诉讼法》第八十五条
 * (the start day is not counted, so the corresponding day of the start date is the last day).
 *
 * @param date 'YYYY-MM-DD'
 * @param n whole number of months, may be negative
 * @returns 'YYYY-MM-DD'
 * @throws DomainError 'DATE_INVALID' for a bad date or result, 'MONTHS_INVALID' when `n` is not whole
 * @example
 * addMonths('2026-03-15', 6) // '2026-09-15'
 * addMonths('2026-08-31', 6) // '2027-02-28'
 */
export function addMonths(date: string, n: number): string {
  const { year, month, day } = parseCalendarDay(date)
  if (!Number.isSafeInteger(n)) {
    throw new DomainError('MONTHS_INVALID', '月数必须是整数', 'n')
  }
  const index = year * 12 + (month - 1) + n
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  if (y < MIN_YEAR || y > MAX_YEAR) {
    throw new DomainError('DATE_INVALID', '算出的日期超出了可用范围，请核对', 'n')
  }
  return formatCalendarDay({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) })
}
