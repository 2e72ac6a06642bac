import { dueDate } from '../periods/dueDate'
import { PERIOD_RULES, type PeriodRule } from '../periods/periodRules'
import type { ServiceDocumentKind } from './documentKinds'

export interface ServiceDeadline {
  rule: PeriodRule
  /** e.g. 判决上诉期 */
  name: string
  days: number
  due: string
  provisional: boolean
  article: string
}

/**
 * The period a party's service starts, and its last day, counted from the legal service date:
 * - 起诉状副本, 应诉通知书: 答辩期, 15 days (民事诉讼法第一百二十八条)
 * - 判决书: 上诉期, 15 days (第一百七十一条第一款)
 * - 裁定书: 上诉期, 10 days (第一百七十一条第二款), only for a ruling that may be appealed
 *   (不予受理, 驳回起诉, 管辖权异议 — 第一百五十七条); the issuer says whether it may
 * - others (举证通知书, 传票, 调解书 — a 调解书 takes effect when signed and cannot be appealed): none
 * Each party's period runs from that party's own service date.
 *
 * @param kind the document kind
 * @param servedOn 'YYYY-MM-DD', from {@link legalServiceDate}
 * @param opts.appealable for a 裁定书: whether it may be appealed
 * @returns the period and its last day by {@link dueDate}, or null
 * @example deadlineAfterService('judgment', '2026-09-18') // { rule: 'appeal-judgment', name: '判决上诉期', days: 15, due: '2026-10-08', provisional: false, article: '《民事诉讼法》第一百七十一条' }
 */
export function deadlineAfterService(kind: ServiceDocumentKind, servedOn: string, opts: { appealable?: boolean } = {}): ServiceDeadline | null {
  const rule: PeriodRule | null =
    kind === 'complaint-copy' || kind === 'response-notice'
      ? 'defence'
      : kind === 'judgment'
        ? 'appeal-judgment'
        : kind === 'ruling' && opts.appealable
          ? 'appeal-ruling'
          : null
  if (!rule) return null
  const { due, provisional, article } = dueDate({ rule, from: servedOn })
  return { rule, name: PERIOD_RULES[rule].name, days: PERIOD_RULES[rule].days, due, provisional, article }
}
