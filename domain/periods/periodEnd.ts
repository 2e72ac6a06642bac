import { isWorkday } from '../calendar/isWorkday'
import { nextWorkday } from '../calendar/nextWorkday'
import { yearCalendar } from '../calendar/yearCalendar'
import { addDays } from '../dates/addDays'
import { addMonths } from '../dates/addMonths'
import { parseCalendarDay } from '../dates/parseCalendarDay'

/**
 * The last day of a period of `days` days or `months` months that starts on `from`, counted by
 * 《民事诉讼法》第八十五条: `from` itself is not counted, and a last day that is a 法定休假日 (weekend or
 * published day off; a 调休 makeup workday is a working day) moves to the first working day after
 * it, `rolledFrom` keeping the original. Month periods end on the corresponding day, or on the
 * month's last day when it has none (《民法典》第二百零二条). The same rule serves statutory periods
 * ({@link dueDate}) and periods a court sets (人民法院指定的期间, e.g. a small-claims defence period
 * the parties agreed to). Internal to the periods and scheduling code.
 *
 * `provisional` is true when any year from `from` to the due day has no published holiday arrangement.
 *
 * @param input.from 'YYYY-MM-DD', the day of the triggering event
 * @param input.days length in days, or
 * @param input.months length in months
 * @param field the input to blame for a bad or out-of-range `from`
 * @throws DomainError 'DATE_INVALID', 'DATE_OUT_OF_RANGE'
 * @example
 * periodEnd({ from: '2026-09-18', days: 15 }) // { due: '2026-10-08', provisional: false, rolledFrom: '2026-10-03' }
 */
export function periodEnd(input: { from: string; days?: number; months?: number }, field = 'from'): { due: string; provisional: boolean; rolledFrom?: string } {
  const start = parseCalendarDay(input.from, field)
  yearCalendar(start.year, field)
  const last = input.months !== undefined ? addMonths(input.from, input.months) : addDays(input.from, input.days ?? 0)
  const due = isWorkday(last).workday ? last : nextWorkday(last)
  const end = parseCalendarDay(due)
  let provisional = false
  for (let y = start.year; y <= end.year; y++) provisional ||= yearCalendar(y, field).provisional
  return due === last ? { due, provisional } : { due, provisional, rolledFrom: last }
}
