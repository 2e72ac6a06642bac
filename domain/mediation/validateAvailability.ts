import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'
import { clockMinutes } from './clockMinutes'
import type { Availability, HoursBlock } from './types'

export interface AvailabilityProblem {
  code: string
  field: string
  message: string
}

const WEEKDAY_NAMES = ['', '星期一', '星期二', '星期三', '星期四', '星期五']

/**
 * Checks what a mediator or judge publishes before any slot is generated from it. Sessions are
 * 30, 60 or 90 minutes; hours start and end on the hour or half hour (so every slot sits on the
 * half-hour grid the booking hold uses); a block must fit at least one session; blocks of one
 * weekday or one date may not overlap; weekly hours are for Monday–Friday only (weekends are not
 * working days, 《民事诉讼法》第八十五条 product rule) — weekend sessions are set per date; a date
 * is overridden at most once.
 *
 * @param a the availability as entered
 * @returns every problem, each with a stable code, the field path and a Chinese message; empty when fine
 * @example
 * validateAvailability({ slotMinutes: 60, weekly: [{ weekday: 1, start: '09:00', end: '09:30' }], overrides: [] })[0].code
 * // 'MEDIATION_HOURS_TOO_SHORT'
 */
export function validateAvailability(a: Availability): AvailabilityProblem[] {
  const problems: AvailabilityProblem[] = []
  const add = (code: string, field: string, message: string) => problems.push({ code, field, message })
  const lengthOk = a.slotMinutes === 30 || a.slotMinutes === 60 || a.slotMinutes === 90
  if (!lengthOk) add('MEDIATION_SLOT_LENGTH_INVALID', 'slotMinutes', '每次调解的时长请选择30分钟、60分钟或90分钟')

  const checkBlocks = (blocks: Array<HoursBlock & { at: string }>, label: string) => {
    const spans: Array<{ from: number; to: number; at: string }> = []
    for (const b of blocks) {
      let from: number
      let to: number
      try {
        from = clockMinutes(b.start, `${b.at}.start`)
        to = clockMinutes(b.end, `${b.at}.end`)
      } catch (err) {
        if (err instanceof DomainError) add(err.code, err.field ?? b.at, `${label}：${err.message}`)
        continue
      }
      if (from % 30 !== 0 || to % 30 !== 0) {
        add('MEDIATION_HOURS_NOT_HALF_HOUR', b.at, `${label}的时间请选整点或半点（如09:00、09:30）`)
        continue
      }
      if (from >= to) {
        add('MEDIATION_HOURS_ORDER', b.at, `${label}的结束时间要晚于开始时间`)
        continue
      }
      if (lengthOk && to - from < a.slotMinutes) {
        add('MEDIATION_HOURS_TOO_SHORT', b.at, `${label} ${b.start}–${b.end} 放不下一次${a.slotMinutes}分钟的调解`)
        continue
      }
      const clash = spans.find((s) => from < s.to && s.from < to)
      if (clash) add('MEDIATION_HOURS_OVERLAP', b.at, `${label}有两段时间重叠了，请合并或调整`)
      spans.push({ from, to, at: b.at })
    }
  }

  const byWeekday = new Map<number, Array<HoursBlock & { at: string }>>()
  a.weekly.forEach((w, i) => {
    if (!Number.isInteger(w.weekday) || w.weekday < 1 || w.weekday > 5) {
      add('MEDIATION_WEEKDAY_INVALID', `weekly[${i}].weekday`, '每周的工作时间只能设在星期一到星期五；周末要调解，请按日期单独添加')
      return
    }
    byWeekday.set(w.weekday, [...(byWeekday.get(w.weekday) ?? []), { start: w.start, end: w.end, at: `weekly[${i}]` }])
  })
  for (const [weekday, blocks] of [...byWeekday.entries()].sort((x, y) => x[0] - y[0])) checkBlocks(blocks, WEEKDAY_NAMES[weekday])

  const seen = new Set<string>()
  a.overrides.forEach((o, i) => {
    try {
      parseCalendarDay(o.date, `overrides[${i}].date`)
    } catch (err) {
      if (err instanceof DomainError) add(err.code, err.field ?? `overrides[${i}].date`, err.message)
      return
    }
    if (seen.has(o.date)) {
      add('MEDIATION_OVERRIDE_DUPLICATE', `overrides[${i}].date`, `${o.date} 设置了两次，请只保留一条`)
      return
    }
    seen.add(o.date)
    checkBlocks(
      o.blocks.map((b, j) => ({ ...b, at: `overrides[${i}].blocks[${j}]` })),
      o.date,
    )
  })
  return problems
}
