/**
 * The court-rules domain: pure functions shared by the mini-program and the server. No clock, no
 * I/O, no platform imports; dates are 'YYYY-MM-DD' strings, money is integer fen, and a broken
 * rule throws {@link DomainError} with a stable code and a plain Chinese message.
 */
export { DomainError } from './errors'

export type { CalendarDay } from './dates/calendarDay'
export { parseCalendarDay } from './dates/parseCalendarDay'
export { addDays } from './dates/addDays'
export { addMonths } from './dates/addMonths'
export { daysInMonth } from './dates/daysInMonth'
export { weekdayOf } from './dates/weekdayOf'
export { formatChineseDate } from './dates/formatChineseDate'

export { formatYuan } from './money/formatYuan'
export { parseYuan } from './money/parseYuan'

export type { HolidayEntry, HolidayTable, HolidayYear } from './calendar/holidayTable'
export { holidayTableFor, installHolidayTable, publishedHolidayYears, resetHolidayTable } from './calendar/holidayTable'
export { provisionalHolidaysFor } from './calendar/provisionalHolidays'
export { isWorkday } from './calendar/isWorkday'
export { nextWorkday } from './calendar/nextWorkday'
export { addWorkdays } from './calendar/addWorkdays'

export type { PeriodRule, PeriodRuleInfo } from './periods/periodRules'
export { PERIOD_RULES } from './periods/periodRules'
export { dueDate } from './periods/dueDate'
export type { TrialProcedure } from './periods/trialLimitEnd'
export { trialLimitEnd } from './periods/trialLimitEnd'

export type { FeeInput, FeeKind, FeeLine, FeeQuote } from './fees/quoteFee'
export { quoteFee } from './fees/quoteFee'
export { feeCategoryForCause } from './fees/feeCategoryForCause'
export type { CauseFeeKind, CauseOfAction, SmallClaimsExclusion } from './causes/causesOfAction'
export { CAUSES_OF_ACTION, causeOfAction } from './causes/causesOfAction'
export { searchCauses } from './causes/searchCauses'
export type { SmallClaimsDecision } from './smallClaims/smallClaimsProcedure'
export { smallClaimsProcedure } from './smallClaims/smallClaimsProcedure'
export type { AverageWageEntry } from './smallClaims/averageWageFor'
export { AVERAGE_WAGES, averageWageFor } from './smallClaims/averageWageFor'
export { AGREED_PERIOD_LIMITS, checkAgreedPeriods } from './smallClaims/checkAgreedPeriods'

export { residentIdCheckChar, validateResidentId } from './identity/validateResidentId'
export { creditCodeCheckChar, validateCreditCode } from './identity/validateCreditCode'
export { validateMobile } from './identity/validateMobile'
export { validatePersonName } from './identity/validatePersonName'

export type { CaseNumber } from './cases/caseNumber'
export { formatCaseNumber, parseCaseNumber } from './cases/caseNumber'
export type { CourtPlace } from './cases/courtProvince'
export { courtProvince } from './cases/courtProvince'
export type { CaseTypeCodeInfo } from './cases/caseTypeCodes'
export { CASE_TYPE_CODES, caseTypeCodeInfo } from './cases/caseTypeCodes'

export { daysBetween } from './dates/daysBetween'
export type {
  EvidenceItem,
  FeeRelief,
  FilingAgent,
  FilingClaim,
  FilingData,
  FilingKind,
  FilingParty,
  FilingProblem,
  OrganisationParty,
  PartySide,
  PersonParty,
  Procedure,
  ServiceAddressConfirmation,
} from './filing/types'
export { validateFiling } from './filing/validateFiling'
export { procedureProblems } from './filing/procedureProblems'
export { smallClaimsOf } from './filing/smallClaimsOf'
export type { FilingProcedure } from './filing/filingProcedure'
export { filingProcedure } from './filing/filingProcedure'
export { claimedAmountFen, quoteFilingFee } from './filing/filingFee'
export { caseTypeCodeFor } from './filing/caseTypeCode'
export { reviewClock } from './filing/reviewClock'
export { fileIdsOf } from './filing/fileIdsOf'
export { fileRefsOf, type FileRef } from './filing/fileRefsOf'
export { emptyFilingData } from './filing/emptyFilingData'
export type { EvidenceMime } from './evidence/sniffFileType'
export { MAX_EVIDENCE_BYTES, sniffFileType } from './evidence/sniffFileType'

