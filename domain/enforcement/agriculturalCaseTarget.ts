import { enforcementPeriodDue } from './enforcementPeriodDue'
import type { EnforcementDeadline, EnforcementRules } from './rules'

/**
 * The court's own, shorter target for closing a 涉农 case (green channel). No SPC rule sets one
 * (❌, digest §6), so it exists only when the court sets `agriculturalCaseTarget` (e.g. 3 months
 * or 60 days from 立案); it never replaces the statutory limit of {@link caseTimeLimit}, and the
 * excluded periods are not deducted from it: it is a target to beat, not a legal limit.
 *
 * @param filedOn 'YYYY-MM-DD', the day of 立案
 * @param rules the court's enforcement rules
 * @returns the target, or null when the court sets none (the shipped default)
 * @throws DomainError 'DATE_INVALID'
 * @example
 * agriculturalCaseTarget('2026-03-02', ENFORCEMENT_RULES) // null
 * agriculturalCaseTarget('2026-03-02', enforcementRulesWith({ periods: { agriculturalCaseTarget: { length: 3 } } }))?.due // '2026-06-02'
 */
export function agriculturalCaseTarget(filedOn: string, rules: EnforcementRules): EnforcementDeadline | null {
  return enforcementPeriodDue('agriculturalCaseTarget', filedOn, rules, 'filedOn')
}
