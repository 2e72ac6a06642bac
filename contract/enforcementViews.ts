import { Type, type Static } from 'typebox'
import type { TerminationGap } from '../domain/enforcement/checkTerminationOfCurrentProcedure'
import { Enum, Nullable } from './common'
import { FileInfo } from './files'
import {
  AssetKind,
  ClosureMode,
  EnforcementCaseType,
  EnforcementState,
  LeadKind,
  MeasureKind,
  NodeKind,
  SourceDocumentKind,
  Status,
  TeamRole,
  Unit,
} from './enforcementBase'

/** The replies of the enforcement routes (see enforcement.ts for the list of routes). */

// ————————————————————————————————————————————— building blocks of replies

/** A deadline as shown: the day, in words, with its article and whether it is past. */
export const DeadlineView = Type.Object({
  due: Type.String(),
  /** e.g. '2026年12月9日前' */
  text: Type.String(),
  article: Type.String(),
  /** 'confirmed' | 'one-source' | 'unconfirmed': the latter two are court settings */
  status: Status,
  provisional: Type.Boolean(),
  /** calendar days left from today (negative once past) */
  daysLeft: Type.Integer(),
  overdue: Type.Boolean(),
})
export type DeadlineView = Static<typeof DeadlineView>

/** The 2-year application period (《民事诉讼法》第二百五十条), or none for resuming after 终本. */
export const ApplicationPeriodView = Type.Object({
  limited: Type.Boolean(),
  due: Nullable(Type.String()),
  /** e.g. '申请执行期限到2028年3月10日' */
  text: Type.String(),
  article: Type.String(),
  late: Type.Boolean(),
  /** for a late application: still accepted, and what that means */
  warning: Nullable(Type.String()),
  provisional: Type.Boolean(),
})
export type ApplicationPeriodView = Static<typeof ApplicationPeriodView>

/** "执行申请费执行后交纳，由被执行人负担" — shown, never asked up front. */
export const FeeNotice = Type.Object({ text: Type.String(), article: Type.String() })
export type FeeNotice = Static<typeof FeeNotice>

export const PartyBrief = Type.Object({
  name: Type.String(),
  type: Enum<'person' | 'organisation'>({ person: true, organisation: true }),
  /** the account, when the party uses the mini-program */
  accountId: Nullable(Type.String()),
})
export type PartyBrief = Static<typeof PartyBrief>

export const SourceView = Type.Object({
  kind: SourceDocumentKind,
  /** e.g. '民事判决书' / '仲裁裁决书' */
  kindName: Type.String(),
  /** the case the document was given in, when it is in the system */
  sourceCaseId: Nullable(Type.String()),
  /** e.g. '（2026）内0784民初15号' or the award's number */
  documentNumber: Nullable(Type.String()),
  issuer: Nullable(Type.String()),
  effectiveOn: Type.String(),
  /** the last day of the performance period the document sets (the 2-year period runs from it) */
  performanceDueOn: Type.String(),
  files: Type.Array(FileInfo),
})
export type SourceView = Static<typeof SourceView>

/** A case in the system whose document is effective, prefilled for an application. */
export const EligibleCase = Type.Object({
  sourceCaseId: Type.String(),
  caseNumber: Type.String(),
  cause: Nullable(Type.String()),
  courtId: Type.String(),
  courtName: Type.String(),
  documentKind: SourceDocumentKind,
  documentKindName: Type.String(),
  /** why it is effective, in words: '判决书已于2026年9月18日送达，上诉期已过' */
  effectiveReason: Type.String(),
  effectiveOn: Type.String(),
  performanceDueOn: Type.String(),
  applicants: Type.Array(PartyBrief),
  respondents: Type.Array(PartyBrief),
  amountFen: Type.Integer(),
  requests: Type.String(),
  agricultural: Type.Boolean(),
  agriculturalReasons: Type.Array(Type.String()),
  period: ApplicationPeriodView,
  fee: FeeNotice,
  /** an enforcement case already applied for from it */
  existingEnforcementId: Nullable(Type.String()),
})
export type EligibleCase = Static<typeof EligibleCase>

export const LeadView = Type.Object({
  id: Type.String(),
  kind: LeadKind,
  kindName: Type.String(),
  description: Type.String(),
  location: Type.String(),
  urgent: Type.Boolean(),
  photos: Type.Array(FileInfo),
  submittedOn: Type.String(),
  /** 'applicant' | 'court' */
  submittedBy: Enum<'applicant' | 'court'>({ applicant: true, court: true }),
  /** 7 days, 3 when urgent (《财产调查规定》第二条): both sides see it */
  verification: DeadlineView,
  verifiedOn: Nullable(Type.String()),
  outcome: Nullable(Enum<'found' | 'not-found' | 'not-disposable'>({ found: true, 'not-found': true, 'not-disposable': true })),
  outcomeText: Nullable(Type.String()),
  note: Nullable(Type.String()),
})
export type LeadView = Static<typeof LeadView>

