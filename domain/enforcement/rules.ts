/**
 * How sure a rule is, as the digest marks it: 'confirmed' (✅ the official text, or two matching
 * reproductions), 'one-source' (🟡 one reproduction, a summary or a local court's restatement),
 * 'unconfirmed' (❌ practice or a product rule). Only the last two are the court's to change.
 */
export type RuleStatus = 'confirmed' | 'one-source' | 'unconfirmed'

/** Where a rule comes from: the article as shown to people, the source behind it, and how sure it is. */
export interface RuleBasis {
  /** e.g. '《财产调查规定》第二条' */
  article: string
  /** where the wording was found, and what is not verified */
  source: string
  status: RuleStatus
  /** true once the court changed the shipped value */
  court?: boolean
}

/** 'days' and 'workdays' count acts (a day period rolls off a 法定休假日); 'months' and 'years' count to the calendar day. */
export type PeriodUnit = 'days' | 'workdays' | 'months' | 'years'

/** One period of the rules. `length: null` means the court sets none (an optional internal target). */
export interface PeriodSetting extends RuleBasis {
  /** e.g. '财产线索核查' */
  name: string
  length: number | null
  unit: PeriodUnit
}

/** A setting that is not a period. */
export interface ValueSetting<T> extends RuleBasis {
  value: T
}

/** The periods the enforcement rules know; see domain/data/enforcement-rules.json for each one's article and source. */
export type EnforcementPeriodKey =
  | 'acceptance'
  | 'handlerAssignment'
  | 'executionNotice'
  | 'handlerNotice'
  | 'onlineSearch'
  | 'leadVerification'
  | 'leadVerificationUrgent'
  | 'payout'
  | 'caseLimit'
  | 'caseLimitNonLitigation'
  | 'earliestTermination'
  | 'recheckInterval'
  | 'recheckSpan'
  | 'termDeposit'
  | 'termMovable'
  | 'termImmovable'
  | 'termPropertyRight'
  | 'seizureWarning'
  | 'terminationSearchWindow'
  | 'complaintRegistration'
  | 'complaintAnswer'
  | 'complaintAnswerWorkdays'
  | 'complaintScreening'
  | 'agriculturalCaseTarget'
  | 'agriculturalPayout'

/**
 * The units each period may be stated in, and whether it may be left unset. A court may restate
 * the payout period in working days, say, but not the case limit in days.
 */
export const PERIOD_UNITS: Readonly<Record<EnforcementPeriodKey, { units: readonly PeriodUnit[]; optional?: true }>> = {
  acceptance: { units: ['days'] },
  handlerAssignment: { units: ['days'] },
  executionNotice: { units: ['days'] },
  handlerNotice: { units: ['days'] },
  onlineSearch: { units: ['days', 'workdays'], optional: true },
  leadVerification: { units: ['days'] },
  leadVerificationUrgent: { units: ['days'] },
  payout: { units: ['days', 'workdays'] },
  caseLimit: { units: ['months'] },
  caseLimitNonLitigation: { units: ['months'] },
  earliestTermination: { units: ['months'] },
  recheckInterval: { units: ['months'] },
  recheckSpan: { units: ['years'] },
  termDeposit: { units: ['years'] },
  termMovable: { units: ['years'] },
  termImmovable: { units: ['years'] },
  termPropertyRight: { units: ['years'] },
  seizureWarning: { units: ['days'] },
  terminationSearchWindow: { units: ['months', 'days'], optional: true },
  complaintRegistration: { units: ['days', 'workdays'] },
  complaintAnswer: { units: ['days', 'workdays'] },
  complaintAnswerWorkdays: { units: ['days', 'workdays'] },
  complaintScreening: { units: ['days', 'workdays'] },
  agriculturalCaseTarget: { units: ['months', 'days'], optional: true },
  agriculturalPayout: { units: ['days', 'workdays'], optional: true },
}

/**
 * A court's enforcement rules: every period with its article, source and status, the 约谈 rule,
 * and what makes a case 涉农. The shipped defaults are {@link ENFORCEMENT_RULES}; a court's
 * changes go through {@link enforcementRulesWith}. Every deadline function takes it as a
 * parameter, so one court's settings never leak into another's.
 */
export interface EnforcementRules {
  source: string
  /** short document names used in `article` → full titles */
  documents: Readonly<Record<string, string>>
  periods: Readonly<Record<EnforcementPeriodKey, PeriodSetting>>
  /** 约谈 the applicant before a 终本 (《终本规定》第五条) */
  terminationInterview: ValueSetting<boolean>
  /** causes of action (《民事案件案由规定》 names) that make a case 涉农 */
  agriculturalCauses: ValueSetting<readonly string[]>
  /** words in the document's subject or claims that make a case 涉农 */
  agriculturalKeywords: ValueSetting<readonly string[]>
}

/** What a court may change: lengths (and units) of non-statutory periods, the 约谈 rule, the 涉农 lists. */
export interface EnforcementRuleOverrides {
  periods?: Partial<Record<EnforcementPeriodKey, { length: number | null; unit?: PeriodUnit }>>
  terminationInterview?: boolean
  agriculturalCauses?: readonly string[]
  agriculturalKeywords?: readonly string[]
}

/** A computed deadline with the rule behind it. */
export interface EnforcementDeadline {
  rule: EnforcementPeriodKey
  /** the rule's name, e.g. '财产线索核查' */
  name: string
  /** 'YYYY-MM-DD', the last day */
  due: string
  /** relies on a holiday arrangement not yet published */
  provisional: boolean
  /** the unadjusted last day when it fell on a day off and was moved */
  rolledFrom?: string
  article: string
  status: RuleStatus
}
