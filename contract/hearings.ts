import { Type, type Static } from 'typebox'
import type { HalfDay as DomainHalfDay } from '../domain/scheduling/hearingInput'
import { Day, Enum, Nullable, RoomKind } from './common'
import { BusyInput, BusyRange } from './farm'

/**
 * 开庭排期: the judge asks the parties, parties pick a half-day away from their farm season, the
 * judge books and serves the 传票, and may postpone (民事诉讼法第一百四十九条).
 */

export const HalfDay = Enum<DomainHalfDay>({ am: true, pm: true }, { title: '上午或下午' })
export type HalfDay = Static<typeof HalfDay>

export const HearingStatus = Enum<'scheduled' | 'postponed' | 'held'>({ scheduled: true, postponed: true, held: true })
export type HearingStatus = Static<typeof HearingStatus>

export const RequestStatus = Enum<'open' | 'scheduled' | 'withdrawn'>({ open: true, scheduled: true, withdrawn: true })
export type RequestStatus = Static<typeof RequestStatus>

/** A party's answer: chose a suggested half-day, or declared busy dates and asked for others. */
export const AnswerKind = Enum<'chose' | 'busy'>({ chose: true, busy: true })
export type AnswerKind = Static<typeof AnswerKind>

/** A half-day with its judge and place: what a suggestion offers and a booked hearing holds. */
const placedHalfDay = {
  date: Type.String(),
  half: HalfDay,
  time: Type.String(),
  /** '12月16日（星期三）上午' */
  label: Type.String(),
  judgeId: Type.String(),
  judgeName: Type.String(),
  roomId: Type.String(),
  roomName: Type.String(),
  roomKind: RoomKind,
  address: Type.String(),
}

/** A suggested (or booked) half-day with its judge and place. */
export const HearingSlot = Type.Object({
  ...placedHalfDay,
  provisional: Type.Boolean(),
  notes: Type.Array(Type.String()),
  /** to the party reading: whose township a circuit point is in ('离您家近', '被告所在乡镇' …) */
  placeNote: Type.Optional(Type.String()),
})
export type HearingSlot = Static<typeof HearingSlot>

/** A run of days no hearing can take, and why (the domain's ExcludedStretch). */
export const ExcludedStretch = Type.Object({ from: Type.String(), to: Type.String(), reason: Type.String() })
export type ExcludedStretch = Static<typeof ExcludedStretch>

/** A party's farm region and activities, and where they came from. */
export const FarmInfo = Type.Object({
  region: Type.String(),
  regionName: Type.String(),
  activities: Type.Array(Type.String()),
  source: Type.Union([Enum<'profile' | 'filing'>({ profile: true, filing: true }), Type.Null()]),
})
export type FarmInfo = Static<typeof FarmInfo>

/** The 传票 for one party: served electronically, or why it must go on paper. */
export const SummonsResult = Type.Object({
  partyIdx: Type.Integer(),
  name: Type.String(),
  side: Type.String(),
  status: Enum<'electronic' | 'paper'>({ electronic: true, paper: true }),
  documentId: Nullable(Type.String()),
  message: Type.String(),
})
export type SummonsResult = Static<typeof SummonsResult>

export const Hearing = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  ...placedHalfDay,
  status: HearingStatus,
  postponeReason: Nullable(Type.String()),
  postponedAt: Nullable(Type.String()),
  heldAt: Nullable(Type.String()),
  createdAt: Type.String(),
  summons: Type.Array(SummonsResult),
})
export type Hearing = Static<typeof Hearing>

/** POST /hearings/cases/:id/hearings */
export const BookReply = Type.Object({ hearing: Hearing, warnings: Type.Array(Type.String()) })
export type BookReply = Static<typeof BookReply>

export const CaseHearingState = Enum<'unscheduled' | 'asking' | 'scheduled' | 'postponed' | 'held'>({
  unscheduled: true,
  asking: true,
  scheduled: true,
  postponed: true,
  held: true,
})
export type CaseHearingState = Static<typeof CaseHearingState>

/** A case in the court's hearing list. */
export const CaseSummary = Type.Object({
  caseId: Type.String(),
  caseNumber: Type.String(),
  plaintiffs: Type.Array(Type.String()),
  defendants: Type.Array(Type.String()),
  judgeName: Type.String(),
  mine: Type.Boolean(),
  agricultural: Type.Boolean(),
  state: CaseHearingState,
  hearing: Nullable(Type.Object({ label: Type.String(), roomName: Type.String() })),
  answered: Type.Integer(),
  parties: Type.Integer(),
})
export type CaseSummary = Static<typeof CaseSummary>

/** One party's answer as the judge sees it, with whether the chosen half-day is still free. */
export const PartyAnswer = Type.Object({
  partyIdx: Type.Integer(),
  kind: AnswerKind,
  slot: Nullable(HearingSlot),
  stillPossible: Type.Union([Type.Boolean(), Type.Null()]),
  problem: Nullable(Type.String()),
  warnings: Type.Array(Type.String()),
  busy: Type.Array(BusyRange),
  answeredAt: Type.String(),
})
export type PartyAnswer = Static<typeof PartyAnswer>

