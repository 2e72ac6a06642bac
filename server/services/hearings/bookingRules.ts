import type { HalfDay } from '../../../domain/scheduling/hearingInput'
import { badRequest, conflict } from '../../errors'
import { halfDayLabel } from './labels'
import type { Scheduling } from './scheduling'
import { hardProblem, softWarnings, type Wanted } from './slotChecks'
import { suggest } from './slots'

/** What the judge asks to book: a half-day in a room, with a judge (the case's own by default), maybe answering a request. */
export interface BookInput {
  date: string
  half: HalfDay
  judgeId?: string
  roomId: string
  requestId?: string
}

/** The half-day, judge and room wanted, once the judge and the room are known to be the court's. */
export function wantedOf(s: Scheduling, input: BookInput): Wanted {
  const judgeId = input.judgeId ?? s.f.judge_id ?? ''
  if (!s.judges.some((j) => j.id === judgeId)) throw badRequest('HEARING_JUDGE_INVALID', '请选择本院的一位法官', 'judgeId')
  if (!s.venues.some((v) => v.id === input.roomId)) throw badRequest('HEARING_ROOM_INVALID', '请选择本院的法庭或巡回审判点', 'roomId')
  return { date: input.date, half: input.half, judgeId, roomId: input.roomId }
}

/**
 * Checks the booking against the hard rules (see hardProblem) and the request it answers, if
 * any; returns the soft warnings (a party's farm season or busy days) the judge chose to override.
 */
export function checkBooking(s: Scheduling, want: Wanted, requestId: string | undefined): string[] {
  if (requestId && s.openRequest?.id !== requestId) throw conflict('HEARING_REQUEST_CLOSED', '这次征询已经结束了，请刷新后再排期', 'requestId')
  const problem = hardProblem(s, want)
  if (problem) throw conflict('HEARING_SLOT_UNAVAILABLE', `${halfDayLabel(want.date, want.half)}不能开庭：${problem}`, 'date')
  return softWarnings(s, suggest(s).excluded, want.date)
}
