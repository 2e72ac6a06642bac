import { Type, type Static } from 'typebox'
import { Day, Enum, Nullable, Text } from './common'
import { AssetKind, ClosureMode, EnforcementState, Fen, FileIds, Id, LeadKind, MeasureKind, Unit } from './enforcementBase'

/** The request bodies and queries of the enforcement routes (see enforcement.ts for the list of routes). */

// ————————————————————————————————————————————— requests: the applicant

/** GET /enforcement/period?from=: the 2-year period for a document from outside, before applying. */
export const PeriodQuery = Type.Object({ from: Type.Optional(Day('履行期限届满日')), resuming: Type.Optional(Type.Boolean({ title: '恢复执行' })) })
export type PeriodQuery = Static<typeof PeriodQuery>

export const LeadInput = Type.Object({
  kind: LeadKind,
  description: Text('财产情况', 1000, 2),
  location: Text('在哪里可以找到', 200, 2),
  photoFileIds: FileIds('照片'),
  urgent: Type.Boolean({ title: '紧急' }),
  urgentReason: Type.Optional(Text('紧急的原因', 500)),
})
export type LeadInput = Static<typeof LeadInput>

const PartyInput = Type.Object({
  type: Enum<'person' | 'organisation'>({ person: true, organisation: true }, { title: '当事人类型' }),
  name: Text('姓名或名称', 60, 1),
  idNumber: Type.Optional(Text('身份证号或统一社会信用代码', 18)),
  mobile: Type.Optional(Text('手机号', 11)),
  address: Type.Optional(Text('住址')),
})

const FromCase = Type.Object({ kind: Type.Literal('case'), sourceCaseId: Id('原案件') })
const FromOutside = Type.Object({
  kind: Type.Literal('outside'),
  documentKind: Enum<'arbitral-award' | 'notarial-deed'>({ 'arbitral-award': true, 'notarial-deed': true }, { title: '执行依据' }),
  documentNumber: Text('文书编号', 60, 2),
  issuer: Text('作出机构', 60, 2),
  effectiveOn: Day('生效日期'),
  performanceDueOn: Type.Optional(Day('履行期限届满日')),
  courtId: Id('执行法院'),
  fileIds: FileIds('文书照片或扫描件', 1),
  respondents: Type.Array(PartyInput, { title: '被执行人', minItems: 1, maxItems: 10 }),
  amountFen: Fen('申请执行金额', 0),
  cause: Type.Optional(Text('纠纷类型', 40)),
})

/** POST /enforcement/applications: 申请执行, from a case in the system or from an outside document. */
export const ApplyBody = Type.Object(
  {
    source: Type.Union([FromCase, FromOutside], { title: '执行依据' }),
    requests: Text('执行请求', 2000, 2),
    leads: Type.Array(LeadInput, { title: '财产线索', maxItems: 20 }),
    /** the applicant's own word that the case is 涉农; the court's rules are checked as well */
    agricultural: Type.Optional(Type.Boolean({ title: '涉农案件' })),
    declaration: Type.Literal(true, { title: '承诺' }),
  },
  { title: '申请执行' },
)
export type ApplyBody = Static<typeof ApplyBody>

/** POST /enforcement/cases/:id/leads */
export const AddLeadBody = LeadInput
export type AddLeadBody = Static<typeof AddLeadBody>

/** POST /enforcement/cases/:id/complaints: 执行信访. */
export const ComplaintBody = Type.Object({ body: Text('反映的问题', 2000, 5), fileIds: FileIds('材料') })
export type ComplaintBody = Static<typeof ComplaintBody>

/** POST /enforcement/cases/:id/resume: apply for 执恢 after a 终本, with new leads. */
export const ResumeBody = Type.Object({
  reason: Text('申请恢复执行的理由', 1000, 2),
  leads: Type.Array(LeadInput, { title: '新的财产线索', minItems: 1, maxItems: 20 }),
})
export type ResumeBody = Static<typeof ResumeBody>

// ————————————————————————————————————————————— requests: the court

/** GET /court/enforcement/cases */
export const CourtCasesQuery = Type.Object({
  state: Type.Optional(EnforcementState),
  teamId: Type.Optional(Id('执行团队')),
  mine: Type.Optional(Type.Boolean({ title: '只看我的' })),
})
export type CourtCasesQuery = Static<typeof CourtCasesQuery>

/** POST /court/enforcement/cases/:id/accept: 立案 with the next number of the court's sequence. */
export const AcceptEnforcementBody = Type.Object({ caseType: Type.Optional(Enum<'执' | '执保'>({ 执: true, 执保: true }, { title: '案件类型' })) })
export type AcceptEnforcementBody = Static<typeof AcceptEnforcementBody>

/** POST /court/enforcement/cases/:id/refuse: 裁定不予受理, with reasons. */
export const RefuseEnforcementBody = Type.Object({
  reasons: Type.Array(Text('不予受理的理由', 500, 5), { title: '不予受理的理由', minItems: 1, maxItems: 10 }),
})
export type RefuseEnforcementBody = Static<typeof RefuseEnforcementBody>

