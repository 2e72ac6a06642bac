import { dayNumberOf } from '../../../domain/dates/calendarDay'
import { parseCalendarDay } from '../../../domain/dates/parseCalendarDay'
import type { MetricClosure } from '../../../domain/metrics/types'
import type { OrdosCourt } from './ordosCourts'

/** The report's period. */
export const ORDOS_PERIOD = { from: '2021-01-01', to: '2021-10-31' } as const

export type Closure = MetricClosure
export interface ClosedPlan {
  total: number
  enterprise: number
  government: number
  /** cases with property (有财产可供执行) */
  withProperty: number
  /** of those, closed after the 6-month limit */
  overLimit: number
}

/**
 * The cases closed within the period, by mode. Their total is the report's 20,122; the
 * with-property ones are 9,102 + 1,100 = 10,202, of which 760 + 312 = 1,072 over the limit, so
 * 9,130 / 10,202 = 89.49 %; enterprise 1,300 + 1,250 + 420 + 60 + 27 + 30 = 3,087; government 32.
 */
export const CLOSED_PLAN: Readonly<Record<Closure, ClosedPlan>> = {
  performed: { total: 9102, enterprise: 1300, government: 14, withProperty: 9102, overLimit: 760 },
  'terminated-this-round': { total: 8424, enterprise: 1250, government: 8, withProperty: 0, overLimit: 0 },
  terminated: { total: 1904, enterprise: 420, government: 10, withProperty: 1100, overLimit: 312 },
  withdrawn: { total: 340, enterprise: 60, government: 0, withProperty: 0, overLimit: 0 },
  'not-enforced': { total: 176, enterprise: 27, government: 0, withProperty: 0, overLimit: 0 },
  rejected: { total: 176, enterprise: 30, government: 0, withProperty: 0, overLimit: 0 },
}
/** 受理 but not closed by 10-31: 24,951 − 20,122, of them 5,953 − 3,087 enterprise and 50 − 32 government. */
export const OPEN_PLAN = { total: 4829, enterprise: 2866, government: 18 }
/** Σ days of the 9,102 执行完毕 cases: 821,547 / 9,102 = 90.2601 → 90.26 天. */
export const PERFORMED_TOTAL_DAYS = 821_547
/** 42.99亿元 recovered in the enterprise cases closed within the period. */
export const ENTERPRISE_RECOVERED_FEN = 429_900_000_000
/** Government cases closed: 2.52亿元 recovered (the performed ones, in full) of 6.97亿元 applied for. */
export const GOVERNMENT_RECOVERED_FEN = 25_200_000_000
export const GOVERNMENT_UNRECOVERED_FEN = 69_700_000_000 - GOVERNMENT_RECOVERED_FEN
/** Complaints received within the period and closed by its last day: 130 / 180 = 72.22 %. */
export const COMPLAINTS = { received: 180, closedByTo: 130 }
/** Cases outside the figures that make the year look like one: closed in 2020, filed in Nov–Dec 2021. */
export const BACKGROUND = { closedBefore: 1800, filedAfter: 1400, complaintsBefore: 36, complaintsAfter: 24 }

/** Closing is lighter in February (春节) and October (国庆), heavier before the half-year count in June. */
export const MONTH_WEIGHTS = [1.1, 0.6, 1.0, 1.0, 0.9, 1.25, 1.0, 0.9, 1.0, 0.75]

export const day = (s: string) => dayNumberOf(parseCalendarDay(s))
export const FIRST = day('2020-01-02')
export const YEAR_END = day('2021-12-31')
export const FROM = day(ORDOS_PERIOD.from)
export const TO = day(ORDOS_PERIOD.to)
// Workdays from the holiday table, looked up once: the generator asks millions of times.
export const SPAN_START = day('2019-12-01')
export const SPAN_END = day('2022-03-31')

/** The six-month limit is never shorter than 181 days nor longer than 184: a case is safely within or over it. */
export const WITHIN_MAX = 181
export const OVER_MIN = 185

export type Kind = 'enterprise' | 'government' | 'other'
export interface Draft {
  filed: number
  closed?: number
  closure?: Closure
  kind: Kind
  hasProperty: boolean
  excludedDays: number
  appliedFen: number
  recoveredFen: number
  agricultural: boolean
  propertyLeads: number
  court: OrdosCourt
  /** share of the applied amount recovered, before amounts are fixed */
  share: number
  zone?: [number, number]
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x
}
