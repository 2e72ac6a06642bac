import { causeOfAction } from '../causes/causesOfAction'
import type { EnforcementRules } from './rules'

/**
 * Whether an enforcement case goes through the 涉农 green channel: cases about farm wages, land or
 * grassland contracts, the sale of grain or livestock, or farm machinery. The SPC has no definition
 * (❌, digest §6), so both tests are the court's settings: the cause of action (案由) is one of
 * `rules.agriculturalCauses` (土地承包, 草原/牧业承包, 种植养殖回收 …), or the document's subject or
 * claims mention one of `rules.agriculturalKeywords` (农民工, 放牧, 粮食, 牲畜, 拖拉机, 草场 …). A
 * cause typed without its closing 纠纷 is read as the cause, as in {@link causeOfAction}.
 *
 * @param facts.cause the cause of action of the document, e.g. '买卖合同纠纷'
 * @param facts.subjects texts from the document: its subject matter, the claims, the main text
 * @param rules the court's enforcement rules
 * @returns `agricultural` and, for each hit, a plain reason
 * @example
 * isAgriculturalEnforcement({ cause: '牧业承包合同纠纷' }, ENFORCEMENT_RULES)
 * // { agricultural: true, reasons: ['案由是牧业承包合同纠纷'] }
 * isAgriculturalEnforcement({ cause: '买卖合同纠纷', subjects: ['被告支付购买肉牛12头的价款'] }, ENFORCEMENT_RULES)
 * // { agricultural: true, reasons: ['涉及“肉牛”'] }
 * isAgriculturalEnforcement({ cause: '民间借贷纠纷' }, ENFORCEMENT_RULES) // { agricultural: false, reasons: [] }
 */
export function isAgriculturalEnforcement(
  facts: { cause?: string; subjects?: readonly string[] },
  rules: EnforcementRules,
): { agricultural: boolean; reasons: string[] } {
  const reasons: string[] = []
  const causes = new Set(rules.agriculturalCauses.value)
  if (typeof facts.cause === 'string' && facts.cause.trim() !== '') {
    const typed = facts.cause.trim()
    const name = causeOfAction(typed)?.name ?? (causes.has(`${typed}纠纷`) ? `${typed}纠纷` : typed)
    if (causes.has(name)) reasons.push(`案由是${name}`)
  }
  const text = (facts.subjects ?? []).filter((s) => typeof s === 'string').join('\n')
  for (const word of rules.agriculturalKeywords.value) {
    if (text.includes(word)) reasons.push(`涉及“${word}”`)
  }
  return { agricultural: reasons.length > 0, reasons }
}