export const ControlTermView = Type.Object({ rulingNumber: Type.String(), effectiveOn: Type.String(), expiresOn: Type.String() })
export type ControlTermView = Static<typeof ControlTermView>

export const ControlView = Type.Object({
  id: Type.String(),
  measure: MeasureKind,
  measureName: Type.String(),
  asset: AssetKind,
  assetName: Type.String(),
  description: Type.String(),
  leadId: Nullable(Type.String()),
  rulingNumber: Type.String(),
  effectiveOn: Type.String(),
  /** the term now running ends (null for 划拨, which has no term) */
  expiresOn: Nullable(Type.String()),
  /** renew before this day (the court's warning period before expiry) */
  renewBy: Nullable(Type.String()),
  renewals: Type.Array(ControlTermView),
  endedOn: Nullable(Type.String()),
  amountFen: Nullable(Type.Integer()),
  article: Type.String(),
})
export type ControlView = Static<typeof ControlView>

export const LedgerEntry = Type.Object({
  id: Type.String(),
  direction: Enum<'in' | 'out'>({ in: true, out: true }),
  on: Type.String(),
  amountFen: Type.Integer(),
  counterparty: Type.String(),
  /** for a payout: the receipt it pays out */
  receiptId: Nullable(Type.String()),
  note: Nullable(Type.String()),
  balanceFen: Type.Integer(),
})
export type LedgerEntry = Static<typeof LedgerEntry>

/** Money received on the case account (一案一账号) and when it must be paid out. */
export const ReceiptView = Type.Object({
  id: Type.String(),
  receivedOn: Type.String(),
  amountFen: Type.Integer(),
  payer: Type.String(),
  /** paid out in full by this day (30 days per the digest, 🟡 — court setting) */
  payout: DeadlineView,
  paidFen: Type.Integer(),
  /** the last payout's day, once paid in full */
  paidOn: Nullable(Type.String()),
})
export type ReceiptView = Static<typeof ReceiptView>

export const LedgerView = Type.Object({
  /** the case account (一案一账号) */
  account: Nullable(Type.String()),
  receivedFen: Type.Integer(),
  paidFen: Type.Integer(),
  heldFen: Type.Integer(),
  entries: Type.Array(LedgerEntry),
  receipts: Type.Array(ReceiptView),
})
export type LedgerView = Static<typeof LedgerView>

/** One node of the timeline, in plain words, with its date and deadline. */
export const TimelineNode = Type.Object({
  node: NodeKind,
  /** e.g. '财产线索核查' */
  name: Type.String(),
  /** one plain sentence: what happened or what is waited for */
  text: Type.String(),
  status: Enum<'done' | 'pending' | 'overdue'>({ done: true, pending: true, overdue: true }),
  date: Nullable(Type.String()),
  deadline: Nullable(DeadlineView),
  /** done after its deadline */
  late: Type.Boolean(),
  /** the lead, measure, receipt or re-check it is about */
  targetId: Nullable(Type.String()),
  /** the legal document, e.g. '（2026）内0784执12号执行通知书' */
  document: Nullable(Type.String()),
})
export type TimelineNode = Static<typeof TimelineNode>

export const TerminationConditionView = Type.Object({ id: Type.String(), name: Type.String(), article: Type.String(), met: Type.Boolean() })
export type TerminationConditionView = Static<typeof TerminationConditionView>

export const TerminationGapView = Type.Object({
  code: Type.Unsafe<TerminationGap['code']>(Type.String()),
  message: Type.String(),
  article: Type.String(),
  condition: Type.String(),
})
export type TerminationGapView = Static<typeof TerminationGapView>

/** The 终本 checklist as the team sees it before closing. */
export const TerminationCheckView = Type.Object({
  ready: Type.Boolean(),
  conditions: Type.Array(TerminationConditionView),
  gaps: Type.Array(TerminationGapView),
})
export type TerminationCheckView = Static<typeof TerminationCheckView>

export const RecheckView = Type.Object({
  number: Type.Integer(),
  due: DeadlineView,
  doneOn: Nullable(Type.String()),
  found: Nullable(Type.Boolean()),
  /** plain words: '2027年6月3日网络查控：未发现可供执行的财产' */
  text: Type.String(),
  /** the 执恢 case opened because something was found */
  resumedCaseId: Nullable(Type.String()),
})
export type RecheckView = Static<typeof RecheckView>