export type { FarmCalendarRow, FarmConfidence, FarmWindow, FarmWindowOverride } from './scheduling/farmCalendar'
export { describeFarmWindow, FARM_CONFIDENCE_LABELS, farmCalendarRows, farmWindowsFor, validateFarmOverrides } from './scheduling/farmCalendar'
export type { FarmRegionOption } from './scheduling/farmRegionOptions'
export { farmRegionOptions } from './scheduling/farmRegionOptions'
export type { BusyHalfDay, HalfDay, HearingJudge, HearingParty, HearingRoom, HearingSlotInput } from './scheduling/hearingInput'
export { SMALL_CLAIMS_MAX_DEFENCE_DAYS } from './scheduling/hearingInput'
export type { ExcludedStretch, HearingSlot } from './scheduling/suggestHearingSlots'
export { suggestHearingSlots } from './scheduling/suggestHearingSlots'
export type { BusyCalendar } from './scheduling/prepareBusyCalendar'
export { prepareBusyCalendar } from './scheduling/prepareBusyCalendar'
export type { HearingVenue } from './scheduling/circuitPointsNear'
export { circuitPointsNear } from './scheduling/circuitPointsNear'
export { orderHearingVenues } from './scheduling/orderHearingVenues'
export { complaintServedOn } from './scheduling/complaintServedOn'
export { POSTPONEMENT_GROUNDS, postponementReason } from './scheduling/postponementReason'
export type { BusyRangeProblem, BusyRangeProblemCode } from './scheduling/validateBusyRange'
export { MAX_BUSY_SPAN_DAYS, validateBusyRange } from './scheduling/validateBusyRange'
export { BOOKING_HORIZON_MONTHS, checkBookingWindow } from './scheduling/checkBookingWindow'

export type { ConsentStep, DocumentKindInfo, ServiceDocumentKind } from './service/documentKinds'
export { DOCUMENT_KINDS, DOCUMENT_KIND_ORDER } from './service/documentKinds'
export { canonicalJson } from './service/canonicalJson'
export type { ServiceEvent, ServiceEventType } from './service/chainLink'
export { chainLinkInput, GENESIS_HASH } from './service/chainLink'
export type { ChainBreak, ChainVerdict, StoredLink } from './service/verifyChain'
export { verifyChain } from './service/verifyChain'
export type { ChainHead } from './service/headStatement'
export { headStatement, HEAD_STATEMENT_TAG } from './service/headStatement'
export type { CheckpointEntry } from './service/checkpointStatement'
export { checkpointStatement, CHECKPOINT_STATEMENT_TAG } from './service/checkpointStatement'
export type { ChainAudit, ChainAuditInput, SignatureCheck, SignedCheckpointEntry, SignedHead, SignedLink } from './service/auditChain'
export { auditChain } from './service/auditChain'
export type { ChainFailure, ChainFailureCode, ChainFailureWhere } from './service/chainFailures'
export { chainFailure, FAILURE_REASONS, RECEIPT_LABELS } from './service/chainFailures'
export { receiptCode } from './service/receiptCode'
export type { ElectronicDelivery, LegalServiceDate, ServiceInput } from './service/legalServiceDate'
export { legalServiceDate } from './service/legalServiceDate'
export type { DocumentReceipts, ServiceMethod } from './service/documentServedOn'
export { documentServedOn } from './service/documentServedOn'
export type { PaperService, PaperServiceInput, PaperServiceMode } from './service/checkPaperService'
export { checkPaperService, PAPER_SERVICE_MODES } from './service/checkPaperService'
export { emsNumber } from './service/emsNumber'
export type { ServiceDeadline } from './service/deadlineAfterService'
export { deadlineAfterService } from './service/deadlineAfterService'
export type { FollowUp, ServiceState } from './service/followUp'
export { followUp, UNREAD_FOLLOW_UP_DAYS } from './service/followUp'
export type { Consent, ElectronicChannel } from './service/consentFor'
export { consentFor } from './service/consentFor'
export { validateServiceAddress } from './service/validateServiceAddress'
export { validateHearing } from './service/validateHearing'
export type { HearingNotice } from './service/earliestHearingAfterNotice'
export { earliestHearingAfterNotice, HEARING_NOTICE_DAYS } from './service/earliestHearingAfterNotice'
export type { AgreedPeriods, CaseParty, DocumentCase, HearingPlace, RenderedDocument } from './service/renderDocument'
export { chineseDateLine, renderDocument } from './service/renderDocument'

