import { Type, type Static } from 'typebox'
import type { MediationStage as DomainMediationStage, SlotMinutes as DomainSlotMinutes } from '../domain/mediation/types'
import { Day, Enum, Nullable, Room, Text } from './common'

/** 在线调解: requests, booking, confirmation, outcome, signatures and 司法确认. */

export const MediationStage = Enum<DomainMediationStage>({ 'pre-filing': true, 'in-case': true }, { title: '调解类型' })
export type MediationStage = Static<typeof MediationStage>

export const MediationStatus = Enum<'requested' | 'scheduling' | 'confirmed' | 'signing' | 'settled' | 'failed' | 'withdrawn' | 'declined'>({
  requested: true,
  scheduling: true,
  confirmed: true,
  signing: true,
  settled: true,
  failed: true,
  withdrawn: true,
  declined: true,
})
export type MediationStatus = Static<typeof MediationStatus>

/** What the viewer can do now; the app shows exactly these buttons, the server checks again. */
export const MediationAction = Enum<
  | 'book'
  | 'accept'
  | 'withdraw'
  | 'sign'
  | 'apply-jc'
  | 'to-filing'
  | 'confirm'
  | 'decline'
  | 'record-agreement'
  | 'record-no-agreement'
  | 'record-withdrawn'
  | 'assign'
>({
  book: true,
  accept: true,
  withdraw: true,
  sign: true,
  'apply-jc': true,
  'to-filing': true,
  confirm: true,
  decline: true,
  'record-agreement': true,
  'record-no-agreement': true,
  'record-withdrawn': true,
  assign: true,
})
export type MediationAction = Static<typeof MediationAction>

export const PartyRole = Enum<'applicant' | 'respondent'>({ applicant: true, respondent: true })
export type PartyRole = Static<typeof PartyRole>

export const VenueKind = Enum<'online' | 'room'>({ online: true, room: true })
export type VenueKind = Static<typeof VenueKind>

/** The length of one session, in minutes (the domain's SlotMinutes). */
export const SlotMinutes = Type.Unsafe<DomainSlotMinutes>({ type: 'integer', enum: [30, 60, 90] })
export type SlotMinutes = Static<typeof SlotMinutes>

/** Working days left to a deadline, counted by the court calendar. */
export const Countdown = Type.Object({ due: Type.String(), workdaysLeft: Type.Integer(), overdue: Type.Boolean(), label: Type.String() })
export type Countdown = Static<typeof Countdown>

export const Deadline = Type.Object({ due: Type.String(), provisional: Type.Boolean(), article: Type.String(), countdown: Nullable(Countdown) })
export type Deadline = Static<typeof Deadline>

/** The mediator's 3-working-day confirmation deadline, and when they confirmed. */
export const Confirmation = Type.Intersect([Deadline, Type.Object({ confirmedAt: Nullable(Type.String()) })])
export type Confirmation = Static<typeof Confirmation>

/** Where the court may send the party's notices. */
export const ServiceAddress = Type.Object(
  {
    mobile: Text('接收通知的手机号', 11),
    postalAddress: Text('收取文书的地址', 200),
    app: Type.Boolean({ title: '小程序通知' }),
    sms: Type.Boolean({ title: '短信通知' }),
  },
  { title: '送达地址' },
)
export type ServiceAddress = Static<typeof ServiceAddress>

/** A mediation in a list. */
export const MediationSummary = Type.Object({
  id: Type.String(),
  number: Type.String(),
  stage: MediationStage,
  status: MediationStatus,
  statusText: Type.String(),
  caseNumber: Nullable(Type.String()),
  dispute: Type.String(),
  applicantName: Type.String(),
  respondentName: Type.String(),
  mediatorName: Nullable(Type.String()),
  myRole: Enum<'applicant' | 'respondent' | 'mediator' | 'staff'>({ applicant: true, respondent: true, mediator: true, staff: true }),
  booking: Nullable(Type.Object({ startsAt: Type.String(), label: Type.String(), venueKind: VenueKind })),
  confirmation: Nullable(Confirmation),
  assignment: Nullable(Deadline),
  todo: Nullable(Type.String()),
  updatedAt: Type.String(),
})
export type MediationSummary = Static<typeof MediationSummary>