/** A case's scheduling for the judge: parties' farm seasons and busy dates, suggestions, answers, hearings. */
export const CaseScheduling = Type.Object({
  caseId: Type.String(),
  caseNumber: Type.String(),
  procedure: Type.String(),
  procedureName: Type.String(),
  filedOn: Type.String(),
  trialLimitEnd: Type.String(),
  agricultural: Type.Boolean(),
  judgeId: Nullable(Type.String()),
  judgeName: Type.String(),
  complaint: Type.Object({ servedOn: Type.String(), assumed: Type.Boolean() }),
  /** small claims: the periods recorded as agreed with the parties (《民诉法解释》第二百七十五条); null when not agreed */
  agreedPeriods: Type.Object({ evidenceDays: Nullable(Type.Integer()), defenceDays: Nullable(Type.Integer()) }),
  parties: Type.Array(
    Type.Object({
      idx: Type.Integer(),
      side: Type.String(),
      sideName: Type.String(),
      name: Type.String(),
      hasAccount: Type.Boolean(),
      farm: Nullable(FarmInfo),
      unavailable: Type.Array(BusyRange),
      nearVenues: Type.Array(Type.String()),
      /** a defendant without domicile in China: 30 days to answer */
      abroad: Type.Boolean(),
    }),
  ),
  slots: Type.Array(HearingSlot),
  excluded: Type.Array(ExcludedStretch),
  request: Nullable(
    Type.Object({
      id: Type.String(),
      status: RequestStatus,
      requestedAt: Type.String(),
      requestedBy: Type.String(),
      answers: Type.Array(PartyAnswer),
    }),
  ),
  current: Nullable(Hearing),
  hearings: Type.Array(Hearing),
  venues: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), kind: RoomKind, address: Type.String() })),
  judges: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
})
export type CaseScheduling = Static<typeof CaseScheduling>

/** A case in which the court asks me to choose a hearing date. */
export const MyRequest = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  caseNumber: Type.String(),
  status: RequestStatus,
  requestedAt: Type.String(),
  answer: Nullable(Type.Object({ kind: AnswerKind, label: Nullable(Type.String()) })),
  hearing: Nullable(
    Type.Object({ label: Type.String(), roomName: Type.String(), address: Type.String(), status: HearingStatus, postponeReason: Nullable(Type.String()) }),
  ),
})
export type MyRequest = Static<typeof MyRequest>

/** One of the party's own farm windows as the month calendar draws it. */
export const FarmWindowView = Type.Object({
  from: Type.String(),
  to: Type.String(),
  activity: Type.String(),
  activityName: Type.String(),
  season: Type.String(),
  label: Type.String(),
  overridden: Type.Boolean(),
  note: Nullable(Type.String()),
})
export type FarmWindowView = Static<typeof FarmWindowView>

/** What the party's month calendar draws: holidays and their own farm windows over every page it can show. */
export const CalendarData = Type.Object({
  from: Type.String(),
  to: Type.String(),
  today: Type.String(),
  /** the last day within the trial limit */
  lastDay: Type.String(),
  limitReason: Type.String(),
  holidays: Type.Array(Type.Object({ from: Type.String(), to: Type.String(), name: Type.String(), provisional: Type.Boolean() })),
  farm: Type.Array(FarmWindowView),
  busy: Type.Array(BusyRange),
})
export type CalendarData = Static<typeof CalendarData>

/** The party's page for one request: suggested half-days, why other days are out, my calendar. */
export const RequestView = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  caseNumber: Type.String(),
  status: RequestStatus,
  requestedAt: Type.String(),
  requestedBy: Type.String(),
  me: Type.Object({ partyIdx: Type.Integer(), side: Type.String(), sideName: Type.String(), name: Type.String(), farm: Nullable(FarmInfo) }),
  answer: Nullable(
    Type.Object({
      kind: AnswerKind,
      slot: Nullable(Type.Object({ date: Type.String(), half: HalfDay, label: Type.String() })),
      busy: Type.Array(BusyRange),
      answeredAt: Type.String(),
    }),
  ),
  slots: Type.Array(HearingSlot),
  excluded: Type.Array(ExcludedStretch),
  calendar: CalendarData,
  hearing: Nullable(Hearing),
})
export type RequestView = Static<typeof RequestView>

// ---- requests --------------------------------------------------------------------------------------

/** POST /hearing-requests/:id/busy */
export const BusyBody = Type.Object({ busy: Type.Array(BusyInput, { title: '不便到庭的日期', minItems: 1, maxItems: 10 }) }, { additionalProperties: false })
export type BusyBody = Static<typeof BusyBody>

/** POST /hearing-requests/:id/choice */
export const ChoiceBody = Type.Object({ date: Day('开庭日期'), half: HalfDay }, { additionalProperties: false })
export type ChoiceBody = Static<typeof ChoiceBody>

/** POST /hearings/cases/:id/hearings */
export const BookBody = Type.Object(
  {
    date: Day('开庭日期'),
    half: HalfDay,
    judgeId: Type.Optional(Type.String({ title: '审判人员', minLength: 1, maxLength: 64 })),
    roomId: Type.String({ title: '法庭或巡回审判点', minLength: 1, maxLength: 64 }),
    requestId: Type.Optional(Type.String({ title: '征询编号', minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
)
export type BookBody = Static<typeof BookBody>

/** POST /hearings/:id/postpone */
export const PostponeBody = Type.Object({ reason: Type.String({ title: '延期理由', minLength: 2, maxLength: 300 }) }, { additionalProperties: false })
export type PostponeBody = Static<typeof PostponeBody>

/** PUT /hearings/cases/:id/agreed-periods: small claims only; leave a period out to keep the statutory one. */
export const AgreedPeriodsBody = Type.Object(
  {
    evidenceDays: Type.Optional(Type.Integer({ title: '约定的举证期限（日）', minimum: 0, maximum: 60 })),
    defenceDays: Type.Optional(Type.Integer({ title: '约定的答辩期间（日）', minimum: 0, maximum: 60 })),
  },
  { additionalProperties: false },
)
export type AgreedPeriodsBody = Static<typeof AgreedPeriodsBody>
