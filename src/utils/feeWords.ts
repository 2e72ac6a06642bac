import type { FeeQuote } from '@domain/fees/quoteFee'

/** That a fee need not be paid in advance, why, and the article: the filing's fee step, its receipt and the fee calculator say it alike. */
export interface NoPrepayWords {
  /** 这类案件可以先不交诉讼费 */
  text: string
  /** why, in one plain sentence */
  why: string
  article: string
}

const WHY = {
  wages: '讨要被拖欠的工资（追索劳动报酬）的案件，起诉时不用预交，案件审完后由法院决定由谁负担',
  enforcement: '执行申请费在执行后交纳',
  bankruptcy: '破产申请费在清算后交纳',
}

/**
 * The words for a fee that need not be prepaid (《诉讼费用交纳办法》第二十条): a claim for unpaid
 * wages (第一款), an enforcement application (paid after enforcement) or a bankruptcy application
 * (paid after liquidation) (第二款). Null when the fee is prepaid, or when there is no fee at all
 * (司法确认, 第八条), where “not yet” would mislead.
 *
 * @param fee the quote, from quoteFee or quoteFilingFee
 * @param kind the fee kind or filing kind: 'enforcement' or 'bankruptcy' say which application it is
 * @example
 * noPrepayWords(quoteFee({ kind: 'labor', laborRemuneration: true }))
 * // { text: '这类案件可以先不交诉讼费', why: '讨要被拖欠的工资…', article: '《诉讼费用交纳办法》第二十条第一款' }
 */
export function noPrepayWords(fee: Pick<FeeQuote, 'maxFen' | 'prepay'>, kind?: string): NoPrepayWords | null {
  if (fee.prepay.required || fee.maxFen === 0) return null
  const why = /第二十条第一款$/.test(fee.prepay.article) ? WHY.wages : kind === 'bankruptcy' ? WHY.bankruptcy : WHY.enforcement
  return { text: '这类案件可以先不交诉讼费', why, article: fee.prepay.article }
}
