import { addMonths } from '../dates/addMonths'
import { formatChineseDate } from '../dates/formatChineseDate'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'

/** How far ahead a hearing or a mediation session may be set: beyond this no court plans its rooms and judges. */
export const BOOKING_HORIZON_MONTHS = 24

/**
 * Checks that a day chosen for a hearing, a 传票 or a mediation session lies where a court can
 * plan: a real day, not before today, and no more than {@link BOOKING_HORIZON_MONTHS} months ahead
 * (a date years away is a slip of the keyboard, not a plan, and a 传票 for it would summon nobody).
 * The rules of each kind of date (three days' notice, the trial limit, the mediator's published
 * hours) are checked by their own functions; this is the outer frame they all share.
 *
 * @param day the chosen day, 'YYYY-MM-DD'
 * @param today today's calendar day in China, 'YYYY-MM-DD'
 * @param field the input to name in the error (default 'date')
 * @throws DomainError 'DATE_INVALID' (no such day), 'DATE_IN_PAST' or 'DATE_TOO_FAR_AHEAD'
 * @example
 * checkBookingWindow('2027-03-01', '2026-11-25') // fine
 * checkBookingWindow('9999-12-31', '2026-11-25') // throws DomainError('DATE_TOO_FAR_AHEAD', '日期太远了：最晚只能定在2028年11月25日', 'date')
 */
export function checkBookingWindow(day: string, today: string, field = 'date'): void {
  parseCalendarDay(day, field)
  if (day < today) throw new DomainError('DATE_IN_PAST', '这个日期已经过去了，请选择今天以后的日期', field)
  const last = addMonths(today, BOOKING_HORIZON_MONTHS)
  if (day > last) {
    throw new DomainError('DATE_TOO_FAR_AHEAD', `日期太远了：最晚只能定在${last.slice(0, 4)}年${formatChineseDate(last)}，请重新选择`, field)
  }
}
