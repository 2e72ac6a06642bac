import { daysBetween } from '../dates/daysBetween'
import { dueDate } from '../periods/dueDate'

/**
 * Whether the parties may still apply to the court to confirm a mediation agreement (司法确认):
 * both parties apply together “自调解协议生效之日起三十日内” — 《民事诉讼法》第二百零五条. The last
 * day is counted by {@link dueDate} ('judicial-confirmation': the effective day not counted, a last
 * day off rolls to the next working day).
 *
 * @param input.effectiveOn 'YYYY-MM-DD', the day the agreement took effect (the last signature)
 * @param input.today 'YYYY-MM-DD'
 * @returns `due`, `open` (today is on or before due), `daysLeft` (calendar days, negative once closed), `provisional`, `article`
 * @throws DomainError 'DATE_INVALID', 'DATE_OUT_OF_RANGE'
 * @example
 * judicialConfirmationWindow({ effectiveOn: '2026-11-27', today: '2026-11-28' })
 * // { due: '2026-12-28', open: true, daysLeft: 30, provisional: false, article: '《民事诉讼法》第二百零五条' }
 */
export function judicialConfirmationWindow(input: { effectiveOn: string; today: string }): {
  due: string
  open: boolean
  daysLeft: number
  provisional: boolean
  article: string
} {
  const d = dueDate({ rule: 'judicial-confirmation', from: input.effectiveOn })
  const daysLeft = daysBetween(input.today, d.due)
  return { due: d.due, open: daysLeft >= 0, daysLeft, provisional: d.provisional, article: d.article }
}
