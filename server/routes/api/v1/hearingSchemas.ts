import { Type } from '@fastify/type-provider-typebox'

const Str = Type.String()
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()])
const DatePattern = '^\\d{4}-\\d{2}-\\d{2}$'
const Day = (title: string) => Type.String({ title, pattern: DatePattern })
// An enum rather than a union of literals, so a wrong value reports the field's Chinese title.
export const Half = Type.Unsafe<'am' | 'pm'>({ type: 'string', enum: ['am', 'pm'], title: '上午或下午' })

// ---- inputs ----------------------------------------------------------------------------------------

const BusyInput = Type.Object(
  { from: Day('不便的开始日期'), to: Day('不便的结束日期'), reason: Type.Optional(Type.String({ title: '不便的原因', maxLength: 50 })) },
  { additionalProperties: false },
)

export const FarmProfileBody = Type.Object(
  {
    region: Type.Union([Type.String({ title: '所在农牧区', minLength: 1, maxLength: 40 }), Type.Null()], { title: '所在农牧区' }),
    activities: Type.Array(Type.String({ title: '农忙活计', minLength: 1, maxLength: 40 }), { title: '农忙活计', maxItems: 12 }),
    busy: Type.Array(BusyInput, { title: '不便到庭的日期', maxItems: 30 }),
  },
  { additionalProperties: false },
)

export const BusyBody = Type.Object({ busy: Type.Array(BusyInput, { title: '不便到庭的日期', minItems: 1, maxItems: 10 }) }, { additionalProperties: false })

export const ChoiceBody = Type.Object({ date: Day('开庭日期'), half: Half }, { additionalProperties: false })

