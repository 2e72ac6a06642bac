import { addDays } from '../dates/addDays'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'
import { isWorkday } from '../calendar/isWorkday'
import { nextWorkday } from '../calendar/nextWorkday'
import { yearCalendar } from '../calendar/yearCalendar'
import { PERIOD_RULES, type PeriodRule } from './periodRules'

/**
 * The last day of a statutory period, counted as 《民事诉讼法》第八十五条 says: the day the period
 * starts (the day of service, receipt, publication …) is not counted, so the last day is `from`
 * plus the period's days; if that day is a 法定休假日 (weekend or published day off — a 调休 makeup
 * workday is a working day), the period ends on the first working day after it, and `rolledFrom`
 * keeps the original last day.
 *
 * Periods and articles: see {@link PERIOD_RULES} (defence 15 days, appeals 15 / 10, public notice
 * 30, filing review 7, judicial confirmation 30, fee payment 7).
 *
 * Public notice (第九十五条, “自发出公告之日起，经过三十日，即视为送达”): the 30 days are a statutory
 * period like any other and 第八十五条 makes no exception, so the deemed-service day rolls over a
 * day off too. Rolling only ever moves service later, which can only lengthen the absent party's
 * time; the periods that start from service are then counted from the rolled day.
 *
 * `provisional` is true when any year from `from` to `due` has no published holiday arrangement
 * (the answer relies on the provisional festival rule); show it as “预计” and re-check once the
 * State Council publishes that year.
 *
 * @param input.rule which period
 * @param input.from 'YYYY-MM-DD', the day of the triggering event (not counted)
 * @returns `due` 'YYYY-MM-DD', `provisional`, `article` e.g. '《民事诉讼法》第一百七十一条',
 *   `rolledFrom` the unadjusted last day when it was moved
 * @throws DomainError 'PERIOD_RULE_UNKNOWN', 'DATE_INVALID', 'DATE_OUT_OF_RANGE'
 * @example
 * dueDate({ rule: 'appeal-judgment', from: '2026-09-18' })
 * // { due: '2026-10-08', provisional: false, article: '《民事诉讼法》第一百七十一条', rolledFrom: '2026-10-03' }
 * dueDate({ rule: 'appeal-ruling', from: '2026-09-30' })
 * // { due: '2026-10-10', provisional: false, article: '《民事诉讼法》第一百七十一条' } — a 调休 Saturday counts
 */
export function dueDate(input: { rule: PeriodRule; from: string }): {
  due: string
  provisional: boolean
  article: string
  rolledFrom?: string
} {
  const rule = Object.prototype.hasOwnProperty.call(PERIOD_RULES, input.rule) ? PERIOD_RULES[input.rule] : undefined
  if (!rule) throw new DomainError('PERIOD_RULE_UNKNOWN', `不认识的期间种类：${String(input.rule)}`, 'rule')
  const start = parseCalendarDay(input.from, 'from')
  yearCalendar(start.year, 'from')
  const last = addDays(input.from, rule.days)
  const due = isWorkday(last).workday ? last : nextWorkday(last)
  const end = parseCalendarDay(due)
  let provisional = false
  for (let y = start.year; y <= end.year; y++) provisional ||= yearCalendar(y, 'from').provisional
  const result = { due, provisional, article: rule.article }
  return due === last ? result : { ...result, rolledFrom: last }
}
