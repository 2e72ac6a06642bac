import { daysBetween } from '../dates/daysBetween'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'

/** One declaration may cover at most this many days (about three months); longer absences go through the judge by phone. */
export const MAX_BUSY_SPAN_DAYS = 92

export type BusyRangeProblemCode = 'DATE_INVALID' | 'FARM_BUSY_RANGE_INVALID' | 'FARM_BUSY_RANGE_TOO_LONG' | 'FARM_BUSY_RANGE_PAST'

export interface BusyRangeProblem {
  code: BusyRangeProblemCode
  /** the end of the range the person should correct */
  field: 'from' | 'to'
  message: string
}

/**
 * Checks one stretch of days a party says they cannot come to court (不便到庭的日期), which the
 * court avoids when it suggests hearing dates. Both ends must be real calendar days, the range may
 * not end before it starts, it may cover at most {@link MAX_BUSY_SPAN_DAYS} days counting both
 * ends, and it must still reach past `today` (a range that has ended says nothing about a future
 * hearing). A longer absence is not a scheduling preference but a ground to ask the judge to
 * postpone (《民事诉讼法》第一百四十九条, 当事人有正当理由没有到庭), so the party is sent to the
 * judge instead. The first problem found is returned; the caller decides whether a past range is
 * an error (a new declaration) or simply dropped (a saved list that has aged).
 *
 * @param range `from` and `to`, 'YYYY-MM-DD', both ends included (one day: from = to)
 * @param today today's calendar day in China, 'YYYY-MM-DD'
 * @returns the problem, with a stable code, the end it concerns and a Chinese message; null when fine
 * @example
 * validateBusyRange({ from: '2027-08-01', to: '2027-11-30' }, '2026-11-25')
 * // { code: 'FARM_BUSY_RANGE_TOO_LONG', field: 'to', message: '一次申报的不便日期最多92天；…' }
 * validateBusyRange({ from: '2026-12-20', to: '2026-12-22' }, '2026-11-25') // null
 */
export function validateBusyRange(range: { from: string; to: string }, today: string): BusyRangeProblem | null {
  for (const field of ['from', 'to'] as const) {
    try {
      parseCalendarDay(range[field], field)
    } catch (err) {
      if (err instanceof DomainError) return { code: 'DATE_INVALID', field, message: err.message }
      throw err
    }
  }
  if (range.to < range.from) return { code: 'FARM_BUSY_RANGE_INVALID', field: 'to', message: '不便日期的开始日晚于结束日，请核对' }
  if (daysBetween(range.from, range.to) + 1 > MAX_BUSY_SPAN_DAYS) {
    return {
      code: 'FARM_BUSY_RANGE_TOO_LONG',
      field: 'to',
      message: `一次申报的不便日期最多${MAX_BUSY_SPAN_DAYS}天；更长时间不能到庭，请直接联系承办法官`,
    }
  }
  if (range.to <= today) return { code: 'FARM_BUSY_RANGE_PAST', field: 'to', message: '这段日期已经过去了，请填写今天以后的日期' }
  return null
}
