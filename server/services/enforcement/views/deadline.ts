import { daysBetween } from '../../../../domain/dates/daysBetween'
import { fullChineseDate } from '../../../../domain/enforcement/fullChineseDate'
import type { EnforcementDeadline } from '../../../../domain/enforcement/rules'
import type { DeadlineView } from '../../../../contract/enforcement'

/** A deadline as both sides see it: the day in words, the article, and how many days are left today. */
export function deadlineView(d: EnforcementDeadline, today: string, doneOn?: string | null): DeadlineView {
  const daysLeft = daysBetween(today, d.due)
  return {
    due: d.due,
    text: `${fullChineseDate(d.due)}前`,
    article: d.article,
    status: d.status,
    provisional: d.provisional,
    daysLeft,
    overdue: doneOn ? doneOn > d.due : daysLeft < 0,
  }
}

export const words = fullChineseDate
