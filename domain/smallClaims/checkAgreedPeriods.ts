import { DomainError } from '../errors'
import type { Procedure } from '../filing/types'
import type { AgreedPeriods } from '../service/renderDocument'

/** 《民诉法解释》第二百七十五条: the bounds of the periods a small-claims court may set with the parties. */
export const AGREED_PERIOD_LIMITS = {
  /** 第一款: 举证期限 … 一般不超过七日 */
  evidenceDays: { min: 1, max: 7, name: '举证期限' },
  /** 第二款: 答辩期间 … 最长不得超过十五日; 0 when the parties say they need none (第三款) */
  defenceDays: { min: 0, max: 15, name: '答辩期间' },
} as const

/**
 * Checks the periods a judge records as agreed with the parties of a small-claims case
 * (《民诉法解释》第二百七十五条): an evidence period the parties agreed and the court allowed, at
 * most 7 days (第一款); a defence period the defendant consented to, at most 15 days (第二款), 0
 * when the parties said at court that they need none, so the case may be heard at once (第三款).
 * Outside small claims the statutory periods apply and nothing can be agreed.
 *
 * @param procedure the case's procedure
 * @param periods the periods as recorded; an empty object clears an earlier record
 * @returns the periods, only the ones given
 * @throws DomainError 'SMALL_CLAIMS_AGREED_PERIOD_INVALID' naming the field
 * @example
 * checkAgreedPeriods('small-claims', { evidenceDays: 3, defenceDays: 7 }) // { evidenceDays: 3, defenceDays: 7 }
 * checkAgreedPeriods('simple', { defenceDays: 7 }) // throws: only small claims
 */
export function checkAgreedPeriods(procedure: Procedure, periods: AgreedPeriods): AgreedPeriods {
  const given = (['evidenceDays', 'defenceDays'] as const).filter((k) => periods?.[k] !== undefined)
  if (given.length > 0 && procedure !== 'small-claims') {
    throw new DomainError('SMALL_CLAIMS_AGREED_PERIOD_INVALID', '只有适用小额诉讼程序的案件可以约定举证期限和答辩期间', given[0])
  }
  const out: AgreedPeriods = {}
  for (const key of given) {
    const value = periods[key]
    const { min, max, name } = AGREED_PERIOD_LIMITS[key]
    if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) {
      throw new DomainError('SMALL_CLAIMS_AGREED_PERIOD_INVALID', `约定的${name}应为${min}至${max}日`, key)
    }
    out[key] = value
  }
  return out
}
