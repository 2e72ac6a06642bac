/** The statutory periods {@link dueDate} knows. */
export type PeriodRule =
  | 'defence'
  | 'defence-abroad'
  | 'appeal-judgment'
  | 'appeal-ruling'
  | 'appeal-abroad'
  | 'public-notice'
  | 'public-notice-abroad'
  | 'filing-review'
  | 'judicial-confirmation'
  | 'fee-payment'
  | 'enforcement-application'

/**
 * A period's length — in days, or in whole years for the 申请执行期间 — its name as shown to
 * people, and the article that sets it. Exactly one of `days` and `years` is present.
 */
export type PeriodRuleInfo = { name: string; article: string } & ({ days: number; years?: undefined } | { years: number; days?: undefined })

/**
 * The periods, counted from the day after the triggering event (《民事诉讼法》第八十五条):
 * - defence 答辩期: 15 days from receiving the complaint (第一百二十八条)
 * - defence-abroad 答辩期 of a defendant without domicile in China: 30 days from receiving the
 *   complaint (第二百八十五条 “在收到起诉状副本后三十日内提出答辩状”)
 * - appeal-judgment 判决上诉期: 15 days from service of the judgment (第一百七十一条第一款)
 * - appeal-ruling 裁定上诉期: 10 days from service of the ruling (第一百七十一条第二款)
 * - appeal-abroad 上诉期 of a party without domicile in China: 30 days from service, for a
 *   judgment and for a ruling alike (第二百八十六条 “在判决书、裁定书送达之日起三十日内提起上诉”)
 * - public-notice 公告送达期: deemed served 30 days after publication (第九十五条)
 * - public-notice-abroad 涉外公告送达期: deemed served 60 days after publication, for a party
 *   without domicile in China (第二百八十三条第二款 “自发出公告之日起，经过六十日，即视为送达”)
 * - filing-review 立案审查期: 7 days from receiving the complaint (第一百二十六条)
 * - judicial-confirmation 司法确认申请期: 30 days from the mediation agreement taking effect (第二百零五条)
 * - fee-payment 交费期: 7 days from receiving the fee notice (《诉讼费用交纳办法》第二十二条)
 * - enforcement-application 申请执行期间: 2 years (第二百五十条第一款), counted from the last day of
 *   the performance period the document sets, from the last instalment's due day when it sets
 *   instalments, or from the day it takes effect when it sets no period (第二百五十条第二款).
 *   Its interruption and suspension (时效中止、中断) are for the court to weigh, not counted here.
 *
 * @example
 * PERIOD_RULES['appeal-ruling'].days // 10
 * PERIOD_RULES['enforcement-application'].years // 2
 */
export const PERIOD_RULES: Readonly<Record<PeriodRule, Readonly<PeriodRuleInfo>>> = {
  defence: { days: 15, name: '答辩期', article: '《民事诉讼法》第一百二十八条' },
  'defence-abroad': { days: 30, name: '答辩期（境外当事人）', article: '《民事诉讼法》第二百八十五条' },
  'appeal-judgment': { days: 15, name: '判决上诉期', article: '《民事诉讼法》第一百七十一条' },
  'appeal-ruling': { days: 10, name: '裁定上诉期', article: '《民事诉讼法》第一百七十一条' },
  'appeal-abroad': { days: 30, name: '上诉期（境外当事人）', article: '《民事诉讼法》第二百八十六条' },
  'public-notice': { days: 30, name: '公告送达期', article: '《民事诉讼法》第九十五条' },
  'public-notice-abroad': { days: 60, name: '公告送达期（境外当事人）', article: '《民事诉讼法》第二百八十三条' },
  'filing-review': { days: 7, name: '立案审查期', article: '《民事诉讼法》第一百二十六条' },
  'judicial-confirmation': { days: 30, name: '司法确认申请期', article: '《民事诉讼法》第二百零五条' },
  'fee-payment': { days: 7, name: '交费期', article: '《诉讼费用交纳办法》第二十二条' },
  'enforcement-application': { years: 2, name: '申请执行期间', article: '《民事诉讼法》第二百五十条' },
}