/** 终本 explained to the applicant (《终本规定》第一条、第九条). */
export const TerminationView = Type.Object({
  ruledOn: Type.String(),
  rulingNumber: Nullable(Type.String()),
  conditions: Type.Array(TerminationConditionView),
  /** '发现被执行人有可供执行财产的，可以随时申请恢复执行，不受申请执行期限的限制' */
  resumeText: Type.String(),
  canResume: Type.Boolean(),
  rechecksUntil: Type.String(),
  rechecks: Type.Array(RecheckView),
})
export type TerminationView = Static<typeof TerminationView>

export const ComplaintView = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  caseNumber: Nullable(Type.String()),
  body: Type.String(),
  complainantName: Type.String(),
  receivedOn: Type.String(),
  registration: DeadlineView,
  /** both official answer periods; `stricter` marks the earlier */
  answers: Type.Array(Type.Object({ name: Type.String(), deadline: DeadlineView, stricter: Type.Boolean() })),
  conflict: Type.Boolean(),
  answeredOn: Nullable(Type.String()),
  reply: Nullable(Type.String()),
  answeredBy: Nullable(Type.String()),
  files: Type.Array(FileInfo),
})
export type ComplaintView = Static<typeof ComplaintView>

export const TeamMemberView = Type.Object({ role: TeamRole, roleName: Type.String(), accountId: Type.String(), name: Type.String() })
export type TeamMemberView = Static<typeof TeamMemberView>

export const TeamView = Type.Object({
  id: Type.String(),
  courtId: Type.String(),
  name: Type.String(),
  members: Type.Array(TeamMemberView),
  openCases: Type.Integer(),
})
export type TeamView = Static<typeof TeamView>

/** Who is looking, and what they may do on this case. */
export const EnforcementViewer = Type.Object({
  side: Enum<'applicant' | 'respondent' | 'team' | 'court' | 'supervisor'>({ applicant: true, respondent: true, team: true, court: true, supervisor: true }),
  canAddLeads: Type.Boolean(),
  canComplain: Type.Boolean(),
  canResume: Type.Boolean(),
  canRecord: Type.Boolean(),
})
export type EnforcementViewer = Static<typeof EnforcementViewer>

/** An enforcement case in a list (the applicant's, the queue, the team's). */
export const EnforcementSummary = Type.Object({
  id: Type.String(),
  caseNumber: Nullable(Type.String()),
  caseType: EnforcementCaseType,
  state: EnforcementState,
  stateName: Type.String(),
  agricultural: Type.Boolean(),
  courtId: Type.String(),
  applicants: Type.Array(Type.String()),
  respondents: Type.Array(Type.String()),
  amountFen: Type.Integer(),
  appliedOn: Type.String(),
  /** the 7-day 立案 clock while it waits (执行工作规定第十六条), else the next node's deadline */
  clock: Nullable(DeadlineView),
  nextStep: Nullable(Type.String()),
  teamName: Nullable(Type.String()),
  handlerName: Nullable(Type.String()),
  late: Type.Boolean(),
})
export type EnforcementSummary = Static<typeof EnforcementSummary>

/** One enforcement case in full, as the viewer may see it. */
export const EnforcementCaseView = Type.Object({
  id: Type.String(),
  caseNumber: Nullable(Type.String()),
  caseType: EnforcementCaseType,
  caseTypeName: Type.String(),
  state: EnforcementState,
  stateName: Type.String(),
  courtId: Type.String(),
  courtName: Type.String(),
  agricultural: Type.Boolean(),
  agriculturalReasons: Type.Array(Type.String()),
  source: SourceView,
  applicants: Type.Array(PartyBrief),
  respondents: Type.Array(PartyBrief),
  amountFen: Type.Integer(),
  requests: Type.String(),
  appliedOn: Type.String(),
  period: ApplicationPeriodView,
  fee: FeeNotice,
  team: Nullable(TeamView),
  handler: Nullable(Type.Object({ accountId: Type.String(), name: Type.String() })),
  viewer: EnforcementViewer,
  timeline: Type.Array(TimelineNode),
  leads: Type.Array(LeadView),
  controls: Type.Array(ControlView),
  ledger: LedgerView,
  termination: Nullable(TerminationView),
  complaints: Type.Array(ComplaintView),
  closure: Nullable(
    Type.Object({ mode: ClosureMode, modeName: Type.String(), on: Type.String(), rulingNumber: Nullable(Type.String()), reason: Type.String() }),
  ),
  refusal: Nullable(Type.Object({ on: Type.String(), reasons: Type.Array(Type.String()) })),
  resumedFrom: Nullable(Type.Object({ id: Type.String(), caseNumber: Nullable(Type.String()) })),
  resumedAs: Type.Array(Type.Object({ id: Type.String(), caseNumber: Nullable(Type.String()) })),
  version: Type.Integer(),
})
export type EnforcementCaseView = Static<typeof EnforcementCaseView>

