import { feeCategoryForCause } from '../fees/feeCategoryForCause'
import { quoteFee, type FeeQuote } from '../fees/quoteFee'
import type { FilingData } from './types'

/** The sum of the claimed amounts in fen, the 诉讼标的额 the fee is computed on. */
export function claimedAmountFen(data: Pick<FilingData, 'claims'>): number {
  return data.claims.reduce((sum, c) => sum + (c.amountFen ?? 0), 0)
}

/**
 * The acceptance or application fee of a filing, from what it asks for (《诉讼费用交纳办法》):
 * - a civil case by its cause of action ({@link feeCategoryForCause}): 离婚纠纷 is a divorce case
 *   with the claims' amounts as the property to divide (第十三条第（二）项第1目); a 人格权 cause a
 *   personality-rights case with the amounts as damages (第2目); a 劳动争议 cause a labour dispute,
 *   10元 whatever the amount (第（四）项), and a 追索劳动报酬纠纷 need not be prepaid (第二十条第一款);
 *   an IP cause by its amount, or 500–1000元 without one (第（三）项); any other cause, or none, a
 *   property case by the amount (第（一）项), or an other non-property case without one (第（二）项第3目);
 * - simple procedure and small claims pay half (第十六条);
 * - enforcement (第十四条第（一）项, paid after enforcement) and preservation (第（二）项) by the
 *   amount; 司法确认 is a special procedure and free (第八条).
 *
 * @param data the filing's kind, claims, procedure and cause of action (案由)
 * @returns the quote (min–max in fen with its lines, and whether it is prepaid)
 * @example
 * quoteFilingFee({ kind: 'civil-first', claims: [{ text: '货款', amountFen: 10_000_000 }], procedure: 'ordinary' }).minFen // 230000
 * quoteFilingFee({ kind: 'civil-first', cause: '离婚纠纷', claims: [{ text: '分割财产', amountFen: 30_000_000 }], procedure: 'ordinary' }) // 550–800元
 * quoteFilingFee({ kind: 'civil-first', cause: '追索劳动报酬纠纷', claims: [{ text: '工资', amountFen: 5_000_000 }], procedure: 'ordinary' }) // 10元, prepay.required false
 */
export function quoteFilingFee(data: Pick<FilingData, 'kind' | 'claims' | 'procedure' | 'cause'>): FeeQuote {
  const amountFen = claimedAmountFen(data)
  switch (data.kind) {
    case 'civil-first':
      return civilFee(amountFen, data.procedure === 'ordinary' ? 'ordinary' : 'simple', typeof data.cause === 'string' ? data.cause.trim() : '')
    case 'enforcement':
      return quoteFee({ kind: 'enforcement', amountFen })
    case 'preservation':
      return quoteFee({ kind: 'preservation', amountFen })
    case 'judicial-confirmation':
      return quoteFee({ kind: 'special-procedure' })
  }
}

function civilFee(amountFen: number, procedure: 'ordinary' | 'simple', cause: string): FeeQuote {
  switch (cause === '' ? 'property' : feeCategoryForCause(cause)) {
    case 'divorce':
      return quoteFee({ kind: 'divorce', propertyFen: amountFen, procedure })
    case 'personality-rights':
      return quoteFee({ kind: 'personality-rights', damagesFen: amountFen, procedure })
    case 'labor':
      return quoteFee({ kind: 'labor', procedure, laborRemuneration: /^追索劳动报酬/.test(cause) })
    case 'ip':
      return quoteFee({ kind: 'ip', amountFen: amountFen > 0 ? amountFen : undefined, procedure })
    case 'property':
      return amountFen > 0 ? quoteFee({ kind: 'property', amountFen, procedure }) : quoteFee({ kind: 'other-non-property', procedure })
  }
}
