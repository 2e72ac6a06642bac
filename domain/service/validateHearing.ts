import { daysBetween } from '../dates/daysBetween'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'
import type { FilingProblem } from '../filing/types'

/** 民事诉讼法第一百三十九条: parties are told of a hearing at least this many days before it. */
export const HEARING_NOTICE_DAYS = 3

/**
 * Checks the hearing a 传票 summons to: a real date and a time of day between 08:00 and 18:00,
 * and at least {@link HEARING_NOTICE_DAYS} days after the day the summons goes out, because the
 * court must notify the parties three days before the hearing (民事诉讼法第一百三十九条).
 *
 * @param hearing.date 'YYYY-MM-DD'; hearing.time 'HH:MM'
 * @param today 'YYYY-MM-DD', the day the summons is issued
 * @returns every problem found (empty when fine)
 * @example validateHearing({ date: '2026-11-27', time: '09:00' }, '2026-11-25')
 * // [{ code: 'SERVICE_HEARING_TOO_SOON', field: 'hearing.date', message: '开庭日期距今不足3天：应当在开庭三日前通知当事人（《民事诉讼法》第一百三十九条），请改期' }]
 */
export function validateHearing(hearing: { date: string; time: string }, today: string): FilingProblem[] {
  const problems: FilingProblem[] = []
  try {
    parseCalendarDay(hearing.date, 'hearing.date')
    if (daysBetween(today, hearing.date) < HEARING_NOTICE_DAYS) {
      problems.push({
        code: 'SERVICE_HEARING_TOO_SOON',
        field: 'hearing.date',
        message: `开庭日期距今不足${HEARING_NOTICE_DAYS}天：应当在开庭三日前通知当事人（《民事诉讼法》第一百三十九条），请改期`,
      })
    }
  } catch (err) {
    if (!(err instanceof DomainError)) throw err
    problems.push({ code: 'SERVICE_HEARING_DATE_INVALID', field: 'hearing.date', message: '开庭日期不对，请重新选择' })
  }
  const m = /^(\d{2}):(\d{2})$/.exec(hearing.time)
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : -1
  if (!m || Number(m[2]) > 59 || minutes < 8 * 60 || minutes > 18 * 60) {
    problems.push({ code: 'SERVICE_HEARING_TIME_INVALID', field: 'hearing.time', message: '开庭时间请填写 08:00 到 18:00 之间的时刻，例如 09:00' })
  }
  return problems
}
