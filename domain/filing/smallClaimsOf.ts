import { smallClaimsProcedure, type SmallClaimsDecision } from '../smallClaims/smallClaimsProcedure'
import { claimedAmountFen } from './filingFee'
import type { FilingData } from './types'

/**
 * Whether a first-instance civil filing falls under the small-claims procedure (《民事诉讼法》
 * 第一百六十五—一百六十六条), from what the filing states: the claimed amounts, the 案由, a party
 * marked abroad (no domicile in China, 第一百六十六条第（二）项), and the filer's statements in
 * `smallClaims` (both parties agree, an appraisal is needed, a party's whereabouts are unknown).
 * Only basic courts and their tribunals try small claims (第一百六十五条第一款: 基层人民法院和它
 * 派出的法庭): with `basicCourt: false` the answer is no, whatever the amount.
 *
 * @param data the filing (kind 'civil-first'; other kinds are no lawsuit and never small claims)
 * @param averageWageFen the province's previous-year average annual wage, integer fen ({@link averageWageFor})
 * @param opts.basicCourt false when the court the case belongs to is not a basic court
 * @returns the decision of {@link smallClaimsProcedure}, or null for a filing that is no civil first-instance case
 * @throws DomainError 'SMALL_CLAIMS_AMOUNT_INVALID' for a bad wage or amount
 * @example
 * smallClaimsOf({ kind: 'civil-first', cause: '民间借贷纠纷', claims: [{ text: '还款', amountFen: 3_000_000 }], parties: [] }, 10_885_600)?.procedure // 'small-claims'
 */
export function smallClaimsOf(
  data: Pick<FilingData, 'kind' | 'claims' | 'cause' | 'parties' | 'smallClaims'>,
  averageWageFen: number,
  opts: { basicCourt?: boolean } = {},
): SmallClaimsDecision | null {
  if (data.kind !== 'civil-first') return null
  if (opts.basicCourt === false) {
    return {
      procedure: 'simple-or-ordinary',
      mandatory: true,
      article: '《民事诉讼法》第一百六十五条第一款',
      reason: '小额诉讼程序只在基层人民法院和它派出的法庭适用，本案由中级以上人民法院管辖，不适用小额诉讼程序。',
    }
  }
  return smallClaimsProcedure({
    amountFen: claimedAmountFen(data),
    averageWageFen,
    cause: typeof data.cause === 'string' ? data.cause : '',
    abroad: data.parties.some((p) => p.abroad === true),
    agreed: data.smallClaims?.agreed === true,
    appraisal: data.smallClaims?.appraisal === true,
    whereaboutsUnknown: data.smallClaims?.whereaboutsUnknown === true,
  })
}
