import { Type, type Static } from 'typebox'
import type { FilingKind as DomainFilingKind, PartySide, Procedure as DomainProcedure } from '../domain/filing/types'
import { Enum, Nullable, Text } from './common'
import { FileInfo } from './files'

/** 网上立案, the litigant's side: drafts, submission, and following up. The court's side is in review.ts. */

const FileIds = (title: string) => Type.Array(Type.String({ maxLength: 64 }), { title, maxItems: 30 })

export const FilingKind = Enum<DomainFilingKind>(
  { 'civil-first': true, enforcement: true, preservation: true, 'judicial-confirmation': true },
  { title: '案件类型' },
)
export type FilingKind = Static<typeof FilingKind>

export const Procedure = Enum<DomainProcedure>({ ordinary: true, simple: true, 'small-claims': true }, { title: '程序' })
export type Procedure = Static<typeof Procedure>

export const FilingStatus = Enum<'draft' | 'submitted' | 'correction-requested' | 'accepted' | 'declined'>({
  draft: true,
  submitted: true,
  'correction-requested': true,
  accepted: true,
  declined: true,
})
export type FilingStatus = Static<typeof FilingStatus>

const Side = Enum<PartySide>({ plaintiff: true, defendant: true, 'third-party': true }, { title: '当事人身份' })

const Person = Type.Object({
  side: Side,
  type: Type.Literal('person'),
  name: Text('姓名', 60),
  idNumber: Text('身份证号', 18),
  mobile: Text('手机号', 11),
  address: Text('住址'),
  ethnicity: Type.Optional(Text('民族', 20)),
  abroad: Type.Optional(Type.Boolean({ title: '在境内没有住所' })),
})
const Organisation = Type.Object({
  side: Side,
  type: Type.Literal('organisation'),
  name: Text('单位名称', 60),
  creditCode: Text('统一社会信用代码', 18),
  representative: Text('法定代表人', 30),
  mobile: Text('联系电话', 11),
  address: Text('住所地'),
  abroad: Type.Optional(Type.Boolean({ title: '在境内没有住所' })),
})

/** The consent steps of 送达地址确认书 (在线诉讼规则 art. 29). */
export const ConsentStep = Enum<'filing' | 'notices' | 'summons' | 'judgment'>({ filing: true, notices: true, summons: true, judgment: true })
export type ConsentStep = Static<typeof ConsentStep>

/** The shape of a filing as the form sends it (the domain's FilingData). Completeness is checked on submit, by the domain rules. */
export const FilingData = Type.Object(
  {
    kind: FilingKind,
    courtId: Text('受理法院', 64),
    targetCourtId: Text('管辖法院', 64),
    parties: Type.Array(Type.Union([Person, Organisation]), { title: '当事人', maxItems: 20 }),
    agent: Type.Optional(
      Type.Object({
        kind: Enum<'lawyer' | 'relative'>({ lawyer: true, relative: true }, { title: '代理人类型' }),
        name: Text('代理人姓名', 30),
        idNumber: Text('代理人身份证号', 18),
        mobile: Text('代理人手机号', 11),
        licenceNo: Type.Optional(Text('律师执业证号', 17)),
        powerOfAttorneyFileIds: FileIds('授权委托书'),
      }),
    ),
    cause: Type.Optional(Text('案由', 40)),
    claims: Type.Array(
      Type.Object({ text: Text('请求内容', 500), amountFen: Type.Optional(Type.Integer({ title: '请求金额', minimum: 0, maximum: 10_000_000_000_000 })) }),
      { title: '诉讼请求', maxItems: 20 },
    ),
    facts: Text('事实与理由', 10000),
    procedure: Procedure,
    smallClaims: Type.Optional(
      Type.Object({
        agreed: Type.Optional(Type.Boolean({ title: '双方约定适用小额诉讼' })),
        appraisal: Type.Optional(Type.Boolean({ title: '需要评估、鉴定' })),
        whereaboutsUnknown: Type.Optional(Type.Boolean({ title: '被告下落不明' })),
      }),
    ),
    agricultural: Type.Boolean({ title: '涉农案件' }),
    farm: Type.Optional(Type.Object({ region: Text('农牧区', 40), activities: Type.Array(Text('农忙活计', 40), { maxItems: 20 }) })),
    evidence: Type.Array(Type.Object({ name: Text('证据名称', 100), proves: Text('证明内容', 500), fileIds: FileIds('证据文件') }), {
      title: '证据',
      maxItems: 50,
    }),
    feeRelief: Type.Optional(
      Type.Object({
        type: Enum<'waive' | 'reduce' | 'defer'>({ waive: true, reduce: true, defer: true }, { title: '诉讼费缓减免' }),
        reason: Text('申请理由', 2000),
        fileIds: FileIds('证明材料'),
      }),
    ),
    service: Type.Object({
      app: Type.Boolean({ title: '小程序送达' }),
      sms: Type.Boolean({ title: '短信送达' }),
      mobile: Text('送达手机号', 11),
      email: Type.Optional(Text('电子邮箱', 100)),
      postalAddress: Text('邮寄地址'),
      consentElectronic: Type.Boolean({ title: '同意电子送达' }),
      consentSteps: Type.Array(ConsentStep, { maxItems: 4 }),
    }),
    declaration: Type.Boolean({ title: '承诺' }),
  },
  { title: '立案材料' },
)
export type FilingData = Static<typeof FilingData>