/** POST /court/enforcement/teams, PUT /court/enforcement/teams/:id: a "3+1" team of staff accounts. */
export const TeamBody = Type.Object({
  name: Text('团队名称', 40, 2),
  judgeId: Id('法官'),
  assistantId: Id('法官助理'),
  clerkId: Id('书记员'),
  bailiffId: Id('法警'),
})
export type TeamBody = Static<typeof TeamBody>

/** POST /court/enforcement/cases/:id/assign: team and 承办人 (a judge of the team). */
export const AssignBody = Type.Object({ teamId: Id('执行团队'), handlerId: Id('承办人') })
export type AssignBody = Static<typeof AssignBody>

const On = (title = '日期') => Day(title)

const NoticeNode = Type.Object({
  kind: Type.Literal('execution-notice'),
  on: On('发出日期'),
  /** the day the debtor must report assets by (报告财产令, 《财产调查规定》第四条) */
  reportDueOn: On('报告财产期限'),
  performanceDays: Type.Integer({ title: '履行期限（日）', minimum: 1, maximum: 30 }),
  /** serve through e-service to the respondent (and a copy to the applicant) */
  serve: Type.Boolean({ title: '电子送达' }),
})
const OnlineSearchNode = Type.Object({
  kind: Type.Literal('online-search'),
  on: On('查控日期'),
  connector: Type.Optional(Id('查控方式')),
  results: Type.Array(
    Type.Object({
      category: Enum<'deposit' | 'real-estate' | 'vehicle' | 'securities' | 'insurance' | 'internet-funds' | 'other'>(
        { deposit: true, 'real-estate': true, vehicle: true, securities: true, insurance: true, 'internet-funds': true, other: true },
        { title: '查询项目' },
      ),
      institution: Text('查询机构', 60, 1),
      found: Type.Boolean({ title: '是否发现财产' }),
      description: Text('查询结果', 500),
      amountFen: Type.Optional(Fen('金额', 0)),
    }),
    { title: '查控结果', minItems: 1, maxItems: 30 },
  ),
})
const LeadVerificationNode = Type.Object({
  kind: Type.Literal('lead-verification'),
  leadId: Id('财产线索'),
  on: On('核查日期'),
  outcome: Enum<'found' | 'not-found' | 'not-disposable'>({ found: true, 'not-found': true, 'not-disposable': true }, { title: '核查结果' }),
  note: Text('核查情况', 1000, 2),
})
const ControlNode = Type.Object({
  kind: Type.Literal('control'),
  measure: MeasureKind,
  asset: AssetKind,
  description: Text('财产', 500, 2),
  leadId: Type.Optional(Id('财产线索')),
  rulingNumber: Text('裁定书文号', 60, 2),
  effectiveOn: On('生效日期'),
  /** as the ruling or assistance notice states it; computed when left out */
  expiresOn: Type.Optional(On('到期日')),
  amountFen: Type.Optional(Fen('金额', 0)),
})
const RenewalNode = Type.Object({
  kind: Type.Literal('control-renewal'),
  controlId: Id('控制措施'),
  rulingNumber: Text('续行裁定书文号', 60, 2),
  effectiveOn: On('续行生效日期'),
  expiresOn: Type.Optional(On('续行到期日')),
})
const ReleaseNode = Type.Object({ kind: Type.Literal('control-release'), controlId: Id('控制措施'), on: On('解除日期'), reason: Text('解除原因', 500, 2) })
const DisposalNode = Type.Object({
  kind: Type.Literal('disposal'),
  step: Enum<'valuation' | 'auction' | 'sale' | 'in-kind'>({ valuation: true, auction: true, sale: true, 'in-kind': true }, { title: '处置环节' }),
  controlId: Type.Optional(Id('控制措施')),
  on: On('日期'),
  description: Text('处置情况', 1000, 2),
  amountFen: Type.Optional(Fen('金额', 0)),
})
const AssetReportNode = Type.Object({
  kind: Type.Literal('asset-report'),
  outcome: Enum<'reported' | 'defaulted'>({ reported: true, defaulted: true }, { title: '报告财产情况' }),
  checkedOn: On('核实日期'),
  sanctionedOn: Type.Optional(On('处罚日期')),
  note: Text('情况说明', 1000),
})
const RestrictionNode = Type.Object({ kind: Type.Literal('consumption-restriction'), on: On('发布日期'), documentNumber: Text('限制消费令文号', 60, 2) })
const CreditListingNode = Type.Object({
  kind: Type.Literal('credit-listing'),
  on: On('决定日期'),
  listed: Type.Boolean({ title: '纳入失信名单' }),
  /** the ground of 《失信规定》第一条, or why the debtor does not qualify (第三条、第四条) */
  reason: Text('理由', 500, 2),
})
const SettlementNode = Type.Object({ kind: Type.Literal('settlement'), on: On('和解日期'), terms: Text('和解内容', 2000, 2) })
const SuspensionNode = Type.Object({ kind: Type.Literal('suspension'), on: On('中止日期'), reason: Text('中止理由', 500, 2) })
const SuspensionEndNode = Type.Object({ kind: Type.Literal('suspension-end'), on: On('恢复日期'), reason: Text('恢复理由', 500, 2) })
const InvestigationNode = Type.Object({
  kind: Type.Literal('investigation'),
  on: On('日期'),
  propertyOutcome: Enum<'none-found' | 'cannot-dispose' | 'disposable'>(
    { 'none-found': true, 'cannot-dispose': true, disposable: true },
    { title: '财产调查结论' },
  ),
  debtorMissing: Type.Boolean({ title: '被执行人下落不明' }),
  debtorSoughtOn: Type.Optional(On('查找日期')),
  obstruction: Type.Boolean({ title: '有妨害执行行为' }),
  obstructionSanctionedOn: Type.Optional(On('处罚日期')),
  note: Text('情况说明', 1000),
})
const InterviewNode = Type.Object({ kind: Type.Literal('interview'), on: On('约谈日期'), opinion: Text('申请执行人的意见', 2000, 2) })
const ReceiptNode = Type.Object({
  kind: Type.Literal('money-received'),
  on: On('到账日期'),
  amountFen: Fen('到账金额'),
  payer: Text('交款人', 60, 1),
  note: Text('备注', 200),
})
const PayoutNode = Type.Object({
  kind: Type.Literal('money-paid'),
  receiptId: Id('执行款'),
  on: On('发放日期'),
  amountFen: Fen('发放金额'),
  payee: Text('领款人', 60, 1),
  note: Text('备注', 200),
})

