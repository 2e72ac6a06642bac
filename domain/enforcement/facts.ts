import type { AssetCategory, ClosureMode, ControlMeasureKind, EnforcementCaseType, ExcludedPeriodKind, PropertyLeadKind } from './types'

/** All dates below are calendar days 'YYYY-MM-DD' (Asia/Shanghai); an absent date means "not yet". */

/** A property lead (财产线索) the applicant or another person gave, and its verification. */
export interface PropertyLeadFacts {
  id: string
  kind: PropertyLeadKind
  /** the day the court received it (the 7-day clock of 《财产调查规定》第二条 starts then) */
  submittedOn: string
  /** the applicant said it is urgent and the court agreed: 3 days instead of 7 */
  urgent?: boolean
  verifiedOn?: string
}

/** One term of a freeze, seal or seizure: from the day the ruling and assistance notice took effect. */
export interface ControlTerm {
  effectiveOn: string
  /** the last day in force as the ruling or assistance notice states it; computed when absent */
  expiresOn?: string
}

/** A 冻结/查封/扣押/划拨 with its ruling, its term and any renewals (续行, 《民诉法解释》第四百八十五条第二款). */
export interface ControlFacts extends ControlTerm {
  id: string
  measure: ControlMeasureKind
  asset: AssetCategory
  /** e.g. '（2026）内0784执12号之一' */
  rulingNumber?: string
  /** renewal terms in order; the last one is the term now running */
  renewals?: readonly ControlTerm[]
  /** released (解除) or the asset disposed of: no renewal is due any more */
  endedOn?: string
}

/** Money received on the case account (一案一账号) and its payout to the applicant. */
export interface MoneyReceiptFacts {
  id: string
  /** the day the finance office's 到账通知 reached the team (the payout period starts then) */
  receivedOn: string
  amountFen: number
  paidOn?: string
  /** payout deferred with approval (延缓发放), with the reason: no overdue warning while it holds */
  deferredReason?: string
}

/** A period the case's time limit does not count (《审限规定》第九条); `to` is the day the clock runs again. */
export interface ExcludedPeriod {
  kind: ExcludedPeriodKind
  from: string
  /** absent while it lasts */
  to?: string
}

/** How the debtor answered the 报告财产令 (《终本规定》第二条). */
export interface AssetReportFacts {
  /** 'reported' on time; 'defaulted' = late, refused or false (逾期报告、拒绝报告、虚假报告) */
  outcome: 'reported' | 'defaulted'
  /** the court checked what was reported (第二条第（二）项) */
  checkedOn?: string
  /** a fine, detention or criminal referral for the default (第二条第（三）项) */
  sanctionedOn?: string
}

/** The 失信 decision: listed, or the recorded reason the debtor does not qualify (《失信规定》第一条、第三条、第四条). */
export type CreditListingFacts = { listedOn: string } | { notEligibleReason: string }

/** The facts the 终本 checklist (《终本规定》第一条、第二条、第五条) looks at. */
export interface TerminationFacts {
  filedOn: string
  noticeSentOn?: string
  assetReportOrderSentOn?: string
  assetReport?: AssetReportFacts
  consumptionRestrictionOn?: string
  creditListing?: CreditListingFacts
  leads?: readonly PropertyLeadFacts[]
  /** the days 网络执行查控 searches were run */
  onlineSearches?: readonly string[]
  /** the investigation's result: nothing found, found but cannot be disposed of (第一条第（三）项), or found and disposable */
  propertyOutcome?: 'none-found' | 'cannot-dispose' | 'disposable'
  /** present when the debtor cannot be found; `soughtOn` when the court has searched for him */
  debtorMissing?: { soughtOn?: string }
  /** present when someone obstructed enforcement; `sanctionedOn` when fined, detained or referred */
  obstruction?: { sanctionedOn?: string }
  /** the day the applicant was heard (约谈) about the 终本 (第五条) */
  applicantInterviewOn?: string
}

/** An enforcement complaint (执行信访) about this case. */
export interface ComplaintFacts {
  id: string
  receivedOn: string
  registeredOn?: string
  answeredOn?: string
  /** about a lower court's case, screened here as the superior court */
  aboutLowerCourt?: boolean
}

/** Everything recorded on one enforcement case that the deadlines and risk checks look at. */
export interface EnforcementCaseFacts extends Partial<TerminationFacts> {
  caseId: string
  /** e.g. '（2026）内0784执12号', once docketed */
  caseNumber?: string
  caseType: EnforcementCaseType
  /** 非诉执行 (e.g. an administrative decision): 3 months instead of 6 */
  nonLitigation?: boolean
  /** marked 涉农 (green channel) */
  agricultural?: boolean
  /** the day the court received the 申请执行书 or 移交执行书 */
  receivedOn: string
  filedOn?: string
  refusedOn?: string
  handlerAssignedOn?: string
  controls?: readonly ControlFacts[]
  receipts?: readonly MoneyReceiptFacts[]
  excludedPeriods?: readonly ExcludedPeriod[]
  /** months of extension approved by the president (《审限规定》第五条: 3, more only with the high court on file) */
  extensionMonths?: number
  closedOn?: string
  closureMode?: ClosureMode
  /** the days of 网络查控 re-checks after a 终本 */
  rechecks?: readonly string[]
  complaints?: readonly ComplaintFacts[]
}
