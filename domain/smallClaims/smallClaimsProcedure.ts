import { causeOfAction } from '../causes/causesOfAction'
import { DomainError } from '../errors'
import { formatYuan } from '../money/formatYuan'

/** Whether a filing is tried as small claims, whether that is the law's choice or the parties', the article, and why, in one sentence. */
export interface SmallClaimsDecision {
  procedure: 'small-claims' | 'simple-or-ordinary'
  /**
   * true when the law decides: small claims at or below half the average wage, or no small claims
   * (over twice the wage, or a case of 第一百六十六条); false when the parties' agreement decides
   * (between half and twice the wage, 第一百六十五条第二款).
   */
  mandatory: boolean
  article: string
  reason: string
}

const LAW = '《民事诉讼法》'
const A166 = `${LAW}第一百六十六条`

function fen(value: unknown, field: string, positive: boolean): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < (positive ? 1 : 0)) {
    throw new DomainError('SMALL_CLAIMS_AMOUNT_INVALID', positive ? '年平均工资应为正数，以分计' : '金额不对：不能是负数，最多精确到分', field)
  }
  return value
}

/**
 * Whether a civil case is tried under the small-claims procedure (小额诉讼, 《民事诉讼法》
 * 第一百六十五—一百六十九条), which is final at first instance (一审终审) and decided within two
 * months:
 * - never (第一百六十六条) for 人身关系 or 财产确权 causes (第（一）项: 离婚纠纷, 确认亲子关系纠纷,
 *   所有权确认纠纷 … as the 案由 list marks them), 涉外 cases — a party without domicile in China
 *   (`abroad`, 第（二）项), cases needing appraisal or disputing a pre-filing appraisal
 *   (`appraisal`, 第（三）项), a party whose whereabouts are unknown (`whereaboutsUnknown`,
 *   第（四）项), or a counterclaim (`counterclaim`, 第（五）项); nor for a claim that asks for no money
 *   (第一百六十五条: 简单金钱给付案件). The filing says which applies; the court may still find a case
 *   unsuitable (第一百六十六条第（六）项, 第一百六十九条), which no rule here can foresee;
 * - otherwise, a claim at or below 50% of the province's previous-year average annual wage of
 *   employed persons (上年度就业人员年平均工资, from {@link averageWageFor}) is small claims by law
 *   (第一百六十五条第一款; “以下” includes the figure itself);
 * - above 50% and up to twice that wage only when both parties agree (`agreed`, 第一百六十五条第二款);
 * - above twice the wage never.
 *
 * @param input.amountFen the amount claimed (诉讼标的额), integer fen
 * @param input.averageWageFen the province's average annual wage, integer fen
 * @param input.agreed both parties agreed to small claims
 * @param input.cause the cause of action (案由)
 * @param input.abroad a party has no domicile in China
 * @param input.appraisal the case needs appraisal, or a pre-filing appraisal is disputed
 * @param input.whereaboutsUnknown a party's whereabouts are unknown
 * @param input.counterclaim a counterclaim is made
 * @returns the procedure, whether the law decides it, the article and a one-sentence reason in plain Chinese
 * @throws DomainError 'SMALL_CLAIMS_AMOUNT_INVALID'
 * @example
 * smallClaimsProcedure({ amountFen: 3_000_000, averageWageFen: 10_885_600, cause: '民间借贷纠纷' })
 * // { procedure: 'small-claims', mandatory: true, article: '《民事诉讼法》第一百六十五条第一款',
 * //   reason: '要求的金额3万元，不超过本省（区、市）上年度就业人员年平均工资的一半（54,428元），依法适用小额诉讼程序，一审终审。' }
 */
export function smallClaimsProcedure(input: {
  amountFen: number
  averageWageFen: number
  agreed?: boolean
  cause: string
  abroad?: boolean
  appraisal?: boolean
  whereaboutsUnknown?: boolean
  counterclaim?: boolean
}): SmallClaimsDecision {
  const amount = fen(input.amountFen, 'amountFen', false)
  const wage = fen(input.averageWageFen, 'averageWageFen', true)
  const no = (article: string, reason: string): SmallClaimsDecision => ({ procedure: 'simple-or-ordinary', mandatory: true, article, reason })
  const cause = causeOfAction(input.cause)
  if (cause?.smallClaims === 'personal-relation') return no(`${A166}第（一）项`, `${cause.name}是人身关系案件，不适用小额诉讼程序。`)
  if (cause?.smallClaims === 'ownership') return no(`${A166}第（一）项`, `${cause.name}是财产确权案件，不适用小额诉讼程序。`)
  if (input.abroad === true) return no(`${A166}第（二）项`, '有当事人在境外（在中国境内没有住所），属于涉外案件，不适用小额诉讼程序。')
  if (input.appraisal === true) return no(`${A166}第（三）项`, '案件需要评估、鉴定，或者对诉前评估、鉴定结果有异议，不适用小额诉讼程序。')
  if (input.whereaboutsUnknown === true) return no(`${A166}第（四）项`, '有当事人下落不明，不适用小额诉讼程序。')
  if (input.counterclaim === true) return no(`${A166}第（五）项`, '有反诉，不适用小额诉讼程序。')
  if (amount === 0) return no(`${LAW}第一百六十五条`, '没有要求对方给钱，不是金钱给付案件，不适用小额诉讼程序。')

  const claimed = `要求的金额${formatYuan(amount)}`
  const half = `本省（区、市）上年度就业人员年平均工资的一半（${formatYuan(Math.floor(wage / 2))}）`
  if (amount <= Math.floor(wage / 2)) {
    return {
      procedure: 'small-claims',
      mandatory: true,
      article: `${LAW}第一百六十五条第一款`,
      reason: `${claimed}，不超过${half}，依法适用小额诉讼程序，一审终审。`,
    }
  }
  const twice = `年平均工资的2倍（${formatYuan(wage * 2)}）`
  if (amount > wage * 2) return no(`${LAW}第一百六十五条`, `${claimed}，超过${twice}，不适用小额诉讼程序。`)
  if (input.agreed === true) {
    return {
      procedure: 'small-claims',
      mandatory: false,
      article: `${LAW}第一百六十五条第二款`,
      reason: `${claimed}，超过${half}、不超过${twice}，双方约定适用小额诉讼程序，一审终审。`,
    }
  }
  return {
    procedure: 'simple-or-ordinary',
    mandatory: false,
    article: `${LAW}第一百六十五条第二款`,
    reason: `${claimed}，超过${half}、不超过${twice}，双方都同意的，可以适用小额诉讼程序。`,
  }
}
