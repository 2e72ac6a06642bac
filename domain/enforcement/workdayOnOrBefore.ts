import { isWorkday } from '../calendar/isWorkday'
import { addDays } from '../dates/addDays'

/**
 * The last working day on or before `date`: the day by which an act done at a registry or bank
 * must be done when the rule says "before the term runs out" and the last day is a day off.
 * Internal to the enforcement rules.
 *
 * @param date 'YYYY-MM-DD'
 * @returns the day and whether any day looked at relies on an unpublished holiday arrangement
 * @throws DomainError 'DATE_INVALID', 'DATE_OUT_OF_RANGE'
 * @example workdayOnOrBefore('2026-10-04') // { day: '2026-09-30', provisional: false }
 */
export function workdayOnOrBefore(date: string): { day: string; provisional: boolean } {
  let day = date
  let check = isWorkday(day)
  let provisional = check.provisional
  // The longest run of days off on record is 10 (春节 2020); a year bounds the loop regardless.
  for (let i = 0; i < 366 && !check.workday; i++) {
    day = addDays(day, -1)
    check = isWorkday(day)
    provisional ||= check.provisional
  }
  return { day, provisional }
}
