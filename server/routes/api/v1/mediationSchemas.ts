import { Type } from '@fastify/type-provider-typebox'

const Str = (title: string, maxLength = 200, minLength = 0) => Type.String({ title, maxLength, minLength })
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()])
const Instant = Str('时间', 40)

export const ServiceSchema = Type.Object(
  {
    mobile: Str('接收通知的手机号', 11),
    postalAddress: Str('收取文书的地址', 200),
    app: Type.Boolean({ title: '小程序通知' }),
    sms: Type.Boolean({ title: '短信通知' }),
  },
  { title: '送达地址' },
)

export const CreateMediationBody = Type.Object({
  stage: Type.Union([Type.Literal('pre-filing'), Type.Literal('in-case')], { title: '调解类型' }),
  courtId: Type.Optional(Str('法院', 64, 1)),
  filingId: Type.Optional(Str('案件', 64, 1)),
  dispute: Str('纠纷情况', 2000),
  claim: Str('调解请求', 500),
  amountFen: Type.Optional(Type.Integer({ title: '金额', minimum: 0, maximum: 10_000_000_000_000 })),
  respondent: Type.Optional(
    Type.Object({ name: Str('对方姓名', 60), mobile: Str('对方手机号', 11), idNumber: Type.Optional(Str('对方身份证号', 18)) }, { title: '对方当事人' }),
  ),
  consent: Type.Boolean({ title: '同意在线调解' }),
  service: ServiceSchema,
  mediatorId: Type.Optional(Str('调解员', 64, 1)),
})

export const ConsentBody = Type.Object({
  consent: Type.Optional(Type.Boolean({ title: '同意在线调解' })),
  service: Type.Optional(ServiceSchema),
})

export const BookBody = Type.Object({
  startsAt: Str('调解时间', 40, 1),
  mediatorId: Type.Optional(Str('调解员', 64, 1)),
  consent: Type.Optional(Type.Boolean({ title: '同意在线调解' })),
  service: Type.Optional(ServiceSchema),
})

export const OutcomeBody = Type.Object({
  result: Type.Union([Type.Literal('agreement'), Type.Literal('no-agreement'), Type.Literal('withdrawn')], { title: '调解结果' }),
  terms: Type.Optional(Str('调解协议内容', 5000)),
  note: Type.Optional(Str('说明', 1000)),
})

const Block = { start: Str('开始时间', 5, 1), end: Str('结束时间', 5, 1) }
export const AvailabilityBody = Type.Object({
  slotMinutes: Type.Integer({ title: '每次调解时长', minimum: 30, maximum: 90 }),
  weekly: Type.Array(Type.Object({ weekday: Type.Integer({ title: '星期', minimum: 1, maximum: 7 }), ...Block }), { title: '每周工作时间', maxItems: 30 }),
  overrides: Type.Array(Type.Object({ date: Str('日期', 10, 1), blocks: Type.Array(Type.Object(Block), { title: '当天时间', maxItems: 6 }) }), {
    title: '按日期调整',
    maxItems: 120,
  }),
  venue: Type.Union([Type.Object({ kind: Type.Literal('online') }), Type.Object({ kind: Type.Literal('room'), roomId: Str('调解地点', 64, 1) })], {
    title: '调解方式',
  }),
})

const Countdown = Type.Object({ due: Type.String(), workdaysLeft: Type.Integer(), overdue: Type.Boolean(), label: Type.String() })
const Deadline = Type.Object({ due: Type.String(), provisional: Type.Boolean(), article: Type.String(), countdown: Type.Union([Countdown, Type.Null()]) })
const Confirmation = Type.Intersect([Deadline, Type.Object({ confirmedAt: Nullable(Type.String()) })])

export const MediationSummary = Type.Object({
  id: Type.String(),
  number: Type.String(),
  stage: Type.String(),
  status: Type.String(),
  statusText: Type.String(),
  caseNumber: Nullable(Type.String()),
  dispute: Type.String(),
  applicantName: Type.String(),
  respondentName: Type.String(),
  mediatorName: Nullable(Type.String()),
  myRole: Type.String(),
  booking: Type.Union([Type.Object({ startsAt: Type.String(), label: Type.String(), venueKind: Type.String() }), Type.Null()]),
  confirmation: Type.Union([Confirmation, Type.Null()]),
  assignment: Type.Union([Deadline, Type.Null()]),
  todo: Nullable(Type.String()),
  updatedAt: Type.String(),
})

