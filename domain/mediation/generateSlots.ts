import { isWorkday } from '../calendar/isWorkday'
import { addDays } from '../dates/addDays'
import { daysBetween } from '../dates/daysBetween'
import { weekdayOf } from '../dates/weekdayOf'
import { DomainError } from '../errors'
import { clockMinutes, formatClockMinutes } from './clockMinutes'
import type { Availability, HoursBlock, Slot } from './types'

const MAX_RANGE_DAYS = 366

/**
 * The bookable sessions a mediator or judge offers between two dates. Each day's hours are:
 * the date's override when there is one (an empty override is a day off; a non-empty one is
 * that day's hours, also on a weekend or holiday — the person chose it); otherwise, on a working
 * day by the court calendar (weekends and the State Council's days off are not; a 调休 makeup
 * Saturday or Sunday is), the weekly hours of its weekday. The State Council's notices do not say
 * which weekday a makeup day stands in for, so a makeup weekend day runs on the Monday hours.
 * Sessions of `slotMinutes` are laid end to end from the start of each block while they fit.
 *
 * Which sessions are already taken, or too soon to book, is for the caller to filter.
 *
 * @param a weekly hours, overrides and session length (check it with validateAvailability first)
 * @param from 'YYYY-MM-DD', first day (inclusive)
 * @param to 'YYYY-MM-DD', last day (inclusive), at most 366 days after `from`
 * @returns the slots in time order, instants as ISO 8601 with +08:00
 * @throws DomainError 'DATE_INVALID', 'DATE_OUT_OF_RANGE', 'TIME_INVALID', 'RANGE_INVALID'
 * @example
 * generateSlots({ slotMinutes: 60, weekly: [{ weekday: 4, start: '09:00', end: '11:00' }], overrides: [] }, '2026-11-26', '2026-11-26')
 * // [{ date: '2026-11-26', start: '09:00', end: '10:00', startsAt: '2026-11-26T09:00:00+08:00', … }, { … start: '10:00' … }]
 */
export function generateSlots(a: Availability, from: string, to: string): Slot[] {
  const span = daysBetween(from, to)
  if (span < 0 || span > MAX_RANGE_DAYS) throw new DomainError('RANGE_INVALID', `请选择不超过${MAX_RANGE_DAYS}天的日期范围，开始日期不能晚于结束日期`, 'to')
  const overrides = new Map(a.overrides.map((o) => [o.date, o.blocks]))
  const slots: Slot[] = []
  for (let date = from, i = 0; i <= span; i++, date = addDays(date, 1)) {
    const day = isWorkday(date)
    let blocks: HoursBlock[] = overrides.get(date) ?? []
    if (!overrides.has(date) && day.workday) {
      const wd = weekdayOf(date)
      const weekday = wd >= 1 && wd <= 5 ? wd : 1
      blocks = a.weekly.filter((w) => w.weekday === weekday)
    }
    const sorted = blocks.map((b) => ({ from: clockMinutes(b.start), to: clockMinutes(b.end) })).sort((x, y) => x.from - y.from)
    for (const b of sorted) {
      for (let t = b.from; t + a.slotMinutes <= b.to; t += a.slotMinutes) {
        const start = formatClockMinutes(t)
        const end = formatClockMinutes(t + a.slotMinutes)
        slots.push({
          date,
          start,
          end,
          startsAt: `${date}T${start}:00+08:00`,
          endsAt: end === '24:00' ? `${addDays(date, 1)}T00:00:00+08:00` : `${date}T${end}:00+08:00`,
          minutes: a.slotMinutes,
          provisional: day.provisional,
        })
      }
    }
  }
  return slots
}
