import { DomainError } from '../errors'
import { type CalendarDay, daysInMonth, MAX_YEAR, MIN_YEAR } from './calendarDay'

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Checks a 'YYYY-MM-DD' calendar day and returns its parts. The day must exist in the Gregorian
 * calendar (no '2026-02-30', no '2025-02-29'); the year is 0001–9999. No time, no offset: a court
 * date is a day in China, never an instant.
 *
 * @param s the date string, e.g. '2026-10-08'
 * @param field the input name to report in the error, e.g. 'from' (default 'date')
 * @returns `{ year, month, day }`
 * @throws DomainError 'DATE_INVALID' with a plain Chinese message
 * @example
 * parseCalendarDay('2026-10-08') // { year: 2026, month: 10, day: 8 }
 * parseCalendarDay('2026-02-30') // throws DomainError('DATE_INVALID', '没有这一天：2026-02-30，请核对日期')
 */
export function parseCalendarDay(s: string, field = 'date'): CalendarDay {
  const m = typeof s === 'string' ? SHAPE.exec(s) : null
  if (!m) {
    throw new DomainError('DATE_INVALID', '日期格式不对，请按“2026-10-08”这样的格式填写', field)
  }
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new DomainError('DATE_INVALID', `没有这一天：${s}，请核对日期`, field)
  }
  return { year, month, day }
}
