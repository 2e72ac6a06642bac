import { parseCalendarDay } from '../../../domain/dates/parseCalendarDay'
import type { HalfDay } from '../../../domain/scheduling/hearingInput'
import type { Actor } from '../../auth/actor'
import { conflict } from '../../errors'
import { answerable } from './access'
import type { HearingsContext } from './context'
import { requestView } from './requestView'
import { loadScheduling } from './scheduling'
import { suggest } from './slots'

/** A party picks one of the suggested half-days (checked again now: someone may have booked it meanwhile). */
export async function choose(ctx: HearingsContext, actor: Actor, requestId: string, want: { date: string; half: HalfDay }) {
  const { r, c, party } = await answerable(ctx, actor, requestId)
  parseCalendarDay(want.date, 'date')
  const slot = suggest(await loadScheduling(ctx, c)).slots.find((x) => x.date === want.date && x.half === want.half)
  if (!slot) throw conflict('HEARING_SLOT_GONE', '这个时间已经不能选了（可能刚被别的案件占用），请从新的建议中再选一次', 'date')
  const at = ctx.nowIso()
  await ctx.repo.saveAnswer({
    request_id: r.id,
    party_idx: party.idx,
    user_id: actor.sub,
    kind: 'chose',
    date: slot.date,
    half: slot.half,
    judge_id: slot.judgeId,
    room_id: slot.roomId,
    busy_json: '[]',
    answered_at: at,
  })
  await ctx.audit.record({
    actorId: actor.sub,
    action: 'hearing.answered',
    subject: `filing:${c.row.id}`,
    detail: { request: r.id, party: party.name, chose: slot.label },
    at,
  })
  return requestView(ctx, actor, requestId)
}
