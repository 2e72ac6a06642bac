import { isWorkday } from '../calendar/isWorkday'
import { addDays } from '../dates/addDays'
import { parseCalendarDay } from '../dates/parseCalendarDay'

function workdaysIn(after: string, upTo: string): number {
  let n = 0
  for (let d = addDays(after, 1); d <= upTo; d = addDays(d, 1)) if (isWorkday(d).workday) n++
  return n
}

/**
 * How a working-day deadline looks from today, for the lists staff work from: the working days
 * still to come up to and including the due day, or — once it has passed — the working days it
 * is overdue by (negative).
 *
 * @param today 'YYYY-MM-DD'
 * @param due 'YYYY-MM-DD'
 * @returns `workdaysLeft` (negative when overdue), `overdue`, and a Chinese `label`
 * @throws DomainError 'DATE_INVALID'
 * @example
 * workdayCountdown('2026-09-30', '2026-10-10') // { due: '2026-10-10', workdaysLeft: 3, overdue: false, label: '还剩3个工作日' }
 * workdayCountdown('2026-10-10', '2026-10-10').label // '今天到期'
 * workdayCountdown('2026-10-13', '2026-10-10') // { …, workdaysLeft: -2, overdue: true, label: '已超期2个工作日' }
 */
export function workdayCountdown(today: string, due: string): { due: string; workdaysLeft: number; overdue: boolean; label: string } {
  parseCalendarDay(today, 'today')
  parseCalendarDay(due, 'due')
  if (today === due) return { due, workdaysLeft: 0, overdue: false, label: '今天到期' }
  if (today < due) {
    const n = workdaysIn(today, due)
    return { due, workdaysLeft: n, overdue: false, label: n === 0 ? '今天到期' : `还剩${n}个工作日` }
  }
  const late = workdaysIn(due, today)
  return { due, workdaysLeft: late === 0 ? 0 : -late, overdue: true, label: late === 0 ? '已超期' : `已超期${late}个工作日` }
}
