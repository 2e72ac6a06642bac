import { addWorkdays } from '../calendar/addWorkdays'
import { isWorkday } from '../calendar/isWorkday'
import { addDays } from '../dates/addDays'

/**
 * The day by which something stated in working days must be done: `n` working days after `from`,
 * the day of receipt not counted. `provisional` when any day counted relies on a holiday
 * arrangement not yet published. Shared by the mediation deadlines.
 *
 * @param from 'YYYY-MM-DD'
 * @param n working days
 * @returns `{ due, provisional }`
 * @example workingDayDeadline('2026-09-30', 3) // { due: '2026-10-10', provisional: false }
 */
export function workingDayDeadline(from: string, n: number): { due: string; provisional: boolean } {
  const due = addWorkdays(from, n)
  let provisional = isWorkday(from).provisional
  for (let d = from; d < due;) {
    d = addDays(d, 1)
    provisional ||= isWorkday(d).provisional
  }
  return { due, provisional }
}
