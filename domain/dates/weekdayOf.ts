import { dayNumberOf } from './calendarDay'
import { parseCalendarDay } from './parseCalendarDay'

/**
 * Day of the week of a calendar day, numbered like JavaScript's `getDay()`: 0 = Sunday (星期日),
 * 1 = Monday … 6 = Saturday. Computed from the date alone, so it is the same in every time zone.
 *
 * @param date 'YYYY-MM-DD'
 * @returns 0–6
 * @throws DomainError 'DATE_INVALID'
 * @example
 * weekdayOf('2026-10-08') // 4 (星期四)
 */
export function weekdayOf(date: string): number {
  // 1970-01-01 was a Thursday (4).
  const n = dayNumberOf(parseCalendarDay(date)) + 4
  return ((n % 7) + 7) % 7
}
