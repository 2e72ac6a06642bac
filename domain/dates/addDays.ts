import { DomainError } from '../errors'
import { calendarDayOf, dayNumberOf, formatCalendarDay, MAX_YEAR, MIN_YEAR } from './calendarDay'
import { parseCalendarDay } from './parseCalendarDay'

/**
 * The calendar day `n` days after `date` (before it when `n` is negative). Plain day counting:
 * holidays are not skipped here — that is {@link addWorkdays} and the period rules' job.
 *
 * @param date 'YYYY-MM-DD'
 * @param n whole number of days, may be negative
 * @returns 'YYYY-MM-DD'
 * @throws DomainError 'DATE_INVALID' for a bad date or a result outside years 0001–9999,
 *   'DAYS_INVALID' when `n` is not a whole number
 * @example
 * addDays('2026-09-30', 15) // '2026-10-15'
 * addDays('2028-03-01', -1) // '2028-02-29'
 */
export function addDays(date: string, n: number): string {
  const parsed = parseCalendarDay(date)
  if (!Number.isSafeInteger(n)) {
    throw new DomainError('DAYS_INVALID', '天数必须是整数', 'n')
  }
  const result = calendarDayOf(dayNumberOf(parsed) + n)
  if (result.year < MIN_YEAR || result.year > MAX_YEAR) {
    throw new DomainError('DATE_INVALID', '算出的日期超出了可用范围，请核对', 'n')
  }
  return formatCalendarDay(result)
}
