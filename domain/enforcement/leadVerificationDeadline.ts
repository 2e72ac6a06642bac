import { enforcementPeriodDue } from './enforcementPeriodDue'
import type { EnforcementDeadline, EnforcementRules } from './rules'

/**
 * The last day to verify a property lead: “财产线索明确、具体的，人民法院应当在七日内调查核实；情况紧急的，
 * 应当在三日内调查核实” — 《财产调查规定》第二条 (2020, a judicial interpretation, which prevails over
 * the 5 days of 《执行期限规定》第六条). Calendar days from the day the court received the lead,
 * counted by 《民事诉讼法》第八十五条. Both the applicant and the team see this clock.
 *
 * @param lead.submittedOn 'YYYY-MM-DD', the day the court received the lead
 * @param lead.urgent the lead is urgent (the asset may be moved or sold): 3 days
 * @param rules the court's enforcement rules
 * @returns the deadline ('leadVerification' or 'leadVerificationUrgent')
 * @throws DomainError 'DATE_INVALID'
 * @example
 * leadVerificationDeadline({ submittedOn: '2026-03-02' }, ENFORCEMENT_RULES).due // '2026-03-09'
 * leadVerificationDeadline({ submittedOn: '2026-03-02', urgent: true }, ENFORCEMENT_RULES).due // '2026-03-05'
 */
export function leadVerificationDeadline(lead: { submittedOn: string; urgent?: boolean }, rules: EnforcementRules): EnforcementDeadline {
  return enforcementPeriodDue(lead.urgent ? 'leadVerificationUrgent' : 'leadVerification', lead.submittedOn, rules, 'submittedOn') as EnforcementDeadline
}
