import { Type } from '@fastify/type-provider-typebox'

const Str = (title: string, maxLength = 200, minLength = 0) => Type.String({ title, maxLength, minLength })
const Side = Type.Union([Type.Literal('plaintiff'), Type.Literal('defendant'), Type.Literal('third-party')], { title: '当事人身份' })
export const FilingKind = Type.Union(
  [Type.Literal('civil-first'), Type.Literal('enforcement'), Type.Literal('preservation'), Type.Literal('judicial-confirmation')],
  { title: '案件类型' },
)
export const ProcedureSchema = Type.Union([Type.Literal('ordinary'), Type.Literal('simple'), Type.Literal('small-claims')], { title: '程序' })
const FileIds = (title: string) => Type.Array(Type.String({ maxLength: 64 }), { title, maxItems: 30 })

const Person = Type.Object({
  side: Side,
  type: Type.Literal('person'),
  name: Str('姓名', 60),
  idNumber: Str('身份证号', 18),
  mobile: Str('手机号', 11),
  address: Str('住址'),
  ethnicity: Type.Optional(Str('民族', 20)),
})
const Organisation = Type.Object({
  side: Side,
  type: Type.Literal('organisation'),
  name: Str('单位名称', 60),
  creditCode: Str('统一社会信用代码', 18),
  representative: Str('法定代表人', 30),
  mobile: Str('联系电话', 11),
  address: Str('住所地'),
})

/** The shape of a filing as the form sends it. Completeness is checked on submit, by the domain rules. */
export const FilingDataSchema = Type.Object(
  {
    kind: FilingKind,
    courtId: Str('受理法院', 64),
    targetCourtId: Str('管辖法院', 64),
    parties: Type.Array(Type.Union([Person, Organisation]), { title: '当事人', maxItems: 20 }),
    agent: Type.Optional(
      Type.Object({
        kind: Type.Union([Type.Literal('lawyer'), Type.Literal('relative')], { title: '代理人类型' }),
        name: Str('代理人姓名', 30),
        idNumber: Str('代理人身份证号', 18),
        mobile: Str('代理人手机号', 11),
        licenceNo: Type.Optional(Str('律师执业证号', 17)),
        powerOfAttorneyFileIds: FileIds('授权委托书'),
      }),
    ),
    cause: Type.Optional(Str('案由', 40)),
    claims: Type.Array(
      Type.Object({ text: Str('请求内容', 500), amountFen: Type.Optional(Type.Integer({ title: '请求金额', minimum: 0, maximum: 10_000_000_000_000 })) }),
      { title: '诉讼请求', maxItems: 20 },
    ),
    facts: Str('事实与理由', 10000),
    procedure: ProcedureSchema,
    agricultural: Type.Boolean({ title: '涉农案件' }),
    farm: Type.Optional(Type.Object({ region: Str('农牧区', 40), activities: Type.Array(Str('农忙活计', 40), { maxItems: 20 }) })),
    evidence: Type.Array(Type.Object({ name: Str('证据名称', 100), proves: Str('证明内容', 500), fileIds: FileIds('证据文件') }), {
      title: '证据',
      maxItems: 50,
    }),
    feeRelief: Type.Optional(
      Type.Object({
        type: Type.Union([Type.Literal('waive'), Type.Literal('reduce'), Type.Literal('defer')], { title: '诉讼费缓减免' }),
        reason: Str('申请理由', 2000),
        fileIds: FileIds('证明材料'),
      }),
    ),
    service: Type.Object({
      app: Type.Boolean({ title: '小程序送达' }),
      sms: Type.Boolean({ title: '短信送达' }),
      mobile: Str('送达手机号', 11),
      email: Type.Optional(Str('电子邮箱', 100)),
      postalAddress: Str('邮寄地址'),
      consentElectronic: Type.Boolean({ title: '同意电子送达' }),
      consentSteps: Type.Array(Type.Union([Type.Literal('filing'), Type.Literal('notices'), Type.Literal('summons'), Type.Literal('judgment')]), {
        maxItems: 4,
      }),
    }),
    declaration: Type.Boolean({ title: '承诺' }),
  },
  { title: '立案材料' },
)

const FeeQuote = Type.Object({
  minFen: Type.Integer(),
  maxFen: Type.Integer(),
  lines: Type.Array(Type.Object({ label: Type.String(), fen: Type.Integer(), article: Type.String() })),
  // Fees stored before prepayment was quoted have none.
  prepay: Type.Optional(Type.Object({ required: Type.Boolean(), article: Type.String() })),
})
const ReviewClock = Type.Object({ due: Type.String(), daysLeft: Type.Integer(), overdue: Type.Boolean(), provisional: Type.Boolean() })
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()])

export const FilingSummary = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  status: Type.String(),
  filingNumber: Nullable(Type.String()),
  caseNumber: Nullable(Type.String()),
  plaintiffs: Type.Array(Type.String()),
  defendants: Type.Array(Type.String()),
  agricultural: Type.Boolean(),
  crossRegion: Type.Boolean(),
  forwarded: Type.Boolean(),
  courtId: Type.String(),
  targetCourtId: Type.String(),
  submittedAt: Nullable(Type.String()),
  updatedAt: Type.String(),
  review: Type.Union([ReviewClock, Type.Null()]),
})

export const FilingView = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  status: Type.String(),
  version: Type.Integer(),
  filingNumber: Nullable(Type.String()),
  courtId: Type.String(),
  targetCourtId: Type.String(),
  crossRegion: Type.Boolean(),
  forwarded: Type.Boolean(),
  agricultural: Type.Boolean(),
  data: FilingDataSchema,
  fee: Type.Union([FeeQuote, Type.Null()]),
  submittedAt: Nullable(Type.String()),
  review: Type.Union([ReviewClock, Type.Null()]),
  correction: Type.Union([
    Type.Object({ items: Type.Array(Type.Object({ field: Type.String(), message: Type.String() })), requestedAt: Type.String() }),
    Type.Null(),
  ]),
  declineReason: Nullable(Type.String()),
  caseNumber: Nullable(Type.String()),
  procedure: Nullable(Type.String()),
  judgeName: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  files: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), mime: Type.String(), size: Type.Integer(), sha256: Type.String() })),
  history: Type.Array(Type.Object({ action: Type.String(), at: Type.String(), actorName: Type.String(), detail: Type.Record(Type.String(), Type.Unknown()) })),
})
