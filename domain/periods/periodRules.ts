/** The statutory periods {@link dueDate} knows. */
export type PeriodRule = 'defence' | 'appeal-judgment' | 'appeal-ruling' | 'public-notice' | 'filing-review' | 'judicial-confirmation' | 'fee-payment'

/** A period's length in days, its name as shown to people, and the article that sets it. */
export interface PeriodRuleInfo {
  days: number
  name: string
  article: string
}

/**
 * The periods, counted in days from the day after the triggering event (《民事诉讼法》第八十五条):
 * - defence 答辩期: 15 days from receiving the complaint (第一百二十八条)
 * - appeal-judgment 判决上诉期: 15 days from service of the judgment (第一百七十一条第一款)
 * - appeal-ruling 裁定上诉期: 10 days from service of the ruling (第一百七十一条第二款)
 * - public-notice 公告送达期: deemed served 30 days after publication (第九十五条)
 * - filing-review 立案审查期: 7 days from receiving the complaint (第一百二十六条)
 * - judicial-confirmation 司法确认申请期: 30 days from the mediation agreement taking effect (第二百零五条)
 * - fee-payment 交费期: 7 days from receiving the fee notice (《诉讼费用交纳办法》第二十二条)
 *
 * @example
 * PERIOD_RULES['appeal-ruling'].days // 10
 */
export const PERIOD_RULES: Readonly<Record<PeriodRule, Readonly<PeriodRuleInfo>>> = {
  defence: { days: 15, name: '答辩期', article: '《民事诉讼法》第一百二十八条' },
  'appeal-judgment': { days: 15, name: '判决上诉期', article: '《民事诉讼法》第一百七十一条' },
  'appeal-ruling': { days: 10, name: '裁定上诉期', article: '《民事诉讼法》第一百七十一条' },
  'public-notice': { days: 30, name: '公告送达期', article: '《民事诉讼法》第九十五条' },
  'filing-review': { days: 7, name: '立案审查期', article: '《民事诉讼法》第一百二十六条' },
  'judicial-confirmation': { days: 30, name: '司法确认申请期', article: '《民事诉讼法》第二百零五条' },
  'fee-payment': { days: 7, name: '交费期', article: '《诉讼费用交纳办法》第二十二条' },
}
