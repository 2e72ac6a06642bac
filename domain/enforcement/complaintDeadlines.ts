import { enforcementPeriodDue } from './enforcementPeriodDue'
import type { EnforcementDeadline, EnforcementRules } from './rules'

/** The clocks of one enforcement complaint (执行信访). */
export interface ComplaintDeadlines {
  /** registration in the 执行申诉信访办理系统 and a handler named */
  registration: EnforcementDeadline
  /** every period that applies to answering it, in the order of the rules */
  answers: EnforcementDeadline[]
  /** the earliest of `answers`: the one the 督办 list alerts on */
  stricter: EnforcementDeadline
  /** the periods that apply give different last days */
  conflict: boolean
}

/**
 * The periods for an enforcement complaint (执行信访). Registration within 5 working days
 * (《接访即办意见》(法〔2021〕227号) 第四项; 《执行监督意见》(法〔2021〕322号) 第30项). For a complaint
 * about this court's own case the two SPC documents disagree on the answer: “应当于30日内办结，并及时
 * 将办理结果告知信访人” (227号 第五项) against “30个工作日内办结” (322号 第30项). Both are in the
 * court's rules (🟡, only partly retrieved); both last days are computed and the earlier one is
 * `stricter`, with `conflict` when they differ. A complaint about a lower court's case is screened
 * within 15 working days (227号 第六项) instead. Day periods roll off a day off (《民事诉讼法》第八十五条).
 *
 * @param complaint.receivedOn 'YYYY-MM-DD', the day the complaint arrived
 * @param complaint.aboutLowerCourt it is about a lower court's case (this court screens it)
 * @param rules the court's enforcement rules
 * @returns the registration, the answer periods, the stricter one and whether they conflict
 * @throws DomainError 'DATE_INVALID'
 * @example
 * complaintDeadlines({ receivedOn: '2026-11-02' }, ENFORCEMENT_RULES)
 * // { registration: { due: '2026-11-09', … }, answers: [{ due: '2026-12-02', … }, { due: '2026-12-14', … }], stricter: { rule: 'complaintAnswer', due: '2026-12-02', … }, conflict: true }
 */
export function complaintDeadlines(complaint: { receivedOn: string; aboutLowerCourt?: boolean }, rules: EnforcementRules): ComplaintDeadlines {
  const from = complaint.receivedOn
  const registration = enforcementPeriodDue('complaintRegistration', from, rules, 'receivedOn') as EnforcementDeadline
  const keys = complaint.aboutLowerCourt ? (['complaintScreening'] as const) : (['complaintAnswer', 'complaintAnswerWorkdays'] as const)
  const answers = keys.map((k) => enforcementPeriodDue(k, from, rules, 'receivedOn') as EnforcementDeadline)
  const stricter = answers.reduce((a, b) => (b.due < a.due ? b : a))
  return { registration, answers, stricter, conflict: answers.some((a) => a.due !== stricter.due) }
}