export const MediationView = Type.Object({
  id: Type.String(),
  number: Type.String(),
  stage: Type.String(),
  status: Type.String(),
  statusText: Type.String(),
  court: Type.Object({ id: Type.String(), name: Type.String() }),
  caseNumber: Nullable(Type.String()),
  procedure: Nullable(Type.String()),
  dispute: Type.String(),
  claim: Type.String(),
  amountFen: Type.Union([Type.Integer(), Type.Null()]),
  requestedOn: Type.String(),
  viewer: Type.Object({ kind: Type.String(), role: Nullable(Type.String()), needsConsent: Type.Boolean() }),
  parties: Type.Array(
    Type.Object({
      role: Type.String(),
      name: Type.String(),
      mobile: Nullable(Type.String()),
      consented: Type.Boolean(),
      signedAt: Nullable(Type.String()),
      jcAppliedAt: Nullable(Type.String()),
      me: Type.Boolean(),
    }),
  ),
  mediator: Type.Union([Type.Object({ id: Type.String(), name: Type.String(), chosenBy: Nullable(Type.String()) }), Type.Null()]),
  assignment: Type.Union([Deadline, Type.Null()]),
  confirmation: Type.Union([Confirmation, Type.Null()]),
  booking: Type.Union([
    Type.Object({
      id: Type.String(),
      startsAt: Instant,
      endsAt: Instant,
      minutes: Type.Integer(),
      label: Type.String(),
      venue: Type.Object({ kind: Type.String(), roomName: Nullable(Type.String()), address: Nullable(Type.String()), videoUrl: Nullable(Type.String()) }),
      proposedBy: Type.String(),
      accepted: Type.Object({ applicant: Type.Boolean(), respondent: Type.Boolean(), mediator: Type.Boolean() }),
      waitingFor: Type.Array(Type.String()),
    }),
    Type.Null(),
  ]),
  timeLimit: Type.Union([Type.Object({ days: Type.Integer(), due: Type.String(), article: Type.String() }), Type.Null()]),
  declineReason: Nullable(Type.String()),
  outcome: Type.Union([Type.Object({ result: Type.String(), note: Nullable(Type.String()), at: Nullable(Type.String()) }), Type.Null()]),
  agreement: Type.Union([
    Type.Object({
      terms: Type.String(),
      effective: Type.Boolean(),
      effectiveAt: Nullable(Type.String()),
      signed: Type.Integer(),
      total: Type.Integer(),
      unsigned: Type.Array(Type.String()),
    }),
    Type.Null(),
  ]),
  judicialConfirmation: Type.Union([
    Type.Object({
      due: Type.String(),
      open: Type.Boolean(),
      daysLeft: Type.Integer(),
      article: Type.String(),
      applied: Type.Array(Type.String()),
      filingId: Nullable(Type.String()),
    }),
    Type.Null(),
  ]),
  draftFilingId: Nullable(Type.String()),
  actions: Type.Array(Type.String()),
  history: Type.Array(Type.Object({ action: Type.String(), at: Type.String(), actorName: Type.String() })),
})

const SlotSchema = Type.Object({
  date: Type.String(),
  start: Type.String(),
  end: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  minutes: Type.Integer(),
  provisional: Type.Boolean(),
  label: Type.String(),
  current: Type.Optional(Type.Boolean()),
})

export const SlotsReply = Type.Object({
  from: Type.String(),
  to: Type.String(),
  groups: Type.Array(
    Type.Object({
      mediator: Type.Object({ id: Type.String(), name: Type.String() }),
      venue: Type.Object({ kind: Type.String(), roomName: Nullable(Type.String()), address: Nullable(Type.String()) }),
      slots: Type.Array(SlotSchema),
    }),
  ),
})

export const AvailabilityReply = Type.Object({
  saved: Type.Boolean(),
  slotMinutes: Type.Integer(),
  weekly: Type.Array(Type.Object({ weekday: Type.Integer(), start: Type.String(), end: Type.String() })),
  overrides: Type.Array(Type.Object({ date: Type.String(), blocks: Type.Array(Type.Object({ start: Type.String(), end: Type.String() })) })),
  venue: Type.Union([Type.Object({ kind: Type.Literal('online') }), Type.Object({ kind: Type.Literal('room'), roomId: Type.String() })]),
  rooms: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String(), address: Nullable(Type.String()) })),
  preview: Type.Array(SlotSchema),
})

export const NoticesReply = Type.Object({
  unread: Type.Integer(),
  items: Type.Array(
    Type.Object({ id: Type.String(), mediationId: Type.String(), kind: Type.String(), text: Type.String(), at: Type.String(), read: Type.Boolean() }),
  ),
})