export const BookBody = Type.Object(
  {
    date: Day('开庭日期'),
    half: Half,
    judgeId: Type.Optional(Type.String({ title: '审判人员', minLength: 1, maxLength: 64 })),
    roomId: Type.String({ title: '法庭或巡回审判点', minLength: 1, maxLength: 64 }),
    requestId: Type.Optional(Type.String({ title: '征询编号', minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
)

export const PostponeBody = Type.Object({ reason: Type.String({ title: '延期理由', minLength: 2, maxLength: 300 }) }, { additionalProperties: false })

export const YearParams = Type.Object({ year: Type.Integer({ title: '年份', minimum: 2000, maximum: 2100 }) })

export const FarmCalendarBody = Type.Object(
  {
    overrides: Type.Array(
      Type.Object(
        {
          region: Type.String({ title: '地区', minLength: 1, maxLength: 40 }),
          activity: Type.String({ title: '农事', minLength: 1, maxLength: 40 }),
          from: Day('调整后的开始日期'),
          to: Day('调整后的结束日期'),
          note: Type.Optional(Type.String({ title: '调整说明', maxLength: 100 })),
        },
        { additionalProperties: false },
      ),
      { title: '农忙期调整', maxItems: 100 },
    ),
  },
  { additionalProperties: false },
)

// ---- outputs ---------------------------------------------------------------------------------------

const Busy = Type.Object({ from: Str, to: Str, reason: Str })

export const FarmProfile = Type.Object({
  region: Nullable(Str),
  regionName: Nullable(Str),
  activities: Type.Array(Str),
  activityNames: Type.Array(Str),
  busy: Type.Array(Busy),
  source: Str,
  updatedAt: Nullable(Str),
  options: Type.Array(
    Type.Object({
      region: Str,
      regionName: Str,
      activities: Type.Array(Type.Object({ activity: Str, activityName: Str, season: Str, from: Str, to: Str })),
    }),
  ),
})

export const FarmCalendar = Type.Object({
  year: Type.Integer(),
  rows: Type.Array(
    Type.Object({
      region: Str,
      regionName: Str,
      activity: Str,
      activityName: Str,
      season: Str,
      defaultFrom: Str,
      defaultTo: Str,
      from: Str,
      to: Str,
      overridden: Type.Boolean(),
      note: Nullable(Str),
      label: Str,
      source: Str,
      confidence: Str,
      confidenceLabel: Str,
    }),
  ),
  updatedAt: Nullable(Str),
  updatedBy: Nullable(Str),
})

/** A half-day with its judge and place: what a suggestion offers and a booked hearing holds. */
const placedHalfDay = {
  date: Str,
  half: Str,
  time: Str,
  label: Str,
  judgeId: Str,
  judgeName: Str,
  roomId: Str,
  roomName: Str,
  roomKind: Str,
  address: Str,
}

export const Slot = Type.Object({
  ...placedHalfDay,
  provisional: Type.Boolean(),
  notes: Type.Array(Str),
})

const Excluded = Type.Array(Type.Object({ from: Str, to: Str, reason: Str }))
const FarmInfo = Type.Union([Type.Object({ region: Str, regionName: Str, activities: Type.Array(Str), source: Nullable(Str) }), Type.Null()])

export const Hearing = Type.Object({
  id: Str,
  caseId: Str,
  ...placedHalfDay,
  status: Str,
  postponeReason: Nullable(Str),
  postponedAt: Nullable(Str),
  heldAt: Nullable(Str),
  createdAt: Str,
  summons: Type.Array(Type.Object({ partyIdx: Type.Integer(), name: Str, side: Str, status: Str, documentId: Nullable(Str), message: Str })),
})

export const BookReply = Type.Object({ hearing: Hearing, warnings: Type.Array(Str) })

export const CaseSummary = Type.Object({
  caseId: Str,
  caseNumber: Str,
  plaintiffs: Type.Array(Str),
  defendants: Type.Array(Str),
  judgeName: Str,
  mine: Type.Boolean(),
  agricultural: Type.Boolean(),
  state: Str,
  hearing: Type.Union([Type.Object({ label: Str, roomName: Str }), Type.Null()]),
  answered: Type.Integer(),
  parties: Type.Integer(),
})

export const CaseScheduling = Type.Object({
  caseId: Str,
  caseNumber: Str,
  procedure: Str,
  procedureName: Str,
  filedOn: Str,
  trialLimitEnd: Str,
  agricultural: Type.Boolean(),
  judgeId: Nullable(Str),
  judgeName: Str,
  complaint: Type.Object({ servedOn: Str, assumed: Type.Boolean() }),
  parties: Type.Array(
    Type.Object({
      idx: Type.Integer(),
      side: Str,
      sideName: Str,
      name: Str,
      hasAccount: Type.Boolean(),
      farm: FarmInfo,
      unavailable: Type.Array(Busy),
      nearVenues: Type.Array(Str),
    }),
  ),
  slots: Type.Array(Slot),
  excluded: Excluded,
  request: Type.Union([
    Type.Object({
      id: Str,
      status: Str,
      requestedAt: Str,
      requestedBy: Str,
      answers: Type.Array(
        Type.Object({
          partyIdx: Type.Integer(),
          kind: Str,
          slot: Type.Union([Slot, Type.Null()]),
          stillPossible: Type.Union([Type.Boolean(), Type.Null()]),
          problem: Nullable(Str),
          warnings: Type.Array(Str),
          busy: Type.Array(Busy),
          answeredAt: Str,
        }),
      ),
    }),
    Type.Null(),
  ]),
  current: Type.Union([Hearing, Type.Null()]),
  hearings: Type.Array(Hearing),
  venues: Type.Array(Type.Object({ id: Str, name: Str, kind: Str, address: Str })),
  judges: Type.Array(Type.Object({ id: Str, name: Str })),
})

export const MyRequest = Type.Object({
  id: Str,
  caseId: Str,
  caseNumber: Str,
  status: Str,
  requestedAt: Str,
  answer: Type.Union([Type.Object({ kind: Str, label: Nullable(Str) }), Type.Null()]),
  hearing: Type.Union([Type.Object({ label: Str, roomName: Str, address: Str, status: Str, postponeReason: Nullable(Str) }), Type.Null()]),
})

export const RequestView = Type.Object({
  id: Str,
  caseId: Str,
  caseNumber: Str,
  status: Str,
  requestedAt: Str,
  requestedBy: Str,
  me: Type.Object({ partyIdx: Type.Integer(), side: Str, sideName: Str, name: Str, farm: FarmInfo }),
  answer: Type.Union([
    Type.Object({
      kind: Str,
      slot: Type.Union([Type.Object({ date: Str, half: Str, label: Str }), Type.Null()]),
      busy: Type.Array(Busy),
      answeredAt: Str,
    }),
    Type.Null(),
  ]),
  slots: Type.Array(Slot),
  excluded: Excluded,
  calendar: Type.Object({
    from: Str,
    to: Str,
    today: Str,
    lastDay: Str,
    limitReason: Str,
    holidays: Type.Array(Type.Object({ from: Str, to: Str, name: Str, provisional: Type.Boolean() })),
    farm: Type.Array(
      Type.Object({ from: Str, to: Str, activity: Str, activityName: Str, season: Str, label: Str, overridden: Type.Boolean(), note: Nullable(Str) }),
    ),
    busy: Type.Array(Busy),
  }),
  hearing: Type.Union([Hearing, Type.Null()]),
})
