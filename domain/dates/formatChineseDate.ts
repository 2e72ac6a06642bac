import { parseCalendarDay } from './parseCalendarDay'
import { weekdayOf } from './weekdayOf'

const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六']

/**
 * A date the way a notice says it to a person: month, day and weekday, no year, no leading zeros.
 * Callers add the year themselves when it is not the current one.
 *
 * @param date 'YYYY-MM-DD'
 * @returns e.g. '10月8日（星期四）'
 * @throws DomainError 'DATE_INVALID'
 * @example
 * formatChineseDate('2026-10-08') // '10月8日（星期四）'
 * formatChineseDate('2026-10-04') // '10月4日（星期日）'
 */
export function formatChineseDate(date: string): string {
  const { month, day } = parseCalendarDay(date)
  return `${month}月${day}日（星期${WEEKDAY_NAMES[weekdayOf(date)]}）`
}
