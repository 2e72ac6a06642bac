import { fullChineseDate } from '@domain/enforcement/fullChineseDate'
import { formatYuan } from '@domain/money/formatYuan'
import type { DeadlineView } from '../../api/enforcement'

/** '2028年3月10日'; a day the server sent malformed is shown as it came rather than breaking the page. */
export function dayText(day: string | null | undefined): string {
  if (!day) return ''
  try {
    return fullChineseDate(day.slice(0, 10))
  } catch {
    return day
  }
}

/** Money in yuan as people say it: '8.65万元', '500元'. */
export const yuan = (fen: number): string => formatYuan(fen)

/** How long is left: '还有3天', '今天到期', '已超过2天'. */
export function leftWords(d: DeadlineView): string {
  if (d.overdue) return `已超过${Math.max(1, -d.daysLeft)}天`
  if (d.daysLeft <= 0) return '今天到期'
  return `还有${d.daysLeft}天`
}

/** A deadline with how long is left, in words: '2026年12月9日前（还有3天）'. */
export const deadlineWords = (d: DeadlineView): string => `${d.text}（${leftWords(d)}）`

/** The fee is never asked up front (诉讼费用交纳办法第二十条、第三十八条); this is the sentence when the server sent none. */
export const FEE_WORDS = '执行申请费执行后交纳，由被执行人负担'
