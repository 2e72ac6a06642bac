import { circuitPointNote } from '../../../domain/scheduling/circuitPointNote'
import type { Actor } from '../../auth/actor'
import type { HearingAnswerRow } from '../../repositories/hearings'
import type { BusyRange } from '../farm'
import { requestForParty } from './access'
import { calendarOf } from './calendarView'
import type { HearingsContext } from './context'
import { hearingView } from './hearingView'
import { halfDayLabel } from './labels'
import { farmInfo, partyIdentity } from './partyView'
import { loadScheduling } from './scheduling'
import { suggest } from './slots'

/** The party's own answer: the half-day they chose, or the days they said they cannot come. */
function myAnswer(a: HearingAnswerRow) {
  const { date, half } = a
  return {
    kind: a.kind,
    slot: a.kind === 'chose' && date && half ? { date, half, label: halfDayLabel(date, half) } : null,
    busy: JSON.parse(a.busy_json) as BusyRange[],
    answeredAt: a.answered_at,
  }
}

/**
 * Parties: one request with the suggestions (the same for every party), the reasons for each
 * excluded day, their own answer and calendar, and the hearing once it is set.
 */
export async function requestView(ctx: HearingsContext, actor: Actor, requestId: string) {
  const { r, c, party } = await requestForParty(ctx, actor, requestId, '这不是您的案件，无法查看开庭安排')
  const s = await loadScheduling(ctx, c)
  const me = s.parties.find((p) => p.row.idx === party.idx)
  const open = r.status === 'open'
  const { slots, excluded } = open ? suggest(s) : { slots: [], excluded: [] }
  const answer = (open ? s.answers : await ctx.repo.answers(r.id)).find((a) => a.party_idx === party.idx)
  const hearing = r.hearing_id ? await ctx.repo.hearing(r.hearing_id) : undefined
  const names = await ctx.repo.userNames([r.requested_by, ...(hearing ? [hearing.judge_id] : [])])
  const { idx, ...identity } = partyIdentity(c.data.kind, party)
  // Near means near this party's own address; a point in the other side's township says whose it is.
  const near = s.parties.map((p) => ({ idx: p.row.idx, sideName: partyIdentity(c.data.kind, p.row).sideName, nearIds: p.nearRoomIds }))
  const placed = slots.map((x) => {
    const note = x.roomKind === 'circuit-point' ? circuitPointNote(x.roomId, party.idx, near) : null
    return note ? { ...x, placeNote: note } : x
  })
  return {
    id: r.id,
    caseId: c.row.id,
    caseNumber: c.row.case_number!,
    status: r.status,
    requestedAt: r.requested_at,
    requestedBy: names.get(r.requested_by) ?? '',
    me: { partyIdx: idx, ...identity, farm: me ? farmInfo(me) : null },
    answer: answer ? myAnswer(answer) : null,
    slots: placed,
    excluded,
    calendar: calendarOf(s, me),
    hearing: hearing ? await hearingView(ctx, hearing, names) : null,
  }
}
