import { daysBetween } from '../dates/daysBetween'
import { dueDate } from '../periods/dueDate'

export interface ReviewClock {
  due: string
  daysLeft: number
  overdue: boolean
  provisional: boolean
}

/**
 * Where a filing stands on the 7-day review clock: the court decides whether to accept
 * within 7 days of receiving the complaint (民事诉讼法 art. 126), counted by art. 85; after
 * a correction the clock starts again from the resubmission (在线诉讼规则 art. 9).
 *
 * @param startedOn the day the (re)submitted filing was received, YYYY-MM-DD
 * @param today the day to measure from, YYYY-MM-DD
 * @returns the last day, calendar days left (negative when overdue), and whether it is overdue
 * @example reviewClock('2026-11-25', '2026-11-27') // { due: '2026-12-02', daysLeft: 5, overdue: false, provisional: false }
 */
export function reviewClock(startedOn: string, today: string): ReviewClock {
  const { due, provisional } = dueDate({ rule: 'filing-review', from: startedOn })
  const daysLeft = daysBetween(today, due)
  return { due, daysLeft, overdue: daysLeft < 0, provisional }
}