/** The court fee as a range in fen and its lines (the domain's FeeQuote). */
export const FeeQuote = Type.Object({
  minFen: Type.Integer(),
  maxFen: Type.Integer(),
  lines: Type.Array(Type.Object({ label: Type.String(), fen: Type.Integer(), article: Type.String() })),
  prepay: Type.Object({ required: Type.Boolean(), article: Type.String() }),
})
export type FeeQuote = Static<typeof FeeQuote>

/** Where a submitted filing stands on the 7-day review clock (the domain's ReviewClock). */
export const ReviewClock = Type.Object({ due: Type.String(), daysLeft: Type.Integer(), overdue: Type.Boolean(), provisional: Type.Boolean() })
export type ReviewClock = Static<typeof ReviewClock>

export const CorrectionItem = Type.Object({ field: Type.String(), message: Type.String() })
export type CorrectionItem = Static<typeof CorrectionItem>

/**
 * Whether small claims apply, as the court decided on submission (the domain's SmallClaimsDecision),
 * the procedure fixed for the fee, and the province's average wage it was judged by.
 */
export const SmallClaimsView = Type.Object({
  procedure: Enum<'small-claims' | 'simple-or-ordinary'>({ 'small-claims': true, 'simple-or-ordinary': true }),
  mandatory: Type.Boolean(),
  article: Type.String(),
  reason: Type.String(),
  fixedProcedure: Procedure,
  averageWage: Type.Object({
    year: Type.Integer(),
    wageFen: Type.Integer(),
    provinceName: Type.String(),
    previousYear: Type.Boolean(),
    confirmed: Type.Boolean(),
    source: Type.String(),
  }),
})
export type SmallClaimsView = Static<typeof SmallClaimsView>

/** A filing in a list: the litigant's own, or the court's review queue. */
export const FilingSummary = Type.Object({
  id: Type.String(),
  kind: FilingKind,
  status: FilingStatus,
  filingNumber: Nullable(Type.String()),
  caseNumber: Nullable(Type.String()),
  plaintiffs: Type.Array(Type.String()),
  defendants: Type.Array(Type.String()),
  /** the sum of the amounts claimed, in fen; null when no claim names an amount */
  claimedFen: Nullable(Type.Integer()),
  agricultural: Type.Boolean(),
  crossRegion: Type.Boolean(),
  forwarded: Type.Boolean(),
  courtId: Type.String(),
  targetCourtId: Type.String(),
  submittedAt: Nullable(Type.String()),
  updatedAt: Type.String(),
  review: Nullable(ReviewClock),
})
export type FilingSummary = Static<typeof FilingSummary>

/**
 * PUT /filings/:id/draft: what a save changed. The phone keeps the form it sent; the version is the
 * one the filing had when saved (a submission makes the next).
 */
export const DraftSaved = Type.Object({
  id: Type.String(),
  status: FilingStatus,
  version: Type.Integer(),
  updatedAt: Type.String(),
})
export type DraftSaved = Static<typeof DraftSaved>

/** One filing in full, with its fee, review clock, correction request, decision, files and history. */
export const FilingView = Type.Object({
  id: Type.String(),
  kind: FilingKind,
  status: FilingStatus,
  version: Type.Integer(),
  filingNumber: Nullable(Type.String()),
  courtId: Type.String(),
  targetCourtId: Type.String(),
  crossRegion: Type.Boolean(),
  forwarded: Type.Boolean(),
  agricultural: Type.Boolean(),
  data: FilingData,
  fee: Nullable(FeeQuote),
  smallClaims: Nullable(SmallClaimsView),
  submittedAt: Nullable(Type.String()),
  review: Nullable(ReviewClock),
  correction: Nullable(Type.Object({ items: Type.Array(CorrectionItem), requestedAt: Type.String() })),
  declineReason: Nullable(Type.String()),
  caseNumber: Nullable(Type.String()),
  procedure: Nullable(Procedure),
  judgeName: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  files: Type.Array(FileInfo),
  history: Type.Array(Type.Object({ action: Type.String(), at: Type.String(), actorName: Type.String(), detail: Type.Record(Type.String(), Type.Unknown()) })),
})
export type FilingView = Static<typeof FilingView>

/** POST /filings: a new draft. */
export const CreateFilingBody = Type.Object({
  kind: FilingKind,
  courtId: Type.String({ title: '受理法院', minLength: 1, maxLength: 64 }),
  targetCourtId: Type.Optional(Type.String({ title: '管辖法院', minLength: 1, maxLength: 64 })),
})
export type CreateFilingBody = Static<typeof CreateFilingBody>
