import { Type, type Static } from 'typebox'
import type { FarmConfidence as DomainFarmConfidence } from '../domain/scheduling/farmCalendar'
import { Day, Enum, Nullable } from './common'

/** 农忙: a litigant's farm profile and busy dates, and a court admin's farm calendar per year. */

/** A stretch of days a party cannot come to court, with why (may be empty). */
export const BusyRange = Type.Object({ from: Type.String(), to: Type.String(), reason: Type.String() })
export type BusyRange = Static<typeof BusyRange>

/** A busy stretch as a party declares it. */
export const BusyInput = Type.Object(
  { from: Day('不便的开始日期'), to: Day('不便的结束日期'), reason: Type.Optional(Type.String({ title: '不便的原因', maxLength: 50 })) },
  { additionalProperties: false },
)
export type BusyInput = Static<typeof BusyInput>

/** A region of the farm calendar with its activities and their default windows (the domain's FarmRegionOption). */
export const FarmOption = Type.Object({
  region: Type.String(),
  regionName: Type.String(),
  activities: Type.Array(Type.Object({ activity: Type.String(), activityName: Type.String(), season: Type.String(), from: Type.String(), to: Type.String() })),
})
export type FarmOption = Static<typeof FarmOption>

export const FarmProfile = Type.Object({
  region: Nullable(Type.String()),
  regionName: Nullable(Type.String()),
  activities: Type.Array(Type.String()),
  activityNames: Type.Array(Type.String()),
  busy: Type.Array(BusyRange),
  /** 'filing': pre-filled from the complaint, not saved yet; 'none': nothing known yet */
  source: Enum<'profile' | 'filing' | 'none'>({ profile: true, filing: true, none: true }),
  updatedAt: Nullable(Type.String()),
  options: Type.Array(FarmOption),
})
export type FarmProfile = Static<typeof FarmProfile>

/** PUT /me/farm-profile */
export const FarmProfileBody = Type.Object(
  {
    region: Type.Union([Type.String({ title: '所在农牧区', minLength: 1, maxLength: 40 }), Type.Null()], { title: '所在农牧区' }),
    activities: Type.Array(Type.String({ title: '农忙活计', minLength: 1, maxLength: 40 }), { title: '农忙活计', maxItems: 12 }),
    busy: Type.Array(BusyInput, { title: '不便到庭的日期', maxItems: 30 }),
  },
  { additionalProperties: false },
)
export type FarmProfileBody = Static<typeof FarmProfileBody>

export const FarmConfidence = Enum<DomainFarmConfidence>({ confirmed: true, 'peak-confirmed': true, estimated: true, 'zone-level': true, unconfirmed: true })
export type FarmConfidence = Static<typeof FarmConfidence>

/** One window of a court's farm calendar for a year: the default, the court's adjustment, and how sure the data is. */
export const FarmCalendarRow = Type.Object({
  region: Type.String(),
  regionName: Type.String(),
  activity: Type.String(),
  activityName: Type.String(),
  season: Type.String(),
  defaultFrom: Type.String(),
  defaultTo: Type.String(),
  from: Type.String(),
  to: Type.String(),
  overridden: Type.Boolean(),
  note: Nullable(Type.String()),
  label: Type.String(),
  source: Type.String(),
  confidence: FarmConfidence,
  confidenceLabel: Type.String(),
})
export type FarmCalendarRow = Static<typeof FarmCalendarRow>

export const FarmCalendar = Type.Object({
  year: Type.Integer(),
  rows: Type.Array(FarmCalendarRow),
  updatedAt: Nullable(Type.String()),
  updatedBy: Nullable(Type.String()),
})
export type FarmCalendar = Static<typeof FarmCalendar>

export const YearParams = Type.Object({ year: Type.Integer({ title: '年份', minimum: 2000, maximum: 2100 }) })
export type YearParams = Static<typeof YearParams>

/** A court's adjustment of one window for one year (the domain's FarmWindowOverride). */
export const FarmOverride = Type.Object(
  {
    region: Type.String({ title: '地区', minLength: 1, maxLength: 40 }),
    activity: Type.String({ title: '农事', minLength: 1, maxLength: 40 }),
    from: Day('调整后的开始日期'),
    to: Day('调整后的结束日期'),
    note: Type.Optional(Type.String({ title: '调整说明', maxLength: 100 })),
  },
  { additionalProperties: false },
)
export type FarmOverride = Static<typeof FarmOverride>

/** PUT /admin/farm-calendar/:year */
export const FarmCalendarBody = Type.Object({ overrides: Type.Array(FarmOverride, { title: '农忙期调整', maxItems: 100 }) }, { additionalProperties: false })
export type FarmCalendarBody = Static<typeof FarmCalendarBody>
