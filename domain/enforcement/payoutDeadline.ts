import { enforcementPeriodDue } from './enforcementPeriodDue'
import type { EnforcementDeadline, EnforcementRules } from './rules'

/**
 * The last day to pay money received on the case account out to the applicant: “执行人员应当在收到
 * 财务部门执行款到账通知之日起三十日内，完成执行款的核算、执行费用的结算、通知申请执行人领取和执行款发放等
 * 工作” — 《执行款物规定》(2017). The text was found only in a local court's rules made under it
 * (🟡), so the period is the court's setting: 30 calendar days by default, or e.g. 10 working days
 * where a high court requires it. With `agricultural` and a 涉农 payout target set by the court,
 * the shorter internal target is returned as `target` beside it.
 *
 * @param receivedOn 'YYYY-MM-DD', the day the finance office's 到账通知 reached the team
 * @param rules the court's enforcement rules
 * @param agricultural the case is 涉农 (green channel)
 * @returns `deadline` ('payout') and, when set, `target` ('agriculturalPayout')
 * @throws DomainError 'DATE_INVALID'
 * @example
 * payoutDeadline('2026-03-02', ENFORCEMENT_RULES).deadline.due // '2026-04-01'
 * payoutDeadline('2026-03-02', enforcementRulesWith({ periods: { agriculturalPayout: { length: 10 } } }), true).target?.due // '2026-03-12'
 */
export function payoutDeadline(
  receivedOn: string,
  rules: EnforcementRules,
  agricultural = false,
): { deadline: EnforcementDeadline; target?: EnforcementDeadline } {
  const deadline = enforcementPeriodDue('payout', receivedOn, rules, 'receivedOn') as EnforcementDeadline
  const target = agricultural ? enforcementPeriodDue('agriculturalPayout', receivedOn, rules, 'receivedOn') : null
  return target === null ? { deadline } : { deadline, target }
}
