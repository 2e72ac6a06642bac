import data from '../data/enforcement-rules.json'
import { validateEnforcementRules } from './validateEnforcementRules'

/**
 * The shipped enforcement rules (domain/data/enforcement-rules.json): the statutory node periods
 * (✅, fixed) and the defaults a court may change (🟡/❌: the 30-day payout, the complaint periods,
 * the seizure warning, the 约谈, the 涉农 lists and targets), each with its article, source and status.
 *
 * @example
 * ENFORCEMENT_RULES.periods.payout // { name: '执行款发放', length: 30, unit: 'days', status: 'one-source', … }
 */
export const ENFORCEMENT_RULES = validateEnforcementRules(data)
