import { dayNumberOf } from './calendarDay'
import { parseCalendarDay } from './parseCalendarDay'

/**
 * Calendar days from `from` to `to`: positive when `to` is later, 0 on the same day.
 *
 * @param from 'YYYY-MM-DD'
 * @param to 'YYYY-MM-DD'
 * @throws DomainError 'DATE_INVALID' for an impossible date
 * @example daysBetween('2026-11-25', '2026-12-02') // 7
 */
export function daysBetween(from: string, to: string): number {
  return dayNumberOf(parseCalendarDay(to)) - dayNumberOf(parseCalendarDay(from))
}
