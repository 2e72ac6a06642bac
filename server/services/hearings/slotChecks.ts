import { formatChineseDate } from '../../../domain/dates/formatChineseDate'
import { describeFarmWindow, farmWindowsFor } from '../../../domain/scheduling/farmCalendar'
import { type HalfDay, PROCEDURE_LIMIT_NAMES } from '../../../domain/scheduling/hearingInput'
import { type ExcludedStretch, suggestHearingSlots } from '../../../domain/scheduling/suggestHearingSlots'
import type { Scheduling } from './scheduling'
import { inputOf } from './slots'

/** A half-day with a judge and a room, as the judge wants to book it. */
export interface Wanted {
  date: string
  half: HalfDay
  judgeId: string
  roomId: string
}

const FULL = '法官或法庭已排满'

/** Why the judge or the room is taken that half-day, once no date rule stands in the way. */
function takenBy(s: Scheduling, want: Wanted): string {
  const judge = s.judges.find((j) => j.id === want.judgeId)
  if (judge?.busy.some((b) => b.date === want.date && b.half === want.half)) return '法官这半天已经安排了别的开庭'
  return '这个法庭或巡回审判点这半天已经有别的开庭'
}

/**
 * Why a half-day with this judge and room cannot take the hearing, or null when it can. Only the
 * hard rules count here (working day, notice, defence period, trial limit, judge and room free):
 * the judge may set a date the parties did not pick; the warnings say so.
 */
export function hardProblem(s: Scheduling, want: Wanted): string | null {
  if (want.date <= s.today) return '开庭日期必须在今天以后'
  if (want.date > s.limitEnd) return `超出审限（${PROCEDURE_LIMIT_NAMES[s.procedure]}，至${formatChineseDate(s.limitEnd)}）`
  const out = suggestHearingSlots(inputOf(s, { limit: 1000, judgeId: want.judgeId, roomId: want.roomId, hardOnly: true }))
  if (out.slots.some((x) => x.date === want.date && x.half === want.half)) return null
  const reasons = out.excluded.filter((e) => e.from <= want.date && want.date <= e.to && e.reason !== FULL).map((e) => e.reason)
  return reasons.length > 0 ? reasons.join('；') : takenBy(s, want)
}

/** Soft reasons against a date (a party's farm season or declared busy days) for the judge to weigh. */
export function softWarnings(s: Scheduling, excluded: ExcludedStretch[], date: string): string[] {
  const year = Number(date.slice(0, 4))
  const farmReasons = new Set(
    s.parties.flatMap((p) => (p.farm ? farmWindowsFor(p.farm.region, p.farm.activities, year, s.overrides).map(describeFarmWindow) : [])),
  )
  return excluded.filter((e) => e.from <= date && date <= e.to && (e.reason === '当事人申报不便' || farmReasons.has(e.reason))).map((e) => e.reason)
}
