import { addDays } from '../../../../domain/dates/addDays'
import { daysBetween } from '../../../../domain/dates/daysBetween'
import { parseCalendarDay } from '../../../../domain/dates/parseCalendarDay'
import { weekdayOf } from '../../../../domain/dates/weekdayOf'

/** A scorecard week: Monday to Sunday, its ISO 8601 number, and the year-to-date the figures cover. */
export interface ScorecardWeek {
  weekFrom: string
  weekTo: string
  /** e.g. '2021年第43周（10月25日至10月31日）' */
  weekText: string
  /** 1 January of the Sunday's year */
  figuresFrom: string
}

const monthDay = (day: string) => {
  const { month, day: d } = parseCalendarDay(day)
  return `${month}月${d}日`
}

/**
 * The week a day falls in, Monday to Sunday, numbered as ISO 8601 does (the week holding the
 * year's first Thursday is week 1; a week belongs to the year of its Thursday), as the courts'
 * weekly reports number them. The figures run from 1 January of the Sunday's year: a week alone is
 * too few cases for a rate.
 *
 * @param day any day of the week, 'YYYY-MM-DD'
 * @example scorecardWeek('2021-10-27') // → { weekFrom: '2021-10-25', weekTo: '2021-10-31', weekText: '2021年第43周（10月25日至10月31日）', figuresFrom: '2021-01-01' }
 */
export function scorecardWeek(day: string): ScorecardWeek {
  const weekFrom = addDays(day, -((weekdayOf(day) + 6) % 7))
  const weekTo = addDays(weekFrom, 6)
  const thursday = addDays(weekFrom, 3)
  const isoYear = parseCalendarDay(thursday).year
  const week = Math.floor(daysBetween(`${isoYear}-01-01`, thursday) / 7) + 1
  return {
    weekFrom,
    weekTo,
    weekText: `${isoYear}年第${week}周（${monthDay(weekFrom)}至${monthDay(weekTo)}）`,
    figuresFrom: `${parseCalendarDay(weekTo).year}-01-01`,
  }
}
