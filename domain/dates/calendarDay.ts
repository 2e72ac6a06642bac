/**
 * A calendar day as its parts. Dates travel as 'YYYY-MM-DD' strings; this is their parsed form.
 * The arithmetic below is the proleptic Gregorian calendar on plain integers, so no result ever
 * depends on the device's time zone or clock.
 */
export interface CalendarDay {
  year: number
  month: number
  day: number
}

// Month lengths live in their own file (a public domain function); the day arithmetic here uses them too.
export { daysInMonth, isLeapYear } from './daysInMonth'

/**
 * Days since 1970-01-01 of a calendar day (negative before it). Howard Hinnant's
 * days_from_civil, chosen over `Date.UTC` so the domain never touches `Date` at all.
 *
 * @param day a valid calendar day
 * @example
 * dayNumberOf({ year: 2026, month: 10, day: 8 }) // 20734
 */
export function dayNumberOf({ year, month, day }: CalendarDay): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/**
 * The calendar day `n` days after 1970-01-01 (inverse of {@link dayNumberOf}).
 *
 * @param n whole number of days, negative before 1970
 * @example
 * calendarDayOf(20734) // { year: 2026, month: 10, day: 8 }
 */
export function calendarDayOf(n: number): CalendarDay {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/**
 * The 'YYYY-MM-DD' string of a calendar day, zero-padded.
 *
 * @param day a valid calendar day
 * @example
 * formatCalendarDay({ year: 2026, month: 1, day: 4 }) // '2026-01-04'
 */
export function formatCalendarDay({ year, month, day }: CalendarDay): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

/** Smallest and largest years a date string may carry (four digits, no year 0). */
export const MIN_YEAR = 1
export const MAX_YEAR = 9999
