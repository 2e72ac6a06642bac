import { Type, type Static } from 'typebox'
import { DAY_PATTERN } from './common'

/** 节假日表: the holiday arrangements every client's deadline arithmetic uses; an admin loads a year. */

/** One day of an arrangement and the festival it belongs to (the domain's HolidayEntry). */
export const HolidayEntry = Type.Object({ date: Type.String(), name: Type.String() })
export type HolidayEntry = Static<typeof HolidayEntry>

/** One year's days off and 调休 makeup workdays (the domain's HolidayYear). */
export const HolidayYear = Type.Object({ holidays: Type.Array(HolidayEntry), makeupWorkdays: Type.Array(HolidayEntry) })
export type HolidayYear = Static<typeof HolidayYear>

const EntryInput = (what: string) =>
  Type.Object(
    {
      date: Type.String({ title: `${what}日期`, pattern: DAY_PATTERN, maxLength: 10, examples: ['2027-10-01'] }),
      // \S: a name of spaces only is no name.
      name: Type.String({ title: '节日名称', minLength: 1, maxLength: 20, pattern: '\\S', examples: ['国庆节'] }),
    },
    { additionalProperties: false },
  )

/** A year an admin loaded, and who loaded it. */
export const LoadedYear = Type.Object({ year: Type.Integer(), source: Type.String(), updatedBy: Type.String(), updatedAt: Type.String() })
export type LoadedYear = Static<typeof LoadedYear>

/** GET /calendar/holidays */
export const HolidaysQuery = Type.Object({ since: Type.Optional(Type.Integer({ title: '起始年份', minimum: 1900, maximum: 2100 })) })
export type HolidaysQuery = Static<typeof HolidaysQuery>

export const HolidaysReply = Type.Object({
  /** Arrangements keyed by four-digit year (the domain's HolidayTable). */
  table: Type.Record(Type.String({ pattern: '^\\d{4}$' }), HolidayYear),
  /** The first year whose arrangement is not published: dates from then on are estimates. */
  provisionalFrom: Type.Integer(),
  loaded: Type.Array(LoadedYear),
})
export type HolidaysReply = Static<typeof HolidaysReply>

/** PUT /calendar/holidays/:year */
export const HolidayYearParams = Type.Object({ year: Type.Integer({ title: '年份', minimum: 2004, maximum: 2100 }) })
export type HolidayYearParams = Static<typeof HolidayYearParams>

export const HolidayYearBody = Type.Object({
  holidays: Type.Array(EntryInput('放假'), { title: '放假日期', minItems: 1, maxItems: 80 }),
  makeupWorkdays: Type.Array(EntryInput('调休上班'), { title: '调休上班日期', maxItems: 30 }),
  source: Type.String({ title: '通知文号或来源', minLength: 1, maxLength: 200, pattern: '\\S' }),
})
export type HolidayYearBody = Static<typeof HolidayYearBody>

export const LoadedYearReply = Type.Object({ ...HolidayYear.properties, ...LoadedYear.properties, replaced: Type.Boolean(), provisionalFrom: Type.Integer() })
export type LoadedYearReply = Static<typeof LoadedYearReply>