export type { Availability, DateOverride, HoursBlock, MediationStage, Slot, SlotMinutes, WeeklyHours } from './mediation/types'
export { clockMinutes, formatClockMinutes } from './mediation/clockMinutes'
export type { AvailabilityProblem } from './mediation/validateAvailability'
export { validateAvailability } from './mediation/validateAvailability'
export { generateSlots } from './mediation/generateSlots'
export { slotCells } from './mediation/slotCells'
export { formatSlot } from './mediation/formatSlot'
export { confirmationDeadline } from './mediation/confirmationDeadline'
export { assignmentDeadline } from './mediation/assignmentDeadline'
export { workdayCountdown } from './mediation/workdayCountdown'
export { mediationTimeLimit } from './mediation/mediationTimeLimit'
export { agreementEffect } from './mediation/agreementEffect'
export { judicialConfirmationWindow } from './mediation/judicialConfirmationWindow'
export type { MediationProblem, MediationRequestInput } from './mediation/validateMediationRequest'
export { validateMediationRequest } from './mediation/validateMediationRequest'
export type { MediationAction, MediationActorKind, MediationStatus, MediationStep } from './mediation/mediationLifecycle'
export { MEDIATION_LIFECYCLE, OPEN_MEDIATION_STATES } from './mediation/mediationLifecycle'
export type { MediationVerdict } from './mediation/checkMediationAction'
export { checkMediationAction } from './mediation/checkMediationAction'
export { allowedMediationActions } from './mediation/allowedMediationActions'
export { partySideName } from './filing/partySideName'

