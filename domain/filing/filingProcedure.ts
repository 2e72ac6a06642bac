import type { SmallClaimsDecision } from '../smallClaims/smallClaimsProcedure'
import { smallClaimsOf } from './smallClaimsOf'
import type { FilingData, Procedure } from './types'

/** The procedure a filing is quoted and tried under, and the small-claims decision behind it. */
export interface FilingProcedure {
  procedure: Procedure
  /** null for a filing that is no civil first-instance case, or when the court has no wage figure */
  smallClaims: SmallClaimsDecision | null
}

/**
 * The procedure the court fixes for a submitted filing. Small claims are the law's choice, not the
 * filer's (《民事诉讼法》第一百六十五条: a simple money case at or below half the average wage
 * “适用小额诉讼的程序审理”; between half and twice the wage when both parties agree): when
 * {@link smallClaimsOf} says small claims, it is small claims, whatever the filer ticked; otherwise
 * the filer's choice of simple or ordinary procedure stands, and a choice of small claims the law
 * refuses (which {@link procedureProblems} rejects before this runs) falls back to the simple
 * procedure. Without the court's wage figure (`averageWageFen` null) nothing can be decided and the
 * filer's choice stands. The court may still try a small-claims case otherwise if it finds it
 * unsuitable (第一百六十六条第（六）项, 第一百六十九条); that is the judge's decision on acceptance.
 *
 * @param data the filing
 * @param opts.averageWageFen the province's previous-year average annual wage, integer fen, or null
 * @param opts.basicCourt false when the court the case belongs to is not a basic court
 * @returns the procedure and the decision with its article and one-sentence reason
 * @example
 * filingProcedure({ kind: 'civil-first', procedure: 'ordinary', cause: '买卖合同纠纷', claims: [{ text: '货款', amountFen: 2_000_000 }], parties: [] }, { averageWageFen: 10_885_600 }).procedure // 'small-claims'
 */
export function filingProcedure(
  data: Pick<FilingData, 'kind' | 'claims' | 'cause' | 'parties' | 'smallClaims' | 'procedure'>,
  opts: { averageWageFen: number | null; basicCourt?: boolean },
): FilingProcedure {
  const decision = opts.averageWageFen === null ? null : smallClaimsOf(data, opts.averageWageFen, { basicCourt: opts.basicCourt })
  if (decision?.procedure === 'small-claims') return { procedure: 'small-claims', smallClaims: decision }
  const procedure = data.procedure === 'small-claims' && decision ? 'simple' : data.procedure
  return { procedure, smallClaims: decision }
}
