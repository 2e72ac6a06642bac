import { checkBookingWindow } from '../../../domain/scheduling/checkBookingWindow'
import type { Q } from '../../db/query'
import type { Actor } from '../../auth/actor'
import { isUniqueViolation } from '../../db/errors'
import { orderedId } from '../../db/ids'
import { conflict } from '../../errors'
import type { HearingRow } from '../../repositories/hearings'
import { loadCase, refuseSecondHearing, requireScheduler } from './access'
import { type BookInput, checkBooking, wantedOf } from './bookingRules'
import type { HearingsContext } from './context'
import { hearingView } from './hearingView'
import { halfDayLabel } from './labels'
import { loadScheduling, type Scheduling } from './scheduling'
import { serveSummons } from './serveSummons'
import type { Wanted } from './slotChecks'

function hearingRow(s: Scheduling, want: Wanted, by: string, at: string): HearingRow {
  return {
    id: orderedId('h'),
    case_id: s.f.id,
    court_id: s.f.target_court_id,
    request_id: s.openRequest?.id ?? null,
    date: want.date,
    half: want.half,
    judge_id: want.judgeId,
    room_id: want.roomId,
    status: 'scheduled',
    postpone_reason: null,
    summons_json: '[]',
    created_by: by,
    created_at: at,
    postponed_by: null,
    postponed_at: null,
    held_at: null,
    updated_at: at,
  }
}

/** Stores the hearing, closes the open request and writes the history entry in one transaction; the unique indexes stop a judge, a room or the case being booked twice. */
async function store(ctx: HearingsContext, s: Scheduling, row: HearingRow, history: (q: Q) => Promise<unknown>): Promise<void> {
  try {
    await ctx.transact(async (trx) => {
      await ctx.repo.insertHearing(trx, row)
      // Scheduling closes the open request, whether the judge took a party's choice or set the date directly.
      if (s.openRequest) await ctx.repo.closeRequest(trx, s.openRequest.id, { status: 'scheduled', closed_at: row.created_at, hearing_id: row.id })
      await history(trx)
    })
  } catch (err) {
    if (!isUniqueViolation(err)) throw err
    const again = (await ctx.repo.hearingsOfCase(s.f.id)).find((h) => h.status === 'scheduled')
    if (again) throw conflict('HEARING_ALREADY_SCHEDULED', `本案已定于${halfDayLabel(again.date, again.half)}开庭`)
    throw conflict('HEARING_SLOT_TAKEN', '这半天刚刚被别的案件占用了，请另选一个时间', 'date')
  }
}

/**
 * Books a hearing (the parties' choice, a suggestion, or the judge's own half-day) and serves the
 * 传票 on every party through e-service with its date, half-day and place. The hard rules are
 * checked again; the unique indexes stop a judge or room being booked twice for a half-day.
 * A party who has not consented to e-service is listed for paper service instead.
 */
export async function book(ctx: HearingsContext, actor: Actor, caseId: string, input: BookInput) {
  const c = await loadCase(ctx, caseId)
  requireScheduler(ctx, actor, c)
  checkBookingWindow(input.date, ctx.today(), 'date')
  const s = await loadScheduling(ctx, c)
  const want = wantedOf(s, input)
  await refuseSecondHearing(ctx, c.row.id)
  const warnings = checkBooking(s, want, input.requestId)
  const at = ctx.nowIso()
  const row = hearingRow(s, want, actor.sub, at)
  const { judgeId: judge, roomId: room } = want
  const detail = { hearing: row.id, date: row.date, half: row.half, judge, room, request: row.request_id, warnings }
  await store(ctx, s, row, (q) => ctx.audit.record({ actorId: actor.sub, action: 'hearing.scheduled', subject: `filing:${c.row.id}`, detail, at }, q))
  const summonsJson = JSON.stringify(await serveSummons(ctx, actor, s.parties, row))
  await ctx.repo.setSummons(row.id, summonsJson)
  return { hearing: await hearingView(ctx, { ...row, summons_json: summonsJson }), warnings }
}