export type {
  AssetCategory,
  ClosureMode,
  ControlMeasureKind,
  EnforcementCaseState,
  EnforcementCaseType,
  EnforcementNodeKind,
  ExcludedPeriodKind,
  PropertyLeadKind,
  PropertyLeadKindInfo,
} from './enforcement/types'
export {
  ASSET_CATEGORY_NAMES,
  CLOSURE_MODE_NAMES,
  CONTROL_MEASURE_NAMES,
  ENFORCEMENT_NODE_NAMES,
  ENFORCEMENT_STATE_NAMES,
  EXCLUDED_PERIOD_KINDS,
  PROPERTY_LEAD_KINDS,
} from './enforcement/types'
export type {
  AssetReportFacts,
  ComplaintFacts,
  ControlFacts,
  ControlTerm,
  CreditListingFacts,
  EnforcementCaseFacts,
  ExcludedPeriod,
  MoneyReceiptFacts,
  PropertyLeadFacts,
  TerminationFacts,
} from './enforcement/facts'
export type {
  EnforcementDeadline,
  EnforcementPeriodKey,
  EnforcementRuleOverrides,
  EnforcementRules,
  PeriodSetting,
  PeriodUnit,
  RuleBasis,
  RuleStatus,
  ValueSetting,
} from './enforcement/rules'
export { PERIOD_UNITS } from './enforcement/rules'
export { validateEnforcementRules } from './enforcement/validateEnforcementRules'
export { ENFORCEMENT_RULES } from './enforcement/defaultEnforcementRules'
export { enforcementRulesWith } from './enforcement/enforcementRulesWith'
export { enforcementPeriodDue } from './enforcement/enforcementPeriodDue'
export { acceptanceDeadline } from './enforcement/acceptanceDeadline'
export { handlerAssignmentDeadline } from './enforcement/handlerAssignmentDeadline'
export { executionNoticeDeadline } from './enforcement/executionNoticeDeadline'
export { handlerNoticeDeadline } from './enforcement/handlerNoticeDeadline'
export { leadVerificationDeadline } from './enforcement/leadVerificationDeadline'
export { payoutDeadline } from './enforcement/payoutDeadline'
export type { SeizureTerm } from './enforcement/seizureExpiry'
export { seizureExpiry } from './enforcement/seizureExpiry'
export type { CaseTimeLimit } from './enforcement/caseTimeLimit'
export { caseTimeLimit } from './enforcement/caseTimeLimit'
export { earliestTerminationDay } from './enforcement/earliestTerminationDay'
export type { RecheckDue } from './enforcement/terminationRecheckSchedule'
export { terminationRecheckSchedule } from './enforcement/terminationRecheckSchedule'
export type { ComplaintDeadlines } from './enforcement/complaintDeadlines'
export { complaintDeadlines } from './enforcement/complaintDeadlines'
export type { ApplicationPeriod } from './enforcement/enforcementApplicationPeriod'
export { enforcementApplicationPeriod } from './enforcement/enforcementApplicationPeriod'
export { isAgriculturalEnforcement } from './enforcement/isAgriculturalEnforcement'
export { agriculturalCaseTarget } from './enforcement/agriculturalCaseTarget'
export { compareEnforcementQueue } from './enforcement/compareEnforcementQueue'
export { enforcementCaseState } from './enforcement/enforcementCaseState'
export type { TerminationCondition, TerminationConditionId, TerminationGap } from './enforcement/checkTerminationOfCurrentProcedure'
export { checkTerminationOfCurrentProcedure } from './enforcement/checkTerminationOfCurrentProcedure'
export type { NodeDeadline, NodeTarget } from './enforcement/enforcementNodeDeadlines'
export { enforcementNodeDeadlines } from './enforcement/enforcementNodeDeadlines'
export type { EnforcementRisk } from './enforcement/enforcementRiskChecks'
export { enforcementRiskChecks } from './enforcement/enforcementRiskChecks'

export type {
  EnforcementComplaint,
  EnforcementFigure,
  EnforcementMetricCase,
  EnforcementMetrics,
  EnforcementMetricsInput,
  EnforcementSubset,
  EnforcementSubsetFigures,
  FigureCases,
  MetricClosure,
  MetricPeriod,
  TrialFigure,
  TrialMetricCase,
  TrialMetricFiling,
  TrialMetricMediation,
  TrialMetricProcedure,
  TrialMetrics,
  TrialMetricsInput,
} from './metrics/types'
export { enforcementMetrics } from './metrics/enforcementMetrics'
export { enforcementMetricCases } from './metrics/enforcementMetricCases'
export { enforcementMetricsByMonth } from './metrics/enforcementMetricsByMonth'
export { trialMetrics } from './metrics/trialMetrics'
export { trialMetricCases } from './metrics/trialMetricCases'
export { trialMetricsByMonth } from './metrics/trialMetricsByMonth'
export type { MetricMonth } from './metrics/calendarMonthsOf'
export { calendarMonthsOf } from './metrics/calendarMonthsOf'
export { ENFORCEMENT_LIMIT_MONTHS, enforcementLimitEnd } from './metrics/enforcementLimitEnd'
export { trialCaseLimitEnd } from './metrics/trialCaseLimitEnd'
export { metricClosureOf } from './metrics/metricClosureOf'
export { ratio } from './metrics/ratio'
export type { BandedFigure, MetricTargetBand } from './metrics/metricTargetBands'
export { METRIC_TARGET_BANDS } from './metrics/metricTargetBands'
export { metricTargetBandsWith } from './metrics/metricTargetBandsWith'
export { figureInBand } from './metrics/figureInBand'
