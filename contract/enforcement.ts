/**
 * 执行 (enforcement): the applicant's side under /enforcement/…, the court's side under
 * /court/enforcement/…. Dates are 'YYYY-MM-DD' (Asia/Shanghai), money is integer fen. Every reply
 * carries plain Chinese next to each code (`…Name`, `text`), so a page never shows a code.
 *
 * The applicant (and the respondent, read-only):
 *   GET  /enforcement/eligible                  → EligibleCase[]   my cases whose document is effective, prefilled
 *   GET  /enforcement/period?from=              → ApplicationPeriodView   the 2-year period for an outside document
 *   POST /enforcement/applications  ApplyBody   → EnforcementCaseView
 *   GET  /enforcement/cases?limit&cursor        → EnforcementSummary[]   my enforcement cases (either side), newest received first
 *   GET  /enforcement/cases/:id                 → EnforcementCaseView   timeline, leads, money, 终本, complaints
 *   POST /enforcement/cases/:id/leads  AddLeadBody          → EnforcementCaseView
 *   POST /enforcement/cases/:id/complaints  ComplaintBody   → EnforcementCaseView
 *   POST /enforcement/cases/:id/resume  ResumeBody          → EnforcementCaseView (the new 执恢 case)
 * The court (staff of the case's court; node actions by the case's team):
 *   GET  /court/enforcement/queue?limit&cursor   → EnforcementSummary[]   applications, 涉农 first, then the nearest 7-day deadline
 *   GET  /court/enforcement/cases?state&teamId&mine&limit&cursor → EnforcementSummary[]   newest received first
 *   (The three lists are paged: the next page's cursor is in the X-Next-Cursor header, absent on the last page.)
 *   GET  /court/enforcement/cases/:id            → EnforcementCaseView
 *   POST /court/enforcement/cases/:id/accept  AcceptEnforcementBody  → EnforcementCaseView (case number)
 *   POST /court/enforcement/cases/:id/refuse  RefuseEnforcementBody  → EnforcementCaseView
 *   POST /court/enforcement/cases/:id/assign  AssignBody             → EnforcementCaseView
 *   POST /court/enforcement/cases/:id/nodes   NodeBody               → EnforcementCaseView
 *   POST /court/enforcement/cases/:id/leads   CourtLeadBody          → EnforcementCaseView
 *   GET  /court/enforcement/cases/:id/termination-check               → TerminationCheckView
 *   POST /court/enforcement/cases/:id/close   CloseBody              → EnforcementCaseView; 终本 refused 409
 *        ENFORCEMENT_TERMINATION_INCOMPLETE with `problems` = each missing item in Chinese
 *   POST /court/enforcement/cases/:id/rechecks  RecheckBody          → EnforcementCaseView (of the 终本 case)
 *   GET  /court/enforcement/teams  → TeamView[];  POST /court/enforcement/teams, PUT …/teams/:id  TeamBody (admin) → TeamView
 *   GET  /court/enforcement/staff  → StaffOption[]   staff accounts to build a team from (admin)
 *   GET  /court/enforcement/connectors → ConnectorView[]
 *   GET  /court/enforcement/tasks  → TasksReply   my team's cases, deadlines and risks
 *   GET  /court/enforcement/supervision?teamId= → SupervisionReply   督办 list of the court / a team
 *   POST /court/enforcement/supervision/remind  RemindBody → RemindReply   督办: remind a team's members
 *   GET  /court/enforcement/complaints → ComplaintView[];  POST …/complaints/:id/answer  AnswerComplaintBody → ComplaintView
 *   GET  /court/enforcement/rules → EnforcementRulesView;  PUT …/rules  RulesBody (admin) → EnforcementRulesView
 */

export * from './enforcementBase'
export * from './enforcementViews'
export * from './enforcementRequests'

/** The stable error codes of the enforcement routes, for the pages to react to. */
export type EnforcementErrorCode =
  | 'ENFORCEMENT_NOT_FOUND'
  | 'ENFORCEMENT_SOURCE_NOT_EFFECTIVE'
  | 'ENFORCEMENT_ALREADY_APPLIED'
  | 'ENFORCEMENT_STATE'
  | 'ENFORCEMENT_TERMINATION_INCOMPLETE'
  | 'ENFORCEMENT_TEAM_MEMBER'
  | 'ENFORCEMENT_LEAD_NOT_FOUND'
  | 'ENFORCEMENT_CONTROL_NOT_FOUND'
  | 'ENFORCEMENT_RECEIPT_NOT_FOUND'
  | 'ENFORCEMENT_PAYOUT_EXCEEDS'
  | 'ENFORCEMENT_RULE_NOT_EDITABLE'
  | 'ENFORCEMENT_COMPLAINT_NOT_FOUND'
  | 'ENFORCEMENT_RECHECK_NUMBER'
  | 'ENFORCEMENT_RECHECK_DAY'
  | 'ENFORCEMENT_CONNECTOR_UNKNOWN'
  | 'ENFORCEMENT_TEAM_NOT_FOUND'
