import { smallClaimsOf } from './smallClaimsOf'
import type { FilingData, FilingProblem } from './types'

const A166 = '《民事诉讼法》第一百六十六条'

/** The input the refusal is about, from the article that refuses (see smallClaimsProcedure). */
function fieldOf(data: Pick<FilingData, 'parties'>, article: string, agreementMissing: boolean): string {
  if (article === `${A166}第（一）项`) return 'cause'
  if (article === `${A166}第（二）项`)
    return `parties[${Math.max(
      0,
      data.parties.findIndex((p) => p.abroad === true),
    )}].abroad`
  if (article === `${A166}第（三）项`) return 'smallClaims.appraisal'
  if (article === `${A166}第（四）项`) return 'smallClaims.whereaboutsUnknown'
  return agreementMissing ? 'smallClaims.agreed' : 'procedure'
}

/**
 * Refuses a filing that asks for the small-claims procedure (小额诉讼) when the law does not allow
 * it (《民事诉讼法》第一百六十五—一百六十六条, decided by {@link smallClaimsOf}): a 人身关系 or
 * 财产确权 cause such as 离婚纠纷 (the problem is on `cause`), a party abroad (`parties[i].abroad`),
 * an appraisal (`smallClaims.appraisal`), a party whose whereabouts are unknown
 * (`smallClaims.whereaboutsUnknown`), an amount above half the average wage without both parties'
 * agreement (`smallClaims.agreed`), above twice the wage, or a court that is not a basic court
 * (`procedure`). Without the wage figure (`averageWageFen` absent, as on a phone that has not
 * loaded it) only the conditions that do not depend on it are checked; the server, which has the
 * court's figure, checks them all. A filing asking for another procedure is never refused here:
 * where small claims are mandatory, the server decides so ({@link filingProcedure}).
 *
 * @param data the filing as entered
 * @param opts.averageWageFen the province's previous-year average annual wage, integer fen
 * @param opts.basicCourt false when the court the case belongs to is not a basic court
 * @returns at most one problem, code 'FILING_PROCEDURE_INELIGIBLE', with the field and the reason in plain Chinese
 * @example
 * procedureProblems({ ...draft, procedure: 'small-claims', cause: '离婚纠纷' })
 * // [{ code: 'FILING_PROCEDURE_INELIGIBLE', field: 'cause', message: '离婚纠纷是人身关系案件，不适用小额诉讼程序。请改选简易程序或普通程序。' }]
 */
export function procedureProblems(
  data: Pick<FilingData, 'kind' | 'claims' | 'cause' | 'parties' | 'smallClaims' | 'procedure'>,
  opts: { averageWageFen?: number; basicCourt?: boolean } = {},
): FilingProblem[] {
  if (data.kind !== 'civil-first' || data.procedure !== 'small-claims') return []
  // A bad amount, or no money claimed, is refused by validateFiling's own checks, with their own messages.
  if (data.claims.some((c) => c.amountFen !== undefined && (!Number.isSafeInteger(c.amountFen) || c.amountFen < 0))) return []
  const amountFen = data.claims.reduce((sum, c) => sum + (c.amountFen ?? 0), 0)
  if (amountFen === 0 || !Number.isSafeInteger(amountFen * 2)) return []
  // Without the figure, a stand-in wage of twice the amount puts the amount exactly at half of
  // it: small claims by amount, so only the wage-free conditions can refuse.
  const wage = opts.averageWageFen ?? amountFen * 2
  const decision = smallClaimsOf(data, wage, { basicCourt: opts.basicCourt })
  if (!decision || decision.procedure === 'small-claims') return []
  const agreementMissing = !decision.mandatory
  const fix = agreementMissing ? '如果双方已经同意，请勾选“双方同意适用小额诉讼程序”；否则请改选简易程序或普通程序。' : '请改选简易程序或普通程序。'
  return [{ code: 'FILING_PROCEDURE_INELIGIBLE', field: fieldOf(data, decision.article, agreementMissing), message: `${decision.reason}${fix}` }]
}