/** One mediation in full, as the viewer (party, mediator or court staff) may see it. */
export const MediationView = Type.Object({
  id: Type.String(),
  number: Type.String(),
  stage: MediationStage,
  status: MediationStatus,
  statusText: Type.String(),
  court: Type.Object({ id: Type.String(), name: Type.String() }),
  caseNumber: Nullable(Type.String()),
  procedure: Nullable(Type.String()),
  dispute: Type.String(),
  claim: Type.String(),
  amountFen: Type.Union([Type.Integer(), Type.Null()]),
  requestedOn: Type.String(),
  viewer: Type.Object({
    kind: Enum<'party' | 'mediator' | 'staff'>({ party: true, mediator: true, staff: true }),
    role: Nullable(PartyRole),
    needsConsent: Type.Boolean(),
  }),
  parties: Type.Array(
    Type.Object({
      role: PartyRole,
      name: Type.String(),
      mobile: Nullable(Type.String()),
      consented: Type.Boolean(),
      signedAt: Nullable(Type.String()),
      jcAppliedAt: Nullable(Type.String()),
      me: Type.Boolean(),
    }),
  ),
  mediator: Nullable(Type.Object({ id: Type.String(), name: Type.String(), chosenBy: Nullable(Enum<'party' | 'court'>({ party: true, court: true })) })),
  assignment: Nullable(Deadline),
  confirmation: Nullable(Confirmation),
  booking: Nullable(
    Type.Object({
      id: Type.String(),
      startsAt: Type.String(),
      endsAt: Type.String(),
      minutes: Type.Integer(),
      label: Type.String(),
      venue: Type.Object({ kind: VenueKind, roomName: Nullable(Type.String()), address: Nullable(Type.String()), videoUrl: Nullable(Type.String()) }),
      proposedBy: Enum<'applicant' | 'respondent' | 'mediator'>({ applicant: true, respondent: true, mediator: true }),
      accepted: Type.Object({ applicant: Type.Boolean(), respondent: Type.Boolean(), mediator: Type.Boolean() }),
      waitingFor: Type.Array(Type.String()),
    }),
  ),
  timeLimit: Nullable(Type.Object({ days: Type.Integer(), due: Type.String(), article: Type.String() })),
  declineReason: Nullable(Type.String()),
  outcome: Nullable(
    Type.Object({
      /** 'refused': the other side would not mediate */
      result: Enum<'agreement' | 'no-agreement' | 'withdrawn' | 'refused'>({ agreement: true, 'no-agreement': true, withdrawn: true, refused: true }),
      note: Nullable(Type.String()),
      at: Nullable(Type.String()),
    }),
  ),
  agreement: Nullable(
    Type.Object({
      terms: Type.String(),
      effective: Type.Boolean(),
      effectiveAt: Nullable(Type.String()),
      signed: Type.Integer(),
      total: Type.Integer(),
      unsigned: Type.Array(Type.String()),
    }),
  ),
  judicialConfirmation: Nullable(
    Type.Object({
      due: Type.String(),
      open: Type.Boolean(),
      daysLeft: Type.Integer(),
      article: Type.String(),
      applied: Type.Array(PartyRole),
      filingId: Nullable(Type.String()),
    }),
  ),
  draftFilingId: Nullable(Type.String()),
  /**
   * For the mediator and court staff (null for the parties): whether the respondent can take part
   * in the app — linked to their account, named by an ID number they can be found by, or named
   * only by name and mobile, which bind nobody until someone who checked records the ID number.
   */
  respondentIdentity: Nullable(Enum<'linked' | 'id-number' | 'none'>({ linked: true, 'id-number': true, none: true })),
  actions: Type.Array(MediationAction),
  history: Type.Array(Type.Object({ action: Type.String(), at: Type.String(), actorName: Type.String() })),
})
export type MediationView = Static<typeof MediationView>

