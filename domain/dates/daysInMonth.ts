import { DomainError } from '../errors'

/**
 * Whether `year` is a Gregorian leap year: divisible by 4, except centuries not divisible by 400.
 *
 * @param year e.g. 2028
 * @example
 * isLeapYear(2028) // true
 * isLeapYear(2100) // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/**
 * Number of days in a month of the Gregorian calendar (the calendar 《民法典》第二百条 counts
 * periods in): 31 for January, March, May, July, August, October and December, 30 for April,
 * June, September and November, and 28 for February — 29 in a leap year.
 *
 * @param year whole year, e.g. 2027
 * @param month 1–12
 * @returns 28–31
 * @throws DomainError 'DATE_INVALID' when the month is not 1–12 or the year is not whole
 * @example
 * daysInMonth(2027, 2) // 28
 * daysInMonth(2028, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new DomainError('DATE_INVALID', `没有这个月份：${year}年${month}月，请核对`, 'month')
  }
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}
