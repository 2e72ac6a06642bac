import type { HearingRow } from '../../repositories/hearings'
import type { HearingsContext } from './context'
import { HALF_DAY_TIMES, halfDayLabel } from './labels'

/** How the 传票 went to one party: through e-service, or to be served on paper and why. */
export interface SummonsResult {
  partyIdx: number
  name: string
  side: string
  status: 'electronic' | 'paper'
  documentId: string | null
  message: string
}

type Room = Awaited<ReturnType<HearingsContext['courts']['rooms']>>[number]
const NO_ROOM = { name: '', kind: 'courtroom' as Room['kind'], address: '' }

/** A booked hearing as the apps show it; `names` (judges' names by id) saves a lookup when the caller has them. */
export async function hearingView(ctx: HearingsContext, h: HearingRow, names?: Map<string, string>) {
  const venue = (await ctx.courts.rooms(h.court_id)).find((r) => r.id === h.room_id) ?? NO_ROOM
  const nameMap = names ?? (await ctx.repo.userNames([h.judge_id]))
  return {
    id: h.id,
    caseId: h.case_id,
    date: h.date,
    half: h.half,
    time: HALF_DAY_TIMES[h.half],
    label: halfDayLabel(h.date, h.half),
    judgeId: h.judge_id,
    judgeName: nameMap.get(h.judge_id) ?? '',
    roomId: h.room_id,
    roomName: venue.name,
    roomKind: venue.kind,
    address: venue.address ?? '',
    status: h.status,
    postponeReason: h.postpone_reason,
    postponedAt: h.postponed_at,
    heldAt: h.held_at,
    createdAt: h.created_at,
    summons: JSON.parse(h.summons_json) as SummonsResult[],
  }
}
export type HearingView = Awaited<ReturnType<typeof hearingView>>