/** A risk point on the 督办 list and in a team's tasks (enforcementRiskChecks), with its article. */
export const RiskView = Type.Object({
  code: Type.String(),
  title: Type.String(),
  message: Type.String(),
  article: Type.String(),
  status: Status,
  caseId: Type.String(),
  caseNumber: Nullable(Type.String()),
  node: Type.String(),
  nodeName: Type.String(),
  due: Type.String(),
  severity: Enum<'overdue' | 'warning'>({ overdue: true, warning: true }),
  daysOverdue: Type.Integer(),
  daysLeft: Type.Integer(),
  agricultural: Type.Boolean(),
  teamId: Nullable(Type.String()),
  teamName: Nullable(Type.String()),
  /** the 承办人 answerable for it (null before assignment; always sent, optional for older clients) */
  handlerId: Type.Optional(Nullable(Type.String())),
  handlerName: Type.Optional(Nullable(Type.String())),
})
export type RiskView = Static<typeof RiskView>

/** A team member's work: their cases and the deadlines on them, 涉农 first. */
export const TaskView = Type.Object({
  caseId: Type.String(),
  caseNumber: Nullable(Type.String()),
  agricultural: Type.Boolean(),
  node: NodeKind,
  name: Type.String(),
  text: Type.String(),
  deadline: DeadlineView,
  targetId: Nullable(Type.String()),
})
export type TaskView = Static<typeof TaskView>

export const TasksReply = Type.Object({ cases: Type.Array(EnforcementSummary), tasks: Type.Array(TaskView), risks: Type.Array(RiskView) })
export type TasksReply = Static<typeof TasksReply>

export const SupervisionReply = Type.Object({
  courtId: Type.String(),
  today: Type.String(),
  risks: Type.Array(RiskView),
  byTeam: Type.Array(Type.Object({ teamId: Nullable(Type.String()), teamName: Type.String(), overdue: Type.Integer(), warning: Type.Integer() })),
})
export type SupervisionReply = Static<typeof SupervisionReply>

/** What a 督办 reminder sent: to whom, about how many items, in the words the members read. */
export const RemindReply = Type.Object({
  teamId: Type.String(),
  teamName: Type.String(),
  /** the members reminded (each once, however many roles they hold) */
  sentTo: Type.Array(Type.Object({ accountId: Type.String(), name: Type.String() })),
  overdue: Type.Integer(),
  warning: Type.Integer(),
  text: Type.String(),
  sentAt: Type.String(),
})
export type RemindReply = Static<typeof RemindReply>

/** A staff account of the court, to build a team from. */
export const StaffOption = Type.Object({ id: Type.String(), name: Type.String(), role: Type.String(), roleName: Type.String() })
export type StaffOption = Static<typeof StaffOption>

/** One period of the court's enforcement rules as the admin sees it. */
export const RulePeriodView = Type.Object({
  key: Type.String(),
  name: Type.String(),
  length: Nullable(Type.Integer()),
  unit: Unit,
  units: Type.Array(Unit),
  optional: Type.Boolean(),
  article: Type.String(),
  source: Type.String(),
  status: Status,
  /** the court changed the shipped value */
  court: Type.Boolean(),
  /** only 🟡/❌ periods are the court's to change */
  editable: Type.Boolean(),
})
export type RulePeriodView = Static<typeof RulePeriodView>

export const EnforcementRulesView = Type.Object({
  courtId: Type.String(),
  periods: Type.Array(RulePeriodView),
  terminationInterview: Type.Boolean(),
  agriculturalCauses: Type.Array(Type.String()),
  agriculturalKeywords: Type.Array(Type.String()),
  updatedAt: Nullable(Type.String()),
})
export type EnforcementRulesView = Static<typeof EnforcementRulesView>

/** The 网络查控 connectors available (the national 总对总 system is outside: manual entry by staff). */
export const ConnectorView = Type.Object({ id: Type.String(), name: Type.String(), manual: Type.Boolean() })
export type ConnectorView = Static<typeof ConnectorView>