/** POST /court/enforcement/cases/:id/nodes: record one step, with its legal document. */
export const NodeBody = Type.Union(
  [
    NoticeNode,
    OnlineSearchNode,
    LeadVerificationNode,
    ControlNode,
    RenewalNode,
    ReleaseNode,
    DisposalNode,
    AssetReportNode,
    RestrictionNode,
    CreditListingNode,
    SettlementNode,
    SuspensionNode,
    SuspensionEndNode,
    InvestigationNode,
    InterviewNode,
    ReceiptNode,
    PayoutNode,
  ],
  { title: '执行节点' },
)
export type NodeBody = Static<typeof NodeBody>
export type NodeBodyKind = NodeBody['kind']

/** POST /court/enforcement/cases/:id/leads: a lead the court found itself. */
export const CourtLeadBody = LeadInput
export type CourtLeadBody = Static<typeof CourtLeadBody>

/** POST /court/enforcement/cases/:id/close: 结案 by one of the six modes (执行工作规定第六十四条). */
export const CloseBody = Type.Object({
  mode: ClosureMode,
  on: Day('结案日期'),
  rulingNumber: Type.Optional(Text('裁定书文号', 60, 2)),
  reason: Text('结案情况', 2000, 2),
})
export type CloseBody = Static<typeof CloseBody>

/** POST /court/enforcement/cases/:id/rechecks: one six-monthly 网络查控 after a 终本 (终本规定第九条). */
export const RecheckBody = Type.Object({
  number: Type.Integer({ title: '第几次复查', minimum: 1, maximum: 20 }),
  on: Day('复查日期'),
  found: Type.Boolean({ title: '发现可供执行财产' }),
  description: Text('复查结果', 1000, 2),
  /** where the result came from (GET /court/enforcement/connectors); typed in by hand when left out */
  connector: Type.Optional(Id('查控方式')),
})
export type RecheckBody = Static<typeof RecheckBody>

/** POST /court/enforcement/complaints/:id/answer */
export const AnswerComplaintBody = Type.Object({ reply: Text('答复内容', 2000, 5) })
export type AnswerComplaintBody = Static<typeof AnswerComplaintBody>

/** GET /court/enforcement/supervision */
export const SupervisionQuery = Type.Object({ teamId: Type.Optional(Id('执行团队')) })
export type SupervisionQuery = Static<typeof SupervisionQuery>

/** POST /court/enforcement/supervision/remind: 督办 — remind one team of its overdue and expiring items. */
export const RemindBody = Type.Object({ teamId: Id('执行团队') })
export type RemindBody = Static<typeof RemindBody>

/** PUT /court/enforcement/rules: the court's values for 🟡/❌ rules (enforcementRulesWith). */
export const RulesBody = Type.Object({
  periods: Type.Array(
    Type.Object({ key: Text('期间', 40, 1), length: Nullable(Type.Integer({ title: '期间长度', minimum: 1, maximum: 120 })), unit: Type.Optional(Unit) }),
    { title: '期间', maxItems: 40 },
  ),
  terminationInterview: Type.Optional(Type.Boolean({ title: '终本前约谈申请执行人' })),
  agriculturalCauses: Type.Optional(Type.Array(Text('涉农案由', 40, 2), { title: '涉农案由', maxItems: 60 })),
  agriculturalKeywords: Type.Optional(Type.Array(Text('涉农关键词', 20, 1), { title: '涉农关键词', maxItems: 100 })),
})
export type RulesBody = Static<typeof RulesBody>

/** Params of routes about one lead or complaint of a case. */
export const CaseAndIdParams = Type.Object({ id: Id('编号') })
export type CaseAndIdParams = Static<typeof CaseAndIdParams>
