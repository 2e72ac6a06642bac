import { isWorkday } from '../../../domain/calendar/isWorkday'
import { addDays } from '../../../domain/dates/addDays'
import { addMonths } from '../../../domain/dates/addMonths'
import { daysInMonth } from '../../../domain/dates/calendarDay'
import { parseCalendarDay } from '../../../domain/dates/parseCalendarDay'
import { describeFarmWindow, type FarmWindowOverride, farmWindowsFor } from '../../../domain/scheduling/farmCalendar'
import { PROCEDURE_LIMIT_NAMES } from '../../../domain/scheduling/hearingInput'
import type { PartyPlan } from './partyPlans'
import type { Scheduling } from './scheduling'

/** How many months ahead the party's calendar can be paged, so next year's farm season can be seen. */
const CALENDAR_MONTHS_AHEAD = 12

function monthEndOf(date: string): string {
  const { year, month } = parseCalendarDay(date)
  return `${date.slice(0, 7)}-${String(daysInMonth(year, month)).padStart(2, '0')}`
}

/** The holidays from `from` to `to`, one run per festival block. */
function holidayRuns(from: string, to: string) {
  const runs: Array<{ from: string; to: string; name: string; provisional: boolean }> = []
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const d = isWorkday(date)
    if (d.holiday === undefined) continue
    const last = runs[runs.length - 1]
    if (last && last.name === d.holiday && addDays(last.to, 1) === date) last.to = date
    else runs.push({ from: date, to: date, name: d.holiday, provisional: d.provisional })
  }
  return runs
}

/** The farm windows of one party's activities that show between `from` and `to`, every year they touch. */
function farmWindowsOver(farm: NonNullable<PartyPlan['farm']>, overrides: FarmWindowOverride[], from: string, to: string) {
  const out = []
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const w of farmWindowsFor(farm.region, farm.activities, year, overrides)) {
      if (w.to < from || w.from > to) continue
      const { activity, activityName, season, overridden } = w
      out.push({ from: w.from, to: w.to, activity, activityName, season, label: describeFarmWindow(w), overridden, note: w.note ?? null })
    }
  }
  return out
}

/** The month calendar's picture data: holidays and the party's own farm windows over the pages it can show. */
export function calendarOf(s: Scheduling, me: PartyPlan | undefined) {
  const from = `${s.today.slice(0, 7)}-01`
  const to = monthEndOf(addMonths(from, CALENDAR_MONTHS_AHEAD))
  return {
    from,
    to,
    today: s.today,
    lastDay: s.limitEnd,
    limitReason: `超出审限（${PROCEDURE_LIMIT_NAMES[s.procedure]}）`,
    holidays: holidayRuns(from, to),
    farm: me?.farm ? farmWindowsOver(me.farm, s.overrides, from, to) : [],
    busy: me?.unavailable ?? [],
  }
}
