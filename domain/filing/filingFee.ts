import { quoteFee } from '../fees/quoteFee'
import type { FilingData } from './types'

/** The sum of the claimed amounts in fen, the 诉讼标的额 the fee is computed on. */
export function claimedAmountFen(data: Pick<FilingData, 'claims'>): number {
  return data.claims.reduce((sum, c) => sum + (c.amountFen ?? 0), 0)
}

/**
 * The acceptance or application fee of a filing, from what it asks for:
 * a civil case with money claims is a property case (交纳办法 art. 13(1)), without
 * them an other non-property case (13(2)3); simple procedure and small claims pay half
 * (art. 16); enforcement (14(1)) and preservation (14(2)) by the amount; 司法确认 is a
 * special procedure and free (art. 8).
 *
 * @param data the filing's kind, claims and procedure
 * @returns the quote (min–max in fen with its lines)
 * @example quoteFilingFee({ kind: 'civil-first', claims: [{ text: '货款', amountFen: 10_000_000 }], procedure: 'ordinary' }).minFen // 230000
 */
export function quoteFilingFee(data: Pick<FilingData, 'kind' | 'claims' | 'procedure'>) {
  const amountFen = claimedAmountFen(data)
  switch (data.kind) {
    case 'civil-first':
      return amountFen > 0
        ? quoteFee({ kind: 'property', amountFen, procedure: data.procedure === 'ordinary' ? 'ordinary' : 'simple' })
        : quoteFee({ kind: 'other-non-property', procedure: data.procedure === 'ordinary' ? 'ordinary' : 'simple' })
    case 'enforcement':
      return quoteFee({ kind: 'enforcement', amountFen })
    case 'preservation':
      return quoteFee({ kind: 'preservation', amountFen })
    case 'judicial-confirmation':
      return quoteFee({ kind: 'special-procedure' })
  }
}
