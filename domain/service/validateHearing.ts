import { formatChineseDate } from '../dates/formatChineseDate'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'
import type { FilingProblem } from '../filing/types'
import { earliestHearingAfterNotice, HEARING_NOTICE_DAYS } from './earliestHearingAfterNotice'

/**
 * Checks the hearing a 传票 summons to: a real date and a time of day between 08:00 and 18:00,
 * and no earlier than {@link earliestHearingAfterNotice} allows when the 传票 is served the day it
 * goes out (electronic service reaches the party that day): three whole days between, and a
 * working day (民事诉讼法第一百三十九条). A later day is not checked for being a working day here:
 * that is the court's call (a circuit hearing may sit on a weekend).
 *
 * @param hearing.date 'YYYY-MM-DD'; hearing.time 'HH:MM'
 * @param today 'YYYY-MM-DD', the day the summons is issued
 * @returns every problem found (empty when fine)
 * @example validateHearing({ date: '2026-11-28', time: '09:00' }, '2026-11-25')
 * // [{ code: 'SERVICE_HEARING_TOO_SOON', field: 'hearing.date', message: '开庭日期太近：传票送达后要留出整3天才能开庭（《民事诉讼法》第一百三十九条），最早可定在11月30日（星期一），请改期' }]
 */
export function validateHearing(hearing: { date: string; time: string }, today: string): FilingProblem[] {
  const problems: FilingProblem[] = []
  try {
    parseCalendarDay(hearing.date, 'hearing.date')
    const { earliestHearing } = earliestHearingAfterNotice(today)
    if (hearing.date < earliestHearing) {
      problems.push({
        code: 'SERVICE_HEARING_TOO_SOON',
        field: 'hearing.date',
        message: `开庭日期太近：传票送达后要留出整${HEARING_NOTICE_DAYS}天才能开庭（《民事诉讼法》第一百三十九条），最早可定在${formatChineseDate(earliestHearing)}，请改期`,
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
