import { formatChineseDate } from '../dates/formatChineseDate'
import { DomainError } from '../errors'

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/

function partOfDay(hour: number): string {
  if (hour < 12) return '上午'
  if (hour < 18) return '下午'
  return '晚上'
}

/**
 * A session's time the way a notice says it to a person: the date with its weekday, morning or
 * afternoon, and the clock times (Asia/Shanghai wall time, as stored).
 *
 * @param startsAt ISO 8601 with +08:00
 * @param endsAt ISO 8601 with +08:00, the same day
 * @returns e.g. '11月26日（星期四）上午 9:00–10:00'
 * @throws DomainError 'SLOT_INVALID', 'DATE_INVALID'
 * @example formatSlot('2026-11-26T14:30:00+08:00', '2026-11-26T15:30:00+08:00') // '11月26日（星期四）下午 14:30–15:30'
 */
export function formatSlot(startsAt: string, endsAt: string): string {
  const s = INSTANT.exec(startsAt)
  const e = INSTANT.exec(endsAt)
  if (!s || !e) throw new DomainError('SLOT_INVALID', '时间格式不对', 'startsAt')
  const hour = Number(s[2])
  const end = e[1] === s[1] ? `${Number(e[2])}:${e[3]}` : '24:00'
  return `${formatChineseDate(s[1])}${partOfDay(hour)} ${hour}:${s[3]}–${end}`
}
