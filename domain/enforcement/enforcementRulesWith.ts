import { DomainError } from '../errors'
import { ENFORCEMENT_RULES } from './defaultEnforcementRules'
import { PERIOD_UNITS, type EnforcementPeriodKey, type EnforcementRuleOverrides, type EnforcementRules, type PeriodSetting, type ValueSetting } from './rules'
import { validateEnforcementRules } from './validateEnforcementRules'

/**
 * A court's rules: the shipped defaults with the court's own settings laid over them. Only what
 * the digest does not confirm may change (🟡/❌ — the payout period, the complaint periods, the
 * seizure warning, the 终本 search window, the 5-day 网络查控 node, the 涉农 targets and lists, the
 * 约谈 rule); a statutory period (✅, e.g. the 7 days of 《财产调查规定》第二条) is refused, because a
 * court cannot shorten or lengthen the law. Changed entries carry `court: true` and keep their
 * article and source, so the 督办 list can say "本院设定".
 *
 * @param overrides the court's settings
 * @param base the rules to start from, the shipped ones by default
 * @returns new rules; `base` is not changed
 * @throws DomainError 'ENFORCEMENT_RULE_STATUTORY' for a confirmed period, 'ENFORCEMENT_RULES_INVALID' for a bad value
 * @example
 * enforcementRulesWith({ periods: { payout: { length: 10, unit: 'workdays' } } }).periods.payout
 * // { name: '执行款发放', length: 10, unit: 'workdays', status: 'one-source', court: true, … }
 * enforcementRulesWith({ periods: { leadVerification: { length: 5 } } }) // throws 'ENFORCEMENT_RULE_STATUTORY'
 */
export function enforcementRulesWith(overrides: EnforcementRuleOverrides, base: EnforcementRules = ENFORCEMENT_RULES): EnforcementRules {
  const periods: Record<EnforcementPeriodKey, PeriodSetting> = { ...base.periods }
  for (const [key, change] of Object.entries(overrides.periods ?? {})) {
    if (!Object.prototype.hasOwnProperty.call(PERIOD_UNITS, key)) {
      throw new DomainError('ENFORCEMENT_RULES_INVALID', `执行规则设置有误：不认识的期限 ${key}`, `periods.${key}`)
    }
    if (change === undefined) continue
    const current = base.periods[key as EnforcementPeriodKey]
    const unit = change.unit ?? current.unit
    if (change.length === current.length && unit === current.unit) continue
    if (current.status === 'confirmed') {
      throw new DomainError('ENFORCEMENT_RULE_STATUTORY', `“${current.name}”是法定期限（${current.article}），本院不能改动`, `periods.${key}`)
    }
    periods[key as EnforcementPeriodKey] = { ...current, length: change.length, unit, court: true }
  }
  const merged = {
    ...base,
    periods,
    terminationInterview: changed(base.terminationInterview, overrides.terminationInterview),
    agriculturalCauses: changed(base.agriculturalCauses, overrides.agriculturalCauses),
    agriculturalKeywords: changed(base.agriculturalKeywords, overrides.agriculturalKeywords),
  }
  // Re-read the whole, so a court's value passes exactly the checks the shipped file does.
  return validateEnforcementRules(merged)
}

function changed<T>(setting: ValueSetting<T>, value: T | undefined): ValueSetting<T> {
  if (value === undefined) return setting
  if (setting.status === 'confirmed') throw new DomainError('ENFORCEMENT_RULE_STATUTORY', `这一项是法律规定（${setting.article}），本院不能改动`, 'rules')
  return { ...setting, value, court: true }
}
