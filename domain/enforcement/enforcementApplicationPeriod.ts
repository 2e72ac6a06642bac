import { parseCalendarDay } from '../dates/parseCalendarDay'
import { dueDate } from '../periods/dueDate'
import { fullChineseDate } from './fullChineseDate'

/** The application period as the applicant sees it. */
export type ApplicationPeriod =
  | {
      limited: true
      /** 'YYYY-MM-DD', the last day to apply */
      due: string
      provisional: boolean
      rolledFrom?: string
      article: string
      /** e.g. '申请执行期限到2028年3月10日' */
      text: string
      /** `on` is after `due` */
      late: boolean
      /** for a late application: it is still accepted, and what that means */
      warning?: string
    }
  | { limited: false; article: string; text: string; late: false }

const LATE_ARTICLE = '《民诉法解释》第四百八十一条；《执行程序解释》第二十条'

/**
 * The 2-year 申请执行期间 (《民事诉讼法》第二百五十条) for an application made on `on`, through
 * `dueDate('enforcement-application', …)`: from the last day of the performance period the
 * document sets (the last instalment's day for instalments), or from the day it took effect when
 * it sets none, to the same day two years on, rolled off a day off (第八十五条).
 *
 * A late application is still accepted (“申请执行人超过申请执行时效期间向人民法院申请强制执行的，人民
 * 法院应予受理” — 《民诉法解释》第四百八十一条): `late` is true and `warning` says, in plain words, that
 * the debtor may object and that the court will then refuse enforcement if the objection holds,
 * and that a demand for payment, the debtor's promise to pay or a settlement restarts the period
 * (《执行程序解释》第二十条), which the applicant should state with proof. Never a reason to refuse
 * the application.
 *
 * `text` states the day plainly; `provisional` (a year on the way has no published holiday
 * arrangement) is for the page to add “节假日安排公布后再核对” where it matters.
 *
 * Resuming after a 终本 (an 执恢 case) has no time limit: “申请恢复执行不受申请执行时效期间的限制” —
 * 《终本规定》第九条 (also 《民诉法解释》第五百一十七条): `limited` is false.
 *
 * @param input.from 'YYYY-MM-DD', the last day of the performance period (or the day the document took effect)
 * @param input.on 'YYYY-MM-DD', the day of the application (today, when prefilling)
 * @param input.resumingAfterTermination the application resumes a case closed by 终本
 * @throws DomainError 'DATE_INVALID', 'DATE_OUT_OF_RANGE'
 * @example
 * enforcementApplicationPeriod({ from: '2026-03-10', on: '2026-11-25' })
 * // { limited: true, due: '2028-03-10', text: '申请执行期限到2028年3月10日', late: false, provisional: true, article: '《民事诉讼法》第二百五十条' }
 * enforcementApplicationPeriod({ from: '2024-03-10', on: '2026-11-25' }).late // true, with a warning
 */
export function enforcementApplicationPeriod(input: { from: string; on: string; resumingAfterTermination?: boolean }): ApplicationPeriod {
  parseCalendarDay(input.on, 'on')
  if (input.resumingAfterTermination) {
    parseCalendarDay(input.from, 'from')
    return { limited: false, article: '《终本规定》第九条', text: '终结本次执行程序后申请恢复执行，不受申请执行期限的限制', late: false }
  }
  const { due, provisional, article, rolledFrom } = dueDate({ rule: 'enforcement-application', from: input.from })
  const day = fullChineseDate(due)
  const text = `申请执行期限到${day}`
  const late = input.on > due
  const result = { limited: true as const, due, provisional, article, text, late, ...(rolledFrom === undefined ? {} : { rolledFrom }) }
  if (!late) return result
  return {
    ...result,
    warning:
      `已经超过申请执行期限（${day}）。法院仍然会受理您的申请，但被执行人可以提出异议，异议成立的，法院会裁定不予执行（${LATE_ARTICLE}）。` +
      '如果在期限内您向对方要过钱、对方答应过还钱，或者双方达成过和解，期限会从那时重新计算，请在申请里写明，并附上聊天记录、短信、协议等证据。',
  }
}
