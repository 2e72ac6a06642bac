import { Type, type Static } from 'typebox'
import { Nullable } from './common'

/**
 * 就业人员年平均工资: the province figure that sets the small-claims threshold (《民事诉讼法》
 * 第一百六十五条), per province and year, with its source; court admins add and correct years.
 */

/** One province's figure for one year (the domain's AverageWageEntry). */
export const AverageWageEntry = Type.Object({
  province: Type.String(),
  provinceName: Type.String(),
  year: Type.Integer(),
  wageFen: Type.Integer(),
  series: Type.String(),
  source: Type.String(),
  confirmed: Type.Boolean(),
  note: Type.Optional(Type.String()),
})
export type AverageWageEntry = Static<typeof AverageWageEntry>

/** GET /average-wages?province=15 */
export const AverageWagesQuery = Type.Object(
  { province: Type.String({ title: '省份代码', pattern: '^\\d{2}$', examples: ['15'] }) },
  { additionalProperties: false },
)
export type AverageWagesQuery = Static<typeof AverageWagesQuery>

export const AverageWagesReply = Type.Object({ wages: Type.Array(AverageWageEntry) })
export type AverageWagesReply = Static<typeof AverageWagesReply>

/** A year's figure as the admin sees it: where it came from and who last changed it. */
export const AdminAverageWage = Type.Object({
  ...AverageWageEntry.properties,
  /** 'shipped': the figure that came with the system, not yet taken over by the court; 'court': entered or confirmed by an admin */
  origin: Type.Union([Type.Literal('shipped'), Type.Literal('court')]),
  updatedBy: Nullable(Type.String()),
  updatedAt: Nullable(Type.String()),
})
export type AdminAverageWage = Static<typeof AdminAverageWage>

/** GET /admin/average-wages: the figures of the admin's own court's province, newest year first. */
export const AdminAverageWages = Type.Object({
  province: Type.String(),
  provinceName: Type.String(),
  /** the latest year a figure may be entered for: last year (a year's figure is published after it ends) */
  latestYear: Type.Integer(),
  /** the figure a filing made today uses, and whether it is the previous year's (上年度) */
  inForce: Nullable(Type.Object({ year: Type.Integer(), wageFen: Type.Integer(), previousYear: Type.Boolean(), confirmed: Type.Boolean() })),
  wages: Type.Array(AdminAverageWage),
})
export type AdminAverageWages = Static<typeof AdminAverageWages>

export const WageYearParams = Type.Object({ year: Type.Integer({ title: '年度', minimum: 2000, maximum: 2100 }) })
export type WageYearParams = Static<typeof WageYearParams>

/** PUT /admin/average-wages/:year */
export const AverageWageBody = Type.Object(
  {
    wageFen: Type.Integer({ title: '年平均工资', minimum: 100, maximum: 1_000_000_000 }),
    series: Type.String({ title: '统计口径', minLength: 2, maxLength: 60, pattern: '\\S' }),
    source: Type.String({ title: '来源', minLength: 2, maxLength: 300, pattern: '\\S' }),
    confirmed: Type.Boolean({ title: '是否已核对原文' }),
    note: Type.Optional(Type.String({ title: '说明', maxLength: 300 })),
  },
  { additionalProperties: false },
)
export type AverageWageBody = Static<typeof AverageWageBody>
