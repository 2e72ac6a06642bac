import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'
import { formatClockMinutes } from './clockMinutes'

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):00\+08:00$/

/**
 * The half-hour cells a session occupies, as 'YYYY-MM-DDTHH:MM' (Asia/Shanghai). A booking holds
 * one row per cell per person and room under a unique key, so any two sessions that overlap —
 * even of different lengths — collide in the database and only one of them can be stored.
 *
 * @param startsAt ISO 8601 with +08:00 on the half hour, e.g. '2026-11-26T09:00:00+08:00'
 * @param minutes 30, 60 or 90
 * @returns e.g. ['2026-11-26T09:00', '2026-11-26T09:30'] for 60 minutes
 * @throws DomainError 'SLOT_INVALID'
 * @example slotCells('2026-11-26T09:30:00+08:00', 90) // ['2026-11-26T09:30', '2026-11-26T10:00', '2026-11-26T10:30']
 */
export function slotCells(startsAt: string, minutes: number): string[] {
  const m = typeof startsAt === 'string' ? INSTANT.exec(startsAt) : null
  const invalid = () => new DomainError('SLOT_INVALID', '预约的时间不对，请重新选择', 'startsAt')
  if (!m || ![30, 60, 90].includes(minutes)) throw invalid()
  parseCalendarDay(m[1], 'startsAt')
  const start = Number(m[2]) * 60 + Number(m[3])
  if (start % 30 !== 0 || start + minutes > 24 * 60) throw invalid()
  const cells: string[] = []
  for (let t = start; t < start + minutes; t += 30) cells.push(`${m[1]}T${formatClockMinutes(t)}`)
  return cells
}