/** A bookable session (the domain's Slot) with its label; `current` marks the one already booked. */
export const OfferedSlot = Type.Object({
  date: Type.String(),
  start: Type.String(),
  end: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  minutes: SlotMinutes,
  provisional: Type.Boolean(),
  label: Type.String(),
  current: Type.Optional(Type.Boolean()),
})
export type OfferedSlot = Static<typeof OfferedSlot>

/** GET /mediations/:id/slots */
export const SlotsQuery = Type.Object({
  from: Type.Optional(Day('开始日期')),
  days: Type.Optional(Type.Integer({ title: '天数', minimum: 1, maximum: 31 })),
})
export type SlotsQuery = Static<typeof SlotsQuery>

export const SlotsReply = Type.Object({
  from: Type.String(),
  to: Type.String(),
  groups: Type.Array(
    Type.Object({
      mediator: Type.Object({ id: Type.String(), name: Type.String() }),
      venue: Type.Object({ kind: VenueKind, roomName: Nullable(Type.String()), address: Nullable(Type.String()) }),
      slots: Type.Array(OfferedSlot),
    }),
  ),
})
export type SlotsReply = Static<typeof SlotsReply>

/** Where a mediator holds sessions: online, or in a room of the court. */
export const Venue = Type.Union([Type.Object({ kind: Type.Literal('online') }), Type.Object({ kind: Type.Literal('room'), roomId: Text('调解地点', 64, 1) })], {
  title: '调解方式',
})
export type Venue = Static<typeof Venue>

const Block = { start: Text('开始时间', 5, 1), end: Text('结束时间', 5, 1) }

/** PUT /mediation/availability: weekly hours, date overrides, session length and venue. */
export const AvailabilityInput = Type.Object({
  slotMinutes: Type.Integer({ title: '每次调解时长', minimum: 30, maximum: 90 }),
  weekly: Type.Array(Type.Object({ weekday: Type.Integer({ title: '星期', minimum: 1, maximum: 7 }), ...Block }), { title: '每周工作时间', maxItems: 30 }),
  overrides: Type.Array(Type.Object({ date: Day('日期'), blocks: Type.Array(Type.Object(Block), { title: '当天时间', maxItems: 6 }) }), {
    title: '按日期调整',
    maxItems: 120,
  }),
  venue: Venue,
})
export type AvailabilityInput = Static<typeof AvailabilityInput>

export const AvailabilityReply = Type.Object({
  saved: Type.Boolean(),
  slotMinutes: Type.Integer(),
  weekly: Type.Array(Type.Object({ weekday: Type.Integer(), start: Type.String(), end: Type.String() })),
  overrides: Type.Array(Type.Object({ date: Type.String(), blocks: Type.Array(Type.Object({ start: Type.String(), end: Type.String() })) })),
  venue: Type.Union([Type.Object({ kind: Type.Literal('online') }), Type.Object({ kind: Type.Literal('room'), roomId: Type.String() })]),
  rooms: Type.Array(Room),
  preview: Type.Array(OfferedSlot),
})
export type AvailabilityReply = Static<typeof AvailabilityReply>

/** GET /mediation/notices */
export const Notices = Type.Object({
  unread: Type.Integer(),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      mediationId: Type.String(),
      kind: Type.String(),
      text: Type.String(),
      at: Type.String(),
      read: Type.Boolean(),
    }),
  ),
})
export type Notices = Static<typeof Notices>

// ---- requests --------------------------------------------------------------------------------------

