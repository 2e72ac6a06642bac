import type { Procedure } from '../filing/types'
import { dueDate } from '../periods/dueDate'
import { periodEnd } from '../periods/periodEnd'
import { PERIOD_RULES, type PeriodRule } from '../periods/periodRules'
import type { ServiceDocumentKind } from './documentKinds'

/** The periods a served document can start: all of them counted in days. */
type ServicePeriodRule = Extract<PeriodRule, 'defence' | 'defence-abroad' | 'appeal-judgment' | 'appeal-ruling' | 'appeal-abroad'>

export interface ServiceDeadline {
  rule: ServicePeriodRule
  /** e.g. 判决上诉期 */
  name: string
  days: number
  due: string
  provisional: boolean
  article: string
}

/**
 * The period a party's service starts, and its last day, counted from the legal service date:
 * - 起诉状副本, 应诉通知书: 答辩期, 15 days (民事诉讼法第一百二十八条); 30 days for a defendant
 *   without domicile in China (第二百八十五条)
 * - 判决书: 上诉期, 15 days (第一百七十一条第一款)
 * - 裁定书: 上诉期, 10 days (第一百七十一条第二款), only for a ruling that may be appealed
 *   (不予受理, 驳回起诉, 管辖权异议 — 第一百五十七条); the issuer says whether it may
 * - a party without domicile in China (`abroad`) appeals a judgment or an appealable ruling
 *   within 30 days (第二百八十六条)
 * - a judgment or ruling of the small-claims procedure (`procedure: 'small-claims'`) is final
 *   (一审终审, 第一百六十五条; 《民诉法解释》第二百七十一条): no appeal period, null. This wins over
 *   `abroad`: a case tried as small claims was not 涉外 (第一百六十六条第（二）项), so a party abroad
 *   there is an input error the case itself would have caught
 * - in small claims, a defence period the court set with the defendant's consent
 *   (`agreedDefenceDays`, 《民诉法解释》第二百七十五条第二款) replaces the 15 days, counted the same
 *   way (第八十五条); 0 agreed days (the parties need none, 第三款) leaves no period: null
 * - others (举证通知书, 传票, 调解书 — a 调解书 takes effect when signed and cannot be appealed): none
 * Each party's period runs from that party's own service date.
 *
 * @param kind the document kind
 * @param servedOn 'YYYY-MM-DD', from {@link legalServiceDate}
 * @param opts.appealable for a 裁定书: whether it may be appealed
 * @param opts.procedure the case's procedure; 'small-claims' has no appeal
 * @param opts.abroad the served party has no domicile in China (在中华人民共和国领域内没有住所)
 * @param opts.agreedDefenceDays small claims: the defence days agreed (0–15); ignored in other procedures
 * @returns the period and its last day by {@link dueDate}, or null
 * @example
 * deadlineAfterService('judgment', '2026-09-18') // { rule: 'appeal-judgment', name: '判决上诉期', days: 15, due: '2026-10-08', provisional: false, article: '《民事诉讼法》第一百七十一条' }
 * deadlineAfterService('judgment', '2026-09-18', { procedure: 'small-claims' }) // null
 * deadlineAfterService('complaint-copy', '2026-09-01', { abroad: true }) // { rule: 'defence-abroad', days: 30, due: '2026-10-08', … }
 */
export function deadlineAfterService(
  kind: ServiceDocumentKind,
  servedOn: string,
  opts: { appealable?: boolean; procedure?: Procedure; abroad?: boolean; agreedDefenceDays?: number } = {},
): ServiceDeadline | null {
  const defenceKind = kind === 'complaint-copy' || kind === 'response-notice'
  if (defenceKind && opts.procedure === 'small-claims' && opts.agreedDefenceDays !== undefined) {
    const days = opts.agreedDefenceDays
    if (days === 0) return null
    const { due, provisional } = periodEnd({ from: servedOn, days }, 'servedOn')
    return { rule: 'defence', name: '答辩期间（经被告同意）', days, due, provisional, article: '《民诉法解释》第二百七十五条第二款' }
  }
  const abroad = opts.abroad === true
  const appeal: ServicePeriodRule | null =
    kind === 'judgment'
      ? abroad
        ? 'appeal-abroad'
        : 'appeal-judgment'
      : kind === 'ruling' && opts.appealable
        ? abroad
          ? 'appeal-abroad'
          : 'appeal-ruling'
        : null
  const rule: ServicePeriodRule | null = defenceKind ? (abroad ? 'defence-abroad' : 'defence') : opts.procedure === 'small-claims' ? null : appeal
  if (!rule) return null
  const { due, provisional, article } = dueDate({ rule, from: servedOn })
  return { rule, name: PERIOD_RULES[rule].name, days: PERIOD_RULES[rule].days as number, due, provisional, article }
}
