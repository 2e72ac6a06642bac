import { DomainError } from '../errors'
import { periodEnd } from './periodEnd'
import { PERIOD_RULES, type PeriodRule } from './periodRules'

/**
 * The last day of a statutory period, counted as 《民事诉讼法》第八十五条 says: the day the period
 * starts (the day of service, receipt, publication …) is not counted, so the last day is `from`
 * plus the period's days; if that day is a 法定休假日 (weekend or published day off — a 调休 makeup
 * workday is a working day), the period ends on the first working day after it, and `rolledFrom`
 * keeps the original last day.
 *
 * Periods and articles: see {@link PERIOD_RULES} (defence 15 days, 30 for a defendant without
 * domicile in China; appeals 15 / 10, 30 from abroad; public notice 30, 60 abroad; filing review
 * 7; judicial confirmation 30; fee payment 7; enforcement application 2 years).
 *
 * The 2-year 申请执行期间 (第二百五十条) is a year period: it ends on the corresponding day two years
 * on, or on the month's last day when there is none (2024-02-29 → 2026-02-28, 《民法典》第二百零二条),
 * and rolls over a day off like any other. Pass as `from` the last day of the performance period
 * the document sets (the last instalment's day for instalments), or the day it took effect when
 * it sets none.
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
 * dueDate({ rule: 'defence-abroad', from: '2026-09-01' })
 * // { due: '2026-10-08', provisional: false, article: '《民事诉讼法》第二百八十五条', rolledFrom: '2026-10-01' }
 */
export function dueDate(input: { rule: PeriodRule; from: string }): {
  due: string
  provisional: boolean
  article: string
  rolledFrom?: string
} {
  const rule = Object.prototype.hasOwnProperty.call(PERIOD_RULES, input.rule) ? PERIOD_RULES[input.rule] : undefined
  if (!rule) throw new DomainError('PERIOD_RULE_UNKNOWN', `不认识的期间种类：${String(input.rule)}`, 'rule')
  const { due, provisional, rolledFrom } = periodEnd(
    rule.years !== undefined ? { from: input.from, months: rule.years * 12 } : { from: input.from, days: rule.days },
  )
  const result = { due, provisional, article: rule.article }
  return rolledFrom === undefined ? result : { ...result, rolledFrom }
}
