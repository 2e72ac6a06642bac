import { DomainError } from '../errors'

/** 民事诉讼法第一百四十九条: the grounds on which a hearing may be postponed, as the judge picks them. */
export const POSTPONEMENT_GROUNDS = [
  '当事人和其他诉讼参与人有正当理由没有到庭',
  '当事人临时提出回避申请',
  '需要通知新的证人到庭，调取新的证据，重新鉴定、勘验，或者需要补充调查',
  '其他应当延期的情形',
] as const

/**
 * The reason a postponement records. 民事诉讼法第一百四十九条 allows postponing a hearing only on
 * one of its grounds (see {@link POSTPONEMENT_GROUNDS}), so the court must say which: a reason of
 * at least two characters once blanks are trimmed. The fourth ground (其他应当延期的情形) is open,
 * so the text itself is not matched against the list.
 *
 * @param reason what the judge wrote
 * @returns the reason, trimmed
 * @throws DomainError 'HEARING_POSTPONE_REASON_REQUIRED' (field 'reason') when it is blank or one character
 * @example
 * postponementReason('  被告申请通知新的证人到庭 ') // '被告申请通知新的证人到庭'
 */
export function postponementReason(reason: string): string {
  const text = reason.trim()
  if (text.length < 2) throw new DomainError('HEARING_POSTPONE_REASON_REQUIRED', '请写明延期开庭的理由（《民事诉讼法》第一百四十九条）', 'reason')
  return text
}
