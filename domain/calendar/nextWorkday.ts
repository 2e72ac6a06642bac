import { addDays } from '../dates/addDays'
import { isWorkday } from './isWorkday'

/**
 * The first working day strictly after `date` (see {@link isWorkday} for what counts). This is
 * the “法定休假日后的第一日” of 《民事诉讼法》第八十五条 when a period's last day is a day off.
 *
 * @param date 'YYYY-MM-DD'
 * @returns 'YYYY-MM-DD'
 * @throws DomainError 'DATE_INVALID' / 'DATE_OUT_OF_RANGE'
 * @example
 * nextWorkday('2026-09-30') // '2026-10-08' (国庆 10-01…10-07)
 * nextWorkday('2026-10-09') // '2026-10-10' (Saturday, 调休 makeup workday)
 */
export function nextWorkday(date: string): string {
  let d = addDays(date, 1)
  // The longest run of days off on record is 10 (春节 2020); a year bounds the loop regardless.
  for (let i = 0; i < 366 && !isWorkday(d).workday; i++) d = addDays(d, 1)
  return d
}
