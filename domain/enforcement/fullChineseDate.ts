import { parseCalendarDay } from '../dates/parseCalendarDay'

/**
 * A date with its year, the way a sentence to a party says it: '2028年3月10日'. Internal to the
 * enforcement texts (formatChineseDate leaves the year out).
 *
 * @param date 'YYYY-MM-DD'
 * @throws DomainError 'DATE_INVALID'
 * @example fullChineseDate('2028-03-10') // '2028年3月10日'
 */
export function fullChineseDate(date: string): string {
  const { year, month, day } = parseCalendarDay(date)
  return `${year}年${month}月${day}日`
}