/** POST /mediations: 申请调解, before a case (诉前) or in one (诉中). */
export const CreateMediationInput = Type.Object({
  stage: MediationStage,
  courtId: Type.Optional(Text('法院', 64, 1)),
  filingId: Type.Optional(Text('案件', 64, 1)),
  dispute: Text('纠纷情况', 2000),
  claim: Text('调解请求', 500),
  amountFen: Type.Optional(Type.Integer({ title: '金额', minimum: 0, maximum: 10_000_000_000_000 })),
  respondent: Type.Optional(
    Type.Object({ name: Text('对方姓名', 60), mobile: Text('对方手机号', 11), idNumber: Type.Optional(Text('对方身份证号', 18)) }, { title: '对方当事人' }),
  ),
  consent: Type.Boolean({ title: '同意在线调解' }),
  service: ServiceAddress,
  mediatorId: Type.Optional(Text('调解员', 64, 1)),
})
export type CreateMediationInput = Static<typeof CreateMediationInput>

/** POST /mediations/:id/accept: the first acceptance also consents to online mediation and leaves an address. */
export const ConsentBody = Type.Object({
  consent: Type.Optional(Type.Boolean({ title: '同意在线调解' })),
  service: Type.Optional(ServiceAddress),
})
export type ConsentBody = Static<typeof ConsentBody>

/** POST /mediations/:id/booking */
export const BookBody = Type.Object({
  startsAt: Text('调解时间', 40, 1),
  mediatorId: Type.Optional(Text('调解员', 64, 1)),
  consent: Type.Optional(Type.Boolean({ title: '同意在线调解' })),
  service: Type.Optional(ServiceAddress),
})
export type BookBody = Static<typeof BookBody>

/** POST /mediations/:id/withdraw */
export const WithdrawBody = Type.Object({ reason: Type.Optional(Type.String({ title: '原因', maxLength: 500 })) })
export type WithdrawBody = Static<typeof WithdrawBody>

/** POST /mediations/:id/decline */
export const DeclineBody = Type.Object({ reason: Type.String({ title: '不予接受的理由', minLength: 4, maxLength: 1000 }) })
export type DeclineBody = Static<typeof DeclineBody>

/** POST /mediations/:id/assign */
export const AssignBody = Type.Object({ mediatorId: Type.String({ title: '调解员', minLength: 1, maxLength: 64 }) })
export type AssignBody = Static<typeof AssignBody>

/** POST /mediations/{id}/respondent-id — the mediator records the respondent's ID number after checking who they are. */
export const RespondentIdBody = Type.Object({ idNumber: Type.String({ title: '对方身份证号', minLength: 1, maxLength: 18 }) })
export type RespondentIdBody = Static<typeof RespondentIdBody>

/** POST /mediations/:id/outcome */
export const OutcomeBody = Type.Object({
  result: Enum<'agreement' | 'no-agreement' | 'withdrawn'>({ agreement: true, 'no-agreement': true, withdrawn: true }, { title: '调解结果' }),
  terms: Type.Optional(Text('调解协议内容', 5000)),
  note: Type.Optional(Text('说明', 1000)),
})
export type OutcomeBody = Static<typeof OutcomeBody>

/** POST /mediations/:id/judicial-confirmation */
export const JudicialConfirmationBody = Type.Object({ declaration: Type.Boolean({ title: '真实意思表示的承诺' }) })
export type JudicialConfirmationBody = Static<typeof JudicialConfirmationBody>

/** POST /mediations/:id/to-filing */
export const ToFilingReply = Type.Object({ filingId: Type.String() })
export type ToFilingReply = Static<typeof ToFilingReply>

/** POST /mediation/notices/read */
export const OkReply = Type.Object({ ok: Type.Literal(true) })
export type OkReply = Static<typeof OkReply>

/** POST /mediation/reminders: the day-before reminders sent. */
export const RemindersReply = Type.Object({ day: Type.String(), reminded: Type.Integer() })
export type RemindersReply = Static<typeof RemindersReply>
