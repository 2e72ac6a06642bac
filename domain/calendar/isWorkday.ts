import { parseCalendarDay } from '../dates/parseCalendarDay'
import { weekdayOf } from '../dates/weekdayOf'
import { yearCalendar } from './yearCalendar'

/**
 * Whether courts work on a day. Product rule for 《民事诉讼法》第八十五条 “法定休假日”: Saturdays,
 * Sundays and the days off the State Council publishes are 法定休假日; a 调休 makeup workday (a
 * Saturday or Sunday declared a working day) is a working day.
 *
 * For a year whose arrangement is not published (2027 and later with the built-in data, until
 * the server installs it with `installHolidayTable`) the answer follows the provisional festival
 * rule (see `provisionalHolidaysFor`) and carries `provisional: true`.
 *
 * @param date 'YYYY-MM-DD'
 * @returns `workday`; `provisional`; `holiday` — the festival's name when the day falls in a
 *   holiday block (absent for ordinary weekends and makeup workdays)
 * @throws DomainError 'DATE_INVALID', or 'DATE_OUT_OF_RANGE' outside the years the calendar knows
 * @example
 * isWorkday('2026-10-03') // { workday: false, provisional: false, holiday: '国庆节' }
 * isWorkday('2026-10-10') // { workday: true, provisional: false } — Saturday, 调休 makeup workday
 * isWorkday('2027-02-08') // { workday: false, provisional: true, holiday: '春节' }
 */
export function isWorkday(date: string): { workday: boolean; provisional: boolean; holiday?: string } {
  const { year } = parseCalendarDay(date)
  const { days, provisional } = yearCalendar(year)
  if (days.makeupWorkdays.has(date)) return { workday: true, provisional }
  const holiday = days.holidays.get(date)
  if (holiday !== undefined) return { workday: false, provisional, holiday }
  const wd = weekdayOf(date)
  return { workday: wd !== 0 && wd !== 6, provisional }
}
